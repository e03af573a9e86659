# METADATA
# title: Obligation to provide data
# description: |
#   The policy should say whether providing personal data is a statutory or
#   contractual requirement or needed to use the service, or that it is
#   voluntary, and/or what happens if the reader does not provide the data.
#   A single form field marked "(optional)" does not count.
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13(2)(e)
# custom:
#   id: gdpr/statutory-contractual
#   severity: warning
#   article: Art. 13(2)(e)
#   message: The policy does not say whether readers must provide their data, or what happens if they do not.
#   fix: Say which data are required (by law, by contract or to use the service), which are voluntary, and what happens if the reader does not provide them.
#   example: An email address is required to create an account; without it we cannot provide the service. All other fields are optional.
package policylint.rules.gdpr.statutory_contractual

import data.policylint.lib

report := lib.pass_or_fail(lib.tagged("data_requirement"), lib.first_heading(["data_collected_heading"]))
