# METADATA
# title: Right to data portability
# description: |
#   The policy must tell readers that they may receive their personal data in a
#   structured, commonly used, machine-readable format or have it transmitted
#   to another controller.
# related_resources:
#   - ref: https://gdpr-info.eu/art-20-gdpr/
#     description: GDPR Art. 20
# custom:
#   id: gdpr/right-portability
#   severity: error
#   article: Art. 20
#   message: The policy does not tell readers they can receive or transfer their personal data (data portability).
#   fix: In the section on rights, say that readers may receive the data they provided in a structured, machine-readable format and have it sent to another controller.
#   example: You have the right to receive your personal data in a structured, commonly used and machine-readable format and to have it transmitted to another controller.
package policylint.rules.gdpr.right_portability

import data.policylint.lib

# Evidence: the clauses that tell the reader they have the right
# (right_portability), and those that only name it briefly
# (right_portability_listed, e.g. "Receive your data and have it transferred
# to another controller") where the context makes that a right.
evidence := sort({id | some id in lib.tagged("right_portability")} | {id |
	some id in lib.tagged("right_portability_listed")
	as_right(id)
})

# as_right(id): the clause sits in a rights section, below a heading that
# names this right, or in a list that a rights_intro sentence opens.
as_right(id) if "rights_heading" in input.clauses[id].context

as_right(id) if "right_portability" in input.clauses[id].context

as_right(id) if {
	input.clauses[id].kind == "list_item"
	some intro in lib.tagged("rights_intro")
	intro < id
	every k in numbers.range(intro + 1, id) {
		input.clauses[k].kind == "list_item"
	}
}

report := lib.pass_or_fail(evidence, lib.first_heading(["rights_heading"]))
