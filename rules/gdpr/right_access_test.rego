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

test_pass_ask_us_for_copies if {
	doc := policylint.parse("Your right of access - You have the right to ask us for copies of your personal information.", "text")
	right_access.report.status == "pass" with input as doc
}

test_pass_verb_list if {
	doc := policylint.parse("If you're already a user, you may access, update, alter, or delete your basic profile information at any time.", "text")
	right_access.report.status == "pass" with input as doc
}

test_pass_rights_list if {
	doc := policylint.parse("Depending on your location, you may have rights to access, rectify, erase, restrict, object to, or port your personal data.", "text")
	right_access.report.status == "pass" with input as doc
}

test_pass_confirmation_whether_processed if {
	doc := policylint.parse("You are entitled to obtain confirmation as to whether or not personal data concerning you are being processed.", "text")
	right_access.report.status == "pass" with input as doc
}

test_pass_ccpa_right_to_know if {
	doc := policylint.parse("California residents have the right to request that we disclose what personal information we collect, use, disclose and sell.", "text")
	right_access.report.status == "pass" with input as doc
}

test_pass_heading_names_the_right if {
	doc := policylint.parse("## Right to information in accordance with Art. 15 GDPR\n\nDetails can be found in the Regulation.", "markdown")
	r := right_access.report with input as doc
	r.status == "pass"
	r.evidence == [0]
}

test_pass_list_item_under_rights_heading if {
	doc := policylint.parse("## Your rights\n\nYou have the right to:\n\n- Access your personal data\n- Correct inaccurate data", "markdown")
	r := right_access.report with input as doc
	r.status == "pass"
	r.evidence == [2]
}

test_pass_list_item_after_rights_intro if {
	doc := policylint.parse("## Contact\n\nYou have the right to request:\n\n- information about how your personal data is processed\n- a copy of that personal data", "markdown")
	r := right_access.report with input as doc
	r.status == "pass"
	r.evidence == [2, 3]
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

test_fail_others_access_your_data if {
	doc := policylint.parse("Our service providers may have access to your personal information. Only authorized employees can access your personal data. You can see a list of the vendors that access your personal information.", "text")
	right_access.report.status == "fail" with input as doc
}

test_fail_copy_of_policy_or_disclosure if {
	doc := policylint.parse("You may request a copy of this privacy policy. California residents may request a copy of the disclosure of personal information to third parties for their direct marketing purposes.", "text")
	right_access.report.status == "fail" with input as doc
}

test_fail_account_settings_product_sense if {
	doc := policylint.parse("## How can you change or delete the information we have?\n\nAccess \"Account Settings\" to change or delete information yourself.", "markdown")
	right_access.report.status == "fail" with input as doc
}

test_fail_company_reserves_right if {
	doc := policylint.parse("We reserve the right to access and disclose any information as we reasonably believe necessary.", "text")
	right_access.report.status == "fail" with input as doc
}

test_fail_access_outside_rights_context if {
	doc := policylint.parse("## Security\n\nAccess to your personal information is restricted to employees who need it.", "markdown")
	right_access.report.status == "fail" with input as doc
}

# Held-out phrasings: a right to information about the reader's own data, a
# controller that tells the reader what it holds on request, an archive of
# one's content to download.
test_pass_right_to_information_about_archived_data if {
	doc := policylint.parse("You have the right to receive information about the source, recipients, and purposes of your archived personal data at any time without having to pay a fee.", "text")
	right_access.report.status == "pass" with input as doc
}

test_pass_informs_you_what_data_on_request if {
	doc := policylint.parse("RIGHT TO INFORMATION As a registered user, Acme informs you about what data we record about you, at any time, free of charge.", "text")
	right_access.report.status == "pass" with input as doc
}

test_pass_supply_details_of_information_held if {
	doc := policylint.parse("On receiving your written request, we will supply to you details of the personal information which we hold about you.", "text")
	right_access.report.status == "pass" with input as doc
}

test_pass_download_archive_of_content if {
	doc := policylint.parse("You can request and download an archive of your content, including your posts and media attachments.", "text")
	right_access.report.status == "pass" with input as doc
}

test_fail_policy_informs_about_collection if {
	doc := policylint.parse("This policy informs you about what data we collect. We will provide you with information about our services.", "text")
	right_access.report.status == "fail" with input as doc
}

test_fail_rights_not_enforceable_after_retention if {
	doc := policylint.parse("Once the retention period expires, personal data shall be deleted. Therefore, the right to access, the right to erasure, the right to rectification and the right to data portability cannot be enforced after expiration of the retention period.", "text")
	right_access.report.status == "fail" with input as doc
}

test_pass_summary_provided_to_the_visitor if {
	doc := policylint.parse("Upon a visitor's request, SRL will provide to the visitor a summary of any personally identifiable information retained by SRL regarding the visitor.", "text")
	right_access.report.status == "pass" with input as doc
}

# A summary of the policy is not a copy of the reader's data.
test_fail_summary_of_the_policy if {
	doc := policylint.parse("We provide you with a summary of this policy below. We collect your e-mail address to send the newsletter.", "text")
	right_access.report.status == "fail" with input as doc
}

test_pass_request_access_to_correct_or_delete if {
	doc := policylint.parse("You may also contact us to request access to, correct, or delete any personal information that you have provided to us.", "text")
	right_access.report.status == "pass" with input as doc
}

test_fail_access_to_the_site if {
	doc := policylint.parse("You may request access to, and use of, the beta features of the site. We collect your e-mail address.", "text")
	right_access.report.status == "fail" with input as doc
}

test_pass_right_to_see_what_data_we_hold if {
	doc := policylint.parse("You have the right to see what personal data of yours we hold, and to request a copy.", "text")
	right_access.report.status == "pass" with input as doc
}

test_pass_right_to_check_the_data_we_hold if {
	doc := policylint.parse("You have the right to check the data we hold on you and to have it corrected.", "text")
	right_access.report.status == "pass" with input as doc
}

test_pass_you_can_find_out_what_we_hold if {
	doc := policylint.parse("You can find out what information we hold about you by writing to us.", "text")
	right_access.report.status == "pass" with input as doc
}

test_fail_find_out_what_cookies_do if {
	doc := policylint.parse("You can find out what cookies do on our cookie page. We use your e-mail address to reply.", "text")
	right_access.report.status == "fail" with input as doc
}
