package policylint.rules.acme.subprocessors_named_test

import data.policylint.rules.acme.subprocessors_named

# The tests set their own register, so that procurement adding a vendor to
# data/vendors.yaml breaks the policy's check, not these tests.
register := [
	{"name": "Amazon Web Services", "aliases": ["AWS"], "purpose": "hosting"},
	{"name": "Stripe", "purpose": "payments"},
	{"name": "Mailchimp", "purpose": "newsletter"},
]

all_named := `# Privacy Policy

## Who receives your data

We use the following sub-processors:

- Amazon Web Services EMEA SARL, which hosts our platform in Frankfurt;
- Stripe Payments Europe, Ltd., which processes card payments;
- The Rocket Science Group LLC (MAILCHIMP), which sends our newsletter.
`

test_pass_every_vendor_named if {
	r := subprocessors_named.report with input as policylint.parse(all_named, "markdown")
		with data.acme_vendors as register
	r.status == "pass"
	r.evidence == [3, 4, 5]
}

test_pass_alias_counts if {
	policy := "Our servers run on AWS in the EU. Payments are handled by Stripe and e-mails by Mailchimp."
	r := subprocessors_named.report with input as policylint.parse(policy, "text")
		with data.acme_vendors as register
	r.status == "pass"
}

test_fail_lists_missing_vendors if {
	policy := "# Privacy Policy\n\n## Sharing your data\n\nWe share your data with our hosting provider, Amazon Web Services.\n"
	r := subprocessors_named.report with input as policylint.parse(policy, "markdown")
		with data.acme_vendors as register
	r.status == "fail"
	r.location == 1
	r.message == "The policy does not name these sub-processors of Acme's vendor register: Stripe, Mailchimp."
}

# Categories of recipients satisfy gdpr/recipients but name no vendor.
test_fail_categories_only if {
	policy := "## Recipients\n\nWe share personal data with our hosting, payment and e-mail service providers."
	r := subprocessors_named.report with input as policylint.parse(policy, "markdown")
		with data.acme_vendors as register
	r.status == "fail"
	contains(r.message, "Amazon Web Services, Stripe, Mailchimp")
}

# "Stripes" and "laws" name neither Stripe nor AWS: names are matched as
# whole words.
test_fail_name_inside_another_word if {
	policy := "We comply with all laws. Our logo has blue stripes. Mailchimp sends our newsletter."
	r := subprocessors_named.report with input as policylint.parse(policy, "text")
		with data.acme_vendors as [{"name": "Stripe"}, {"name": "AWS"}, {"name": "Mailchimp"}]
	r.status == "fail"
	r.message == "The policy does not name these sub-processors of Acme's vendor register: Stripe, AWS."
}

test_fail_placed_at_subprocessor_list if {
	policy := "# Privacy Policy\n\n## Sharing\n\nWe share data.\n\n## Our sub-processors\n\n- Stripe\n"
	r := subprocessors_named.report with input as policylint.parse(policy, "markdown")
		with data.acme_vendors as register
	r.status == "fail"
	r.location == 3
}

test_not_applicable_without_vendors if {
	r := subprocessors_named.report with input as policylint.parse("We share nothing.", "text")
		with data.acme_vendors as []
	r.status == "not_applicable"
}

# The register shipped beside the rules is what a check uses.
test_shipped_register_is_read if {
	names := {v.name | some v in subprocessors_named.vendors}
	names == {"Amazon Web Services", "Stripe", "Mailchimp", "Zendesk", "Google Analytics"}
}
