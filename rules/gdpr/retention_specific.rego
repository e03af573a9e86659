# METADATA
# title: Concrete retention period
# description: |
#   The policy should give at least one concrete storage period: a number (or
#   number word) with a unit of time tied to keeping or deleting data ("30
#   days", "up to 10 years", "six months"). Only "as long as necessary" or "a
#   reasonable period" is too vague (WP260), and a period of notice or of
#   answering requests is not a storage period.
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13(2)(a)
#   - ref: https://ec.europa.eu/newsroom/article29/items/622227
#     description: WP260 rev.01, Guidelines on transparency (annex)
# custom:
#   id: gdpr/retention-specific
#   severity: warning
#   article: Art. 13(2)(a), WP260
#   message: The policy gives no concrete retention period (a number with a unit of time) for any personal data.
#   fix: State concrete periods where you can, e.g. "server logs are deleted after 14 days", "invoices are kept for 10 years as tax law requires".
#   example: Server log files are deleted after 14 days; invoices are kept for ten years as required by tax law.
package policylint.rules.gdpr.retention_specific

import data.policylint.lib

schedule := lib.tagged("retention_schedule_entry") if {
	lib.has("retention_period")
} else := lib.tagged_under("retention_schedule_entry", "retention_heading")

evidence := sort({id | some id in lib.tagged("retention_duration")} | {id | some id in schedule})

report := lib.pass_or_fail(evidence, lib.first_heading(["retention_heading"]))
