package policylint.rules.gdpr.recipients_test

import data.policylint.rules.gdpr.recipients

test_pass_service_providers_with_evidence if {
	doc := policylint.parse("# Sharing your data\n\nWe share your personal data with service providers who host our website and process payments on our behalf.", "markdown")
	r := recipients.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_named_vendor if {
	doc := policylint.parse("Payments are handled by Stripe. We never see your card number.", "text")
	recipients.report.status == "pass" with input as doc
}

test_pass_processors_list_item if {
	doc := policylint.parse("## Who receives your data\n\n- our hosting provider\n- sub-processors listed in our DPA", "markdown")
	recipients.report.status == "pass" with input as doc
}

test_pass_authorities if {
	doc := policylint.parse("We may disclose information to law enforcement agencies when required by a court order.", "text")
	recipients.report.status == "pass" with input as doc
}

test_pass_engage_third_parties if {
	doc := policylint.parse("We engage certain trusted third parties to perform functions and provide services to us, including hosting and maintenance.", "text")
	recipients.report.status == "pass" with input as doc
}

test_pass_denial_with_exception if {
	doc := policylint.parse("We do not share your personal information with third parties, except with our service providers.", "text")
	recipients.report.status == "pass" with input as doc
}

test_fail_denial_of_sharing if {
	doc := policylint.parse("# Data sharing\n\nWe do not share your personal information with any third parties.", "markdown")
	r := recipients.report with input as doc
	r.status == "fail"
	r.location == 0
}

test_fail_disclosure_section_none if {
	doc := policylint.parse("# Privacy Policy\n\nThis policy describes the collection, use and disclosure of your information.\n\n## Disclosure of Your Personal Data\n\n- None", "markdown")
	r := recipients.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_fail_no_sale_only if {
	doc := policylint.parse("We will never sell or rent your personal data to third parties.", "text")
	recipients.report.status == "fail" with input as doc
}

test_pass_named_vendor_even_when_nothing_else_shared if {
	doc := policylint.parse("We do not share your data with anyone. We use Google Analytics to count visits.", "text")
	r := recipients.report with input as doc
	r.status == "pass"
	r.evidence == [0]
}

test_fail_passive_denial if {
	doc := policylint.parse("Your information will not be shared with any third party.", "text")
	recipients.report.status == "fail" with input as doc
}

test_fail_processor_role_only if {
	doc := policylint.parse("When customers use our service, we act as a data processor on their behalf.", "text")
	recipients.report.status == "fail" with input as doc
}

test_pass_termsfeed_business_transfer if {
	doc := policylint.parse("- For business transfers: We may share or transfer Your personal information in connection with any merger, sale of Company assets, financing, or acquisition.", "markdown")
	recipients.report.status == "pass" with input as doc
}

test_pass_categories_of_recipients if {
	doc := policylint.parse("Categories of recipients: IT service providers, payment providers, shipping companies.", "text")
	recipients.report.status == "pass" with input as doc
}

test_fail_exception_without_recipient if {
	doc := policylint.parse("We will not share your personal data with third parties unless required by law.", "text")
	recipients.report.status == "fail" with input as doc
}

test_fail_self_as_service_provider if {
	doc := policylint.parse("We are a service provider for businesses.", "text")
	recipients.report.status == "fail" with input as doc
}

# Denials and boilerplate that name no recipient.
test_fail_not_transmitted_except_lawful_obligation if {
	doc := policylint.parse("The processed data will not be transmitted to any third parties or otherwise disclosed, except on the basis of concrete lawful obligations.", "text")
	recipients.report.status == "fail" with input as doc
}

test_fail_no_data_passed_on if {
	doc := policylint.parse("No data is passed on to third parties. Your data will not be forwarded to third parties.", "text")
	recipients.report.status == "fail" with input as doc
}

test_fail_does_not_use_third_party_services if {
	doc := policylint.parse("The app does not use third party services that may collect information used to identify you.", "text")
	recipients.report.status == "fail" with input as doc
}

test_fail_internet_service_provider_as_log_data if {
	doc := policylint.parse("## Log files\n\n- Type of web browser\n- Domain name of your internet service provider\n\nThis information includes internet protocol addresses as well as browser, internet service provider, referring/exit pages and operating system.", "markdown")
	recipients.report.status == "fail" with input as doc
}

test_fail_cookie_definition_and_security_boilerplate if {
	doc := policylint.parse("Cookies are small files that a site or its service provider transfers to your computer's hard drive through your Web browser. If the SSL or TLS encryption is activated, data you transmit to us cannot be read by third parties. The right to log a complaint is in effect regardless of any other administrative or court proceedings.", "text")
	recipients.report.status == "fail" with input as doc
}

test_pass_exception_names_provider if {
	doc := policylint.parse("We do not share your data with third parties, except our hosting provider.", "text")
	recipients.report.status == "pass" with input as doc
}

test_pass_disclose_to_courts if {
	doc := policylint.parse("We may disclose your data to courts and law enforcement.", "text")
	recipients.report.status == "pass" with input as doc
}

# Items of a list opened by "We will not:" are denials, not recipients.
test_fail_items_of_denial_list if {
	doc := policylint.parse("## What we do with your data\n\nWe will not:\n\n- sell or rent your data to third parties\n- share your data with third parties for marketing purposes\n", "markdown")
	recipients.report.status == "fail" with input as doc
}

test_pass_items_of_sharing_list if {
	doc := policylint.parse("## Sharing\n\nWe will share your data with:\n\n- our hosting provider\n- payment service providers\n", "markdown")
	r := recipients.report with input as doc
	r.status == "pass"
	r.evidence == [2, 3]
}

test_pass_denial_list_then_positive_sentence if {
	doc := policylint.parse("We will not:\n\n- share your data with third parties for marketing purposes\n\nWe will share your data if we are required to do so by law, for example by court order.\n", "markdown")
	r := recipients.report with input as doc
	r.status == "pass"
	r.evidence == [2]
}

# must_name: the recipients a company requires its policy to name.

test_must_name_all_named if {
	doc := policylint.parse("We share your data with our payment processor, Stripe, and host it on Amazon Web Services.", "text")
	r := recipients.report with input as doc with data.policylint.params["gdpr/recipients"].must_name as ["stripe", "Amazon Web Services"]
	r.status == "pass"
	r.evidence == [0]
}

test_must_name_one_missing if {
	doc := policylint.parse("# Who we share data with\n\nWe share your data with our payment processor, Stripe.", "markdown")
	r := recipients.report with input as doc with data.policylint.params["gdpr/recipients"].must_name as ["Stripe", "Mailchimp"]
	r.status == "fail"
	r.location == 0
	contains(r.message, "Mailchimp")
	not contains(r.message, "Stripe")
}

test_must_name_default_is_empty if {
	doc := policylint.parse("We share your data with our payment processor, Stripe.", "text")
	recipients.report.status == "pass" with input as doc
}

# "Who receives your data" is the section where recipients belong: a
# failure is placed there.
test_fail_located_at_who_receives_heading if {
	doc := policylint.parse("# Privacy\n\n## Who receives your data\n\nWe take privacy seriously.", "markdown")
	r := recipients.report with input as doc
	r.status == "fail"
	r.location == 1
}

# The generator boilerplate: no recipient in the refusal or the redress text;
# the hosting partners and the payment gateway are.
test_fail_outside_parties_refusal_and_redress_boilerplate if {
	doc := policylint.parse("We do not sell, trade, or otherwise transfer to outside parties your personally identifiable information. Users need to be able to pursue legal rights, and individuals have recourse to courts or government agencies to investigate and/or prosecute non-compliance by data processors.", "text")
	recipients.report.status == "fail" with input as doc
}

test_pass_hosting_partners_after_the_refusal if {
	doc := policylint.parse("We do not sell, trade, or otherwise transfer to outside parties your personally identifiable information. This does not include website hosting partners and other parties who assist us in operating our website.", "text")
	r := recipients.report with input as doc
	r.status == "pass"
	r.evidence == [0]
}

test_pass_payment_gateway_provider if {
	doc := policylint.parse("All transactions are processed through a gateway provider and are not stored or processed on our servers.", "text")
	recipients.report.status == "pass" with input as doc
}

test_fail_not_passed_on_but_used_internally if {
	doc := policylint.parse("Your data will not be passed on to third parties by us, but only used internally for the operation of the app.", "text")
	recipients.report.status == "fail" with input as doc
}

test_fail_there_are_no_third_parties if {
	doc := policylint.parse("The app does not integrate with any third-party services. There are no third parties that receive your data.", "text")
	recipients.report.status == "fail" with input as doc
}

test_pass_letters_to_gp if {
	doc := policylint.parse("Any data sent externally such as letters to your GP or consultants is sent by secure e-mail.", "text")
	recipients.report.status == "pass" with input as doc
}

test_pass_makes_use_of_a_named_system if {
	doc := policylint.parse("The registration system makes use of the online specialised system Eventbrite.com.", "text")
	recipients.report.status == "pass" with input as doc
}
