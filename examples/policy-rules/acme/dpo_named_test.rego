package policylint.rules.acme.dpo_named_test

import data.policylint.rules.acme.dpo_named

# Tests see the rule's default parameters (Jane Roe, dpo@acme.example),
# never what .policylint.yaml sets, unless a test sets them itself.

test_pass_name if {
	policy := "## Contact\n\nOur data protection officer is Jane Roe. Write to her at our address above."
	r := dpo_named.report with input as policylint.parse(policy, "markdown")
	r.status == "pass"
	r.evidence == [1]
}

test_pass_email_any_case if {
	policy := "<h2>Data Protection Officer</h2><p>Questions? E-mail DPO@Acme.Example.</p>"
	r := dpo_named.report with input as policylint.parse(policy, "html")
	r.status == "pass"
}

test_pass_configured_dpo if {
	policy := "You can reach our DPO, Maria Keller, at privacy-officer@acme.example."
	r := dpo_named.report with input as policylint.parse(policy, "text")
		with data.policylint.params["acme/dpo-named"].dpo_name as "Maria Keller"
	r.status == "pass"
}

# A DPO who is no longer the appointed one does not count.
test_fail_former_dpo if {
	policy := "# Privacy Policy\n\n## Contact us\n\nOur data protection officer, John Smith, can be reached at dpo-office@acme.example."
	r := dpo_named.report with input as policylint.parse(policy, "markdown")
	r.status == "fail"
	r.location == 1
	r.message == "The policy does not name Acme's data protection officer: it must mention Jane Roe or dpo@acme.example."
}

# A generic DPO contact satisfies gdpr/dpo-contact, not this rule.
test_fail_generic_contact if {
	policy := "Contact our data protection officer at privacy@acme.example."
	r := dpo_named.report with input as policylint.parse(policy, "text")
	r.status == "fail"
}

# Part of the name, or the address inside a longer one, is not the DPO.
test_fail_partial_matches if {
	policy := "Jane from our support team, or Mr Roe, will answer at dpo@acme.example.org."
	r := dpo_named.report with input as policylint.parse(policy, "text")
	r.status == "fail"
}

test_fail_nothing_configured if {
	r := dpo_named.report with input as policylint.parse("Our DPO is Jane Roe.", "text")
		with data.policylint.params["acme/dpo-named"] as {"dpo_name": "", "dpo_email": " "}
	r.status == "fail"
	contains(r.message, "No data protection officer is configured")
}
