package policylint.rules.gdpr.data_categories_test

import data.policylint.rules.gdpr.data_categories

test_pass_list_in_sentence_with_evidence if {
	doc := policylint.parse("# Information we collect\n\nWhen you register, we collect your name, email address and phone number.", "markdown")
	r := data_categories.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_items_under_heading if {
	doc := policylint.parse("## Types of data collected\n\n- Email address\n- IP address", "markdown")
	r := data_categories.report with input as doc
	r.status == "pass"
	r.evidence == [1, 2]
}

test_pass_single_item_with_verb if {
	doc := policylint.parse("In order to register for an account, you must provide your email address.", "text")
	data_categories.report.status == "pass" with input as doc
}

test_pass_iubenda_personal_data_processed if {
	doc := policylint.parse("Personal Data processed: email address.", "text")
	data_categories.report.status == "pass" with input as doc
}

test_pass_usage_data_listed if {
	doc := policylint.parse("Usage Data may include information such as Your Device's Internet Protocol address (e.g. IP address), device type, device version and unique device identifiers.", "text")
	data_categories.report.status == "pass" with input as doc
}

test_fail_no_category if {
	doc := policylint.parse("# What we collect\n\nWe collect personal data when you use our service.", "markdown")
	r := data_categories.report with input as doc
	r.status == "fail"
	r.location == 0
}

test_fail_categories_not_collected if {
	doc := policylint.parse("We do not collect data such as names, email addresses, phone numbers, or any other information that can be used to identify you.", "text")
	data_categories.report.status == "fail" with input as doc
}

test_fail_security_advice if {
	doc := policylint.parse("We encourage users to practice good security habits, such as using strong passwords.", "text")
	data_categories.report.status == "fail" with input as doc
}

test_pass_list_after_collecting_intro_with_evidence if {
	doc := policylint.parse("Naivi may collect and record the following data provided by visitors:\n\n- e-mail address\n- IP address", "markdown")
	r := data_categories.report with input as doc
	r.status == "pass"
	1 in r.evidence
	2 in r.evidence
}

test_fail_our_company_is_not_a_category if {
	doc := policylint.parse("We do not share your personal information with third parties, except in the event of a sale or reorganization of our company.", "text")
	data_categories.report.status == "fail" with input as doc
}

test_pass_your_company if {
	doc := policylint.parse("When you sign up we ask for your company.", "text")
	data_categories.report.status == "pass" with input as doc
}

test_fail_does_not_use_cookies_to_store if {
	doc := policylint.parse("This app does not use cookies to store information about a user's preferences and history.", "text")
	data_categories.report.status == "fail" with input as doc
}

test_fail_email_as_a_channel if {
	doc := policylint.parse("Questions regarding this privacy policy can be submitted to us by post or by e-mail.", "text")
	data_categories.report.status == "fail" with input as doc
}

test_pass_your_email if {
	doc := policylint.parse("We store your email so that we can send receipts.", "text")
	data_categories.report.status == "pass" with input as doc
}

test_pass_bug_reports if {
	doc := policylint.parse("We only use the bug reports you provide, and only if you choose to submit them.", "text")
	data_categories.report.status == "pass" with input as doc
}

test_heading_alone_is_not_evidence if {
	doc := policylint.parse("## Log Data and Analytics\n\nThe application does not collect background log data.\n\n## Credentials\n\nTo work, the app requires you to provide your portal credentials (registration number and password).", "markdown")
	r := data_categories.report with input as doc
	r.status == "pass"
	not 0 in r.evidence
	3 in r.evidence
}

# A list introduced as what is not collected lists no category.
test_fail_list_of_what_is_not_collected if {
	doc := policylint.parse("# Privacy\n\nThe app does **not** collect any of the following:\n\n- Personal information\n- Location data\n- Usage statistics\n", "markdown")
	data_categories.report.status == "fail" with input as doc
}

test_pass_list_of_what_is_collected if {
	doc := policylint.parse("# Privacy\n\nThe app collects the following:\n\n- Your e-mail address\n- Location data\n", "markdown")
	data_categories.report.status == "pass" with input as doc
}
