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
#   params:
#     minimum_age:
#       default: 0
#       description: When above 0, the policy must state an age limit of at least this many years (a company or national rule, e.g. 16); 0 accepts any statement about children.
package policylint.rules.gdpr.children

import data.policylint.lib

evidence := lib.tagged("children_statement")

where := lib.first_heading(["children_heading"])

minimum := lib.param("gdpr/children", "minimum_age")

# ages(id) are the plausible ages (6 to 21) a statement about children names.
ages(id) := {n |
	some m in regex.find_n(`\b\d{1,2}\b`, input.clauses[id].text, -1)
	n := to_number(m)
	n >= 6
	n <= 21
}

# old_enough are the statements naming an age limit of at least minimum.
old_enough := [id |
	some id in evidence
	some age in ages(id)
	age >= minimum
]

report := lib.pass_or_fail(evidence, where) if {
	minimum == 0
} else := lib.pass(old_enough) if {
	count(old_enough) > 0
} else := lib.fail_because(where, sprintf(
	"The policy states no age limit of at least %d years for children (settings: gdpr/children: minimum_age).",
	[minimum],
))
