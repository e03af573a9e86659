# METADATA
# title: Retention period
# description: |
#   The policy must say how long personal data are kept, or the criteria that
#   decide it ("for as long as your account is active", "deleted after 30
#   days"). That readers can delete their account is erasure, not retention.
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13(2)(a)
# custom:
#   id: gdpr/retention
#   severity: error
#   article: Art. 13(2)(a), 14(2)(a)
#   message: The policy does not say how long personal data are kept or how that period is decided.
#   fix: Add a section on retention that gives, for each kind of data, how long it is kept or the criterion that ends its storage (e.g. account closure plus 30 days, statutory retention periods).
#   example: We keep your account data for as long as your account is active and delete it within 30 days after you close it.
package policylint.rules.gdpr.retention

import data.policylint.lib

schedule := lib.tagged("retention_schedule_entry") if {
	lib.has("retention_period")
} else := lib.tagged_under("retention_schedule_entry", "retention_heading")

evidence := sort({id |
	some c in ["retention_period", "retention_duration"]
	some id in lib.tagged(c)
} | {id | some id in schedule})

report := lib.pass_or_fail(evidence, lib.first_heading(["retention_heading"]))
