package policylint.rules.acme.no_sale_of_data_test

import data.policylint.rules.acme.no_sale_of_data

status(policy, format) := r.status if {
	r := no_sale_of_data.report with input as policylint.parse(policy, format)
}

# --- Phrasings that make the commitment --------------------------------------

test_pass_we_do_not_sell if {
	r := no_sale_of_data.report with input as policylint.parse("## Sharing\n\nWe share data with our processors. We do not sell your personal data.", "markdown")
	r.status == "pass"
	r.evidence == [1]
}

test_pass_never_sell if {
	status("We never sell your personal information to anyone.", "text") == "pass"
}

test_pass_will_not_sell_or_rent if {
	status("Acme will not sell or rent your personal data to third parties.", "text") == "pass"
}

test_pass_do_not_and_will_not if {
	status("We don’t, and will never, sell, rent or trade the information you give us.", "text") == "pass"
}

test_pass_passive if {
	status("<p>Your personal data is never sold.</p>", "html") == "pass"
}

test_pass_under_sale_heading if {
	status("## Do we sell your data?\n\nNo. We do not sell it, and we never have.", "markdown") == "pass"
}

test_pass_denial_list if {
	status("## What we will never do\n\nWe will never:\n\n- sell or rent your personal data;\n- send you spam.\n", "markdown") == "pass"
}

# --- Near misses that must not pass ------------------------------------------

test_fail_silent if {
	r := no_sale_of_data.report with input as policylint.parse("# Privacy\n\n## Who we share your data with\n\nWe share data with our payment provider.", "markdown")
	r.status == "fail"
	r.location == 1
	not r.message
}

test_fail_may_sell if {
	r := no_sale_of_data.report with input as policylint.parse("# Privacy\n\nWe may sell your personal data to our marketing partners.", "markdown")
	r.status == "fail"
	r.location == 1
	contains(r.message, "may be sold")
}

# A denial elsewhere does not cancel a statement that data may be sold.
test_fail_denial_and_sale if {
	policy := "We do not sell your personal data.\n\nWe may also sell or share aggregated usage data with research partners."
	r := no_sale_of_data.report with input as policylint.parse(policy, "markdown")
	r.status == "fail"
	r.location == 1
}

test_fail_exception_consent if {
	status("We do not sell your personal data without your consent.", "text") == "fail"
}

test_fail_exception_unless if {
	status("We will not sell your information unless we are acquired.", "text") == "fail"
}

# Selling the business, or the vendors who sell, is not a promise about data.
test_fail_other_selling if {
	status("If we sell our business, your data may be transferred to the buyer. We do not work with companies that sell data.", "text") == "fail"
}

test_fail_bare_denial_without_context if {
	status("## Payments\n\nWe do not sell it at a discount.", "markdown") == "fail"
}
