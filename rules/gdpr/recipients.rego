# METADATA
# title: Recipients of personal data
# description: |
#   The policy must name the recipients or categories of recipients of the
#   personal data: service providers, processors, named vendors, affiliates,
#   public authorities. A denial of sharing ("we do not share your data with
#   third parties") names no one unless it makes an exception that does.
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13(1)(e)
# custom:
#   id: gdpr/recipients
#   severity: error
#   article: Art. 13(1)(e), 14(1)(e)
#   message: The policy does not name the recipients or categories of recipients of personal data.
#   fix: Say who receives personal data, at least by category (hosting and payment providers, analytics vendors, affiliates, authorities when required by law), naming key vendors where you can.
#   example: We share your personal data with service providers that host our website and process payments on our behalf, such as Stripe.
#   params:
#     must_name:
#       default: []
#       description: Recipients the policy must name, e.g. the processors your company actually uses (["Stripe", "Amazon Web Services"]); each must appear in the policy's text, in any case.
package policylint.rules.gdpr.recipients

import data.policylint.lib

evidence := sort({id |
	some c in ["recipient_named", "recipient_exception", "recipient_vendor"]
	some id in lib.tagged(c)
	not denied(id)
})

# denied(id): the clause is an item of a list that a denial opens ("We will
# not:" followed by "- share your data with third parties for marketing").
denied(id) if {
	input.clauses[id].kind == "list_item"
	some intro in lib.tagged("denial_list_intro")
	intro < id
	every k in numbers.range(intro + 1, id) {
		input.clauses[k].kind == "list_item"
	}
}

where := lib.first_heading(["recipients_heading"])

must_name := lib.param("gdpr/recipients", "must_name")

naming(name) := [c.id | some c in input.clauses; contains(lower(c.text), lower(name))]

unnamed := [name | some name in must_name; count(naming(name)) == 0]

report := lib.pass_or_fail(evidence, where) if {
	count(must_name) == 0
} else := lib.fail_because(where, sprintf(
	"The policy does not name these recipients (settings: gdpr/recipients: must_name): %s.",
	[concat(", ", unnamed)],
)) if {
	count(unnamed) > 0
} else := lib.pass(sort({id | some name in must_name; some id in naming(name)} | {id | some id in evidence}))
