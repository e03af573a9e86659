package policylint.rules.gdpr.right_erasure_test

import data.policylint.rules.gdpr.right_erasure

test_pass_right_to_erasure if {
	doc := policylint.parse("# Your rights\n\nYou have the right to ask us to erase your personal data in certain circumstances.", "markdown")
	r := right_erasure.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_right_to_be_forgotten_heading if {
	doc := policylint.parse("## Right to erasure (\"right to be forgotten\")\n\nThis right applies under the conditions of Art. 17 GDPR.", "markdown")
	r := right_erasure.report with input as doc
	r.status == "pass"
	r.evidence == [0, 1]
}

test_pass_delete_account if {
	doc := policylint.parse("You may delete your account at any time from the settings page.", "text")
	right_erasure.report.status == "pass" with input as doc
}

test_pass_request_that_we_delete if {
	doc := policylint.parse("Right to Delete: You have the right to request that we delete any of your personal information that we collected from you.", "text")
	right_erasure.report.status == "pass" with input as doc
}

test_pass_ask_for_profile_to_be_deleted if {
	doc := policylint.parse("In the Profile section, you have the option to ask for your profile to be deleted or changed.", "text")
	right_erasure.report.status == "pass" with input as doc
}

test_pass_request_deletion_noun if {
	doc := policylint.parse("To request deletion of your personal information, email us at privacy@example.com.", "text")
	right_erasure.report.status == "pass" with input as doc
}

test_pass_free_to_delete if {
	doc := policylint.parse("Any data the app saves are saved to your own device and you are free to delete this data at any time.", "text")
	right_erasure.report.status == "pass" with input as doc
}

test_pass_list_item_under_rights_heading if {
	doc := policylint.parse("## Your rights\n\n- Access your personal data\n- Request deletion of your data", "markdown")
	r := right_erasure.report with input as doc
	r.status == "pass"
	r.evidence == [2]
}

test_fail_located_at_rights_heading if {
	doc := policylint.parse("# Privacy\n\nWe collect your name.\n\n## Your rights\n\nYou have the right to access your data.", "markdown")
	r := right_erasure.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_fail_cookies_only if {
	doc := policylint.parse("You can delete cookies from your browser at any time. Persistent cookies remain on your computer until you delete them.", "text")
	right_erasure.report.status == "fail" with input as doc
}

test_fail_cannot_be_deleted if {
	doc := policylint.parse("## Your choices\n\nDeleting Your Information. The record of your published information cannot be deleted. You can only revoke it.", "markdown")
	right_erasure.report.status == "fail" with input as doc
}

test_fail_company_deletes_on_its_own if {
	doc := policylint.parse("We delete your data after 30 days. If we learn that we have collected data from a child, we will delete it. We reserve the right to delete any account that violates our terms.", "text")
	right_erasure.report.status == "fail" with input as doc
}

test_pass_change_or_delete_heading_and_body if {
	doc := policylint.parse("## How can you change or delete the information we have?\n\nUse the account page to change or delete information yourself.", "markdown")
	r := right_erasure.report with input as doc
	r.status == "pass"
	r.evidence == [0, 1]
}

test_pass_rectified_or_eradicated if {
	doc := policylint.parse("You also have the right to demand that your data are rectified or eradicated.", "text")
	right_erasure.report.status == "pass" with input as doc
}

test_fail_erasure_not_enforceable_after_retention if {
	doc := policylint.parse("Once the retention period expires, personal data shall be deleted. Therefore, the right to erasure cannot be enforced after expiration of the retention period.", "text")
	right_erasure.report.status == "fail" with input as doc
}

test_fail_except_the_right_to_erasure if {
	doc := policylint.parse("Legal obligation: all of your data protection rights may apply, except the right to erasure.", "text")
	right_erasure.report.status == "fail" with input as doc
}

test_pass_want_to_be_removed_from_our_database if {
	doc := policylint.parse("Do you want to be removed from our database? If so, please contact our customer service.", "text")
	right_erasure.report.status == "pass" with input as doc
}

test_pass_would_like_it_removed_from_the_records if {
	doc := policylint.parse("If you would like your personally identifiable information removed from Valve's records, please contact us.", "text")
	right_erasure.report.status == "pass" with input as doc
}
