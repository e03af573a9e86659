# METADATA
# title: policylint rule library
# description: |
#   Helpers every rule (built-in or custom) uses to ask questions of the
#   document and to build its report. The input is the document that
#   `policylint parse` prints: clauses with kind, heading path, text,
#   sentences, positions and the vocabulary concepts found in them
#   (`concepts`) or in the headings above them (`context`), plus
#   `index[concept]` and `context_index[concept]`: the IDs of those clauses.
package policylint.lib

# tagged(concept) is the list of IDs of the clauses whose own text carries
# the concept.
tagged(concept) := object.get(input.index, concept, [])

# under(concept) is the list of IDs of the clauses below a heading that
# carries the concept.
under(concept) := object.get(input.context_index, concept, [])

# has(concept) is true when any clause carries the concept.
has(concept) if count(tagged(concept)) > 0

# tagged_under(concept, heading) is the IDs of the clauses carrying concept
# that sit below a heading carrying heading, or are such a heading.
tagged_under(concept, heading) := [id |
	some id in tagged(concept)
	in_section(id, heading)
]

# in_section(id, heading) is true when clause id is below a heading
# carrying the concept heading, or is one.
in_section(id, heading) if heading in input.clauses[id].context

in_section(id, heading) if {
	input.clauses[id].kind == "heading"
	heading in input.clauses[id].concepts
}

# headings(concept) is the IDs of the headings that carry the concept.
headings(concept) := [id |
	some id in tagged(concept)
	input.clauses[id].kind == "heading"
]

# first_heading(concepts) is the first heading carrying any of the concepts,
# as a one-element list, or [] when there is none. Failures are placed there.
first_heading(concepts) := [min(ids)] if {
	ids := {id | some c in concepts; some id in headings(c)}
	count(ids) > 0
} else := []

# pass(ids) is a passing report with the given evidence clauses.
pass(ids) := {"status": "pass", "evidence": ids}

# fail(where) is a failing report located at the first clause of where (a
# list of IDs; [] places it on the document's first line).
fail(where) := {"status": "fail", "location": where[0]} if count(where) > 0
else := {"status": "fail"}

# not_applicable(reason) is the report of a conditional rule whose condition
# does not hold.
not_applicable(reason) := {"status": "not_applicable", "message": reason}

# pass_or_fail(ids, where) passes with ids as evidence when there are any,
# else fails at where.
pass_or_fail(ids, where) := pass(ids) if count(ids) > 0
else := fail(where)
