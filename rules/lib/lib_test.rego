package policylint.lib_test

import data.policylint.lib

policy := `# Privacy Policy

## Who we are

Acme GmbH is the controller.

## Data Protection Officer

You can reach our DPO, Jane Roe, at dpo@acme.example.

- Write to Jane Roe at our address.

## Cookies

We use cookies.`

test_matching_is_case_insensitive if {
	doc := policylint.parse(policy, "markdown")
	ids := lib.matching(`jane roe`) with input as doc
	ids == [4, 5]
}

test_matching_none if {
	doc := policylint.parse(policy, "markdown")
	ids := lib.matching(`john doe`) with input as doc
	ids == []
}

test_headings_matching if {
	doc := policylint.parse(policy, "markdown")
	ids := lib.headings_matching(`protection officer|\bDPO\b`) with input as doc
	ids == [3]
}

test_matching_under_a_heading if {
	doc := policylint.parse(policy, "markdown")
	ids := lib.matching_under(`jane roe`, `data protection officer`) with input as doc
	ids == [4, 5]
}

test_matching_under_another_heading_is_empty if {
	doc := policylint.parse(policy, "markdown")
	ids := lib.matching_under(`jane roe`, `cookies`) with input as doc
	ids == []
}

test_sections_outline if {
	doc := policylint.parse(policy, "markdown")
	s := lib.sections with input as doc
	count(s) == 4
	s[0] == {"id": 0, "level": 1, "title": "Privacy Policy", "path": []}
	s[2].title == "Data Protection Officer"
	s[2].path == ["Privacy Policy"]
}

test_text_joins_clauses if {
	doc := policylint.parse(policy, "markdown")
	t := lib.text([2, 7]) with input as doc
	t == "Acme GmbH is the controller.\nWe use cookies."
}

test_fail_because_keeps_location_and_message if {
	lib.fail_because([3], "No DPO named.") == {"status": "fail", "location": 3, "message": "No DPO named."}
	lib.fail_because([], "No DPO named.") == {"status": "fail", "message": "No DPO named."}
}

test_pass_or_fail if {
	lib.pass_or_fail([2], [0]) == {"status": "pass", "evidence": [2]}
	lib.pass_or_fail([], [0]) == {"status": "fail", "location": 0}
}

test_param_reads_data if {
	v := lib.param("acme/x", "limit") with data.policylint.params as {"acme/x": {"limit": 3}}
	v == 3
}

test_param_default_of_a_builtin_rule if {
	lib.param("gdpr/children", "minimum_age") == 0
}

test_parse_as_sets_the_language if {
	doc := policylint.parse_as("Wir verarbeiten Ihre Daten.", "text", "de")
	doc.language == "de"
}

test_parse_detects_the_language if {
	doc := policylint.parse(policy, "markdown")
	doc.language == "en"
}
