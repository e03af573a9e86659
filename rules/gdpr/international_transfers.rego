# METADATA
# title: International transfers
# description: |
#   The policy must say whether personal data are transferred to or processed
#   in countries outside the EU/EEA (naming countries or regions, or speaking
#   of international transfers), or that they stay in the EU/EEA.
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13(1)(f)
# custom:
#   id: gdpr/international-transfers
#   severity: warning
#   article: Art. 13(1)(f), 14(1)(f)
#   message: The policy does not say whether personal data are transferred outside the EU/EEA.
#   fix: Add a section on international transfers that says where personal data are processed, naming the countries outside the EU/EEA they go to, or stating that they stay in the EU/EEA.
#   example: Some of our service providers process personal data in the United States; otherwise your data are stored on servers in Germany.
package policylint.rules.gdpr.international_transfers

import data.policylint.lib

evidence := sort({id |
	some c in ["transfer_abroad", "data_stays_in_eu", "transfer_safeguard"]
	some id in lib.tagged(c)
})

report := lib.pass_or_fail(evidence, lib.first_heading(["transfer_heading"]))
