package policylint.rules.gdpr.right_rectification_test

import data.policylint.rules.gdpr.right_rectification

test_pass_right_to_rectification if {
	doc := policylint.parse("# Your rights\n\nYou have the right to have inaccurate personal data about you rectified.", "markdown")
	r := right_rectification.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_request_correction if {
	doc := policylint.parse("Right to Correction. You have the right to request correction of your personal information.", "text")
	right_rectification.report.status == "pass" with input as doc
}

test_pass_update_account_information if {
	doc := policylint.parse("You can update your account information at any time from your profile page.", "text")
	right_rectification.report.status == "pass" with input as doc
}

test_pass_edit_profile_data if {
	doc := policylint.parse("If you create a profile, you can edit your profile data in the profile settings.", "text")
	right_rectification.report.status == "pass" with input as doc
}

test_pass_ask_that_it_be_corrected if {
	doc := policylint.parse("If you are a resident of Europe, you have the right to access personal information we hold about you and to ask that your personal information be corrected, updated, or deleted.", "text")
	right_rectification.report.status == "pass" with input as doc
}

test_pass_rights_of_list if {
	doc := policylint.parse("You may exercise your rights of access, rectification, erasure and objection by writing to us.", "text")
	right_rectification.report.status == "pass" with input as doc
}

test_pass_list_item_in_rights_section if {
	doc := policylint.parse("## The rights of Users\n\n- Verify and seek rectification. Users may verify the accuracy of their Data.\n- Restrict the processing of their Data.", "markdown")
	r := right_rectification.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_inaccurate_item_after_intro if {
	doc := policylint.parse("You have the right to request:\n\n- a copy of your personal data\n- that anything inaccurate in your personal data is corrected without undue delay", "markdown")
	r := right_rectification.report with input as doc
	r.status == "pass"
	r.evidence == [2]
}

test_fail_located_at_rights_heading if {
	doc := policylint.parse("# Privacy\n\nWe collect your name.\n\n## Your choices\n\nYou can unsubscribe from our emails at any time.", "markdown")
	r := right_rectification.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_fail_preferences_and_settings if {
	doc := policylint.parse("You can update your cookie preferences at any time. You can change your browser settings to refuse cookies, but some information may not load. You can change your password in the settings.", "text")
	right_rectification.report.status == "fail" with input as doc
}

test_fail_company_updates_policy if {
	doc := policylint.parse("We may update this privacy policy from time to time. We reserve the right to change this policy and the information in it.", "text")
	right_rectification.report.status == "fail" with input as doc
}

test_fail_change_your_mind if {
	doc := policylint.parse("You may change your mind and withdraw consent at any time. You can change how we use your information for advertising in your ad settings.", "text")
	right_rectification.report.status == "fail" with input as doc
}

test_fail_accuracy_principle_only if {
	doc := policylint.parse("It is important that the personal data we hold about you is accurate and current.", "text")
	right_rectification.report.status == "fail" with input as doc
}

test_fail_update_item_outside_rights_context if {
	doc := policylint.parse("## Newsletter\n\n- Update your preferences\n- Correct the time zone of your calendar", "markdown")
	right_rectification.report.status == "fail" with input as doc
}

test_pass_demand_that_data_are_rectified if {
	doc := policylint.parse("You also have the right to demand that your data are rectified or eradicated.", "text")
	right_rectification.report.status == "pass" with input as doc
}

test_fail_rectification_not_enforceable_after_retention if {
	doc := policylint.parse("Therefore, the right to rectification cannot be enforced after expiration of the retention period.", "text")
	right_rectification.report.status == "fail" with input as doc
}

test_pass_tell_us_if_something_is_wrong if {
	doc := policylint.parse("You have the right to:\n\n- tell us if something\u2019s wrong so we can correct it\n", "markdown")
	right_rectification.report.status == "pass" with input as doc
}

test_fail_tell_us_if_something_is_wrong_with_the_site if {
	doc := policylint.parse("Please tell us if the website is slow. We use cookies to measure its speed.", "text")
	right_rectification.report.status == "fail" with input as doc
}

test_pass_rectify_in_a_list_of_verbs if {
	doc := policylint.parse("You may ask the project team to access, rectify, erase, restrict processing, or receive your personal data.", "text")
	right_rectification.report.status == "pass" with input as doc
}

test_pass_wish_to_amend_or_correct_it if {
	doc := policylint.parse("If you wish to review, access, amend or correct it, please contact us.", "text")
	right_rectification.report.status == "pass" with input as doc
}
