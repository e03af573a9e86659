# METADATA
# title: Legal basis of the processing
# description: |
#   The policy must name at least one Art. 6(1) legal basis as a basis of
#   its processing: consent, performance of a contract, legal obligation,
#   legitimate interests, vital interests, public interest or official
#   authority, or cite Art. 6(1). "We comply with the GDPR", "by using the
#   service you consent" and consent named only as a condition ("we will
#   only do this with your consent") do not count.
# related_resources:
#   - ref: https://gdpr-info.eu/art-6-gdpr/
#     description: GDPR Art. 6
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13
# custom:
#   id: gdpr/legal-basis
#   severity: error
#   article: Art. 13(1)(c)
#   message: The policy does not name the legal basis of the processing.
#   fix: For each purpose, state the Art. 6(1) legal basis you rely on (consent, contract, legal obligation, legitimate interests...), e.g. in a "Legal bases" section.
#   example: We process your account data on the basis of our contract with you (Art. 6(1)(b) GDPR) and your newsletter subscription on the basis of your consent (Art. 6(1)(a) GDPR).
package policylint.rules.gdpr.legal_basis

import data.policylint.lib

# A basis named the way Art. 6(1) names it.
evidence contains id if {
	some c in ["legal_basis_named", "legal_basis_public_task"]
	some id in lib.tagged(c)
}

# A basis word ("consent", "contract") in a sentence or clause about legal
# bases, or in a list or section introduced as the legal bases.
evidence contains id if {
	some id in lib.tagged("legal_basis_word")
	basis_context(id)
}

# The sentence that introduces a list of bases ("We process personal data
# under the following legal bases:").
evidence contains j if {
	some id in lib.tagged("legal_basis_word")
	input.clauses[id].kind in {"list_item", "table_cell"}
	some j in intro(id)
}

intro(id) := [j |
	some k in [1, 2, 3, 4, 5, 6]
	j := id - k
	j >= 0
	"legal_basis_term" in input.clauses[j].concepts
	input.clauses[j].kind != "heading"
]

basis_context(id) if "legal_basis_term" in input.clauses[id].concepts

basis_context(id) if lib.in_section(id, "legal_basis_heading")

basis_context(id) if {
	input.clauses[id].kind in {"list_item", "table_cell"}
	count(intro(id)) > 0
}

report := lib.pass_or_fail(sort(evidence), lib.first_heading(["legal_basis_heading", "purposes_heading"]))
