# METADATA
# title: Sub-processors named
# description: |
#   The policy must name every sub-processor in Acme's vendor register
#   (policy-rules/data/vendors.yaml), in any case, by its name or one of its
#   aliases. Art. 13(1)(e) lets a controller name only categories of
#   recipients, but Acme's customer contracts promise that the privacy
#   policy lists every processor, so adding a vendor to the register without
#   updating the policy must fail. "Payment providers" does not name Stripe.
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13(1)(e)
#   - ref: https://gdpr-info.eu/art-28-gdpr/
#     description: GDPR Art. 28 (processors)
# custom:
#   id: acme/subprocessors-named
#   severity: error
#   article: Art. 13(1)(e), 28
#   message: The policy does not name every sub-processor of Acme's vendor register.
#   fix: Name each vendor of policy-rules/data/vendors.yaml in the section on recipients, with what it does for Acme (a list of sub-processors is the usual form).
#   example: "We use the following sub-processors: Amazon Web Services (hosting), Stripe (payments), Mailchimp (newsletter), Zendesk (customer support) and Google Analytics (website statistics)."
#   conditional: true
package policylint.rules.acme.subprocessors_named

import data.acme.text
import data.policylint.lib

vendors := data.acme_vendors

# naming(vendor) is the IDs of the clauses that name the vendor by its name
# or an alias.
naming(vendor) := sort({id |
	some name in array.concat([vendor.name], object.get(vendor, "aliases", []))
	some id in text.naming(name)
})

missing := [vendor.name | some vendor in vendors; count(naming(vendor)) == 0]

evidence := sort({id | some vendor in vendors; some id in naming(vendor)})

# A failure points at the list of sub-processors if the policy has one,
# else at the section on recipients: that is where a missing vendor goes.
where := ids if {
	ids := lib.headings_matching(`sub-?processors?`)
	count(ids) > 0
} else := lib.first_heading(["recipients_heading"])

report := lib.not_applicable("Acme's vendor register (data.acme_vendors) lists no sub-processor.") if {
	count(vendors) == 0
} else := lib.fail_because(where, sprintf(
	"The policy does not name these sub-processors of Acme's vendor register: %s.",
	[concat(", ", missing)],
)) if {
	count(missing) > 0
} else := lib.pass(evidence)
