package parser

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policylint/policylint/linter/document"
)

func parseText(t testing.TB, src string) []document.Clause {
	t.Helper()
	b := document.NewBuilder(src)
	if _, err := (textParser{}).Parse(src, b); err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return b.Clauses()
}

// summary writes a clause as "h2 Text", "p Text" or "li Text".
func summary(c document.Clause) string {
	switch c.Kind {
	case document.Heading:
		return fmt.Sprintf("h%d %s", c.Level, c.Text)
	case document.ListItem:
		return "li " + c.Text
	}
	return "p " + c.Text
}

func summaries(cs []document.Clause) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = summary(c)
	}
	return out
}

type textCase struct {
	name string
	src  string
	want []string
}

func runTextCases(t *testing.T, cases []textCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cs := parseText(t, c.src)
			got := summaries(cs)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(c.want, "\n\t"))
			}
			checkPositions(t, c.src, cs)
		})
	}
}

func TestTextHeadings(t *testing.T) {
	runTextCases(t, []textCase{
		{"numbered sections and subsections", "Privacy Policy\n\n1. Scope\n\nThis policy covers the app.\n\n2. Data We Collect\n\nWe collect the data below.\n\n2.1 Cookies\n\nWe set one session cookie.\n\n3. Contact\n\nWrite to us.\n", []string{
			"h1 Privacy Policy", "h2 1. Scope", "p This policy covers the app.", "h2 2. Data We Collect",
			"p We collect the data below.", "h3 2.1 Cookies", "p We set one session cookie.", "h2 3. Contact", "p Write to us.",
		}},
		{"numbers with a parenthesis", "1) Scope\nThis policy covers the app.\n2) Retention\nWe keep data for a year.\n", []string{
			"h2 1) Scope", "p This policy covers the app.", "h2 2) Retention", "p We keep data for a year.",
		}},
		{"section words", "Section 4 - Retention\n\nWe keep data for a year.\n\nArticle 5: Your Rights\n\nYou may ask for a copy.\n", []string{
			"h2 Section 4 - Retention", "p We keep data for a year.", "h2 Article 5: Your Rights", "p You may ask for a copy.",
		}},
		{"roman numerals over numbers", "IV. Your Rights\n\nYou have these rights.\n\n1. Access\n\nYou may ask for a copy.\n\nV. Complaints\n\nComplain to the authority.\n", []string{
			"h2 IV. Your Rights", "p You have these rights.", "h3 1. Access", "p You may ask for a copy.",
			"h2 V. Complaints", "p Complain to the authority.",
		}},
		{"title-like lines over body", "Privacy Policy\n\nThis policy explains what we do with your data.\n\nDefinitions\n\nIn this policy, we means Acme Ltd.\n\nInformation We Collect\n\nWe collect your name and email address.\n\nYour rights\n\nYou may ask us for a copy of your data at any time.\n", []string{
			"h1 Privacy Policy", "p This policy explains what we do with your data.", "h2 Definitions",
			"p In this policy, we means Acme Ltd.", "h2 Information We Collect", "p We collect your name and email address.",
			"h2 Your rights", "p You may ask us for a copy of your data at any time.",
		}},
		{"all caps", "PRIVACY NOTICE\n\nACME LTD respects your privacy.\n\nDATA WE COLLECT\n\nWe collect your name.\n\nYOUR RIGHTS\n\nYou may object.\n", []string{
			"h1 PRIVACY NOTICE", "p ACME LTD respects your privacy.", "h2 DATA WE COLLECT", "p We collect your name.",
			"h2 YOUR RIGHTS", "p You may object.",
		}},
		{"markdown-style hashes", "# Privacy Policy\n\nWe care.\n\n## Cookies ##\n\nWe use cookies.\n\n### Analytics\n\nWe count visits.\n\n## Contact\n\nMail us.\n", []string{
			"h1 Privacy Policy", "p We care.", "h2 Cookies", "p We use cookies.", "h3 Analytics", "p We count visits.", "h2 Contact", "p Mail us.",
		}},
		{"underlined", "Privacy Policy\n==============\n\nWe care about your data.\n\nCookies\n-------\n\nWe use cookies.\n\nContact\n-------\n\nMail us.\n\n----------\n\nThe end of the policy.\n", []string{
			"h1 Privacy Policy", "p We care about your data.", "h2 Cookies", "p We use cookies.", "h2 Contact", "p Mail us.",
			"p The end of the policy.",
		}},
		{"subheading right under a heading", "Privacy Policy\n\nWe care about your data.\n\nMode and place of processing the Data\n\nMethods of processing\n\nThe Owner takes appropriate security measures.\n\nThe purposes of processing\n\nThe Data is collected to provide the Service.\n", []string{
			"h1 Privacy Policy", "p We care about your data.", "h2 Mode and place of processing the Data", "h3 Methods of processing",
			"p The Owner takes appropriate security measures.", "h2 The purposes of processing", "p The Data is collected to provide the Service.",
		}},
		{"heading run into its body is a lesser heading", "Privacy Policy\n\nWe care about your data.\n\nWith Whom We Share Information\n\nWe share data with these providers.\n\nMailerLite\nWe use MailerLite to send newsletters.\n\nZendesk\nWe use Zendesk for support tickets.\n\nChanges to This Policy\n\nWe may change this policy.\n", []string{
			"h1 Privacy Policy", "p We care about your data.", "h2 With Whom We Share Information", "p We share data with these providers.",
			"h3 MailerLite", "p We use MailerLite to send newsletters.", "h3 Zendesk", "p We use Zendesk for support tickets.",
			"h2 Changes to This Policy", "p We may change this policy.",
		}},
		{"no title: the first heading is a section", "Effective Date: 11th of April, 2023\n\nIntroduction\n\nWe value your privacy.\n\nInformation We Collect\n\nWe collect nothing.\n", []string{
			"p Effective Date: 11th of April, 2023", "h2 Introduction", "p We value your privacy.", "h2 Information We Collect", "p We collect nothing.",
		}},
		{"breadcrumb above the title", "Legal\n\nPrivacy Policy\n\nThis policy describes how we handle data.\n\n1. Who we are\n\nWe are Acme.\n", []string{
			"p Legal", "h1 Privacy Policy", "p This policy describes how we handle data.", "h2 1. Who we are", "p We are Acme.",
		}},
		{"lines that are not headings", "Privacy Policy\n\nWe feature a network of certified partners across the globe who are ready to help\n\nContact: privacy@example.com\n\nLast updated 1 March 2024\n\nDidn't find what you were looking for?\n\nCreate a ticket\nExpert\n\nThe last line\n", []string{
			"h1 Privacy Policy", "p We feature a network of certified partners across the globe who are ready to help",
			"p Contact: privacy@example.com", "p Last updated 1 March 2024", "p Didn't find what you were looking for?",
			"p Create a ticket", "p Expert", "p The last line",
		}},
		{"questions as headings", "Privacy Policy\n\nWhat information do we collect?\n\nWe collect your name and email address when you register.\n\nHow do we use your information?\n\nWe use it to provide the service.\n", []string{
			"h1 Privacy Policy", "h2 What information do we collect?", "p We collect your name and email address when you register.",
			"h2 How do we use your information?", "p We use it to provide the service.",
		}},
		{"run-in heading is a paragraph", "Account data. Email address and name.\nBilling data. Invoices and payment history.\n", []string{
			"p Account data. Email address and name.", "p Billing data. Invoices and payment history.",
		}},
		{"heading over a label line", "Contact\n\nEmail: privacy@example.com\n", []string{
			"h2 Contact", "p Email: privacy@example.com",
		}},
	})
}

