# METADATA
# title: Legitimate interests named
# description: |
#   Where the policy relies on legitimate interests as a legal basis, it
#   must say what those interests are ("legitimate interests: to secure the
#   service and prevent fraud"). "Based on our legitimate interests" with no
#   interest named does not count. Not applicable when legitimate interests
#   are never named as a basis.
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13
# custom:
#   id: gdpr/legitimate-interests
#   severity: warning
#   article: Art. 13(1)(d)
#   message: The policy relies on legitimate interests but does not say what those interests are.
#   fix: Next to each processing based on legitimate interests, name the interest pursued (e.g. securing the service, preventing fraud, direct marketing).
#   example: We process log data on the basis of our legitimate interest in keeping the service secure and preventing fraud.
#   conditional: true
package policylint.rules.gdpr.legitimate_interests

import data.policylint.lib

evidence contains id if {
	some c in ["legitimate_interest_named", "legitimate_interest_example"]
	some id in lib.tagged(c)
}

# A purpose stated next to a citation of Art. 6(1)(f): "...stored to
# answer your questions (Art. 6(1)(f) GDPR)" names the interest.
evidence contains id if {
	some id in lib.tagged("legitimate_interests_article")
	some c in ["purpose_statement", "purpose_use", "purpose_explicit"]
	c in input.clauses[id].concepts
}

# The first item of a list introduced as the interests ("Our legitimate
# interests are:"), the way the ICO's privacy notice generator writes them.
evidence contains id if {
	some intro in lib.tagged("legitimate_interests_intro")
	id := intro + 1
	id < count(input.clauses)
	input.clauses[id].kind == "list_item"
}

relied_on if lib.has("legitimate_interests_basis")

relied_on if lib.has("legitimate_interests_article")

report := lib.not_applicable("The policy does not name legitimate interests as a legal basis.") if {
	not relied_on
} else := lib.pass_or_fail(sort(evidence), lib.first_heading(["legal_basis_heading", "purposes_heading"]))
