# METADATA
# title: Right to withdraw consent
# description: |
#   When the policy relies on the reader's consent for any processing ("with
#   your consent", consent for cookies or marketing, "by using the Service you
#   consent"), it must tell readers that they may withdraw that consent at any
#   time. Not applicable when consent is never relied on.
# related_resources:
#   - ref: https://gdpr-info.eu/art-7-gdpr/
#     description: GDPR Art. 7(3)
# custom:
#   id: gdpr/right-withdraw-consent
#   severity: error
#   article: Art. 7(3), 13(2)(c)
#   message: The policy relies on consent but does not tell readers they can withdraw it at any time.
#   fix: Where consent is asked for, say that readers may withdraw it at any time, as easily as they gave it, and how; withdrawal does not affect earlier processing.
#   example: You may withdraw your consent at any time by changing your cookie settings or writing to privacy@example.com.
#   conditional: true
package policylint.rules.gdpr.right_withdraw_consent

import data.policylint.lib

evidence := lib.tagged("right_withdraw_consent")

# A policy that offers withdrawal relies on consent, whether or not the
# reliance is worded elsewhere.
report := lib.pass(evidence) if {
	count(evidence) > 0
} else := lib.fail(lib.first_heading(["rights_heading"])) if {
	lib.has("consent_relied_on")
} else := lib.not_applicable("The policy does not rely on the reader's consent for any processing.")
