package policylint.rules.gdpr.purposes_test

import data.policylint.rules.gdpr.purposes

test_pass_use_data_to_with_evidence if {
	doc := policylint.parse("# How we use your data\n\nWe use your email address to send you order confirmations.", "markdown")
	r := purposes.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_following_purposes if {
	doc := policylint.parse("Integromat collects this personal data for the following purposes: login, password resets and product news.", "text")
	purposes.report.status == "pass" with input as doc
}

test_pass_passive if {
	doc := policylint.parse("The Data concerning the User is collected to allow the Owner to provide its Service and comply with its legal obligations.", "text")
	purposes.report.status == "pass" with input as doc
}

test_pass_heading_with_list if {
	doc := policylint.parse("## How we use personal data\n\n- Provide, secure, and maintain the platform\n- Process subscriptions and invoices", "markdown")
	r := purposes.report with input as doc
	r.status == "pass"
	r.evidence == [0, 1, 2]
}

test_pass_reasons_why if {
	doc := policylint.parse("We have set out in the table below the reasons why we process your personal data.", "text")
	purposes.report.status == "pass" with input as doc
}

test_pass_so_that if {
	doc := policylint.parse("We log all access to all accounts by full IP address so that we can always verify no unauthorized access has happened.", "text")
	purposes.report.status == "pass" with input as doc
}

test_pass_cookies_only if {
	doc := policylint.parse("We use cookies to remember your settings and preferences.", "text")
	purposes.report.status == "pass" with input as doc
}

test_fail_nothing_used if {
	doc := policylint.parse("## How we use information\n\nAs we do not collect personal information, we do not use any such information for any purpose.", "markdown")
	r := purposes.report with input as doc
	r.status == "fail"
	r.location == 0
}

test_fail_use_section_says_none if {
	doc := policylint.parse("### Use of Your Personal Data\n\n- *None*\n\n### Retention of Your Personal Data\n\n- *None*", "markdown")
	purposes.report.status == "fail" with input as doc
}

test_fail_definitions_for_the_purposes_of_this_policy if {
	doc := policylint.parse("For the purposes of this Privacy Policy, You means the individual accessing or using the Application.", "text")
	purposes.report.status == "fail" with input as doc
}

test_fail_data_that_can_identify if {
	doc := policylint.parse("We do not collect names, email addresses, or any other information that can be used to identify you personally.", "text")
	purposes.report.status == "fail" with input as doc
}

test_fail_relating_to_is_not_a_purpose if {
	doc := policylint.parse("You may object to us processing your personal data on grounds relating to your particular situation.", "text")
	purposes.report.status == "fail" with input as doc
}

test_fail_security_means_are_not_a_purpose if {
	doc := policylint.parse("The security of your personal information is important to us. While we strive to use commercially acceptable means to protect your personal information, we cannot guarantee its absolute security.", "text")
	purposes.report.status == "fail" with input as doc
}

test_pass_useful_for_diagnostics if {
	doc := policylint.parse("We only collect data that's useful for diagnostics and analytics, such as crash info.", "text")
	purposes.report.status == "pass" with input as doc
}

test_pass_list_after_intro_with_evidence if {
	doc := policylint.parse("Your personal data may be used for the following purposes:\n\n- to update you on new versions of the software\n- internal statistics", "markdown")
	r := purposes.report with input as doc
	r.status == "pass"
	1 in r.evidence
	2 in r.evidence
}

test_pass_in_the_following_ways if {
	doc := policylint.parse("We use information held about you in the following ways:-\n\n1. to notify you about changes to our service.", "markdown")
	r := purposes.report with input as doc
	r.status == "pass"
	1 in r.evidence
}

test_pass_product_uses_cookies_to if {
	doc := policylint.parse("Assignly Desktop uses cookies strictly to pass security verifications and maintain your active session.", "text")
	purposes.report.status == "pass" with input as doc
}

test_fail_does_not_use_cookies_to if {
	doc := policylint.parse("This app does not use cookies to store information about a user's preferences and history.", "text")
	purposes.report.status == "fail" with input as doc
}

test_pass_leading_purpose_clause if {
	doc := policylint.parse("Secure Local Storage: To keep you logged in, your credentials are saved locally on your computer.", "text")
	purposes.report.status == "pass" with input as doc
}

test_fail_leading_to_without_data if {
	doc := policylint.parse("To the extent permitted by law, we are not liable for any loss.", "text")
	purposes.report.status == "fail" with input as doc
}

test_pass_used_as_follows_list if {
	doc := policylint.parse("The data is used as follows:\n\n- To diagnose issues reported by the user.\n", "markdown")
	purposes.report.status == "pass" with input as doc
}
