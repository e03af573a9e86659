package policylint.rules.gdpr.statutory_contractual_test

import data.policylint.rules.gdpr.statutory_contractual

test_pass_required_to_create_account_with_evidence if {
	doc := policylint.parse("# Data we collect\n\nAn email address is required to create an account.", "markdown")
	r := statutory_contractual.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_iubenda_mandatory if {
	doc := policylint.parse("Unless specified otherwise, all Data requested by this Application is mandatory and failure to provide this Data may make it impossible for this Application to provide its services.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_if_you_do_not_provide if {
	doc := policylint.parse("If you do not provide Personal Information when requested, you may not be able to use our Service.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_voluntary if {
	doc := policylint.parse("The provision of your personal data is voluntary.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_must_provide if {
	doc := policylint.parse("In order to register for an account, you must provide your email address and a password.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_statutory if {
	doc := policylint.parse("You are not obliged to provide us with your data, but without it we cannot conclude the contract.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_fail_optional_field_only if {
	doc := policylint.parse("Account data: email address, name (optional), password.", "text")
	r := statutory_contractual.report with input as doc
	r.status == "fail"
	not r.location
}

test_fail_we_are_required_by_law if {
	doc := policylint.parse("We may disclose your personal information if we are required by law to do so.", "text")
	statutory_contractual.report.status == "fail" with input as doc
}

test_fail_no_data_collected if {
	doc := policylint.parse("We do not collect any personal information from our users.", "text")
	statutory_contractual.report.status == "fail" with input as doc
}

test_pass_neither_statutory_nor_contractual if {
	doc := policylint.parse("Providing your personal data is neither a statutory nor a contractual requirement.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_refusing_cookies_limits_use if {
	doc := policylint.parse("If you disable or refuse cookies, some parts of the website may not function properly.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_mandatory_fields if {
	doc := policylint.parse("The fields marked with an asterisk are mandatory.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_fail_retention_necessity if {
	doc := policylint.parse("Your purchase transaction data is stored only as long as is necessary to complete your purchase transaction.", "text")
	statutory_contractual.report.status == "fail" with input as doc
}

test_fail_marketing_say_no if {
	doc := policylint.parse("If we ask for your personal information for a secondary reason, like marketing, we will either ask you directly for your expressed consent, or provide you with an opportunity to say no.", "text")
	statutory_contractual.report.status == "fail" with input as doc
}

# Held-out phrasings of the obligation to give data, and sentences about the
# controller's own obligations that are not it.
test_pass_we_need_to_collect if {
	doc := policylint.parse("When you place an order we need to collect your name, address, e-mail and telephone number.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_cookies_deactivated_functions_limited if {
	doc := policylint.parse("If cookies are deactivated, the functions of this website may be limited.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_mandatory_not_able_without_this if {
	doc := policylint.parse("Where we collect personal information to administer your accounts or your contract with us, this is mandatory and we will not be able to manage our relationship with you without this.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_provision_of_requested_information_optional if {
	doc := policylint.parse("In all other cases, the provision of requested personal information is optional.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_fail_controller_obligations if {
	doc := policylint.parse("Under certain circumstances, we will not be obliged to disclose the requested information to you. If we do not need your personal data any longer and you need it to exercise legal claims, you may demand the restriction of processing. We discard information when we no longer need it and we are not legally required to continue to keep it.", "text")
	statutory_contractual.report.status == "fail" with input as doc
}

test_pass_turn_cookies_off_features_disabled if {
	doc := policylint.parse("If you turn cookies off, some features will be disabled. It will turn off some of the features that make your site experience more efficient.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_information_visitors_voluntarily_provide if {
	doc := policylint.parse("We only collect personal information which visitors voluntarily provide to us, such as an e-mail address for the newsletter.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

# Cookies that expire, features that change: nothing about refusing data.
test_fail_cookie_expiry_and_new_features if {
	doc := policylint.parse("Session cookies are deleted when you close your browser. We add new features to the service every month.", "text")
	statutory_contractual.report.status == "fail" with input as doc
}

test_pass_you_can_of_course_refuse_to_provide if {
	doc := policylint.parse("You can of course refuse to provide that information, but without it we would not be able to provide treatment.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_required_in_order_to_offer_the_service if {
	doc := policylint.parse("We ask for your address, as this data is required in order to offer the service.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_option_to_provide if {
	doc := policylint.parse("You may have the option to provide contact information when you request a certificate.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_not_required_to_enter if {
	doc := policylint.parse("Members who sign up for the free account are not required to enter a credit card.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}

test_pass_only_what_you_decide_to_give if {
	doc := policylint.parse("The only personal information that we collect is what you decide to give us by sending us an e-mail.", "text")
	statutory_contractual.report.status == "pass" with input as doc
}
