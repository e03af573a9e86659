package policylint.rules.gdpr.eu_representative_test

import data.policylint.rules.gdpr.eu_representative

test_fail_us_address_in_contact_sentence if {
	doc := policylint.parse("If you have questions, contact us at privacy@example.com or write to Example, Inc., 100 Main Street, San Francisco, CA 94105, USA.", "text")
	eu_representative.report.status == "fail" with input as doc
}

test_fail_stated_seat if {
	doc := policylint.parse("# Data transfers\n\nBuffer is based in the United States. Personal information may be transferred to our service providers.", "markdown")
	eu_representative.report.status == "fail" with input as doc
}

test_fail_delaware_corporation if {
	doc := policylint.parse("Example, Inc. is a Delaware corporation that operates the Example app.", "text")
	eu_representative.report.status == "fail" with input as doc
}

test_fail_uk_controller_located_at_heading if {
	doc := policylint.parse("# Privacy policy\n\n## Owner and Data Controller\n\nThe HudsonBec Group, 21 Downham Road, London N1 5AA\n\nOwner contact email: data@example.com", "markdown")
	r := eu_representative.report with input as doc
	r.status == "fail"
	r.location == 1
}

test_fail_address_block_after_write_to_us if {
	doc := policylint.parse("You can reach us by writing to us at the following address:\n\nSpotify USA Inc.  \n45 W 18th Street, Floor 7  \nNew York, NY 10011", "markdown")
	eu_representative.report.status == "fail" with input as doc
}

test_fail_headquarters if {
	doc := policylint.parse("Our United States HQ is in San Francisco; our EU office is in Amsterdam.", "text")
	eu_representative.report.status == "fail" with input as doc
}

test_pass_representative_named if {
	doc := policylint.parse("Example Inc., 100 Main Street, Seattle, WA 98101, is the controller. We have appointed Example Rep GmbH as our representative in the EU under Article 27 GDPR.", "text")
	r := eu_representative.report with input as doc
	r.status == "pass"
	r.evidence == [0]
}

test_pass_uk_representative if {
	doc := policylint.parse("Contact us at privacy@example.com or at 1 Market Street, San Francisco, CA 94105.\n\nOur UK representative is Example UK Rep Ltd, 2 High Street, London.", "markdown")
	eu_representative.report.status == "pass" with input as doc
}

test_not_applicable_eu_controller if {
	doc := policylint.parse("## Data controller\n\nPlausible Insights OÜ, Tartu, Estonia. Contact: privacy@plausible.io", "markdown")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_not_applicable_no_location if {
	doc := policylint.parse("We value your privacy. Contact us at hello@example.org.", "text")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_not_applicable_vendor_us_address if {
	doc := policylint.parse("We use Gravatar on our website. This service is offered by Automattic Inc, 60 29th Street #343, San Francisco, CA 94110, USA.", "text")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_not_applicable_data_stored_in_us if {
	doc := policylint.parse("Information that we collect will be stored and processed in the United States. If you are located in the United States, the CCPA may apply.", "text")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_not_applicable_authority_address if {
	doc := policylint.parse("## Complaints\n\nYou can complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.", "markdown")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_not_applicable_parent_legal_representative if {
	doc := policylint.parse("A child's parent or legal representative in the EU may exercise these rights.", "text")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_not_applicable_customer_representative if {
	doc := policylint.parse("A customer representative in the EU will answer your questions by phone.", "text")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_not_applicable_subcontractors_located_in_us if {
	doc := policylint.parse("Your personal data may be hosted on the servers of some of our subcontractors that are located in the United States.", "text")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_not_applicable_vendor_services_based_in_us if {
	doc := policylint.parse("OpenAI's services are based in the United States.", "text")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_fail_termsfeed_country_outside_eu if {
	doc := policylint.parse("- **Company** refers to Example Co., Ltd., 12 Some Rd, Bangkok 10400.\n- **Country** refers to: Thailand", "markdown")
	eu_representative.report.status == "fail" with input as doc
}

test_fail_termsfeed_country_us_state if {
	doc := policylint.parse("- **Country** refers to: California, United States", "markdown")
	eu_representative.report.status == "fail" with input as doc
}

test_not_applicable_termsfeed_country_in_eu if {
	doc := policylint.parse("- **Country** refers to: Germany", "markdown")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_fail_we_are_located_in_us if {
	doc := policylint.parse("We are located in the United States.", "text")
	eu_representative.report.status == "fail" with input as doc
}

# The address introduced by a sentence ending in a full stop, its lines
# broken with <br>.
test_fail_address_below_a_sentence_with_a_full_stop if {
	doc := policylint.parse("<h2>Contacting Us</h2><p>If there are any questions regarding this privacy policy you may contact us using the information below.</p><p>Lodge Manufacturing Company<br>204 East 5th Street<br>South Pittsburg, TN 37380<br>USA</p>", "html")
	eu_representative.report.status == "fail" with input as doc
}

test_fail_address_after_the_following_contact_information if {
	doc := policylint.parse("All other notices sent to us should use the following address or contact information:\n\nSports Reference LLC\n6757 Greene St., Suite 315\nPhiladelphia, PA 19119", "text")
	eu_representative.report.status == "fail" with input as doc
}

# A European address after the same sentence leaves the rule not applicable.
test_na_european_address_below if {
	doc := policylint.parse("<p>You may contact us using the information below.</p><p>Acme GmbH<br>Hauptstrasse 5<br>10115 Berlin<br>Germany</p>", "html")
	eu_representative.report.status == "not_applicable" with input as doc
}

test_fail_defined_name_based_in_a_us_city if {
	doc := policylint.parse("This Privacy Policy applies to the websites of Cincinnati Museum Center (\"CMC\"), a non-profit organization based in Cincinnati, OH.", "text")
	eu_representative.report.status == "fail" with input as doc
}

test_na_defined_name_based_in_europe if {
	doc := policylint.parse("This Privacy Policy applies to the websites of Museum Berlin (\"MB\"), a non-profit organization based in Berlin, Germany.", "text")
	eu_representative.report.status == "not_applicable" with input as doc
}
