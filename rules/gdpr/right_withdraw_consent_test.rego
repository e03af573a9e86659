package policylint.rules.gdpr.right_withdraw_consent_test

import data.policylint.rules.gdpr.right_withdraw_consent

test_pass_withdraw_at_any_time if {
	doc := policylint.parse("# Legal basis\n\nWe send newsletters only with your consent.\n\n## Your rights\n\nYou can withdraw your consent at any time.", "markdown")
	r := right_withdraw_consent.report with input as doc
	r.status == "pass"
	r.evidence == [3]
}

test_pass_withdraw_it if {
	doc := policylint.parse("If we rely on consent for the processing of your Personal Information, you have the right to withdraw it at any time and free of charge.", "text")
	right_withdraw_consent.report.status == "pass" with input as doc
}

test_pass_revoke_consent_passive if {
	doc := policylint.parse("Analytics cookies are only set with your consent. Consent can be revoked at any time in the cookie settings.", "text")
	right_withdraw_consent.report.status == "pass" with input as doc
}

test_pass_change_your_mind if {
	doc := policylint.parse("How do I withdraw my consent? If after you opt-in, you change your mind, you may withdraw your consent for us to contact you at anytime.", "text")
	right_withdraw_consent.report.status == "pass" with input as doc
}

test_pass_list_item if {
	doc := policylint.parse("## The rights of Users\n\n- Withdraw their consent at any time.\n- Object to processing of their Data.", "markdown")
	right_withdraw_consent.report.status == "pass" with input as doc
}

test_fail_consent_relied_on_without_withdrawal if {
	doc := policylint.parse("# Privacy\n\nWe will only send you marketing emails with your consent.\n\n## Your rights\n\nYou can unsubscribe from our emails at any time.", "markdown")
	r := right_withdraw_consent.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_fail_by_using_you_agree if {
	doc := policylint.parse("By using the Service, you agree to the collection and use of information in accordance with this Privacy Policy.", "text")
	right_withdraw_consent.report.status == "fail" with input as doc
}

test_fail_without_your_permission if {
	doc := policylint.parse("We will not place you on a mailing list without your express permission.", "text")
	right_withdraw_consent.report.status == "fail" with input as doc
}

test_fail_consent_not_withdrawn_is_not_the_right if {
	doc := policylint.parse("We may retain personal data for longer where the user has given consent to such processing, as long as such consent is not withdrawn.", "text")
	right_withdraw_consent.report.status == "fail" with input as doc
}

test_not_applicable_without_consent if {
	doc := policylint.parse("# Privacy\n\nWe process your e-mail address to perform our contract with you. You can unsubscribe at any time.", "markdown")
	r := right_withdraw_consent.report with input as doc
	r.status == "not_applicable"
}

test_not_applicable_when_consent_is_denied if {
	doc := policylint.parse("We do not rely on consent to process your data; we process it to provide the service you asked for.", "text")
	right_withdraw_consent.report.status == "not_applicable" with input as doc
}

# "bases ... consent": consent is relied on, so the rule applies and fails
# without a withdrawal statement.
test_fail_bases_respectively_consent if {
	doc := policylint.parse("The bases for processing this information are respectively consent, legitimate interest and to fulfill a contract. People can always unsubscribe.", "text")
	right_withdraw_consent.report.status == "fail" with input as doc
}

# Consent relied on in a lettered list of bases, or by Art. 6(1)(a): the rule
# applies and fails without a withdrawal statement.
test_fail_lettered_consent_basis if {
	doc := policylint.parse("The lawful bases we rely on for processing this information are:\n\n(a) Your consent.\n\n(b) We have a legitimate interest.\n", "markdown")
	right_withdraw_consent.report.status == "fail" with input as doc
}

test_fail_article_6_1_a if {
	doc := policylint.parse("The legal basis for the data transfer is Art. 6 Para. 1 lit. a) GDPR.", "text")
	right_withdraw_consent.report.status == "fail" with input as doc
}

test_na_article_6_1_f if {
	doc := policylint.parse("The legal basis for the data transfer is Art. 6 Para. 1 lit. f) GDPR.", "text")
	right_withdraw_consent.report.status == "not_applicable" with input as doc
}

test_fail_without_first_gaining_your_consent if {
	doc := policylint.parse("We will not use your details for marketing purposes without first gaining your consent.", "text")
	right_withdraw_consent.report.status == "fail" with input as doc
}
