package policylint.rules.gdpr.right_complaint_test

import data.policylint.rules.gdpr.right_complaint

test_pass_lodge_with_supervisory_authority if {
	doc := policylint.parse("# Your rights\n\nYou have the right to lodge a complaint with a supervisory authority.", "markdown")
	r := right_complaint.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_named_authority_ico if {
	doc := policylint.parse("If you have a complaint, you can also contact the Information Commissioner's Office.", "text")
	right_complaint.report.status == "pass" with input as doc
}

test_pass_named_authority_cnil if {
	doc := policylint.parse("You also have the right to complain to the CNIL.", "text")
	right_complaint.report.status == "pass" with input as doc
}

test_pass_bring_a_claim_before_dpa if {
	doc := policylint.parse("- Lodge a complaint. Users have the right to bring a claim before their competent data protection authority.", "markdown")
	right_complaint.report.status == "pass" with input as doc
}

test_pass_unhappy_contact_authority if {
	doc := policylint.parse("If you are unhappy with the way we are using your personal data you can also contact the Swedish Data Protection Authority.", "text")
	right_complaint.report.status == "pass" with input as doc
}

test_pass_authority_after_dissatisfaction if {
	doc := policylint.parse("You may contact the Irish Data Protection Commission if you are not satisfied with our response.", "text")
	right_complaint.report.status == "pass" with input as doc
}

test_pass_heading_with_article if {
	doc := policylint.parse("#### Right to lodge a complaint pursuant to Art. 77 GDPR\n\nSee the Regulation.", "markdown")
	right_complaint.report.status == "pass" with input as doc
}

test_fail_located_at_rights_heading if {
	doc := policylint.parse("# Privacy\n\nWe collect your name.\n\n## Your rights\n\nYou may access and delete your data.", "markdown")
	r := right_complaint.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_fail_complaint_to_the_company if {
	doc := policylint.parse("If you have a complaint, please contact our privacy team. To register a complaint, contact our Privacy Compliance Officer. We will respond to complaints within 30 days.", "text")
	right_complaint.report.status == "fail" with input as doc
}

test_fail_authorities_as_recipients if {
	doc := policylint.parse("We may disclose information to public authorities in response to lawful requests.", "text")
	right_complaint.report.status == "fail" with input as doc
}

test_fail_ftc_jurisdiction if {
	doc := policylint.parse("The company is subject to the investigatory and enforcement powers of the Federal Trade Commission. Unresolved complaints go to JAMS, a private dispute resolution provider.", "text")
	right_complaint.report.status == "fail" with input as doc
}

test_fail_privacy_shield_cooperation if {
	doc := policylint.parse("We commit to cooperate with EU data protection authorities with regard to unresolved Privacy Shield complaints.", "text")
	right_complaint.report.status == "fail" with input as doc
}

# A supervisory "agency" or "body" is a supervisory authority.
test_pass_log_complaint_with_supervising_agency if {
	doc := policylint.parse("Furthermore, you have the right to log a complaint with the competent supervising agency.", "text")
	right_complaint.report.status == "pass" with input as doc
}

test_pass_complaint_with_supervisory_body if {
	doc := policylint.parse("You may lodge a complaint with a data protection supervisory body.", "text")
	right_complaint.report.status == "pass" with input as doc
}

test_fail_complaint_to_customer_agency if {
	doc := policylint.parse("If you have a complaint, please contact our customer service agency.", "text")
	right_complaint.report.status == "fail" with input as doc
}

test_pass_raise_the_matter_with_the_ico if {
	doc := policylint.parse("If you are unhappy, you have the right to raise the matter with the Information Commissioners Office.", "text")
	right_complaint.report.status == "pass" with input as doc
}

test_fail_raise_the_matter_with_us if {
	doc := policylint.parse("If you are unhappy, please raise the matter with our practice manager.", "text")
	right_complaint.report.status == "fail" with input as doc
}

test_pass_complaint_to_the_ombudsman if {
	doc := policylint.parse("You have the right to make a complaint to the Data Protection Ombudsman.", "text")
	right_complaint.report.status == "pass" with input as doc
}

test_pass_contact_the_information_commissioner if {
	doc := policylint.parse("If you are not satisfied, you can contact the Information Commissioner, Wycliffe House, Water Lane, Wilmslow.", "text")
	right_complaint.report.status == "pass" with input as doc
}
