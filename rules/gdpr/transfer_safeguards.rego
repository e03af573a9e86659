# METADATA
# title: Safeguards for international transfers
# description: |
#   When the policy states that personal data go outside the EU/EEA, it must
#   name the mechanism the transfer rests on: an adequacy decision, Standard
#   Contractual Clauses, Binding Corporate Rules, the EU-US Data Privacy
#   Framework (or its predecessor Privacy Shield), or an Art. 49 derogation
#   such as explicit consent. "Appropriate safeguards" alone names none.
# related_resources:
#   - ref: https://gdpr-info.eu/art-46-gdpr/
#     description: GDPR Art. 46
#   - ref: https://gdpr-info.eu/art-49-gdpr/
#     description: GDPR Art. 49
# custom:
#   id: gdpr/transfer-safeguards
#   severity: warning
#   conditional: true
#   article: Art. 13(1)(f), 46, 49
#   message: The policy states transfers outside the EU/EEA but names no transfer mechanism (adequacy decision, SCCs, BCRs, DPF).
#   fix: Name the legal mechanism of each transfer outside the EU/EEA, e.g. the European Commission's Standard Contractual Clauses or an adequacy decision, and say how readers can obtain a copy.
#   example: Transfers to our US providers rely on the European Commission's Standard Contractual Clauses or on the EU-US Data Privacy Framework.
package policylint.rules.gdpr.transfer_safeguards

import data.policylint.lib

applies if lib.has("transfer_abroad")

applies if lib.has("transfer_safeguard")

report := lib.pass_or_fail(lib.tagged("transfer_safeguard"), lib.first_heading(["transfer_heading"])) if applies
else := lib.not_applicable("The policy does not state transfers of personal data outside the EU/EEA.")
