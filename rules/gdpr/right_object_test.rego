package policylint.rules.gdpr.right_object_test

import data.policylint.rules.gdpr.right_object

test_pass_right_to_object if {
	doc := policylint.parse("# Your rights\n\nYou have the right to object to the processing of your personal data.", "markdown")
	r := right_object.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_direct_marketing if {
	doc := policylint.parse("You can object to the use of your data for direct marketing at any time.", "text")
	right_object.report.status == "pass" with input as doc
}

test_pass_legitimate_interests if {
	doc := policylint.parse("Where we rely on legitimate interests, you may object to that processing on grounds relating to your particular situation.", "text")
	right_object.report.status == "pass" with input as doc
}

test_pass_how_or_why_processed if {
	doc := policylint.parse("Right to Object. You have the right, in certain situations, to object to how or why your personal information is processed.", "text")
	right_object.report.status == "pass" with input as doc
}

test_pass_raise_an_objection if {
	doc := policylint.parse("You can raise an objection about how your personal data is processed.", "text")
	right_object.report.status == "pass" with input as doc
}

test_pass_list_item_in_rights_section if {
	doc := policylint.parse("## Your rights\n\nYou have the right to:\n\n- Access your personal data\n- Object to processing where applicable", "markdown")
	r := right_object.report with input as doc
	r.status == "pass"
	r.evidence == [3]
}

test_fail_located_at_rights_heading if {
	doc := policylint.parse("# Privacy\n\nWe collect your name.\n\n## Your rights and choices\n\nYou can unsubscribe from our emails at any time.", "markdown")
	r := right_object.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_fail_unsubscribe_and_opt_out if {
	doc := policylint.parse("## Your choices\n\nIf you no longer wish to receive marketing emails, click the unsubscribe link. You may opt out of interest-based advertising. Install the Google Analytics Opt-out Browser Add-on to prevent data collection.", "markdown")
	right_object.report.status == "fail" with input as doc
}

test_fail_other_senses_of_object if {
	doc := policylint.parse("We use object storage to keep backups. If you object to these terms, do not use the service. If you have no objection, we will send you our newsletter.", "text")
	right_object.report.status == "fail" with input as doc
}

test_fail_object_storage_list_item if {
	doc := policylint.parse("## Your rights\n\n- Object storage in the EU region", "markdown")
	right_object.report.status == "fail" with input as doc
}

test_pass_rights_of_list if {
	doc := policylint.parse("You may exercise your rights of access, rectification, erasure, restriction, portability and objection by contacting us.", "text")
	right_object.report.status == "pass" with input as doc
}

test_pass_ask_us_not_to_process_for_marketing if {
	doc := policylint.parse("You have the right to ask us not to process your personal information for marketing purposes.", "text")
	right_object.report.status == "pass" with input as doc
}

test_pass_objections_can_be_made if {
	doc := policylint.parse("Objections can be made for example by filing a complaint with your local privacy authority or by writing to us.", "text")
	right_object.report.status == "pass" with input as doc
}

test_fail_no_objections_to_the_terms if {
	doc := policylint.parse("We may update these terms. We keep your e-mail address for the newsletter.", "text")
	right_object.report.status == "fail" with input as doc
}

# The ICO generator's note on a basis withholds the right; it does not
# grant it.
test_fail_except_the_right_to_object if {
	doc := policylint.parse("- **Consent** - we have permission from you. All of your data protection rights may apply, except the right to object.\n", "markdown")
	right_object.report.status == "fail" with input as doc
}

test_pass_object_to_its_treatment if {
	doc := policylint.parse("You have the right to access and rectify your data, as well as to object to its treatment.", "text")
	right_object.report.status == "pass" with input as doc
}

test_pass_right_to_oppose if {
	doc := policylint.parse("You have the right to oppose the processing of your data.", "text")
	right_object.report.status == "pass" with input as doc
}

test_pass_refuse_the_handling if {
	doc := policylint.parse("You may refuse at any time the handling of your personal data for mailing purposes.", "text")
	right_object.report.status == "pass" with input as doc
}

test_pass_ask_us_not_to_use if {
	doc := policylint.parse("You can find out what we hold and ask us not to use any of the information we collect.", "text")
	right_object.report.status == "pass" with input as doc
}