func TestTextLists(t *testing.T) {
	runTextCases(t, []textCase{
		{"bullet markers", "We share data with:\n• Stripe\n◦ Postmark\n▪ Cloudflare\n‣ AWS\n- Sentry\n* Slack\n– GitHub\n", []string{
			"p We share data with:", "li Stripe", "li Postmark", "li Cloudflare", "li AWS", "li Sentry", "li Slack", "li GitHub",
		}},
		{"not bullets", "-5% of visits are sampled.\n\n*Emphasis* is not a list.\n\n---\n\nAfter the rule.\n", []string{
			"p -5% of visits are sampled.", "p *Emphasis* is not a list.", "p After the rule.",
		}},
		{"numbered items", "We use data to:\n1. Provide the Service\n2. Improve It\n3. Bill you\n\nWe rely on these bases.\n\n1. Consent, which you may withdraw.\n2. Contract, to provide the service.\n", []string{
			"p We use data to:", "li Provide the Service", "li Improve It", "li Bill you", "p We rely on these bases.",
			"li Consent, which you may withdraw.", "li Contract, to provide the service.",
		}},
		{"letters and roman items", "Data includes:\na) your name;\nb) your email;\n(i) billing details;\n(ii) invoices;\n(1) logs.\n", []string{
			"p Data includes:", "li your name;", "li your email;", "li billing details;", "li invoices;", "li logs.",
		}},
		{"list inside numbered sections", "1. Data We Collect\n\nWe collect:\n\n1. Names\n2. Emails\n\n2. Sharing\n\nWe share nothing.\n", []string{
			"h2 1. Data We Collect", "p We collect:", "li Names", "li Emails", "h2 2. Sharing", "p We share nothing.",
		}},
		{"continuation lines", "We collect:\n  • the name you give us when you sign up,\n    which we show to your team;\n  • your email address,\n  which we use to send receipts;\n  • payment details.\n    We never see card numbers.\n", []string{
			"p We collect:", "li the name you give us when you sign up, which we show to your team;",
			"li your email address, which we use to send receipts;", "li payment details. We never see card numbers.",
		}},
		{"nested bullets stay items", "We collect:\n  • Information you provide\n    • Registration data: your email.\n      • Logs: 30 days\n  • Usage information\n", []string{
			"p We collect:", "li Information you provide", "li Registration data: your email.", "li Logs: 30 days", "li Usage information",
		}},
		{"bullet introducing an indented section", "Purposes\n\nWe use these services:\n\n  • Analytics\n\n    These services measure traffic.\n\n    Google Analytics (Google LLC)\n\n    Google Analytics is a web analysis service.\n\n  • Hosting\n\n    These services host the app.\n\n    AWS (Amazon)\n\n    AWS hosts our servers.\n\nCookie Policy\n\nWe use cookies.\n", []string{
			"h2 Purposes", "p We use these services:", "h3 Analytics", "p These services measure traffic.",
			"h4 Google Analytics (Google LLC)", "p Google Analytics is a web analysis service.", "h3 Hosting",
			"p These services host the app.", "h4 AWS (Amazon)", "p AWS hosts our servers.", "h2 Cookie Policy", "p We use cookies.",
		}},
	})
}

