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
