package policylint.rules.gdpr.dpo_contact_test

import data.policylint.rules.gdpr.dpo_contact

test_pass_dpo_email_with_evidence if {
	doc := policylint.parse("# Contact\n\nYou can contact our Data Protection Officer at dpo@example.com.", "markdown")
	r := dpo_contact.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_dpo_heading_with_address if {
	doc := policylint.parse("## Data Protection Officer\n\nprivacy-office@example.com", "markdown")
	r := dpo_contact.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_dpo_contact_form if {
	doc := policylint.parse("If you have any questions about this Policy, please contact our Data Protection Officer by using the Contact Us form on the Privacy Center.", "text")
	dpo_contact.report.status == "pass" with input as doc
}

test_pass_dpo_details_follow if {
	doc := policylint.parse("The contact details for the DSIT Data Protection Officer are:\n\nData Protection Officer, 22 Whitehall, London SW1A 2EG", "markdown")
	dpo_contact.report.status == "pass" with input as doc
}

test_pass_dpo_label if {
	doc := policylint.parse("DPO: Jane Doe, jane.doe@example.com", "text")
	dpo_contact.report.status == "pass" with input as doc
}

test_fail_generic_privacy_contact if {
	doc := policylint.parse("# Contact us\n\nQuestions about privacy? Contact Jeremy at privacy@example.com.", "markdown")
	r := dpo_contact.report with input as doc
	r.status == "fail"
	r.location == 0
}

test_fail_vendor_dpo if {
	doc := policylint.parse("For Facebook, you can contact the data protection officer at the following link: https://www.facebook.com/help/contact/540977946302970", "text")
	dpo_contact.report.status == "fail" with input as doc
}

test_fail_vendor_possessive_dpo if {
	doc := policylint.parse("You can contact TikTok's Data Protection Officer using this form.", "text")
	dpo_contact.report.status == "fail" with input as doc
}

test_fail_no_dpo_appointed if {
	doc := policylint.parse("We have not appointed a data protection officer. Contact us at privacy@example.com.", "text")
	dpo_contact.report.status == "fail" with input as doc
}

test_fail_dpo_mentioned_without_contact if {
	doc := policylint.parse("We work with our Data Protection Officer as part of a cross-functional team that oversees our privacy compliance.", "text")
	dpo_contact.report.status == "fail" with input as doc
}

test_fail_privacy_officer_is_not_dpo if {
	doc := policylint.parse("Contact our Privacy Compliance Officer via our contact page.", "text")
	dpo_contact.report.status == "fail" with input as doc
}
