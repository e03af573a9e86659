# METADATA
# title: Automated decision-making and profiling
# description: |
#   The policy should say whether automated decision-making, including
#   profiling, takes place: that it does (with the logic involved and its
#   consequences) or that it does not. Listing the Art. 22 right alone does
#   not say whether such decisions happen.
# related_resources:
#   - ref: https://gdpr-info.eu/art-22-gdpr/
#     description: GDPR Art. 22
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13(2)(f)
# custom:
#   id: gdpr/automated-decisions
#   severity: warning
#   article: Art. 13(2)(f), 22
#   message: The policy does not say whether automated decision-making or profiling takes place.
#   fix: State whether you make decisions based solely on automated processing, including profiling; if you do, explain the logic involved and the consequences for the reader.
#   example: We do not use automated decision-making or profiling.
package policylint.rules.gdpr.automated_decisions

import data.policylint.lib

evidence := sort({id | some id in lib.tagged("automated_decision_statement")} | {id |
	some id in lib.tagged_under("automated_decision_practice", "automated_decisions_heading")
})

# A failure belongs in the section on automated decisions, else in the one
# on rights (where the Art. 22 right is usually listed).
location := where if {
	where := lib.first_heading(["automated_decisions_heading"])
	count(where) > 0
} else := lib.first_heading(["rights_heading"])

report := lib.pass_or_fail(evidence, location)
