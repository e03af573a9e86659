# METADATA
# title: Right to rectification
# description: |
#   The policy must tell readers that they may have inaccurate personal data
#   about them corrected, or correct and update it themselves.
# related_resources:
#   - ref: https://gdpr-info.eu/art-16-gdpr/
#     description: GDPR Art. 16
# custom:
#   id: gdpr/right-rectification
#   severity: error
#   article: Art. 16
#   message: The policy does not tell readers they can correct inaccurate personal data.
#   fix: In the section on rights, say that readers may have inaccurate or incomplete personal data corrected, and how to ask.
#   example: You have the right to ask us to correct any personal data about you that is inaccurate or incomplete.
package policylint.rules.gdpr.right_rectification

import data.policylint.lib

# Evidence: the clauses that tell the reader they have the right
# (right_rectification), and those that only name it briefly
# (right_rectification_listed, e.g. "Correct inaccurate data") where the
# context makes that a right.
evidence := sort({id | some id in lib.tagged("right_rectification")} | {id |
	some id in lib.tagged("right_rectification_listed")
	as_right(id)
})

# as_right(id): the clause sits in a rights section, below a heading that
# names this right, or in a list that a rights_intro sentence opens.
as_right(id) if "rights_heading" in input.clauses[id].context

as_right(id) if "right_rectification" in input.clauses[id].context

as_right(id) if {
	input.clauses[id].kind == "list_item"
	some intro in lib.tagged("rights_intro")
	intro < id
	every k in numbers.range(intro + 1, id) {
		input.clauses[k].kind == "list_item"
	}
}

report := lib.pass_or_fail(evidence, lib.first_heading(["rights_heading"]))
