package acme.text_test

import data.acme.text

test_whole_words_only if {
	doc := policylint.parse("We follow applicable laws.\n\nOur servers run on AWS in Frankfurt.", "markdown")
	ids := text.naming("AWS") with input as doc
	ids == [1]
}

test_any_case_any_spacing if {
	doc := policylint.parse("Hosting: amazon  web\nservices (eu-central-1).", "markdown")
	ids := text.naming("Amazon Web Services") with input as doc
	ids == [0]
}

test_special_characters_are_literal if {
	doc := policylint.parse("We book trips through Booking.com.\n\nWe use BookingXcom.", "markdown")
	ids := text.naming("Booking.com") with input as doc
	ids == [0]
}

test_empty_name_names_nothing if {
	doc := policylint.parse("Anything at all.", "text")
	ids := text.naming("  ") with input as doc
	ids == []
}

test_email_address_not_inside_another if {
	doc := policylint.parse("Write to old-dpo@acme.example or dpo@acme.example.org.\n\nOr e-mail dpo@acme.example.", "markdown")
	ids := text.naming("dpo@acme.example") with input as doc
	ids == [1]
}
