package policylint.rules.gdpr.legitimate_interests_test

import data.policylint.rules.gdpr.legitimate_interests

test_pass_interests_in_parentheses_with_evidence if {
	doc := policylint.parse("# Legal bases\n\nWe process data on the legal bases of contract performance, legitimate interests (security, fraud prevention, and service improvement), and consent where required.", "markdown")
	r := legitimate_interests.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_label_with_colon if {
	doc := policylint.parse("- **Contract:** to provide the service\n- **Legitimate interest:** to operate and improve our website and services", "markdown")
	legitimate_interests.report.status == "pass" with input as doc
}

test_pass_dash_list if {
	doc := policylint.parse("Legitimate interests - to secure the Service, prevent abuse, and improve the product.", "text")
	legitimate_interests.report.status == "pass" with input as doc
}

test_pass_interest_in if {
	doc := policylint.parse("Processing is based on our legitimate interest in the functionality of the website and its security.", "text")
	legitimate_interests.report.status == "pass" with input as doc
}

test_pass_interest_spelled_out_in_next_sentence if {
	doc := policylint.parse("Generally, the remainder of the processing we perform is necessary for the purposes of our legitimate interests. For example, we must keep logs to maintain the security of our systems.", "text")
	legitimate_interests.report.status == "pass" with input as doc
}

test_pass_relating_to if {
	doc := policylint.parse("We may disclose data where we have a legitimate interest relating to national security, law enforcement or litigation.", "text")
	legitimate_interests.report.status == "pass" with input as doc
}

test_fail_iubenda_generic if {
	doc := policylint.parse("## Legal basis of processing\n\n- Users have given their consent for one or more specific purposes.\n- processing is necessary for the purposes of the legitimate interests pursued by the Owner or by a third party.", "markdown")
	r := legitimate_interests.report with input as doc
	r.status == "fail"
	r.location == 0
}

test_fail_citation_only if {
	doc := policylint.parse("We also rely on legitimate interests (Art. 6(1)(f) GDPR).", "text")
	legitimate_interests.report.status == "fail" with input as doc
}

test_fail_refers_elsewhere if {
	doc := policylint.parse("Users may find specific information regarding the legitimate interests pursued by the Owner within the relevant sections of this document.", "text")
	legitimate_interests.report.status == "fail" with input as doc
}

test_not_applicable_without_legitimate_interests if {
	doc := policylint.parse("We process your data on the basis of your consent.", "text")
	legitimate_interests.report.status == "not_applicable" with input as doc
}

test_pass_article_6_1_f_with_purpose if {
	doc := policylint.parse("When you contact us by e-mail, the information you provide is stored by us in order to answer your questions (Art. 6 (1) (f) GDPR).", "text")
	legitimate_interests.report.status == "pass" with input as doc
}

test_fail_article_6_1_f_without_interest if {
	doc := policylint.parse("We use cookies on the following legal basis:\n\n- Session Cookies - Legitimate Interests (Art. 6 Para. 1 p. 1 lit. f GDPR).", "markdown")
	legitimate_interests.report.status == "fail" with input as doc
}

test_fail_or_those_of_a_third_party if {
	doc := policylint.parse("Where it is necessary for our legitimate interests (or those of a third party) and your interests and fundamental rights do not override those interests.", "text")
	legitimate_interests.report.status == "fail" with input as doc
}

test_pass_examples_of_interests_include if {
	doc := policylint.parse("- **Legitimate Interest**: We process device data when it furthers our legitimate interests. Examples of these legitimate interests include:\n    - Improving the Services\n    - Marketing the Services", "markdown")
	legitimate_interests.report.status == "pass" with input as doc
}

test_pass_interest_given_as_reason if {
	doc := policylint.parse("The legal basis is:\n\n1. The legitimate interest resulting from the voluntary provision of your data, as the data is aimed at enabling us to better answer your requests;", "markdown")
	legitimate_interests.report.status == "pass" with input as doc
}

test_fail_retained_as_long_as_needed if {
	doc := policylint.parse("Personal Data collected for the purposes of the Owner's legitimate interests shall be retained as long as needed to fulfill such purposes.", "text")
	legitimate_interests.report.status == "fail" with input as doc
}

test_pass_interests_pursued_by_are if {
	doc := policylint.parse("# Legal basis\n\nWe process server logs on the basis of Art. 6(1)(f) GDPR. The legitimate interests pursued by the institute are the optimisation of the website and the detection of illegal activities.", "markdown")
	legitimate_interests.report.status == "pass" with input as doc
}

test_fail_interests_pursued_by_owner_only if {
	doc := policylint.parse("Processing is necessary for the purposes of the legitimate interests pursued by the Owner or by a third party.", "markdown")
	legitimate_interests.report.status == "fail" with input as doc
}

test_pass_list_of_interests if {
	doc := policylint.parse("# Legal basis\n\nWe rely on legitimate interests for some processing. Our legitimate interests are:\n\n- Collecting contact information and customer preferences will allow us to develop our business.\n", "markdown")
	r := legitimate_interests.report with input as doc
	r.status == "pass"
	r.evidence == [2]
}

# An intro with nothing listed under it names no interest.
test_fail_intro_without_a_list if {
	doc := policylint.parse("We rely on legitimate interests. Our legitimate interests are:\n\nWe keep your data for two years.", "text")
	legitimate_interests.report.status == "fail" with input as doc
}

test_pass_interest_with_adjectives if {
	doc := policylint.parse("We have a legitimate charitable and commercial interest in giving people an easy and public way to report street problems.", "text")
	legitimate_interests.report.status == "pass" with input as doc
}

test_fail_interests_to_use_it if {
	doc := policylint.parse("We use your e-mail address because it is in our legitimate business interests to use it.", "text")
	legitimate_interests.report.status == "fail" with input as doc
}

test_fail_balancing_of_interests_without_an_interest if {
	doc := policylint.parse("We process your order history based on the balancing of interests.", "text")
	legitimate_interests.report.status == "fail" with input as doc
}

# The right to object's condition names Art. 6(1)(f) without relying on it.
test_na_objection_conditioned_on_6_1_f if {
	doc := policylint.parse("You have the right to object if the processing is carried out exclusively on the basis of Art. 6(1)(e) or (f) GDPR.", "text")
	legitimate_interests.report.status == "not_applicable" with input as doc
}
