# METADATA
# title: Data protection officer named
# description: |
#   The policy must name the data protection officer Acme has appointed, by
#   name or e-mail address (the rule's parameters, set per policy in
#   .policylint.yaml). gdpr/dpo-contact already asks for some DPO contact;
#   this rule catches the policy that still names a DPO who has left, or a
#   generic privacy@ address, when legal has registered a named DPO with
#   the supervisory authority (Art. 37(7)).
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13(1)(b)
#   - ref: https://gdpr-info.eu/art-37-gdpr/
#     description: GDPR Art. 37(7)
# custom:
#   id: acme/dpo-named
#   severity: error
#   article: Art. 13(1)(b), 37(7)
#   message: The policy does not name Acme's appointed data protection officer.
#   fix: Name the data protection officer, or give their e-mail address, where the policy says how to contact Acme; if the DPO has changed, update settings acme/dpo-named in .policylint.yaml first.
#   example: You can reach our data protection officer, Jane Roe, at dpo@acme.example.
#   params:
#     dpo_name:
#       default: Jane Roe
#       description: The DPO's full name as the policy should give it; matched as whole words in any case. Empty to accept the e-mail address only.
#     dpo_email:
#       default: dpo@acme.example
#       description: The DPO's e-mail address; matched in any case. Empty to accept the name only.
package policylint.rules.acme.dpo_named

import data.acme.text
import data.policylint.lib

id := "acme/dpo-named"

# The name and the address, whichever are configured.
identifiers := [s |
	some key in ["dpo_name", "dpo_email"]
	s := trim_space(lib.param(id, key))
	s != ""
]

evidence := sort({c | some s in identifiers; some c in text.naming(s)})

where := lib.first_heading(["dpo_heading", "contact_heading", "controller_heading"])

report := lib.fail_because(where, sprintf(
	"No data protection officer is configured: set dpo_name or dpo_email under settings: %s in .policylint.yaml.",
	[id],
)) if {
	count(identifiers) == 0
} else := lib.pass(evidence) if {
	count(evidence) > 0
} else := lib.fail_because(where, sprintf(
	"The policy does not name Acme's data protection officer: it must mention %s.",
	[concat(" or ", identifiers)],
))