func TestTextParagraphs(t *testing.T) {
	runTextCases(t, []textCase{
		{"blank lines end paragraphs", "We collect data.\n\nWe share data.\n", []string{"p We collect data.", "p We share data."}},
		{"one paragraph a line", "We collect your name and email when you sign up.\nWe use them to run the service.\nWe do not sell them.\n", []string{
			"p We collect your name and email when you sign up.", "p We use them to run the service.", "p We do not sell them.",
		}},
		{"wrapped line continues", "We collect your name and email when\nyou sign up for an account.\nWe do not sell them.\n", []string{
			"p We collect your name and email when you sign up for an account.", "p We do not sell them.",
		}},
		{"hard-wrapped paragraphs", "Privacy Policy\n\nWe collect information you provide directly to us when you create an\naccount, such as your name, email address and Postal address. We also\ncollect Usage Data automatically when you visit the site, including\nyour IP address and browser type.\nWe keep this data for twelve months.\n\nYour Rights\n\nYou may ask for a copy of your data, ask us to correct it or delete\nit, and object to processing based on our legitimate interests at\nany time by writing to us.\n", []string{
			"h1 Privacy Policy",
			"p We collect information you provide directly to us when you create an account, such as your name, email address and Postal address. We also collect Usage Data automatically when you visit the site, including your IP address and browser type. We keep this data for twelve months.",
			"h2 Your Rights",
			"p You may ask for a copy of your data, ask us to correct it or delete it, and object to processing based on our legitimate interests at any time by writing to us.",
		}},
		{"label lines", "Contact: privacy@example.com\nData Protection Officer: Jane Doe\n", []string{
			"p Contact: privacy@example.com", "p Data Protection Officer: Jane Doe",
		}},
	})
}

