# METADATA
# title: Children
# description: |
#   The policy must state an age limit for the service or how children's
#   personal data are handled ("not intended for anyone under 16", "we do not
#   knowingly collect data from children under 13", "parental consent").
# related_resources:
#   - ref: https://gdpr-info.eu/art-8-gdpr/
#     description: GDPR Art. 8
# custom:
#   id: gdpr/children
#   severity: error
#   article: Art. 8
#   message: The policy states no age limit and says nothing about how children's data are handled.
#   fix: Add a section on children that gives the minimum age for the service and what happens to data collected from a child below it (or how parental consent is obtained).
#   example: Our service is not intended for anyone under 16, and we do not knowingly collect personal data from children.
package policylint.rules.gdpr.children

import data.policylint.lib

report := lib.pass_or_fail(lib.tagged("children_statement"), lib.first_heading(["children_heading"]))
