# METADATA
# title: Right to lodge a complaint
# description: |
#   The policy must tell readers that they may lodge a complaint with a
#   supervisory authority (a data protection authority; a named one such as
#   the ICO or the CNIL counts). A complaint to the company alone does not.
# related_resources:
#   - ref: https://gdpr-info.eu/art-77-gdpr/
#     description: GDPR Art. 77
# custom:
#   id: gdpr/right-complaint
#   severity: error
#   article: Art. 13(2)(d), 77
#   message: The policy does not tell readers they can complain to a data protection supervisory authority.
#   fix: In the section on rights, say that readers may lodge a complaint with a supervisory authority, for example the one where they live or work, and name or link it if you can.
#   example: You have the right to lodge a complaint with a data protection supervisory authority, in particular in the EU member state where you live.
package policylint.rules.gdpr.right_complaint

import data.policylint.lib

report := lib.pass_or_fail(lib.tagged("right_complaint"), lib.first_heading(["rights_heading"]))
