package policylint.rules.gdpr.data_sources_test

import data.policylint.rules.gdpr.data_sources

test_pass_from_third_parties_with_evidence if {
	doc := policylint.parse("## Information we collect from third parties\n\nFrom time to time, GitHub receives personal information about individuals from third parties.", "markdown")
	r := data_sources.report with input as doc
	r.status == "pass"
	r.evidence == [0, 1]
}

test_pass_social_network if {
	doc := policylint.parse("If you engage with our social media accounts, such as Twitter and Facebook, we may receive personal information about you.", "text")
	data_sources.report.status == "pass" with input as doc
}

test_pass_sign_in_provider if {
	doc := policylint.parse("If You decide to register through a Third-Party Social Media Service, We may collect Personal data that is already associated with that account.", "text")
	data_sources.report.status == "pass" with input as doc
}

test_pass_shared_with_us if {
	doc := policylint.parse("If you connect integrations, Google may share account-related data with us to provide the service.", "text")
	data_sources.report.status == "pass" with input as doc
}

test_pass_public_sources if {
	doc := policylint.parse("We may obtain information about you from publicly available sources such as company registers.", "text")
	data_sources.report.status == "pass" with input as doc
}

test_pass_iubenda_through_third_parties if {
	doc := policylint.parse("Among the types of Personal Data that this Application collects, by itself or through third parties, there are: email address; first name.", "text")
	data_sources.report.status == "pass" with input as doc
}

test_pass_only_from_the_reader if {
	doc := policylint.parse("We only collect the personal information you provide to us directly.", "text")
	data_sources.report.status == "pass" with input as doc
}

test_pass_no_third_party_sources if {
	doc := policylint.parse("We do not obtain personal data about you from third parties or data brokers.", "text")
	data_sources.report.status == "pass" with input as doc
}

test_fail_only_ways_the_reader_gives_data if {
	doc := policylint.parse("# What we collect\n\nWe collect the information you enter in forms and the information your browser sends automatically, such as your IP address.", "markdown")
	r := data_sources.report with input as doc
	r.status == "fail"
	r.location == 0
}

test_fail_google_api_boilerplate if {
	doc := policylint.parse("Our use and transfer to any other app of information received from Google APIs will adhere to the Google API Services User Data Policy, including the Limited Use requirements.", "text")
	data_sources.report.status == "fail" with input as doc
}

test_fail_sharing_is_not_a_source if {
	doc := policylint.parse("We do not share your personal information with third parties.", "text")
	data_sources.report.status == "fail" with input as doc
}

test_pass_label_information_from_other_sources if {
	doc := policylint.parse("**Information from other sources.** Enrichment providers and our marketing partners may tell us your job title.", "markdown")
	data_sources.report.status == "pass" with input as doc
}

test_pass_synced_content if {
	doc := policylint.parse("Integration credentials and synced content: encrypted API keys plus content synced from those systems into your workspace.", "text")
	data_sources.report.status == "pass" with input as doc
}

test_fail_reader_accesses_via_partner if {
	doc := policylint.parse("You can access your account through our partners' websites.", "text")
	data_sources.report.status == "fail" with input as doc
}

test_fail_only_use_is_not_a_source_statement if {
	doc := policylint.parse("We only use the bug reports you provide, and only if you choose to submit them.", "text")
	data_sources.report.status == "fail" with input as doc
}

test_pass_only_collect_what_you_provide if {
	doc := policylint.parse("We only collect the information you provide when you register.", "text")
	data_sources.report.status == "pass" with input as doc
}

test_pass_provider_supplies_data if {
	doc := policylint.parse("Your calendar provider (Apple, Google, etc.) provides calendar data according to their privacy policy.", "text")
	data_sources.report.status == "pass" with input as doc
}

test_fail_provider_privacy_policy_only if {
	doc := policylint.parse("Check your calendar provider's privacy policy.", "text")
	data_sources.report.status == "fail" with input as doc
}

test_pass_payment_gateways_provide_data_to_us if {
	doc := policylint.parse("If you donate, you will be redirected to payment gateways; these gateways will receive personal data on you and your payment and will provide some of that data to us.", "text")
	data_sources.report.status == "pass" with input as doc
}

test_fail_we_provide_data_to_the_gateway if {
	doc := policylint.parse("When you pay, we send your order number to the payment gateway. We collect your name when you order.", "text")
	data_sources.report.status == "fail" with input as doc
}

test_pass_directly_from_you_under_the_sources_heading if {
	doc := policylint.parse("## Where we get personal information from\n\nDirectly from you.\n", "markdown")
	data_sources.report.status == "pass" with input as doc
}

test_pass_no_data_except_what_is_sent_to_me if {
	doc := policylint.parse("I do not have any user data except for data specifically sent to me via web forms or e-mail.", "text")
	data_sources.report.status == "pass" with input as doc
}