func TestTextOddInput(t *testing.T) {
	runTextCases(t, []textCase{
		{"CRLF, BOM and tabs", "\ufeffPrivacy Policy\r\n\r\n1. Scope\r\n\r\nThis policy applies to you.\r\n\t- first item\r\n\t- second item\r\n", []string{
			"h1 Privacy Policy", "h2 1. Scope", "p This policy applies to you.", "li first item", "li second item",
		}},
		{"lone CR", "Privacy Policy\r\rWe care about your data.\r", []string{"h1 Privacy Policy", "p We care about your data."}},
		{"non-breaking spaces", "\u00a0\u00a0Privacy\u00a0Policy\u00a0\n\u00a0\nWe\u00a0care about your data.\n", []string{
			"h1 Privacy Policy", "p We care about your data.",
		}},
		{"empty", "", nil},
		{"only white space", " \n\t\r\n\u00a0\u3000\n", nil},
		{"marker only", "-\n•\n1.\n#\n", []string{"p 1."}},
		{"marker over its text", "•\n  Stripe processes payments.\n", []string{"li Stripe processes payments."}},
	})

	// A BOM is not part of the first clause.
	cs := parseText(t, "\ufeffPrivacy Policy\n\nWe care.\n")
	if cs[0].Start != (document.Position{Line: 1, Column: 2}) || cs[0].StartOffset != 3 {
		t.Errorf("title after BOM starts at %+v (offset %d), want 1:2 (offset 3)", cs[0].Start, cs[0].StartOffset)
	}
}

func TestTextHugeAndGarbage(t *testing.T) {
	line := strings.Repeat("We collect data. ", 1<<16) // 1 MB on one line
	cs := parseText(t, line)
	if len(cs) != 1 || cs[0].Kind != document.Paragraph || cs[0].Start.Column != 1 {
		t.Fatalf("1 MB line: %d clauses", len(cs))
	}
	parseText(t, strings.Repeat("x", 1<<20))
	parseText(t, strings.Repeat("a\n", 1<<16))

	rng := rand.New(rand.NewSource(1))
	alphabet := []string{"a", "B", " ", "\n", "\r", "\t", "-", "*", "•", "1.", "2.1", "IV.", "#", "=", "(", ")", ":", ".",
		"\u00a0", "\ufeff", "é", "\xff", "\xc3", "\x00", "Section 3 ", "a)", "\r\n", "ALL CAPS"}
	for i := 0; i < 2000; i++ {
		var sb strings.Builder
		for j := rng.Intn(200); j > 0; j-- {
			sb.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		src := sb.String()
		cs := parseText(t, src)
		checkPositions(t, src, cs)
	}
}

func FuzzTextParser(f *testing.F) {
	for _, s := range []string{"", "Privacy Policy\n\n1. Scope\n\nText.\n", "• a\n  b\n", "A\n===\n", "\ufeff\r\n\t-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		cs := parseText(t, src)
		for _, c := range cs {
			if c.StartOffset < 0 || c.EndOffset < c.StartOffset || c.EndOffset >= len(src) {
				t.Fatalf("clause %q has offsets %d..%d in %d bytes", c.Text, c.StartOffset, c.EndOffset, len(src))
			}
		}
	})
}

// offsetOf turns a 1-based line and code-point column back into a byte
// offset, splitting lines as document.LineIndex does.
func offsetOf(src string, p document.Position) int {
	line, off := 1, 0
	for line < p.Line && off < len(src) {
		switch src[off] {
		case '\n':
			line++
		case '\r':
			if off+1 >= len(src) || src[off+1] != '\n' {
				line++
			}
		}
		off++
	}
	for col := 1; col < p.Column && off < len(src); col++ {
		_, size := utf8.DecodeRuneInString(src[off:])
		off += size
	}
	return off
}

