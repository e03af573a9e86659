# METADATA
# title: Right to erasure
# description: |
#   The policy must tell readers that they may have their personal data deleted
#   (the "right to be forgotten"), for example by deleting their account.
# related_resources:
#   - ref: https://gdpr-info.eu/art-17-gdpr/
#     description: GDPR Art. 17
# custom:
#   id: gdpr/right-erasure
#   severity: error
#   article: Art. 17
#   message: The policy does not tell readers they can have their personal data erased.
#   fix: In the section on rights, say that readers may ask for their personal data to be deleted, and how to ask.
#   example: You may ask us to delete the personal data we hold about you.
package policylint.rules.gdpr.right_erasure

import data.policylint.lib

# Evidence: the clauses that tell the reader they have the right
# (right_erasure), and those that only name it briefly (right_erasure_listed,
# e.g. "Request deletion of your data") where the context makes that a right.
evidence := sort({id | some id in lib.tagged("right_erasure")} | {id |
	some id in lib.tagged("right_erasure_listed")
	as_right(id)
})

# as_right(id): the clause sits in a rights section, below a heading that
# names this right, or in a list that a rights_intro sentence opens.
as_right(id) if "rights_heading" in input.clauses[id].context

as_right(id) if "right_erasure" in input.clauses[id].context

as_right(id) if {
	input.clauses[id].kind == "list_item"
	some intro in lib.tagged("rights_intro")
	intro < id
	every k in numbers.range(intro + 1, id) {
		input.clauses[k].kind == "list_item"
	}
}

report := lib.pass_or_fail(evidence, lib.first_heading(["rights_heading"]))
