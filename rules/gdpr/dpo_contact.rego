# METADATA
# title: Contact details of the data protection officer
# description: |
#   The policy must give the contact details of the data protection
#   officer (DPO), where one is designated: "our DPO can be reached at
#   dpo@example.com". A generic contact that is not said to be the DPO, or
#   another company's DPO, does not count.
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13
# custom:
#   id: gdpr/dpo-contact
#   severity: warning
#   article: Art. 13(1)(b)
#   message: The policy gives no contact details of a data protection officer.
#   fix: If you have designated a data protection officer, say so and give their contact details (e-mail or postal address).
#   example: You can contact our Data Protection Officer at dpo@example.com.
package policylint.rules.gdpr.dpo_contact

import data.policylint.lib

evidence contains id if {
	some id in lib.tagged("dpo_contact")
}

# Contact details under a "Data protection officer" heading.
evidence contains id if {
	some c in ["email_address", "postal_address", "phone_number", "contact_channel"]
	some id in lib.tagged_under(c, "dpo_heading")
}

report := lib.pass_or_fail(sort(evidence), lib.first_heading(["dpo_heading", "contact_heading", "controller_heading"]))
