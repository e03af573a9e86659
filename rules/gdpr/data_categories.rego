# METADATA
# title: Categories of personal data
# description: |
#   The policy must list the categories or types of personal data it
#   collects (e-mail address, name, IP address, payment data...). "We
#   collect personal data" with no category, or data said not to be
#   collected, does not count.
# related_resources:
#   - ref: https://gdpr-info.eu/art-14-gdpr/
#     description: GDPR Art. 14
# custom:
#   id: gdpr/data-categories
#   severity: warning
#   article: Art. 14(1)(d)
#   message: The policy does not list the categories of personal data it collects.
#   fix: List the types of personal data you collect, e.g. in a "Data we collect" section (name, e-mail address, IP address, payment details...).
#   example: We collect your name, e-mail address and billing address when you create an account.
package policylint.rules.gdpr.data_categories

import data.policylint.lib

# Several categories listed together, or a category named where data are
# collected.
listed contains id if {
	some id in lib.tagged("data_item_list")
}

listed contains id if {
	some id in lib.tagged("data_item")
	"collection_verb" in input.clauses[id].concepts
	input.clauses[id].kind != "heading"
}

# A category in a list introduced by a sentence that collects: "We collect
# the following data:" followed by "- e-mail address".
listed contains id if {
	some id in lib.tagged("data_item")
	input.clauses[id].kind in {"list_item", "table_cell"}
	count(collect_intro(id)) > 0
}

collect_intro(id) := [j |
	some k in [1, 2, 3, 4, 5, 6]
	j := id - k
	j >= 0
	input.clauses[j].kind != "heading"
	"collection_verb" in input.clauses[j].concepts
	regex.match(`:\s*-?\s*$`, input.clauses[j].text)
	not non_item_between(j, id)
]

# non_item_between(j, id): a clause between j and id is not a list item.
non_item_between(j, id) if {
	some m in numbers.range(j + 1, id - 1)
	m > j
	m < id
	not input.clauses[m].kind in {"list_item", "table_cell"}
}

# The same inside a "Data we collect" section, or any category listed there.
in_section contains id if {
	some id in listed
	lib.in_section(id, "data_collected_heading")
}

in_section contains id if {
	some id in lib.tagged_under("data_item", "data_collected_heading")
	input.clauses[id].kind != "heading"
}

# The dedicated section is the best evidence; elsewhere counts too.
evidence := in_section if count(in_section) > 0

else := listed

report := lib.pass_or_fail(sort(evidence), lib.first_heading(["data_collected_heading"]))
