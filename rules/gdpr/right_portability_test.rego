package policylint.rules.gdpr.right_portability_test

import data.policylint.rules.gdpr.right_portability

test_pass_right_to_data_portability if {
	doc := policylint.parse("# Your rights\n\nYou have the right to data portability.", "markdown")
	r := right_portability.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_machine_readable if {
	doc := policylint.parse("You may request your data in a structured, commonly used and machine-readable format.", "text")
	right_portability.report.status == "pass" with input as doc
}

test_pass_transmit_to_another_party if {
	doc := policylint.parse("Right to Portability. You have the right to receive the personal information we have about you and the right to transmit it to another party.", "text")
	right_portability.report.status == "pass" with input as doc
}

test_pass_transfer_to_another_organisation if {
	doc := policylint.parse("You have the right to ask that we transfer the personal information you gave us to another organisation, or to you, in certain circumstances.", "text")
	right_portability.report.status == "pass" with input as doc
}

test_pass_take_your_data_with_you if {
	doc := policylint.parse("As a user, you can always take your data with you.", "text")
	right_portability.report.status == "pass" with input as doc
}

test_pass_export_offered_to_take_data if {
	doc := policylint.parse("You can export all of your data from the account page at any time.", "text")
	right_portability.report.status == "pass" with input as doc
}

test_pass_list_item_in_rights_section if {
	doc := policylint.parse("## The rights of Users\n\n- Access their Data.\n- Receive their Data and have it transferred to another controller.", "markdown")
	r := right_portability.report with input as doc
	r.status == "pass"
	r.evidence == [2]
}

test_fail_located_at_rights_heading if {
	doc := policylint.parse("# Privacy\n\nWe collect your name.\n\n## Your rights\n\nYou may access and delete your data.", "markdown")
	r := right_portability.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_fail_business_transfer if {
	doc := policylint.parse("In the event of a merger or acquisition, we may transfer your information to another company. We may transfer your data to other service providers.", "text")
	right_portability.report.status == "fail" with input as doc
}

test_fail_export_as_vendor_or_product_feature if {
	doc := policylint.parse("Storage of data exports is provided by UpCloud. You can export your analytics reports as CSV.", "text")
	right_portability.report.status == "fail" with input as doc
}

test_fail_hipaa if {
	doc := policylint.parse("The Health Insurance Portability and Accountability Act (HIPAA) may apply to health data.", "text")
	right_portability.report.status == "fail" with input as doc
}

test_fail_business_transfers_in_rights_section if {
	doc := policylint.parse("## Your rights\n\nIf we sell our business, your data may be transferred to the buyer. You can send your data to other users through messages.", "markdown")
	right_portability.report.status == "fail" with input as doc
}

# "the right to receive information about ..." is access, not portability.
test_fail_right_to_receive_information if {
	doc := policylint.parse("You have the right to receive information about the source, recipients, and purposes of your archived personal data at any time.", "text")
	right_portability.report.status == "fail" with input as doc
}

test_pass_right_to_receive_your_data if {
	doc := policylint.parse("You have the right to receive the personal data concerning you.", "text")
	right_portability.report.status == "pass" with input as doc
}

test_pass_download_archive_of_content if {
	doc := policylint.parse("You can request and download an archive of your content, including your posts, media attachments, profile picture, and header image.", "text")
	right_portability.report.status == "pass" with input as doc
}

test_fail_portability_not_enforceable_after_retention if {
	doc := policylint.parse("Once the retention period expires, personal data shall be deleted. Therefore, the right to data portability cannot be enforced after expiration of the retention period.", "text")
	right_portability.report.status == "fail" with input as doc
}

test_fail_except_the_right_to_portability if {
	doc := policylint.parse("Legitimate interests: all of your data protection rights may apply, except the right to portability.", "text")
	right_portability.report.status == "fail" with input as doc
}

test_pass_data_moved_from_one_system_to_another if {
	doc := policylint.parse("You have the right to ask to have your data moved from one system to another.", "text")
	right_portability.report.status == "pass" with input as doc
}
