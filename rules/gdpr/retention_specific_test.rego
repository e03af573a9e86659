package policylint.rules.gdpr.retention_specific_test

import data.policylint.rules.gdpr.retention_specific

test_pass_days_with_evidence if {
	doc := policylint.parse("# Retention\n\nWe keep your data as long as necessary.\n\nServer log files are stored for a maximum period of 14 days.", "markdown")
	r := retention_specific.report with input as doc
	r.status == "pass"
	r.evidence == [2]
}

test_pass_number_word if {
	doc := policylint.parse("Donation records are retained for four years from the date of last donation.", "text")
	retention_specific.report.status == "pass" with input as doc
}

test_pass_purged_within if {
	doc := policylint.parse("When you trash things, they are purged within 90 days from all of our systems.", "text")
	retention_specific.report.status == "pass" with input as doc
}

test_pass_up_to_years if {
	doc := policylint.parse("Invoices are kept for up to 10 years where tax law requires it.", "text")
	retention_specific.report.status == "pass" with input as doc
}

test_pass_cookie_lifetime if {
	doc := policylint.parse("cart, unique token, persistent for 2 weeks, stores the contents of your cart.", "text")
	retention_specific.report.status == "pass" with input as doc
}

test_pass_schedule_entry if {
	doc := policylint.parse("## How long we store data\n\n- Incomplete runs: 30 days\n- Notifications: 7 days", "markdown")
	retention_specific.report.status == "pass" with input as doc
}

test_fail_only_criteria if {
	doc := policylint.parse("# Retention\n\nWe retain personal data only as long as necessary for the purposes described.", "markdown")
	r := retention_specific.report with input as doc
	r.status == "fail"
	r.location == 0
}

test_fail_notice_period_is_not_retention if {
	doc := policylint.parse("We will notify you of material changes at least 30 days before they take effect.", "text")
	retention_specific.report.status == "fail" with input as doc
}

test_fail_response_time_is_not_retention if {
	doc := policylint.parse("We will respond to your request to delete your data within one month.", "text")
	retention_specific.report.status == "fail" with input as doc
}

test_fail_age_is_not_retention if {
	doc := policylint.parse("We will delete data we learn was collected from a child under the age of 13 years.", "text")
	retention_specific.report.status == "fail" with input as doc
}

test_pass_cookie_table if {
	doc := policylint.parse("## Retention\n\nCookies are kept until they expire.\n\n| Cookie | Purpose | Expiry |\n|---|---|---|\n| _ga | Analytics | 2 years |", "markdown")
	retention_specific.report.status == "pass" with input as doc
}

test_fail_trial_period if {
	doc := policylint.parse("The trial lasts 14 days. Our team has over 10 years of experience.", "text")
	retention_specific.report.status == "fail" with input as doc
}

test_fail_notice_shown_for_days if {
	doc := policylint.parse("We will provide notice by writing Updated next to the link to this page for a period of at least 30 days.", "text")
	retention_specific.report.status == "fail" with input as doc
}

test_pass_period_beside_an_age if {
	doc := policylint.parse("We keep these records for 8 years (or until a patient is 25 years of age, whichever is longer).", "text")
	retention_specific.report.status == "pass" with input as doc
}

test_fail_age_alone if {
	doc := policylint.parse("You must be at least 16 years old to use the service. We keep your data as long as needed.", "text")
	retention_specific.report.status == "fail" with input as doc
}

# A deadline to tell or ask the reader is no period of keeping.
test_fail_inform_within_days if {
	doc := policylint.parse("We will inform you within 40 days if we store any personal information about you. We will not invite you to a survey within 90 days of the last one.", "text")
	retention_specific.report.status == "fail" with input as doc
}
