# METADATA
# title: Identity of the controller
# description: |
#   The policy must name the legal or trading entity responsible for the
#   processing: "X is the data controller", "Owner and Data Controller: X
#   Inc", "operated by X Ltd", "X ("we", "us")", a company name with its
#   address, or a trading name the policy uses as the operator ("At X,
#   we...", "X collects..."). "We" alone, or a product name never tied to
#   an operator, does not identify anyone.
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13
# custom:
#   id: gdpr/controller-identity
#   severity: error
#   article: Art. 13(1)(a), 14(1)(a)
#   message: The policy does not name the controller, the company or organisation responsible for the processing.
#   fix: Name the legal entity responsible for the processing, with its address, e.g. in a "Who we are" section ("Example Ltd, 1 Main Street, London, is the data controller").
#   example: Example Ltd ("we", "us"), 1 Main Street, Springfield, is the controller of your personal data.
package policylint.rules.gdpr.controller_identity

import data.policylint.lib

# Statements that name the controller by themselves.
evidence contains id if {
	some c in ["controller_declared", "we_defined", "operator_named"]
	some id in lib.tagged(c)
}

# A name acting as the one that collects or processes data (or a trade-marked
# brand acting as the operator), when the policy speaks as "we": the name is
# the operator's trading name.
evidence contains id if {
	lib.has("first_person")
	some c in ["operator_acts", "operator_trademark"]
	some id in lib.tagged(c)
}

# The addressee named before an inline postal address: "write to us at:
# Acme Customer Team, 1 Main Street, Springfield".
evidence contains id if {
	some id in lib.tagged("addressee_inline")
	"postal_address" in input.clauses[id].concepts
	not third_party(id)
}

# A company name or address in the controller's own section.
evidence contains id if {
	some c in ["legal_entity", "postal_address"]
	some id in lib.tagged(c)
	lib.in_section(id, "controller_heading")
	not third_party(id)
}

# A company name given as the one to contact or write to.
evidence contains id if {
	some id in lib.tagged("legal_entity")
	own_details(id)
	not third_party(id)
}

# Contact details or a company name under a heading that labels the
# controller ("Data controller", "Owner and Data Controller").
evidence contains id if {
	some c in ["email_address", "postal_address", "phone_number", "legal_entity", "contact_invitation"]
	some id in lib.tagged_under(c, "controller_label_heading")
	input.clauses[id].kind != "heading"
	not third_party(id)
}

# The line after "The controller is:" (a bold name line there may have been
# parsed as a heading).
evidence contains id if {
	some j in lib.tagged("controller_intro")
	id := j + 1
	id < count(input.clauses)
}

# The addressee line of an address block: "...mailing us at:" / "Example
# Store" / "1 Main St." names the operator.
evidence contains id if {
	some j in lib.tagged("address_intro")
	id := j + 1
	id + 1 < count(input.clauses)
	input.clauses[id].kind != "heading"
	count(input.clauses[id].text) <= 80
	not "postal_address" in input.clauses[id].concepts
	"postal_address" in input.clauses[id + 1].concepts
}

# third_party(id): the clause gives someone else's details (a vendor's, a
# service "provided by" another company).
third_party(id) if {
	"third_party_provider" in input.clauses[id].concepts
	not "operator_named" in input.clauses[id].concepts
}

# own_details(id): the clause gives the operator's own contact details.
own_details(id) if "contact_invitation" in input.clauses[id].concepts

own_details(id) if "controller_declared" in input.clauses[id].concepts

own_details(id) if "company_registration" in input.clauses[id].concepts

own_details(id) if {
	some k in [1, 2]
	j := id - k
	j >= 0
	"address_intro" in input.clauses[j].concepts
}

report := lib.pass_or_fail(sort(evidence), lib.first_heading(["controller_heading", "contact_heading"]))
