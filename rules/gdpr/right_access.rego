# METADATA
# title: Right of access
# description: |
#   The policy must tell readers that they may access the personal data held
#   about them, obtain a copy of it, or learn what is held.
# related_resources:
#   - ref: https://gdpr-info.eu/art-15-gdpr/
#     description: GDPR Art. 15
# custom:
#   id: gdpr/right-access
#   severity: error
#   article: Art. 15
#   message: The policy does not tell readers they can access their personal data.
#   fix: In the section on rights, say that readers may obtain a copy of the personal data held about them, and how to ask.
#   example: You have the right to access the personal data we hold about you and to obtain a copy of it.
package policylint.rules.gdpr.right_access

import data.policylint.lib

# Evidence: the clauses that tell the reader they have the right
# (right_access), and those that only name it briefly (right_access_listed,
# e.g. "Access your personal data") where the context makes that a right.
evidence := sort({id | some id in lib.tagged("right_access")} | {id |
	some id in lib.tagged("right_access_listed")
	as_right(id)
})

# as_right(id): the clause sits in a rights section, below a heading that
# names this right, or in a list that a rights_intro sentence opens.
as_right(id) if "rights_heading" in input.clauses[id].context

as_right(id) if "right_access" in input.clauses[id].context

as_right(id) if {
	input.clauses[id].kind == "list_item"
	some intro in lib.tagged("rights_intro")
	intro < id
	every k in numbers.range(intro + 1, id) {
		input.clauses[k].kind == "list_item"
	}
}

report := lib.pass_or_fail(evidence, lib.first_heading(["rights_heading"]))