// checkPositions asserts that every clause starts, in the source, with its
// first word and ends with its last character.
func checkPositions(t *testing.T, src string, cs []document.Clause) {
	t.Helper()
	for _, c := range cs {
		start := offsetOf(src, c.Start)
		if start != c.StartOffset {
			t.Errorf("clause %q: Start %+v is offset %d, StartOffset %d", short(c.Text), c.Start, start, c.StartOffset)
			continue
		}
		// Fold turns each invalid byte into U+FFFD, as converting to runes
		// does.
		first := strings.Fields(c.Text)[0]
		if at := string([]rune(src[start:min(len(src), start+4*len(first))])); !strings.HasPrefix(at, first) {
			t.Errorf("clause %q: source at %d:%d is %q, want it to start with %q", short(c.Text), c.Start.Line, c.Start.Column, short(src[start:]), first)
		}
		end := offsetOf(src, c.End)
		last, _ := utf8.DecodeLastRuneInString(c.Text)
		if got, _ := utf8.DecodeRuneInString(src[end:]); got != last {
			t.Errorf("clause %q: source at end %d:%d is %q, want %q", short(c.Text), c.End.Line, c.End.Column, got, last)
		}
	}
}

func short(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

type heading struct {
	level int
	text  string
}

// corpusStructure is the section structure of the plain-text policies of
// the corpus, read off the files by hand.
var corpusStructure = map[string]struct {
	headings  []heading
	listItems int
	paths     map[string][]string // clause text prefix -> heading path
}{
	"internalize": {
		headings: []heading{
			{1, "Privacy Policy"},
			{2, "1. Who is the Data Controller"},
			{2, "2. What We Collect"},
			{2, "3. How We Use Personal Data"},
			{2, "4. Legal Bases (EU/UK/EEA users)"},
			{2, "5. Sharing and Sub-processors"},
			{2, "6. International Transfers"},
			{2, "7. Retention"},
			{2, "8. Your Rights"},
			{2, "9. Security"},
			{2, "10. Children"},
			{2, "11. Cookies"},
			{2, "12. Changes"},
			{2, "13. Contact"},
		},
		listItems: 21,
		paths: map[string][]string{
			"Contact: [email protected]":                {"Privacy Policy"},
			"Account data. Email address":               {"Privacy Policy", "2. What We Collect"},
			"provide, operate, secure":                  {"Privacy Policy", "3. How We Use Personal Data"},
			"Consent — where required":                  {"Privacy Policy", "4. Legal Bases (EU/UK/EEA users)"},
			"Stripe — payment processing":               {"Privacy Policy", "5. Sharing and Sub-processors"},
			"Depending on your jurisdiction, you may":   {"Privacy Policy", "8. Your Rights"},
			"For privacy questions or to exercise your": {"Privacy Policy", "13. Contact"},
		},
	},
	"integromat": {
		headings: []heading{
			{1, "Privacy Policy"},
			{2, "Definitions"},
			{2, "Our Privacy Policy in Short"},
			{2, "Privacy Policy Details"},
			{2, "Information We Collect"},
			{2, "How We Store Your Personal Data"},
			{2, "Where We Secure Your Personal Data"},
			{2, "How We Use the Information We Collect"},
			{2, "Right of Deletion or Change of User Personal Data"},
			{2, "Integromat Features That Allow You to Manage Personal Data in Accordance With GDPR"},
			{2, "Third-party Payment Processors"},
			{2, "Limited Use Disclosure Related to Google"},
			{2, "With Whom We Share Information"},
			{3, "MailerLite"},
			{3, "Zendesk"},
			{3, "Casablanca INT"},
			{3, "Google Analytics"},
			{2, "Integromat Mobile App"},
			{3, "Location Information"},
			{2, "Changes to Our Privacy Policy"},
			// The web page's footer after the policy: the cards' titles
			// are headings there too.
			{2, "Ticket"},
			{3, "Create a ticket"},
			{2, "Automate any workflow in your business"},
		},
		listItems: 33,
		paths: map[string][]string{
			"User is a natural or legal person":            {"Privacy Policy", "Definitions"},
			"Logs in Gateway (webhooks, Android): 30 days": {"Privacy Policy", "Information We Collect"},
			"We use AES to save your credentials":          {"Privacy Policy", "How We Store Your Personal Data"},
			"Integromat uses MailerLite":                   {"Privacy Policy", "With Whom We Share Information", "MailerLite"},
			"You may disable cookies":                      {"Privacy Policy", "With Whom We Share Information", "Google Analytics"},
			"We collect and process location":              {"Privacy Policy", "Integromat Mobile App", "Location Information"},
			"End of the Privacy Policy.":                   {"Privacy Policy", "Changes to Our Privacy Policy"},
			"Popular use cases from our blog":              {"Privacy Policy", "Changes to Our Privacy Policy"},
		},
	},
	"integrava": {
		headings: []heading{
			{1, "Privacy Policy"},
			{2, "1. Who we are"},
			{2, "2. Scope"},
			{2, "3. Personal data we collect"},
			{2, "4. How we use personal data"},
			{2, "5. Sharing and subprocessors"},
			{2, "6. Retention"},
			{2, "7. Security"},
			{2, "8. International transfers"},
			{2, "9. Your rights"},
			{2, "10. Children"},
			{2, "11. Changes to this policy"},
			{2, "12. Contact"},
		},
		listItems: 16,
		paths: map[string][]string{
			"Legal":                                     {},
			"Last updated: 9 June 2026":                 {"Privacy Policy"},
			"Privacy enquiries and data subject":        {"Privacy Policy", "1. Who we are"},
			"Visitors to our marketing site":            {"Privacy Policy", "2. Scope"},
			"Email channel data — if you connect":       {"Privacy Policy", "3. Personal data we collect"},
			"Payments — Stripe for checkout":            {"Privacy Policy", "5. Sharing and subprocessors"},
			"To exercise these rights, email":           {"Privacy Policy", "9. Your rights"},
			"Product documentation: Documentation":      {"Privacy Policy", "12. Contact"},
			"Comply with legal obligations and respond": {"Privacy Policy", "4. How we use personal data"},
		},
	},
	"inngest": {
		headings: []heading{
			{1, "Privacy Policy of inngest.com"},
			{2, "Owner and Data Controller"},
			{2, "Types of Data collected"},
			{2, "Mode and place of processing the Data"},
			{3, "Methods of processing"},
			// In the original page "Place" and "Retention time" are, like
			// "Methods of processing", under "Mode and place...", but the
			// text does not show it.
			{2, "Place"},
			{2, "Retention time"},
			{2, "The purposes of processing"},
			{2, "Detailed information on the processing of Personal Data"},
			{3, "Analytics"},
			{4, "Google Analytics 4 (Google LLC)"},
			{3, "Contacting the User"},
			{4, "Contact form (this Application)"},
			{3, "Handling payments"},
			{4, "Stripe (Stripe Inc)"},
			{3, "Hosting and backend infrastructure"},
			{4, "Amazon Web Services (AWS) (Amazon Web Services, Inc.)"},
			{3, "Registration and authentication provided directly by this Application"},
			{4, "Direct registration (this Application)"},
			{3, "Tag Management"},
			{4, "Google Tag Manager (Google LLC)"},
			{2, "Cookie Policy"},
			{2, "Further Information for Users in the European Union"},
			{2, "Legal basis of processing"},
			{2, "Further information about retention time"},
			{2, "The rights of Users based on the General Data Protection Regulation (GDPR)"},
			{2, "Details about the right to object to processing"},
			{2, "How to exercise these rights"},
			{2, "Additional information about Data collection and processing"},
			{3, "Legal action"},
			{2, "Additional information about User's Personal Data"},
			{2, "System logs and maintenance"},
			{2, "Information not contained in this policy"},
			{2, "Changes to this privacy policy"},
			{2, "Definitions and legal references"},
			{3, "Personal Data (or Data)"},
			{2, "Usage Data"},
			{2, "User"},
			{2, "Data Subject"},
			{2, "Data Processor (or Processor)"},
			{2, "Data Controller (or Owner)"},
			{2, "This Application"},
			{2, "Service"},
			{2, "European Union (or EU)"},
			{2, "Legal information"},
		},
		listItems: 15,
		paths: map[string][]string{
			"This Application collects some":         {"Privacy Policy of inngest.com"},
			"Inngest Inc - 600 California St":        {"Privacy Policy of inngest.com", "Owner and Data Controller"},
			"Owner contact email:":                   {"Privacy Policy of inngest.com", "Owner and Data Controller"},
			"The Owner takes appropriate security":   {"Privacy Policy of inngest.com", "Mode and place of processing the Data", "Methods of processing"},
			"Personal Data processed: billing":       {"Privacy Policy of inngest.com", "Detailed information on the processing of Personal Data", "Handling payments", "Stripe (Stripe Inc)"},
			"The services contained in this section": {"Privacy Policy of inngest.com", "Detailed information on the processing of Personal Data", "Analytics"},
			"Users have given their consent":         {"Privacy Policy of inngest.com", "Legal basis of processing"},
			"Withdraw their consent at any time.":    {"Privacy Policy of inngest.com", "The rights of Users based on the General Data Protection Regulation (GDPR)"},
			"Lodge a complaint.":                     {"Privacy Policy of inngest.com", "The rights of Users based on the General Data Protection Regulation (GDPR)"},
			"The natural person to whom":             {"Privacy Policy of inngest.com", "Data Subject"},
			"Latest update: April 04, 2024":          {"Privacy Policy of inngest.com", "Legal information"},
		},
	},
	"activist-org": {
		headings: []heading{
			{2, "Introduction"},
			{2, "Information We Collect"},
			{2, "How We Use Information"},
			{2, "Data Sharing and Third-Party Services"},
			{2, "Data Security and Breaches"},
			{2, "Your Rights"},
		},
		paths: map[string][]string{
			"Effective Date: 11th of April, 2023":                        {},
			"At activist.org, we value your privacy":                     {"Introduction"},
			"activist.org does not collect any":                          {"Information We Collect"},
			"As we do not collect personal information, you do not need": {"Your Rights"},
		},
	},
}

func TestTextCorpus(t *testing.T) {
	for name, want := range corpusStructure {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			src := string(raw)
			cs := parseText(t, src)

			var got, exp []string
			items := 0
			for _, c := range cs {
				switch c.Kind {
				case document.Heading:
					got = append(got, fmt.Sprintf("%d %s", c.Level, c.Text))
				case document.ListItem:
					items++
				}
			}
			for _, h := range want.headings {
				exp = append(exp, fmt.Sprintf("%d %s", h.level, h.text))
			}
			if strings.Join(got, "\n") != strings.Join(exp, "\n") {
				t.Errorf("headings:\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(exp, "\n\t"))
			}
			if items != want.listItems {
				t.Errorf("%d list items, want %d", items, want.listItems)
			}
			for prefix, path := range want.paths {
				var found *document.Clause
				for i := range cs {
					if strings.HasPrefix(cs[i].Text, prefix) {
						found = &cs[i]
						break
					}
				}
				if found == nil {
					t.Errorf("no clause starts with %q", prefix)
					continue
				}
				if strings.Join(found.Path, " > ") != strings.Join(path, " > ") {
					t.Errorf("%s %q: path %q, want %q", found.Kind, prefix, found.Path, path)
				}
			}
			checkPositions(t, src, cs)
		})
	}
}

// TestTextDump prints the clause tree of a file, for reviewing the parser
// against new policies: TEXT_DUMP=path go test -run TestTextDump -v.
func TestTextDump(t *testing.T) {
	f := os.Getenv("TEXT_DUMP")
	if f == "" {
		t.Skip("set TEXT_DUMP to a file to print its clause tree")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range parseText(t, string(src)) {
		t.Logf("%3d:%-3d %-9s L%d %s%q", c.Start.Line, c.Start.Column, c.Kind, c.Level,
			strings.Repeat("  ", len(c.Path)), short(c.Text))
	}
}

func BenchmarkTextParse(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", "inngest.txt"))
	if err != nil {
		b.Fatal(err)
	}
	src := strings.Repeat(string(raw), 20)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		bld := document.NewBuilder(src)
		if _, err := (textParser{}).Parse(src, bld); err != nil {
			b.Fatal(err)
		}
	}
}
