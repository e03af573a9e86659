# METADATA
# title: Right to restriction of processing
# description: |
#   The policy must tell readers that they may restrict (limit) the processing
#   of their personal data.
# related_resources:
#   - ref: https://gdpr-info.eu/art-18-gdpr/
#     description: GDPR Art. 18
# custom:
#   id: gdpr/right-restriction
#   severity: error
#   article: Art. 18
#   message: The policy does not tell readers they can restrict the processing of their personal data.
#   fix: In the section on rights, say that readers may ask for the processing of their personal data to be restricted, and when.
#   example: You have the right to ask us to restrict the processing of your personal data, for example while you contest its accuracy.
package policylint.rules.gdpr.right_restriction

import data.policylint.lib

# Evidence: the clauses that tell the reader they have the right
# (right_restriction), and those that only name it briefly
# (right_restriction_listed, e.g. "Restrict the processing of your data")
# where the context makes that a right.
evidence := sort({id | some id in lib.tagged("right_restriction")} | {id |
	some id in lib.tagged("right_restriction_listed")
	as_right(id)
})

# as_right(id): the clause sits in a rights section, below a heading that
# names this right, or in a list that a rights_intro sentence opens.
as_right(id) if "rights_heading" in input.clauses[id].context

as_right(id) if "right_restriction" in input.clauses[id].context

as_right(id) if {
	input.clauses[id].kind == "list_item"
	some intro in lib.tagged("rights_intro")
	intro < id
	every k in numbers.range(intro + 1, id) {
		input.clauses[k].kind == "list_item"
	}
}

report := lib.pass_or_fail(evidence, lib.first_heading(["rights_heading"]))
