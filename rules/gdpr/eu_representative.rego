# METADATA
# title: Representative in the EU
# description: |
#   A controller established outside the EU/EEA (the UK and Switzerland
#   included) must name its representative in the Union under Art. 27 (a UK
#   representative under the UK GDPR also counts). The rule applies when the
#   policy places the controller outside the EU/EEA: by its address, or by a
#   stated seat ("we are based in the United States", "our US
#   headquarters"). Addresses of vendors and authorities do not place the
#   controller anywhere.
# related_resources:
#   - ref: https://gdpr-info.eu/art-27-gdpr/
#     description: GDPR Art. 27
# custom:
#   id: gdpr/eu-representative
#   severity: note
#   article: Art. 27, 13(1)(a)
#   message: The controller is placed outside the EU/EEA but the policy names no representative in the EU.
#   fix: Name your representative in the EU (and, for UK residents, in the UK) with their contact details, or state where in the EU you are established.
#   example: Our representative in the European Union under Article 27 GDPR is Example Representative GmbH, Hauptstraße 1, 10115 Berlin, rep@example.eu.
#   conditional: true
package policylint.rules.gdpr.eu_representative

import data.policylint.lib

representative := lib.tagged("eu_representative")

# A stated seat outside the EU/EEA.
seat contains id if {
	some id in lib.tagged("seat_outside_eu")
	not third_party(id)
}

# An address outside the EU/EEA that is the controller's own.
seat contains id if {
	some id in lib.tagged("address_outside_eu")
	controllers(id)
	not third_party(id)
	not "supervisory_authority" in input.clauses[id].concepts
}

controllers(id) if lib.in_section(id, "controller_heading")

controllers(id) if {
	some c in ["contact_invitation", "controller_declared", "we_defined", "dpo_contact", "operator_named", "company_registration"]
	c in input.clauses[id].concepts
}

# The lines after "write to us at:".
controllers(id) if {
	some k in [1, 2, 3]
	j := id - k
	j >= 0
	"address_intro" in input.clauses[j].concepts
}

third_party(id) if {
	"third_party_provider" in input.clauses[id].concepts
	not "operator_named" in input.clauses[id].concepts
}

report := lib.pass(sort(representative)) if {
	count(representative) > 0
} else := lib.fail(lib.first_heading(["controller_heading", "contact_heading"])) if {
	count(seat) > 0
} else := lib.not_applicable("The policy does not place the controller outside the EU/EEA.")
