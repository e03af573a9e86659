package policylint.rules.gdpr.transfer_safeguards_test

import data.policylint.rules.gdpr.transfer_safeguards

test_pass_sccs_with_evidence if {
	doc := policylint.parse("# International transfers\n\nSome providers process data in the United States.\n\nSuch transfers rely on the Standard Contractual Clauses approved by the European Commission.", "markdown")
	r := transfer_safeguards.report with input as doc
	r.status == "pass"
	r.evidence == [2]
}

test_pass_privacy_shield if {
	doc := policylint.parse("Data are transferred to the United States. We comply with the EU-U.S. Privacy Shield Framework.", "text")
	transfer_safeguards.report.status == "pass" with input as doc
}

test_pass_adequacy if {
	doc := policylint.parse("We transfer data to the UK, which benefits from an adequacy decision of the European Commission.", "text")
	transfer_safeguards.report.status == "pass" with input as doc
}

test_pass_dpf if {
	doc := policylint.parse("Google LLC in the USA is certified under the EU-US Data Privacy Framework.", "text")
	transfer_safeguards.report.status == "pass" with input as doc
}

test_pass_explicit_consent if {
	doc := policylint.parse("Data are sent to our partner outside the EEA only with your explicit consent under Art. 49(1)(a) GDPR.", "text")
	transfer_safeguards.report.status == "pass" with input as doc
}

test_fail_appropriate_safeguards_only if {
	doc := policylint.parse("# Where we process data\n\nYour data may be transferred outside the EEA. We ensure appropriate safeguards are in place.", "markdown")
	r := transfer_safeguards.report with input as doc
	r.status == "fail"
	r.location == 0
}

test_fail_deemed_consent_by_use if {
	doc := policylint.parse("By using the service you consent to the transfer of your information to the United States.", "text")
	transfer_safeguards.report.status == "fail" with input as doc
}

test_not_applicable_no_transfer if {
	doc := policylint.parse("We collect your e-mail address to send you our newsletter.", "text")
	transfer_safeguards.report.status == "not_applicable" with input as doc
}

test_not_applicable_stays_in_eu if {
	doc := policylint.parse("Your data is processed entirely within the European Union and never leaves the EU.", "text")
	transfer_safeguards.report.status == "not_applicable" with input as doc
}

test_pass_bcr if {
	doc := policylint.parse("Transfers of personal data within our group to the United States are covered by our Binding Corporate Rules.", "text")
	transfer_safeguards.report.status == "pass" with input as doc
}

test_fail_article_46_without_mechanism if {
	doc := policylint.parse("Some of our providers process data outside the EEA. We rely on appropriate safeguards pursuant to Art. 46 GDPR.", "text")
	transfer_safeguards.report.status == "fail" with input as doc
}

test_fail_same_level_of_protection if {
	doc := policylint.parse("Your personal data may be transferred outside the United Kingdom. If this happens, we will make sure you are given the same level of technical and legal protection.", "text")
	transfer_safeguards.report.status == "fail" with input as doc
}

test_not_applicable_if_this_server_is_in_usa if {
	doc := policylint.parse("If this server is in the USA: Our site is directed to people who are at least 13 years old.", "text")
	transfer_safeguards.report.status == "not_applicable" with input as doc
}
