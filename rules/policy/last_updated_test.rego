package policylint.rules.policy.last_updated_test

import data.policylint.rules.policy.last_updated

test_pass_last_updated_with_evidence if {
	doc := policylint.parse("# Privacy Policy\n\nLast updated: March 1, 2025\n\nWe collect your e-mail.", "markdown")
	r := last_updated.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_effective_date if {
	doc := policylint.parse("Effective Date: 11th of April, 2023", "text")
	last_updated.report.status == "pass" with input as doc
}

test_pass_effective_as_of if {
	doc := policylint.parse("This Privacy Policy is effective as of August 6, 2018.", "text")
	last_updated.report.status == "pass" with input as doc
}

test_pass_numeric if {
	doc := policylint.parse("Last updated on 04/11/12.", "text")
	last_updated.report.status == "pass" with input as doc
}

test_pass_current_status if {
	doc := policylint.parse("The current status of this Privacy Policy is 23.03.2025.", "text")
	last_updated.report.status == "pass" with input as doc
}

test_pass_month_year if {
	doc := policylint.parse("Last revision: May 2026", "text")
	last_updated.report.status == "pass" with input as doc
}

test_pass_bare_date_under_title if {
	doc := policylint.parse("# Privacy Notice\n\nSeptember 11, 2020\n\nWe care about your privacy.", "markdown")
	last_updated.report.status == "pass" with input as doc
}

test_fail_no_date if {
	doc := policylint.parse("# Privacy Policy\n\nWe collect your e-mail.", "markdown")
	last_updated.report.status == "fail" with input as doc
}

test_fail_date_placeholder if {
	doc := policylint.parse("The \"Last updated\" date reflects the most recent change.", "text")
	last_updated.report.status == "fail" with input as doc
}

test_fail_archive_note if {
	doc := policylint.parse("The following text is extracted from the privacy policy that was archived on 2015-12-07.\n\nWe collect your name.", "text")
	last_updated.report.status == "fail" with input as doc
}

test_pass_last_modified_sentence if {
	doc := policylint.parse("This policy was last modified on 12 January 2024.", "text")
	last_updated.report.status == "pass" with input as doc
}

test_fail_founded_year if {
	doc := policylint.parse("Our company was founded in 2015. Version 2.3. Copyright 2024 Example Inc.", "text")
	last_updated.report.status == "fail" with input as doc
}

test_pass_front_matter_date if {
	doc := policylint.parse("---\nlayout: page\nlast_updated: 2 February 2026\n---\n# Privacy notice\n\nWe use your e-mail address to reply to you.\n", "markdown")
	r := last_updated.report with input as doc
	r.status == "pass"
	r.evidence == [0]
}

test_fail_front_matter_title_only if {
	doc := policylint.parse("---\ntitle: Privacy notice 2026\n---\n# Privacy notice\n\nWe use your e-mail address to reply to you.\n", "markdown")
	last_updated.report.status == "fail" with input as doc
}

test_pass_month_year_line if {
	doc := policylint.parse("# Privacy\n\nWe use your e-mail address to reply to you.\n\n_Jun 2022_\n", "markdown")
	last_updated.report.status == "pass" with input as doc
}

test_fail_month_year_in_sentence if {
	doc := policylint.parse("# Privacy\n\nIn June 2022 we launched a new feature.\n", "markdown")
	last_updated.report.status == "fail" with input as doc
}

test_pass_last_edited_month_year if {
	doc := policylint.parse("Last Edited on 10/2014", "text")
	last_updated.report.status == "pass" with input as doc
}

test_pass_date_beside_the_title if {
	doc := policylint.parse("Caribou Coffee Privacy Statement June 3, 2003\n\nWe respect your privacy.", "text")
	last_updated.report.status == "pass" with input as doc
}

test_pass_place_and_date_sign_off if {
	doc := policylint.parse("We may change this statement.\n\nThe Hague, 1 January 2013.", "text")
	last_updated.report.status == "pass" with input as doc
}

# A date that is not the policy's: an event in a sentence, a founding date.
test_fail_dated_event_in_a_sentence if {
	doc := policylint.parse("Since January 2013, our stores in The Hague, Utrecht and Delft have offered free Wi-Fi. Our privacy policy explains what we collect.", "text")
	last_updated.report.status == "fail" with input as doc
}

test_pass_front_matter_lastmod if {
	doc := policylint.parse("---\ntitle: Privacy\nlastmod: 2020-04-16\n---\n# Privacy notice\n\nWe use your e-mail address to reply to you.\n", "markdown")
	last_updated.report.status == "pass" with input as doc
}

test_pass_front_matter_last_edited if {
	doc := policylint.parse("---\nlastEdited: 2020-04-16\n---\n# Privacy notice\n\nWe use your e-mail address to reply to you.\n", "markdown")
	last_updated.report.status == "pass" with input as doc
}
