package policylint.rules.policy.changes_test

import data.policylint.rules.policy.changes

test_pass_notify_by_posting_with_evidence if {
	doc := policylint.parse("# Changes to this Privacy Policy\n\nWe may update our Privacy Policy from time to time. We will notify You of any changes by posting the new Privacy Policy on this page.", "markdown")
	r := changes.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_email if {
	doc := policylint.parse("If we make material changes to this policy, we will notify you by email before they take effect.", "text")
	changes.report.status == "pass" with input as doc
}

test_pass_last_updated_date if {
	doc := policylint.parse("When we make changes to this notice, the 'last updated' date at the bottom of this page will also change.", "text")
	changes.report.status == "pass" with input as doc
}

test_pass_under_heading if {
	doc := policylint.parse("## Updates\n\nWe will announce it on our company blog.", "markdown")
	changes.report.status == "pass" with input as doc
}

test_pass_publish_amended if {
	doc := policylint.parse("We reserve the right to amend this privacy policy. We will publish the amended version in the same place.", "text")
	changes.report.status == "pass" with input as doc
}

test_fail_may_update_only if {
	doc := policylint.parse("# Privacy\n\nWe collect your e-mail.\n\n## Changes to this policy\n\nWe may update this policy from time to time.", "markdown")
	r := changes.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_fail_breach_notice if {
	doc := policylint.parse("In the event of a data breach, we will promptly notify affected users.", "text")
	changes.report.status == "fail" with input as doc
}

test_fail_rights_update_by_email if {
	doc := policylint.parse("## Access, update or delete your data\n\nYou can update your profile or contact us by email.", "markdown")
	changes.report.status == "fail" with input as doc
}

# Asking readers to check the policy themselves says nothing of how they
# will learn of a change: WP260 para. 30 wants changes communicated.
test_fail_review_periodically if {
	doc := policylint.parse("We encourage you to review this policy periodically for changes.", "text")
	changes.report.status == "fail" with input as doc
}

test_pass_kept_posted_of_changes if {
	doc := policylint.parse("You will be kept posted of any significant change to this policy.", "text")
	changes.report.status == "pass" with input as doc
}

test_pass_revise_date if {
	doc := policylint.parse("When we post changes to this Privacy Policy, we will revise the \"last updated\" date at the top of this page.", "text")
	changes.report.status == "pass" with input as doc
}

test_fail_feature_updates_and_ownership if {
	doc := policylint.parse("We will send you updates about new features by email. If a change of ownership happens, we will notify you.", "text")
	changes.report.status == "fail" with input as doc
}
