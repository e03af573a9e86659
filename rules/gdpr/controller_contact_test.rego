package policylint.rules.gdpr.controller_contact_test

import data.policylint.rules.gdpr.controller_contact

test_pass_email_with_evidence if {
	doc := policylint.parse("# Contact us\n\nIf you have any questions about this policy, email us at privacy@example.com.", "markdown")
	r := controller_contact.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_obfuscated_email if {
	doc := policylint.parse("For privacy questions or to exercise your rights, email [email protected].", "text")
	controller_contact.report.status == "pass" with input as doc
}

test_pass_postal_address if {
	doc := policylint.parse("You can write to us at Example Ltd, 21 Downham Road, London N1 5AA.", "text")
	controller_contact.report.status == "pass" with input as doc
}

test_pass_address_block if {
	doc := policylint.parse("Contact our Privacy Compliance Officer by mail at\n\nTortuga Backpacks\n\n340 S. Lemon Ave. #7616\n\nWalnut, CA 91789", "markdown")
	r := controller_contact.report with input as doc
	r.status == "pass"
	2 in r.evidence
}

test_pass_phone if {
	doc := policylint.parse("Questions? Call us on +44 (0)20 7946 0000 between 9am and 5pm.", "text")
	controller_contact.report.status == "pass" with input as doc
}

test_pass_contact_form if {
	doc := policylint.parse("You may contact us by filling out the privacy contact form on our website.", "text")
	controller_contact.report.status == "pass" with input as doc
}

test_pass_feedback_form if {
	doc := policylint.parse("If you have any questions or concerns, please submit feedback. You can give anonymous feedback on the feedback form.", "text")
	controller_contact.report.status == "pass" with input as doc
}

test_pass_forum_only if {
	doc := policylint.parse("For any question about this privacy policy, please leave a message on the forum.", "text")
	controller_contact.report.status == "pass" with input as doc
}

test_fail_contact_us_without_details if {
	doc := policylint.parse("# Privacy\n\nWe value your privacy.\n\n## Questions\n\nIf you have any questions or concerns, please feel free to contact us.", "markdown")
	r := controller_contact.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_fail_vendor_address_only if {
	doc := policylint.parse("We use Sentry. This is a service provided by Functional Software, Inc, 45 Fremont Street, San Francisco, CA 94105, USA.", "text")
	controller_contact.report.status == "fail" with input as doc
}

test_fail_vendor_choices_link if {
	doc := policylint.parse("If you would like more information about this practice and to know your choices about not having this information used by Google AdSense, click here.", "text")
	controller_contact.report.status == "fail" with input as doc
}

test_fail_blog_comment_is_not_contact if {
	doc := policylint.parse("If you leave a comment on our site, you may opt in to saving your name in cookies.", "text")
	controller_contact.report.status == "fail" with input as doc
}

test_fail_vendor_privacy_center if {
	doc := policylint.parse("To opt out of interest-based ads, see the Google Privacy Center.", "text")
	controller_contact.report.status == "fail" with input as doc
}

test_pass_own_privacy_center if {
	doc := policylint.parse("To exercise your rights, visit our Privacy Center.", "text")
	controller_contact.report.status == "pass" with input as doc
}

test_fail_section_number_is_not_a_street_number if {
	doc := policylint.parse("3.1 When you place an order we need to collect your name and address.", "text")
	controller_contact.report.status == "fail" with input as doc
}

test_pass_street_number_after_comma if {
	doc := policylint.parse("Write to us at Example Ltd, 1 Neilson Square, Livingston.", "text")
	controller_contact.report.status == "pass" with input as doc
}

test_pass_opening_an_issue_on_github if {
	doc := policylint.parse("If you have any questions about this Privacy Policy, please reach out by opening an issue on the project's GitHub repository.", "text")
	controller_contact.report.status == "pass" with input as doc
}

test_fail_issue_without_a_place if {
	doc := policylint.parse("If you have any questions, please reach out by opening an issue.", "text")
	controller_contact.report.status == "fail" with input as doc
}

# A period of time followed by a word that can name a street ("close",
# "way") is not a postal address.
test_fail_time_period_is_not_an_address if {
	doc := policylint.parse("We keep account data for as long as your account exists and delete it within 30 days after you close your account.", "text")
	controller_contact.report.status == "fail" with input as doc
}

test_pass_street_named_close if {
	doc := policylint.parse("Write to Acme Ltd, 12 Meadow Close, Oxford OX1 2AB, United Kingdom.", "text")
	controller_contact.report.status == "pass" with input as doc
}

# The address only as a link's target.
test_pass_mailto_link_only if {
	doc := policylint.parse(`<main><h2>Contact</h2><p>If you have questions about this policy, please <a href="mailto:privacy@example.com">email us</a>.</p></main>`, "html")
	r := controller_contact.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_contact_page_link if {
	doc := policylint.parse("If you have any questions, please [contact us](contact-details.md).\n", "markdown")
	controller_contact.report.status == "pass" with input as doc
}

test_fail_link_to_another_page if {
	doc := policylint.parse("Read [about us](/about) and our [terms](https://example.com/terms). We use cookies.\n", "markdown")
	controller_contact.report.status == "fail" with input as doc
}

# "Contact us using the contact details below" announces details; it is no
# contact form or page.
test_fail_contact_details_below_alone if {
	doc := policylint.parse("Contact us using the contact details below. We use cookies to count visits.", "text")
	controller_contact.report.status == "fail" with input as doc
}

# The regulator's address, given for complaints, is not the controller's.
test_fail_only_the_authority_address if {
	doc := policylint.parse("If you remain unhappy, you can also complain to the ICO.\n\nThe ICO's address: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. Helpline: 0303 123 1113\n", "markdown")
	controller_contact.report.status == "fail" with input as doc
}

test_fail_authority_address_in_lines_after_its_name if {
	doc := policylint.parse("You can complain to the supervisory authority:\n\nInformation Commissioner's Office\n\nWycliffe House, Water Lane, Wilmslow SK9 5AF\n", "markdown")
	controller_contact.report.status == "fail" with input as doc
}

test_pass_own_address_beside_the_authority if {
	doc := policylint.parse("Write to us at Acme Ltd, 1 High Street, London EC1A 1BB.\n\nYou can also complain to the ICO.\n", "markdown")
	controller_contact.report.status == "pass" with input as doc
}

# "via email for 24 months" is no Italian street.
test_fail_via_email_for_months if {
	doc := policylint.parse("We keep data from conversations via email for 24 months. We use cookies.", "text")
	controller_contact.report.status == "fail" with input as doc
}

test_pass_spaced_phone_number if {
	doc := policylint.parse("Our phone number is 707 887 1507.", "text")
	controller_contact.report.status == "pass" with input as doc
}
