package policylint.rules.gdpr.retention_test

import data.policylint.rules.gdpr.retention

test_pass_as_long_as_account_active_with_evidence if {
	doc := policylint.parse("# Data retention\n\nWe retain personal data for as long as your account is active.", "markdown")
	r := retention.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_deleted_after_period if {
	doc := policylint.parse("Server logs are deleted after 14 days.", "text")
	retention.report.status == "pass" with input as doc
}

test_pass_criteria if {
	doc := policylint.parse("When determining the retention period, we take into account the nature and length of our relationship with you.", "text")
	retention.report.status == "pass" with input as doc
}

test_pass_until if {
	doc := policylint.parse("Contract data shall be retained until the contract has been fully performed.", "text")
	retention.report.status == "pass" with input as doc
}

test_pass_indefinite if {
	doc := policylint.parse("Logs of this information may persist for an indefinite period.", "text")
	retention.report.status == "pass" with input as doc
}

test_pass_schedule_list if {
	doc := policylint.parse("The following list shows what data we store and for how long:\n\n- Logs: 30 days\n- Notifications: 7 days", "markdown")
	retention.report.status == "pass" with input as doc
}

test_fail_account_deletion_is_erasure if {
	doc := policylint.parse("# How long we keep data\n\nYou can delete your account at any time in the settings.", "markdown")
	r := retention.report with input as doc
	r.status == "fail"
	r.location == 0
}

test_fail_stored_on_device if {
	doc := policylint.parse("Any data that the app saves is saved to your own device and you are free to delete this data at any time.", "text")
	retention.report.status == "fail" with input as doc
}

test_fail_not_stored if {
	doc := policylint.parse("We do not store IP addresses.", "text")
	retention.report.status == "fail" with input as doc
}

test_pass_google_style if {
	doc := policylint.parse("We retain the data we collect for different periods of time depending on what it is and how we use it.", "text")
	retention.report.status == "pass" with input as doc
}

test_pass_termsfeed_style if {
	doc := policylint.parse("The Company will retain Your Personal Data only for as long as is necessary for the purposes set out in this Privacy Policy.", "text")
	retention.report.status == "pass" with input as doc
}

test_pass_deleted_when_no_longer_needed if {
	doc := policylint.parse("We delete your data when it is no longer needed for the purpose for which it was collected.", "text")
	retention.report.status == "pass" with input as doc
}

test_fail_stored_in_cookie if {
	doc := policylint.parse("If you change a setting, it is stored in a cookie on your device. Feedback you send may be stored in our email.", "text")
	retention.report.status == "fail" with input as doc
}

# "within" is a time limit only with a period ("within 30 days"), not in "the
# details contained within".
test_fail_details_contained_within if {
	doc := policylint.parse("You may delete your account and the details contained within from the profile settings of your account.", "text")
	retention.report.status == "fail" with input as doc
}

test_pass_deleted_within_days if {
	doc := policylint.parse("We delete your data within 30 days of the closure of your account.", "text")
	retention.report.status == "pass" with input as doc
}
