package policylint.rules.gdpr.right_access_test

import data.policylint.rules.gdpr.right_access

test_pass_right_of_access_sentence if {
	doc := policylint.parse("# Your rights\n\nYou have the right to access the personal data we hold about you.", "markdown")
	r := right_access.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_copy if {
	doc := policylint.parse("You can request a copy of the information we hold.", "markdown")
	right_access.report.status == "pass" with input as doc
}

test_fail_located_at_rights_heading if {
	doc := policylint.parse("# Policy\n\nWe collect your e-mail.\n\n## Your rights\n\nYou may delete your account.", "markdown")
	r := right_access.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_fail_access_to_service_is_not_the_right if {
	doc := policylint.parse("We use cookies when you access our website.", "markdown")
	right_access.report.status == "fail" with input as doc
}
