package policylint.rules.gdpr.automated_decisions_test

import data.policylint.rules.gdpr.automated_decisions

test_pass_no_automated_decisions_with_evidence if {
	doc := policylint.parse("# Your rights\n\nWe do not use automated decision-making or profiling.", "markdown")
	r := automated_decisions.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_recommendations_are_automated if {
	doc := policylint.parse("These recommendations are automated decisions, but they have no legal impact on your rights.", "text")
	automated_decisions.report.status == "pass" with input as doc
}

test_pass_no_decision_solely if {
	doc := policylint.parse("No decisions are made solely on the basis of automated processing.", "text")
	automated_decisions.report.status == "pass" with input as doc
}

test_pass_under_heading if {
	doc := policylint.parse("## Automated decision-making\n\nWe do not carry out this kind of processing.", "markdown")
	automated_decisions.report.status == "pass" with input as doc
}

test_pass_profiling_used if {
	doc := policylint.parse("We use profiling to show you personalised offers based on your purchase history.", "text")
	automated_decisions.report.status == "pass" with input as doc
}

test_fail_right_only if {
	doc := policylint.parse("# Your rights\n\n- Right not to be subject to Automated Decision-Making: you have the right not to be subject to a decision based solely on automated processing, including profiling.", "markdown")
	r := automated_decisions.report with input as doc
	r.status == "fail"
	r.location == 0
}

test_fail_right_heading if {
	doc := policylint.parse("## Right not to be subject to automated decision-making\n\nYou have the right to contest such a decision.", "markdown")
	automated_decisions.report.status == "fail" with input as doc
}

test_fail_object_to_profiling if {
	doc := policylint.parse("You may object to processing for direct marketing, including profiling related to it.", "text")
	automated_decisions.report.status == "fail" with input as doc
}

test_fail_targeted_ads if {
	doc := policylint.parse("Third-party vendors use cookies to serve ads based on your prior visits.", "text")
	automated_decisions.report.status == "fail" with input as doc
}

test_pass_not_used_for if {
	doc := policylint.parse("Your personal data will not be used for automated decision making.", "text")
	automated_decisions.report.status == "pass" with input as doc
}

test_pass_does_not_take_place if {
	doc := policylint.parse("Automated decision-making and profiling do not take place.", "text")
	automated_decisions.report.status == "pass" with input as doc
}

test_fail_automated_collection if {
	doc := policylint.parse("When you visit our site we automatically collect your IP address. Cookies make an automated record of your activities.", "text")
	automated_decisions.report.status == "fail" with input as doc
}

test_fail_located_at_profiling_heading if {
	doc := policylint.parse("# Your rights\n\nYou may access your data.\n\n## Profiling\n\nYou have the right to object to profiling.", "markdown")
	r := automated_decisions.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_pass_automated_decision_making_precluded if {
	doc := policylint.parse("The creation of user profiles and automated decision-making based on it is precluded.", "text")
	automated_decisions.report.status == "pass" with input as doc
}

test_fail_objection_applies_to_profiling if {
	doc := policylint.parse("You have the right to object at any time; this also applies to profiling based on those provisions.", "text")
	automated_decisions.report.status == "fail" with input as doc
}

test_pass_we_do_not_build_profiles if {
	doc := policylint.parse("We do not use data from OCSP requests to build profiles or identify individuals.", "text")
	automated_decisions.report.status == "pass" with input as doc
}

test_pass_never_creates_individual_profiles if {
	doc := policylint.parse("USA.gov never collects information or creates individual profiles for commercial marketing.", "text")
	automated_decisions.report.status == "pass" with input as doc
}
