package policylint.rules.gdpr.right_restriction_test

import data.policylint.rules.gdpr.right_restriction

test_pass_right_to_restrict if {
	doc := policylint.parse("# Your rights\n\nYou have the right to restrict the processing of your personal data.", "markdown")
	r := right_restriction.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_ask_us_to_restrict if {
	doc := policylint.parse("You may ask us to restrict processing of your personal information in certain circumstances, for example while we verify its accuracy.", "text")
	right_restriction.report.status == "pass" with input as doc
}

test_pass_request_that_we_limit_use if {
	doc := policylint.parse("You can request that we limit the use of your personal data.", "text")
	right_restriction.report.status == "pass" with input as doc
}

test_pass_request_that_we_stop_processing if {
	doc := policylint.parse("Right to Restrict - the right to request that we temporarily or permanently stop processing all or some of your personal data.", "html")
	right_restriction.report.status == "pass" with input as doc
}

test_pass_heading_names_the_right if {
	doc := policylint.parse("### Right to restriction of processing pursuant to Art. 18 GDPR\n\nThis right is subject to the conditions of the Regulation.", "markdown")
	r := right_restriction.report with input as doc
	r.status == "pass"
	r.evidence == [0]
}

test_pass_rights_list if {
	doc := policylint.parse("Depending on your jurisdiction, you may have rights to access, correct, delete, restrict, port, or object to processing of your personal data.", "text")
	right_restriction.report.status == "pass" with input as doc
}

test_pass_list_item_after_intro if {
	doc := policylint.parse("You can also:\n\n- raise an objection about how your personal data is processed\n- ask that the processing of your personal data is restricted in certain circumstances", "markdown")
	r := right_restriction.report with input as doc
	r.status == "pass"
	r.evidence == [2]
}

test_fail_located_at_rights_heading if {
	doc := policylint.parse("# Privacy\n\nWe collect your name.\n\n## Your rights\n\nYou may access and delete your data.", "markdown")
	r := right_restriction.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_fail_company_limits_its_own_processing if {
	doc := policylint.parse("We restrict access to personal data to authorized staff. We limit the purpose for processing to what is necessary.", "text")
	right_restriction.report.status == "fail" with input as doc
}

test_fail_limit_what_you_share if {
	doc := policylint.parse("You can control the information we collect about you by limiting what information is in your profile. You can stop using the service at any time.", "text")
	right_restriction.report.status == "fail" with input as doc
}

test_fail_settings_and_cookies if {
	doc := policylint.parse("You may block cookies in your browser. You can limit use of location services in your device settings.", "text")
	right_restriction.report.status == "fail" with input as doc
}

test_fail_restricted_sections if {
	doc := policylint.parse("## Your choices\n\nAccess to certain restricted sections of the site requires registration.", "markdown")
	right_restriction.report.status == "fail" with input as doc
}

test_fail_choices_list_items if {
	doc := policylint.parse("## Your choices\n\n- Limit ad tracking in your device settings.\n- Block cookies in your browser.\n- Update your preferences in the app.", "markdown")
	right_restriction.report.status == "fail" with input as doc
}

test_pass_named_in_rights_list if {
	doc := policylint.parse("## Your data protection rights\n\nUnder data protection law, you have rights including:\n\n- Your right of access\n- Restriction of processing\n- Objection", "markdown")
	r := right_restriction.report with input as doc
	r.status == "pass"
	r.evidence == [3]
}

# Asking to stop processing, named as the right to object, is objection.
test_fail_stop_processing_known_as_objection if {
	doc := policylint.parse("You have the right to:\n\n- ask us to stop processing your personal information in some circumstances (known as 'the right to object to processing')\n", "markdown")
	right_restriction.report.status == "fail" with input as doc
}

test_fail_object_and_ask_to_stop_processing if {
	doc := policylint.parse("You have the right to object to our use of your personal data and to ask us to stop processing it.", "text")
	right_restriction.report.status == "fail" with input as doc
}

test_pass_right_to_limiting_the_processing if {
	doc := policylint.parse("You have rights for limiting the processing of your data.", "text")
	right_restriction.report.status == "pass" with input as doc
}

# Asking to stop using data is objection; restriction is asked for by name.
test_fail_ask_us_to_stop_using if {
	doc := policylint.parse("Object to us processing your information. You can ask us to stop using your information.", "text")
	right_restriction.report.status == "fail" with input as doc
}

test_pass_ask_us_to_restrict if {
	doc := policylint.parse("You can ask us to restrict the processing of your information.", "text")
	right_restriction.report.status == "pass" with input as doc
}
