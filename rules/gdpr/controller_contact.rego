# METADATA
# title: Contact details of the controller
# description: |
#   The policy must give a way to reach the controller: an e-mail address,
#   a postal address, a phone number, or a contact form or page. "Contact
#   us" with no address, form or link does not count.
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13
# custom:
#   id: gdpr/controller-contact
#   severity: error
#   article: Art. 13(1)(a)
#   message: The policy gives no way to contact the controller (e-mail, postal address, phone or contact form).
#   fix: Add the controller's contact details, e.g. a "Contact us" section with an e-mail address and postal address, or a link to a contact form.
#   example: If you have any questions about this policy, contact us at privacy@example.com or write to Example Ltd, 1 Main Street, Springfield.
package policylint.rules.gdpr.controller_contact

import data.policylint.lib

direct contains id if {
	some c in ["email_address", "contact_channel"]
	some id in lib.tagged(c)
}

# A postal address or a phone number, unless it is a vendor's or the
# supervisory authority's (given for complaints: "The ICO's address: ...").
direct contains id if {
	some c in ["postal_address", "phone_number"]
	some id in lib.tagged(c)
	not third_party(id)
	not authority(id)
}

# The clause names the authority, or is one of the two lines after a line
# that does (an address block broken into lines).
authority(id) if "supervisory_authority" in input.clauses[id].concepts

authority(id) if {
	some k in [1, 2]
	j := id - k
	j >= 0
	input.clauses[j].kind != "heading"
	"supervisory_authority" in input.clauses[j].concepts
}

third_party(id) if {
	"third_party_provider" in input.clauses[id].concepts
	not "operator_named" in input.clauses[id].concepts
}

# A privacy centre, help desk or forum counts when nothing more direct is
# given.
portal contains id if {
	some id in lib.tagged("contact_portal")
}

evidence := direct if count(direct) > 0

else := portal

report := lib.pass_or_fail(sort(evidence), lib.first_heading(["contact_heading"]))
