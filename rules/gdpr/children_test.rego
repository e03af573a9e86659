package policylint.rules.gdpr.children_test

import data.policylint.rules.gdpr.children

test_pass_not_intended_with_evidence if {
	doc := policylint.parse("# Children\n\nThe Service is not intended for anyone under 16.", "markdown")
	r := children.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_knowingly_collect if {
	doc := policylint.parse("We do not knowingly collect personal information from children under 13.", "text")
	children.report.status == "pass" with input as doc
}

test_pass_age_of_majority if {
	doc := policylint.parse("By using this site, you represent that you are at least the age of majority in your state of residence.", "text")
	children.report.status == "pass" with input as doc
}

test_pass_parental_consent if {
	doc := policylint.parse("If you are between 13 and 18 years of age, you must have your parent or legal guardian's permission to use the Services.", "text")
	children.report.status == "pass" with input as doc
}

test_pass_under_the_age if {
	doc := policylint.parse("Our Application does not address anyone under the age of 13.", "text")
	children.report.status == "pass" with input as doc
}

test_fail_age_as_category if {
	doc := policylint.parse("# Children's privacy\n\nWe do not collect information about race, gender or age.", "markdown")
	r := children.report with input as doc
	r.status == "fail"
	r.location == 0
}

test_fail_art_6_quote if {
	doc := policylint.parse("Processing is lawful unless overridden by the interests of the data subject, in particular where the data subject is a child.", "text")
	children.report.status == "fail" with input as doc
}

test_fail_no_mention if {
	doc := policylint.parse("We use your e-mail address to send you our newsletter.", "text")
	children.report.status == "fail" with input as doc
}

test_pass_minimum_age if {
	doc := policylint.parse("You must be at least 16 years old to use our services.", "text")
	children.report.status == "pass" with input as doc
}

test_fail_countries_and_experience if {
	doc := policylint.parse("Visitors from over 50 countries use our website. Our team has over 10 years of experience. Passwords must be at least 8 characters long.", "text")
	children.report.status == "fail" with input as doc
}

# minimum_age: a company that requires an age limit of at least 16.

test_minimum_age_met if {
	doc := policylint.parse("Our services are not directed to children under 16.", "text")
	r := children.report with input as doc with data.policylint.params["gdpr/children"].minimum_age as 16
	r.status == "pass"
	r.evidence == [0]
}

test_minimum_age_below_limit_fails if {
	doc := policylint.parse("# Children\n\nWe do not knowingly collect personal information from children under 13.", "markdown")
	r := children.report with input as doc with data.policylint.params["gdpr/children"].minimum_age as 16
	r.status == "fail"
	r.location == 0
	contains(r.message, "at least 16 years")
}

test_minimum_age_needs_a_number if {
	doc := policylint.parse("By using this site, you represent that you are at least the age of majority in your state of residence.", "text")
	r := children.report with input as doc with data.policylint.params["gdpr/children"].minimum_age as 18
	r.status == "fail"
}

test_minimum_age_default_accepts_any_age if {
	doc := policylint.parse("We do not knowingly collect personal information from children under 13.", "text")
	children.report.status == "pass" with input as doc
}

# A demographic band of interests is no age limit.
test_fail_interests_of_adults_over_18 if {
	doc := policylint.parse("We use reports that tell us about areas of interest for adults over the age of 18. We use cookies to count visits.", "text")
	children.report.status == "fail" with input as doc
}
