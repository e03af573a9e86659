# METADATA
# title: No sale of personal data
# description: |
#   Acme never sells personal data, and its policies must say so in words
#   ("we do not sell your personal data", "we will never sell or rent your
#   personal information", "your data is not sold"). A promise with an
#   exception ("unless", "except", "without your consent") is not the
#   commitment, and a policy that anywhere says personal data may be sold
#   ("we may sell your personal data") fails, whatever else it says.
#   Customers ask for this statement (and the CCPA's "Do Not Sell" notices
#   make them look for it), though the GDPR does not require it.
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13(1)(e), recipients
# custom:
#   id: acme/no-sale-of-data
#   severity: warning
#   article: Art. 13(1)(e)
#   message: The policy does not say that Acme does not sell personal data.
#   fix: Add a sentence that says, without exceptions, that Acme does not sell personal data, in the section on who receives it.
#   example: We do not sell, rent or trade your personal data to anyone.
package policylint.rules.acme.no_sale_of_data

import data.policylint.lib

# Patterns are matched against one sentence at a time, case-insensitively,
# so that a denial and an exception in different sentences do not mix.

negation := `(?:\bnot|\bnever|\b(?:don|doesn|didn|won|wouldn|haven|hasn|shan)['’]t|\bcannot)`

# Words that may stand between the negation and the verb: "we do not, and
# will not, sell", "we do not share or sell".
linking := `(?:[\s,]+(?:and|or|will|not|never|ever|now|currently|knowingly|otherwise|share|disclose|transfer))*`

selling := `(?:sell|sold|rent|rented|trade|traded|lease|leased)`

personal_data := `\b(?:data|information|details)\b`

# "We do not sell your personal data", "we have never sold information".
active := concat("", [`(?i)`, negation, linking, `[\s,]+`, selling, `\b[^.;]{0,80}`, personal_data])

# "Your personal data is never sold", "your data is not for sale".
passive := concat("", [
	`(?i)`, personal_data,
	`[^.;]{0,60}\b(?:is|are|will|shall|has|have)\s+(?:never|not)\s+(?:(?:be|been)\s+)?(?:sold|rented|traded|for sale)\b`,
])

# "We do not sell it" needs the heading to say what "it" is.
bare := concat("", [`(?i)`, negation, linking, `[\s,]+`, selling, `\b`])

sale_heading := `\b(?:sell|sale|sold)\b`

exception := `(?i)\b(?:unless|except|excepting|other than|only (?:if|when|with)|without (?:your |the )?(?:prior |express |explicit )?(?:consent|permission|agreement|approval))\b`

# "We may sell your personal data", "Acme may sell, rent or share
# aggregated usage data": someone says the data is for sale.
sale := concat("", [
	`(?i)\b(?:we|acme|us)\b(?:\s+(?:may|might|can|could|will|would|do|does|also|sometimes|occasionally))*\s+`,
	`(?:sell|sells|rent|rents|trade|trades)\b(?:,?\s+(?:(?:or|and)\s+)?(?:sell|rent|lease|share|trade|disclose|license))*\s+`,
	`(?:(?:your|the|their|our|users['’]?|customers['’]?|personal|aggregated|anonymi[sz]ed|de-identified|some|certain|this|that|such|any|contact|usage)\s+){0,3}`,
	personal_data,
])

denial(c) if {
	some s in c.sentences
	regex.match(active, s)
	not regex.match(exception, s)
}

denial(c) if {
	some s in c.sentences
	regex.match(passive, s)
	not regex.match(exception, s)
}

denial(c) if {
	some title in c.path
	regex.match(concat("", [`(?i)`, sale_heading]), title)
	some s in c.sentences
	regex.match(bare, s)
	not regex.match(exception, s)
}

# "We will never:" followed by "- sell or rent your personal data": the
# items of a list that a denial opens.
denial(c) if {
	c.kind == "list_item"
	regex.match(concat("", [`(?i)^`, selling, `\b[^.;]{0,80}`, personal_data]), c.text)
	not regex.match(exception, c.text)
	some intro in lib.tagged("denial_list_intro")
	intro < c.id
	every k in numbers.range(intro + 1, c.id) {
		input.clauses[k].kind == "list_item"
	}
}

denials := [c.id | some c in input.clauses; denial(c)]

# Questions are not statements: "Do we sell your data?" heads the answer.
sales := sort({c.id |
	some c in input.clauses
	some s in c.sentences
	not endswith(trim_space(s), "?")
	regex.match(sale, s)
})

where := ids if {
	ids := lib.headings_matching(sale_heading)
	count(ids) > 0
} else := lib.first_heading(["recipients_heading"])

report := lib.fail_because(sales, "The policy says that personal data may be sold; Acme does not sell personal data, and its policy must say so without exceptions.") if {
	count(sales) > 0
} else := lib.pass_or_fail(denials, where)
