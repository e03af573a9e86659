# METADATA
# title: Right to object
# description: |
#   The policy must tell readers that they may object to the processing of their
#   personal data, including processing for direct marketing. An unsubscribe
#   link or opt-out tool alone is not this right.
# related_resources:
#   - ref: https://gdpr-info.eu/art-21-gdpr/
#     description: GDPR Art. 21
# custom:
#   id: gdpr/right-object
#   severity: error
#   article: Art. 21
#   message: The policy does not tell readers they can object to the processing of their personal data.
#   fix: In the section on rights, say that readers may object to processing based on legitimate interests or public interest, and at any time to direct marketing.
#   example: You may object at any time to the processing of your personal data for direct marketing, and to processing based on our legitimate interests.
package policylint.rules.gdpr.right_object

import data.policylint.lib

# Evidence: the clauses that tell the reader they have the right
# (right_object), and those that only name it briefly (right_object_listed,
# e.g. "Object to processing where applicable") where the context makes that a
# right.
evidence := sort({id | some id in lib.tagged("right_object")} | {id |
	some id in lib.tagged("right_object_listed")
	as_right(id)
})

# as_right(id): the clause sits in a rights section, below a heading that
# names this right, or in a list that a rights_intro sentence opens.
as_right(id) if "rights_heading" in input.clauses[id].context

as_right(id) if "right_object" in input.clauses[id].context

as_right(id) if {
	input.clauses[id].kind == "list_item"
	some intro in lib.tagged("rights_intro")
	intro < id
	every k in numbers.range(intro + 1, id) {
		input.clauses[k].kind == "list_item"
	}
}

report := lib.pass_or_fail(evidence, lib.first_heading(["rights_heading"]))
