package policylint.rules.gdpr.controller_identity_test

import data.policylint.rules.gdpr.controller_identity

test_pass_declared_controller_with_evidence if {
	doc := policylint.parse("# Who we are\n\nExample Ltd is the data controller responsible for your personal data.", "markdown")
	r := controller_identity.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_pass_controller_after_introductory_phrase if {
	doc := policylint.parse("For the purposes of the GDPR, Customer Success Point is the data controller for personal data processed through the service.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_the_controller_is if {
	doc := policylint.parse("The data controller for GDS is DSIT, the Department for Science, Innovation and Technology.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_controller_label if {
	doc := policylint.parse("Data controller: Example AB, Box 123, 111 22 Stockholm.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_we_defined if {
	doc := policylint.parse("This Privacy Policy explains how Keybase, Inc. (\"Keybase,\" \"we,\" or \"us\") collects information about users of the Service.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_termsfeed_company_definition if {
	doc := policylint.parse("Company (referred to as either \"the Company\", \"We\", \"Us\" or \"Our\" in this Agreement) refers to Acme LLC, 12 Main Street, Springfield.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_entity_responsible if {
	doc := policylint.parse("Buffer Inc. is the entity responsible for the processing of your Personal Information.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_operated_by if {
	doc := policylint.parse("This website is operated by: maevsi UG (haftungsbeschränkt).", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_trading_name_at_x_we if {
	doc := policylint.parse("At 10BMS we respect your privacy and only collect what we need.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_trading_name_acts_as_operator if {
	doc := policylint.parse("Lichess collects only the personal data needed to run our service.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_thats_us if {
	doc := policylint.parse("When Mozilla (that's us) collects information about you, our privacy policy describes how we handle it.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_iubenda_owner_section if {
	doc := policylint.parse("## Owner and Data Controller\n\nThe HudsonBec Group, 21 Downham Road, London N1 5AA\n\n**Owner contact email:** data@example.com", "markdown")
	r := controller_identity.report with input as doc
	r.status == "pass"
	1 in r.evidence
}

test_pass_entity_in_contact_sentence if {
	doc := policylint.parse("If you have questions, please contact us at privacy@example.com or write to Example, LLC, 30 North Racine Avenue, Chicago, IL 60607.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_shopify_addressee_line if {
	doc := policylint.parse("You may withdraw your consent at any time by contacting us or mailing us at:\n\nTortuga Backpacks\n\n340 S. Lemon Ave. #7616\n\nWalnut, CA 91789", "markdown")
	r := controller_identity.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_fail_we_only if {
	doc := policylint.parse("# Privacy\n\nWe collect your e-mail address to send you our newsletter. If you have questions, please contact us.", "markdown")
	r := controller_identity.report with input as doc
	r.status == "fail"
	not r.location
}

test_fail_we_means_the_authors if {
	doc := policylint.parse("## Definitions\n\n- We means the authors of the Application\n- You means the individual using the Application", "markdown")
	controller_identity.report.status == "fail" with input as doc
}

test_fail_product_name_without_operator if {
	doc := policylint.parse("Joplin saves geo-location information in note properties when you create a note. Joplin periodically connects to a server to check for new releases.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_fail_vendor_entity_only if {
	doc := policylint.parse("We use Google Analytics, a web analytics service provided by Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_fail_user_is_controller if {
	doc := policylint.parse("Where we process data on behalf of customers, the customer is the data controller and we act as a processor.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_fail_definition_of_controller if {
	doc := policylint.parse("## Definitions\n\nData Controller (or Owner): the natural or legal person which determines the purposes and means of the processing. The Data Controller, unless otherwise specified, is the Owner of this Application.", "markdown")
	controller_identity.report.status == "fail" with input as doc
}

test_fail_at_this_time_we if {
	doc := policylint.parse("At this time, we do not respond to Do Not Track signals.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_fail_located_at_contact_heading if {
	doc := policylint.parse("# Privacy notice\n\nWe keep your data safe.\n\n## Contact us\n\nWrite to us with any questions.", "markdown")
	r := controller_identity.report with input as doc
	r.status == "fail"
	r.location == 2
}

test_pass_controller_intro_then_name if {
	doc := policylint.parse("The controller responsible for data processing under the applicable data protection laws, particularly the GDPR, is:\n\n**Christian Example**  \nMarburger Str. 70a  \n36304 Alsfeld", "markdown")
	r := controller_identity.report with input as doc
	r.status == "pass"
	1 in r.evidence
}

test_pass_controller_heading_with_email if {
	doc := policylint.parse("## 1. Data Controller\n\nThe Data Controller for the Site is:\n\n**ASafariM**  \nHasselt, Belgium  \ncontact@asafarim.com", "markdown")
	controller_identity.report.status == "pass" with input as doc
}

test_fail_who_we_are_without_name if {
	doc := policylint.parse("## Who we are\n\nOur website address is: https://example.blog.", "markdown")
	controller_identity.report.status == "fail" with input as doc
}

test_pass_we_are_company if {
	doc := policylint.parse("We are Lexsynergy Limited, a company registered in England and Wales (company number 06745214).", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_fail_operated_by_us if {
	doc := policylint.parse("This website is operated by us. At account creation, we ask for your e-mail address.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_fail_sdk_as_subject if {
	doc := policylint.parse("We use Crashlytics. Crashlytics collects your device identifiers when the app crashes.", "text")
	controller_identity.report.status == "fail" with input as doc
}

# Held-out generalisation fixes.

test_fail_section_number_is_not_a_name if {
	doc := policylint.parse("1.1 We are committed to protecting your privacy.\n\n2.1 We will not gather or hold personal information about you unless you consent.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_pass_trade_marked_brand_as_operator if {
	doc := policylint.parse("On request, Design Hotels™ deletes your data completely and immediately. We record your bookings.", "text")
	r := controller_identity.report with input as doc
	r.status == "pass"
}

test_fail_third_party_trade_mark if {
	doc := policylint.parse("On request, Google® deletes your data. We record your bookings.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_pass_privacy_shield_compliance_statement if {
	doc := policylint.parse("Dropbox complies with the U.S. – E.U. Safe Harbor Framework. We collect your email address.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_fail_we_comply_with_privacy_shield if {
	doc := policylint.parse("We comply with the EU-U.S. Privacy Shield Framework. We collect your email address.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_pass_name_starting_with_web if {
	doc := policylint.parse("Web Retailer collects personally identifiable information when you join. We ask for an email address.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_fail_web_servers_collect if {
	doc := policylint.parse("Web servers collect your IP address automatically. We keep logs for a week.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_pass_policy_covers_names_treatment if {
	doc := policylint.parse("This Privacy Policy covers Web Retailer's treatment of personally identifiable information.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_fail_policy_describes_vendor_use if {
	doc := policylint.parse("This policy describes Google's use of cookies on our site.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_pass_app_generator_service_provider if {
	doc := policylint.parse("This privacy policy applies to the Notes app (hereby referred to as \"Application\") for mobile devices that was created by Jane Doe (hereby referred to as \"Service Provider\") as a Free service.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_fail_app_generator_unnamed_developer if {
	doc := policylint.parse("This privacy policy applies to the Notes app that was created by the developer (hereby referred to as \"Service Provider\") as a Free service.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_pass_inline_addressee_with_address if {
	doc := policylint.parse("If you have a complaint, write to us at: schuh Customer Experience Team, 1 Neilson Square, Deans Industrial Estate, Livingston, EH54 8RQ.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_fail_inline_address_without_name if {
	doc := policylint.parse("If you have a complaint, write to us at: 1 Neilson Square, Deans Industrial Estate, Livingston, EH54 8RQ.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_fail_vendor_improving_their_services if {
	doc := policylint.parse("OpenAI may use data to improve their services. We store your notes on your device.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_pass_at_company_with_legal_form_and_alias if {
	doc := policylint.parse("At Kandra Labs, Inc. (“Zulip”), we take your privacy seriously.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_classic_app_template_named_developer if {
	doc := policylint.parse("danycli built the Assignly Desktop application as a free utility. This SERVICE is provided by danycli at no cost and is intended for use as is.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_fail_classic_app_template_name_left_blank if {
	doc := policylint.parse("This SERVICE is provided by at no cost and is intended for use as is. We built the app as a Free app.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_fail_at_with_legal_form_but_no_name if {
	doc := policylint.parse("At any time, inc. (\"including\"), we may update this policy.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_pass_party_responsible_for_the_data_processing if {
	doc := policylint.parse("The Party Responsible for the data processing is the NBTC, which is established at Prinses Catharina Amaliastraat 5, The Hague.", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_fail_party_responsible_is_required_to if {
	doc := policylint.parse("The party responsible for the data processing is required to keep a record of processing activities.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_pass_we_us_our_comma_inside_the_quotes if {
	doc := policylint.parse("When this Policy mentions \u201cWe\u201d, \u201cUs,\u201d and \u201cOur\u201d it refers to Hyperknot Software Kft.", "text")
	controller_identity.report.status == "pass" with input as doc
}

# "Otherwise we will..." is no name acting as "we".
test_fail_otherwise_we if {
	doc := policylint.parse("We keep records for 8 years. Otherwise we will retain your records indefinitely.", "text")
	controller_identity.report.status == "fail" with input as doc
}

test_pass_registrar_label if {
	doc := policylint.parse("Registrar: Molemmat Oy, business ID 3242728-7", "text")
	controller_identity.report.status == "pass" with input as doc
}

test_pass_owned_managed_and_run_by if {
	doc := policylint.parse("This website is owned, managed and run by Brent Council.", "text")
	controller_identity.report.status == "pass" with input as doc
}
