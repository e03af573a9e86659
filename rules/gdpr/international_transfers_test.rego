package policylint.rules.gdpr.international_transfers_test

import data.policylint.rules.gdpr.international_transfers

test_pass_united_states_with_evidence if {
	doc := policylint.parse("# International transfers\n\nInformation that we collect will be stored and processed in the United States.", "markdown")
	r := international_transfers.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_outside_eea if {
	doc := policylint.parse("Where personal data is transferred outside the European Economic Area, we rely on appropriate safeguards.", "text")
	international_transfers.report.status == "pass" with input as doc
}

test_pass_other_countries if {
	doc := policylint.parse("Personal data may be processed in countries other than your own.", "text")
	international_transfers.report.status == "pass" with input as doc
}

test_pass_stays_in_eu if {
	doc := policylint.parse("All data is hosted on servers in Germany and never leaves the EU.", "text")
	international_transfers.report.status == "pass" with input as doc
}

test_pass_not_transferred_outside if {
	doc := policylint.parse("We do not transfer your personal data outside the European Economic Area.", "text")
	international_transfers.report.status == "pass" with input as doc
}

test_pass_uk_is_outside if {
	doc := policylint.parse("Your personal data may be transferred outside the United Kingdom while being processed.", "text")
	international_transfers.report.status == "pass" with input as doc
}

test_fail_country_for_language if {
	doc := policylint.parse("We use IP addresses to customize communications by language and country. Payments by wire transfer are processed by our bank.", "text")
	international_transfers.report.status == "fail" with input as doc
}

test_fail_data_sent_to_us_pronoun if {
	doc := policylint.parse("# Transfer of your data\n\nThe data you send to us is stored securely.", "markdown")
	r := international_transfers.report with input as doc
	r.status == "fail"
	r.location == 0
}

test_fail_reader_location_only if {
	doc := policylint.parse("If you are located outside the European Economic Area, Example Inc. is the controller of your data.", "text")
	international_transfers.report.status == "fail" with input as doc
}

test_pass_reader_location_and_transfer if {
	doc := policylint.parse("If you are located in the European Union, please be aware that any information you provide to us will be transferred to the United States.", "text")
	international_transfers.report.status == "pass" with input as doc
}

test_pass_iubenda_place_of_processing if {
	doc := policylint.parse("Google Analytics (Google LLC)\n\nPersonal Data processed: Cookies; Usage Data.\n\nPlace of processing: United States - Privacy Policy.", "text")
	international_transfers.report.status == "pass" with input as doc
}

test_pass_termsfeed_jurisdiction if {
	doc := policylint.parse("Your information may be transferred to, and maintained on, computers located outside of your state, province, country or other governmental jurisdiction.", "text")
	international_transfers.report.status == "pass" with input as doc
}

test_pass_hosted_in_member_state if {
	doc := policylint.parse("All data is hosted in Frankfurt, Germany.", "text")
	international_transfers.report.status == "pass" with input as doc
}

test_fail_customers_in_countries if {
	doc := policylint.parse("Visitors from over 50 countries use our website. If you are located outside the EU, please contact our office.", "text")
	international_transfers.report.status == "fail" with input as doc
}

test_fail_shuffl_transfer_none if {
	doc := policylint.parse("### Transfer of Your Personal Data\n\n- *None*\n\nNot applicable as no data is being transfered or processed.", "markdown")
	international_transfers.report.status == "fail" with input as doc
}

# A template's conditional on where its server is says nothing about transfers.
test_fail_if_this_server_is_in if {
	doc := policylint.parse("If this server is in the EU or the EEA: Our site is directed to people who are at least 16 years old.\n\nIf this server is in the USA: Our site is directed to people who are at least 13 years old.", "markdown")
	international_transfers.report.status == "fail" with input as doc
}

test_pass_servers_in_usa if {
	doc := policylint.parse("Our servers are located in the USA.", "text")
	international_transfers.report.status == "pass" with input as doc
}

# The US boilerplate about computers outside the reader's jurisdiction.
test_pass_outside_your_jurisdiction if {
	doc := policylint.parse("Your information, including personal data, may be transferred to - and maintained on - computers located outside of your state, province, country or other governmental jurisdiction where the data protection laws may differ from those of your jurisdiction.", "text")
	international_transfers.report.status == "pass" with input as doc
}

test_pass_outside_the_state_in_which_you_reside if {
	doc := policylint.parse("The servers that store your information may be located outside of the state, province, country, or other governmental jurisdiction in which you reside.", "text")
	international_transfers.report.status == "pass" with input as doc
}

# Where the reader is, not where data go.
test_fail_reader_outside_their_state if {
	doc := policylint.parse("If you live outside of the state of California, some of these choices may not apply to you. We store your data securely.", "text")
	international_transfers.report.status == "fail" with input as doc
}

test_pass_give_to_partners_outside_of_the_eu if {
	doc := policylint.parse("We only give your data to our trusted partners and suppliers (in some cases outside of the EU).", "text")
	international_transfers.report.status == "pass" with input as doc
}

test_pass_stored_on_servers_in_europe if {
	doc := policylint.parse("All data is stored on servers in Europe.", "text")
	international_transfers.report.status == "pass" with input as doc
}
