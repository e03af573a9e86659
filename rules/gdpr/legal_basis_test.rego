package policylint.rules.gdpr.legal_basis_test

import data.policylint.rules.gdpr.legal_basis

test_pass_consent_with_article_with_evidence if {
	doc := policylint.parse("# Newsletter\n\nWe process your e-mail address on the basis of your consent (Art. 6(1)(a) GDPR).", "markdown")
	r := legal_basis.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_article_citation if {
	doc := policylint.parse("The legal basis for this data processing is Art. 6 para. 1 lit. b GDPR.", "text")
	legal_basis.report.status == "pass" with input as doc
}

test_pass_contract if {
	doc := policylint.parse("Provision of Data is necessary for the performance of an agreement with the User.", "text")
	legal_basis.report.status == "pass" with input as doc
}

test_pass_legal_obligation if {
	doc := policylint.parse("We may also process your personal information when we have a legal obligation to use it.", "text")
	legal_basis.report.status == "pass" with input as doc
}

test_pass_legitimate_interests if {
	doc := policylint.parse("We process log data based on our legitimate interests in keeping the service secure.", "text")
	legal_basis.report.status == "pass" with input as doc
}

test_pass_legal_basis_is_consent if {
	doc := policylint.parse("The legal basis for performing web analytics is your consent.", "text")
	legal_basis.report.status == "pass" with input as doc
}

test_pass_list_under_heading if {
	doc := policylint.parse("## Legal bases (EU/UK users)\n\nWhere GDPR applies, we rely on:\n\n- Contract - to provide the Service you subscribed to;\n- Consent - where required.", "markdown")
	legal_basis.report.status == "pass" with input as doc
}

test_pass_list_intro_is_evidence if {
	doc := policylint.parse("We process personal data under the following legal bases:\n\n- **Contract:** to provide the service\n- **Consent:** for our newsletter", "markdown")
	r := legal_basis.report with input as doc
	r.status == "pass"
	0 in r.evidence
}

test_pass_public_task if {
	doc := policylint.parse("It is necessary for the performance of a task carried out in the public interest or in the exercise of official authority vested in the controller.", "text")
	legal_basis.report.status == "pass" with input as doc
}

test_fail_by_using_you_consent if {
	doc := policylint.parse("By using the Service, you consent to the collection, use and disclosure of information in accordance with this Privacy Policy.", "text")
	legal_basis.report.status == "fail" with input as doc
}

test_fail_consent_as_condition if {
	doc := policylint.parse("We will only share your data with your consent. We collect your information only with your consent.", "text")
	legal_basis.report.status == "fail" with input as doc
}

test_fail_comply_with_gdpr if {
	doc := policylint.parse("# Our commitment\n\nWe process personal data in accordance with the GDPR and applicable law.", "markdown")
	r := legal_basis.report with input as doc
	r.status == "fail"
	not r.location
}

test_fail_retention_for_legal_obligations if {
	doc := policylint.parse("We will retain and use your information as necessary to comply with our legal obligations, resolve disputes, and enforce our agreements.", "text")
	legal_basis.report.status == "fail" with input as doc
}

test_fail_automated_decision_exception if {
	doc := policylint.parse("You have the right not to be subject to automated decision-making. This right is limited if the decision is necessary for performance of any contract between you and us, or is based on your explicit consent.", "text")
	legal_basis.report.status == "fail" with input as doc
}

test_fail_located_at_legal_basis_heading if {
	doc := policylint.parse("# Policy\n\n## Legal basis\n\nWe comply with all applicable laws.", "markdown")
	r := legal_basis.report with input as doc
	r.status == "fail"
	r.location == 1
}

test_fail_public_interest_in_erasure_exception if {
	doc := policylint.parse("You may ask us to erase your data, except where we need it for archiving purposes in the public interest.", "text")
	legal_basis.report.status == "fail" with input as doc
}

test_fail_use_when_list_is_not_a_basis_list if {
	doc := policylint.parse("We may use your information when:\n\n- you consent to it;\n- it is required by law.", "markdown")
	legal_basis.report.status == "fail" with input as doc
}

test_pass_ico_contract if {
	doc := policylint.parse("Most commonly, we will use your personal data where we need to perform the contract we are about to enter into with you.", "text")
	legal_basis.report.status == "pass" with input as doc
}
