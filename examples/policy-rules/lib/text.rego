# METADATA
# title: Acme text helpers
# description: |
#   What the acme rules share: finding where a policy names something (a
#   vendor, a person, an e-mail address) given as data, not as a pattern.
#   Not a rule: only packages under policylint.rules are rules, so this one
#   is loaded with the pack and reports nothing.
package acme.text

# pattern(name) is a regular expression that matches name literally, in
# any case, as a whole word: "AWS" must not be found inside "laws", and a
# name from a data file may hold characters that regexes treat specially
# ("Booking.com", "C++ Tools Ltd."). The word boundaries also refuse the
# characters that continue an e-mail address or a domain, so that
# dpo@acme.example is not found in old-dpo@acme.example or
# dpo@acme.example.org, while the full stop ending a sentence is allowed.
pattern(name) := concat("", [before, literal(name), after])

before := `(?i)(?:^|[^\pL\pN._%+@-])`

after := `(?:$|[^\pL\pN.@]|\.(?:$|[^\pL\pN]))`

# literal(name) escapes the characters regular expressions give a meaning
# to. White space needs no care: the parser folds every run of it in a
# clause's text, non-breaking spaces included, into one space.
literal(name) := regex.replace(trim_space(name), `[\\.+*?()|\[\]{}^$]`, `\${0}`)

# naming(name) is the IDs of the clauses whose text names name; an empty
# name names nothing.
naming(name) := [c.id |
	trim_space(name) != ""
	some c in input.clauses
	regex.match(pattern(name), c.text)
]
