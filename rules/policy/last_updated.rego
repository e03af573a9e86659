# METADATA
# title: Last-updated date
# description: |
#   The policy should show when it took effect or was last updated, so that
#   readers can tell whether it changed since they last read it.
# related_resources:
#   - ref: https://ec.europa.eu/newsroom/article29/items/622227
#     description: WP260 rev.01, Guidelines on transparency, para. 29
# custom:
#   id: policy/last-updated
#   severity: note
#   article: Art. 12, WP260 para. 29
#   message: The policy shows no effective or last-updated date.
#   fix: Add a line with the date the policy took effect or was last changed (e.g. Last updated 1 March 2025) at its top or bottom.
#   example: "Last updated: March 1, 2025"
package policylint.rules.policy.last_updated

import data.policylint.lib

report := lib.pass_or_fail(lib.tagged("policy_date"), [])
