# METADATA
# title: Purposes of the processing
# description: |
#   The policy must say what the personal data are used for: "we use your
#   data to...", "...is used for...", "for the following purposes", or a
#   "How we use your information" section that lists uses.
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13
# custom:
#   id: gdpr/purposes
#   severity: error
#   article: Art. 13(1)(c)
#   message: The policy does not say what the personal data are used for.
#   fix: Add a "How we use your information" section listing each purpose of the processing (e.g. to provide the service, to bill you, to prevent fraud).
#   example: We use your e-mail address to send you order confirmations and to answer your support requests.
package policylint.rules.gdpr.purposes

import data.policylint.lib

# An explicit statement of purposes ("for the following purposes").
explicit contains id if {
	some id in lib.tagged("purpose_explicit")
}

# A purpose tied to the data ("we use your e-mail address to...").
stated contains id if {
	some id in lib.tagged("purpose_statement")
}

# A "How we use your data" heading whose section lists uses (list items or
# table cells that are not an empty answer such as "None"): the heading and
# its items.
explicit contains h if {
	some h in lib.headings("purposes_heading")
	count(listed_uses(h)) > 0
}

explicit contains id if {
	some h in lib.headings("purposes_heading")
	some c in listed_uses(h)
	id := c.id
}

# Uses listed after a sentence that introduces them ("...may be used for
# the following purposes:", "We use information in the following ways:").
explicit contains id if {
	some j in lib.tagged("purpose_explicit")
	input.clauses[j].kind != "heading"
	regex.match(`:\s*-?\s*$`, input.clauses[j].text)
	some k in [1, 2, 3, 4, 5, 6]
	id := j + k
	id < count(input.clauses)
	input.clauses[id].kind in {"list_item", "table_cell"}
	not "empty_answer" in input.clauses[id].concepts
	not non_item_between(j, id)
}

# non_item_between(j, id): a clause between j and id is not a list item.
non_item_between(j, id) if {
	some m in numbers.range(j + 1, id - 1)
	m > j
	m < id
	not input.clauses[m].kind in {"list_item", "table_cell"}
}

# Only clauses under a purposes heading can have one as their section.
listed_uses(h) := [c |
	some id in lib.under("purposes_heading")
	c := input.clauses[id]
	c.section == h
	c.kind in {"list_item", "table_cell"}
	not "empty_answer" in c.concepts
]

# A use stated without naming the data ("we use cookies to...") counts when
# nothing more explicit is given.
used contains id if {
	some id in lib.tagged("purpose_use")
}

stated_or_explicit := explicit | stated

evidence := stated_or_explicit if count(stated_or_explicit) > 0

else := used

report := lib.pass_or_fail(sort(evidence), lib.first_heading(["purposes_heading"]))
