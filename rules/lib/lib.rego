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

# --- Questions by pattern, for rules without a vocabulary concept ----------
#
# Patterns are RE2 regular expressions matched case-insensitively against a
# clause's text. Built-in rules use vocabulary concepts (above), which know
# each language's phrasing; a custom rule about one company's facts (a
# vendor's name, a DPO's address) is usually a pattern.

# matching(pattern) is the list of IDs of the clauses whose text matches.
matching(pattern) := [c.id |
	some c in input.clauses
	regex.match(concat("", ["(?i)", pattern]), c.text)
]

# headings_matching(pattern) is the list of IDs of the headings whose text
# matches.
headings_matching(pattern) := [c.id |
	some c in input.clauses
	c.kind == "heading"
	regex.match(concat("", ["(?i)", pattern]), c.text)
]

# matching_under(pattern, heading) is the list of IDs of the clauses that
# match pattern and sit below a heading matching heading (at any depth).
matching_under(pattern, heading) := [id |
	some id in matching(pattern)
	some title in input.clauses[id].path
	regex.match(concat("", ["(?i)", heading]), title)
]

# sections is the document's outline: one entry per heading, in order, with
# its clause ID, level, title and the titles of the headings above it.
sections := [{"id": c.id, "level": object.get(c, "level", 0), "title": c.text, "path": c.path} |
	some c in input.clauses
	c.kind == "heading"
]

# text(ids) joins the texts of the clauses, for rules that look for several
# facts spread over a section.
text(ids) := concat("\n", [input.clauses[id].text | some id in ids])

# --- Reports with a message ---------------------------------------------------

# fail_because(where, message) is fail(where) with a message of its own, for
# a rule whose failure can say precisely what is missing.
fail_because(where, message) := object.union(fail(where), {"message": message})

# --- Parameters -------------------------------------------------------------------

# param(rule_id, name) is the value of a rule parameter: the default of the
# rule's METADATA custom.params, or the value .policylint.yaml gives under
# settings.
param(rule_id, name) := data.policylint.params[rule_id][name]
