# METADATA
# title: Notice of changes
# description: |
#   The policy should say how readers will learn of changes to it: a notice
#   on the site or in the app, an e-mail, posting the new version, or an
#   updated date. "We may update this policy" alone says nothing of how.
# related_resources:
#   - ref: https://ec.europa.eu/newsroom/article29/items/622227
#     description: WP260 rev.01, Guidelines on transparency, paras. 29-32
# custom:
#   id: policy/changes
#   severity: note
#   article: Art. 12, WP260 paras. 29-32
#   message: The policy does not say how readers will learn of changes to it.
#   fix: Add a section on changes that says how readers will be told (e.g. by e-mail or a notice on the site, and an updated date).
#   example: We will notify you of material changes by e-mail and update the date at the top of this policy.
package policylint.rules.policy.changes

import data.policylint.lib

evidence := sort({id | some id in lib.tagged("change_notice")} | {id |
	some id in lib.tagged_under("change_notice_method", "changes_heading")
})

report := lib.pass_or_fail(evidence, lib.first_heading(["changes_heading"]))
