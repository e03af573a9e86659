package parser

import (
	"strings"
	"testing"

	"github.com/policylint/policylint/linter/document"
)

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []block
	}{
		{
			name: "ATX and setext headings",
			src:  "# Privacy\n\nIntro.\n\nData we collect\n---------------\n\nText.\n\n### Logs ###\n\nIP.\n\nRights\n======\n\nAsk.\n",
			want: []block{
				{H, 1, "", "Privacy"},
				{P, 0, "Privacy", "Intro."},
				{H, 2, "Privacy", "Data we collect"},
				{P, 0, "Privacy > Data we collect", "Text."},
				{H, 3, "Privacy > Data we collect", "Logs"},
				{P, 0, "Privacy > Data we collect > Logs", "IP."},
				{H, 1, "", "Rights"},
				{P, 0, "Rights", "Ask."},
			},
		},
		{
			name: "inline markup",
			src:  "We *never* __sell__ `data` to [partners](https://x.example \"t\")![logo](l.png) or <span>others</span>,\nsee <https://example.com>.\n",
			want: []block{{P, 0, "", "We never sell data to partners or others, see https://example.com."}},
		},
		{
			name: "nested lists",
			src:  "- Name\n  - First\n  - Last\n- Email\n\n1. One\n\n   Still one\n2. Two\n",
			want: []block{
				{LI, 0, "", "Name"}, {LI, 0, "", "First"}, {LI, 0, "", "Last"}, {LI, 0, "", "Email"},
				{LI, 0, "", "One"}, {LI, 0, "", "Still one"}, {LI, 0, "", "Two"},
			},
		},
		{
			name: "tables including header cells",
			src:  "| Data | Purpose |\n|------|---------|\n| Email | Login \\| support |\n| `IP` | Security &amp; abuse |\n",
			want: []block{
				{TD, 0, "", "Data"}, {TD, 0, "", "Purpose"},
				{TD, 0, "", "Email"}, {TD, 0, "", "Login | support"},
				{TD, 0, "", "IP"}, {TD, 0, "", "Security & abuse"},
			},
		},
		{
			name: "quotes, code and rules",
			src:  "> Quoted text\n> goes on.\n\n```go\ncode is skipped\n```\n\n```\nfetch(url, {method: \"DELETE\"});\n```\n\n    x := f(y); return {x}\n\n***\n\nAfter.\n",
			want: []block{{P, 0, "", "Quoted text goes on."}, {P, 0, "", "After."}},
		},
		{
			// A fence without a language keeps an address's lines; its text
			// is the policy's.
			name: "plain fence",
			src:  "Controller:\n\n```plain\nExample e.V.\nPostal address: Hauptstr. 3, 85748 Garching, Germany\n```\n",
			want: []block{{P, 0, "", "Controller:"}, {P, 0, "", "Example e.V. Postal address: Hauptstr. 3, 85748 Garching, Germany"}},
		},
		{
			// Four spaces before prose are a slip of the author, not code.
			name: "indented prose",
			src:  "Contact us:\n\n    By email: jane@example.com\n    or by post.\n\n- item\n\n        Also in the item.\n",
			want: []block{{P, 0, "", "Contact us:"}, {P, 0, "", "By email: jane@example.com or by post."}, {LI, 0, "", "item"}, {LI, 0, "", "Also in the item."}},
		},
		{
			name: "html blocks",
			src:  "<!-- a comment -->\n\n<h2>From <em>HTML</em></h2>\n<p>Para &amp; more</p>\n\n<table>\n<tr><th>Head</th><td>Cell</td></tr>\n</table>\n\nBack to *markdown*.\n",
			want: []block{
				{H, 2, "", "From HTML"},
				{P, 0, "From HTML", "Para & more"},
				{TD, 0, "From HTML", "Head"}, {TD, 0, "From HTML", "Cell"},
				{P, 0, "From HTML", "Back to markdown."},
			},
		},
		{
			name: "escapes, entities and breaks",
			src:  "\\*Not emphasis\\* &copy; 2024&nbsp;ACME &#8217;s\nsoft break  \nhard break<br>tag break\n",
			want: []block{{P, 0, "", "*Not emphasis* © 2024 ACME ’s soft break hard break tag break"}},
		},
		{
			name: "code spans are literal",
			src:  "Run `a &amp; b \\* c` now.\n",
			want: []block{{P, 0, "", "Run a &amp; b \\* c now."}},
		},
		{
			name: "kramdown attribute lists are markup",
			src:  "# Notice\n\nMarch 2020\n{: datetime=\"2020-03-01\" }\n\nText.\n{: #anchor }\n",
			want: []block{{H, 1, "", "Notice"}, {P, 0, "Notice", "March 2020"}, {P, 0, "Notice", "Text."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mustParse(t, Markdown, tt.src)
			assertBlocks(t, got, tt.want)
		})
	}
}

func TestMarkdownPseudoHeadings(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []block
	}{
		{
			name: "bold paragraph under the deepest heading",
			src:  "# Policy\n\n## Data\n\n**Log files**\n\nWe log.\n\n## Rights\n\nAsk.\n",
			want: []block{
				{H, 1, "", "Policy"}, {H, 2, "Policy", "Data"},
				{H, 3, "Policy > Data", "Log files"},
				{P, 0, "Policy > Data > Log files", "We log."},
				{H, 2, "Policy", "Rights"}, {P, 0, "Policy > Rights", "Ask."},
			},
		},
		{
			name: "bold lead line with a hard break",
			src:  "**Registration**  \nYou register.\n\n__Support__\\\nYou write.\n",
			want: []block{
				{H, 1, "", "Registration"}, {P, 0, "Registration", "You register."},
				{H, 1, "", "Support"}, {P, 0, "Support", "You write."},
			},
		},
		{
			name: "not titles",
			src:  "**We never sell data.**\n\n**Note:** read.\n\n*Emphasis only*\n\n- **Bold item**\n",
			want: []block{
				{P, 0, "", "We never sell data."}, {P, 0, "", "Note: read."},
				{P, 0, "", "Emphasis only"}, {LI, 0, "", "Bold item"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mustParse(t, Markdown, tt.src)
			assertBlocks(t, got, tt.want)
		})
	}
}

func TestMarkdownFrontMatterDates(t *testing.T) {
	src := "---\ntitle: Privacy notice\nlastUpdated: 2 February 2026\ndate: \"\"\n---\n# Privacy\n\nText.\n"
	got, _ := mustParse(t, Markdown, src)
	if len(got) != 3 || got[0].Kind != document.Metadata || got[0].Text != "lastUpdated: 2 February 2026" ||
		got[0].Start != (document.Position{Line: 3, Column: 1}) {
		t.Fatalf("want the date field as a metadata clause first, got %+v", got)
	}
	if got[1].Kind != document.Heading || len(got[2].Path) != 1 {
		t.Errorf("the metadata clause must not disturb the section tree: %+v", got[1:])
	}
}

func TestMarkdownFrontMatterDateKeys(t *testing.T) {
	for key, want := range map[string]bool{
		"lastmod": true, "lastEdited": true, "last_edited": true, "date_modified": true, "updatedDate": true,
		"edited": true, "date": true, "title": false, "layout": false, "lastname": false, "editor": false,
	} {
		got, _ := mustParse(t, Markdown, "---\n"+key+": 2020-04-16\n---\n# Privacy\n\nText.\n")
		if is := got[0].Kind == document.Metadata; is != want {
			t.Errorf("%s: a metadata clause: %v, want %v", key, is, want)
		}
	}
}

func TestMarkdownFrontMatter(t *testing.T) {
	tests := []struct {
		name, src, lang string
		firstLine       int // line of the first clause
	}{
		{"yaml lang", "---\ntitle: Privacy\nlang: de-DE\n---\n# Datenschutz\n", "de", 5},
		{"yaml language quoted", "---\nlanguage: \"fr\"\ntags:\n  - a\n---\n\n# Titre\n", "fr", 7},
		{"toml locale", "+++\ntitle = \"x\"\nlocale = \"es_ES\"\n+++\n# Título\n", "es", 5},
		{"no language", "---\ntitle: Privacy\n---\n# Privacy\n", "", 4},
		{"crlf", "---\r\nlang: it\r\n---\r\n# Privacy\r\n", "it", 4},
		{"bom", "\ufeff---\nlang: nl\n---\n# Privacy\n", "nl", 4},
		{"no front matter", "# Privacy\n\nlang: xx\n", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, res := mustParse(t, Markdown, tt.src)
			if res.Language != tt.lang {
				t.Errorf("language %q, want %q", res.Language, tt.lang)
			}
			if len(got) == 0 {
				t.Fatal("no clauses")
			}
			if got[0].Start != (document.Position{Line: tt.firstLine, Column: 3}) {
				t.Errorf("first clause %q at %v, want line %d column 3", got[0].Text, got[0].Start, tt.firstLine)
			}
			for _, c := range got {
				if strings.Contains(c.Text, "title") || strings.Contains(c.Text, "---") || strings.Contains(c.Text, "+++") {
					t.Errorf("front matter leaked into %q", c.Text)
				}
			}
		})
	}

	// A thematic break followed by a setext heading is not front matter.
	got, _ := mustParse(t, Markdown, "---\nJust text\n---\n")
	assertBlocks(t, got, []block{{H, 2, "", "Just text"}})
}

func TestMarkdownPositions(t *testing.T) {
	tests := []struct {
		name       string
		src        string
		text       string
		start, end document.Position
	}{
		{
			name:  "heading",
			src:   "Intro\n\n##   Your rights  ##\n",
			text:  "Your rights",
			start: document.Position{Line: 3, Column: 6}, end: document.Position{Line: 3, Column: 16},
		},
		{
			name:  "list item",
			src:   "- one\n- **two** words\n",
			text:  "two words",
			start: document.Position{Line: 2, Column: 5}, end: document.Position{Line: 2, Column: 15},
		},
		{
			name:  "escaped first character",
			src:   "\\*starred\\*\n",
			text:  "*starred*",
			start: document.Position{Line: 1, Column: 2}, end: document.Position{Line: 1, Column: 11},
		},
		{
			name:  "entity first",
			src:   "&quot;Hi&quot; there\n",
			text:  `"Hi" there`,
			start: document.Position{Line: 1, Column: 1}, end: document.Position{Line: 1, Column: 20},
		},
		{
			name:  "multi-line paragraph with code points",
			src:   "Données\n  über €5\n",
			text:  "Données über €5",
			start: document.Position{Line: 1, Column: 1}, end: document.Position{Line: 2, Column: 9},
		},
		{
			name:  "table cell",
			src:   "| a | b |\n|---|---|\n| x | ünï |\n",
			text:  "ünï",
			start: document.Position{Line: 3, Column: 7}, end: document.Position{Line: 3, Column: 9},
		},
		{
			name:  "html block inside a quote",
			src:   "> <p>\n> Quoted html\n> </p>\n",
			text:  "Quoted html",
			start: document.Position{Line: 2, Column: 3}, end: document.Position{Line: 2, Column: 13},
		},
		{
			name:  "html block in a list item",
			src:   "- item\n\n  <div>Inner text</div>\n",
			text:  "Inner text",
			start: document.Position{Line: 3, Column: 8}, end: document.Position{Line: 3, Column: 17},
		},
		{
			name:  "autolink",
			src:   "<https://a.example/x>\n",
			text:  "https://a.example/x",
			start: document.Position{Line: 1, Column: 2}, end: document.Position{Line: 1, Column: 20},
		},
		{
			name:  "autolink after a code block holding the same address",
			src:   "```\nhttps://a.example/x\n```\n\n<https://a.example/x>\n",
			text:  "https://a.example/x",
			start: document.Position{Line: 5, Column: 2}, end: document.Position{Line: 5, Column: 20},
		},
		{
			name:  "bare address",
			src:   "Visit\nwww.example.com today\n",
			text:  "Visit www.example.com today",
			start: document.Position{Line: 1, Column: 1}, end: document.Position{Line: 2, Column: 21},
		},
		{
			name:  "CRLF",
			src:   "# T\r\n\r\nfirst\r\nsecond\r\n",
			text:  "first second",
			start: document.Position{Line: 3, Column: 1}, end: document.Position{Line: 4, Column: 6},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mustParse(t, Markdown, tt.src)
			for _, c := range got {
				if c.Text != tt.text {
					continue
				}
				if c.Start != tt.start || c.End != tt.end {
					t.Errorf("%q at %v-%v, want %v-%v", c.Text, c.Start, c.End, tt.start, tt.end)
				}
				return
			}
			t.Errorf("no clause %q in %q", tt.text, texts(got))
		})
	}
}

func TestMarkdownKindsInContainers(t *testing.T) {
	src := "- item\n\n  <p>html in item</p>\n\n> - quoted item\n"
	got, _ := mustParse(t, Markdown, src)
	assertBlocks(t, got, []block{{LI, 0, "", "item"}, {LI, 0, "", "html in item"}, {LI, 0, "", "quoted item"}})
}

func TestMarkdownMalformedNeverPanics(t *testing.T) {
	inputs := map[string]string{
		"binary":             "\x00\x01\xff\xfe# \x00head\n\xc3\x28",
		"unclosed html":      "<div>\n<p><b>unclosed\n\ntext",
		"angle soup":         "<<<>>>\n\n<!-- open",
		"front matter only":  "---\nlang: en\n---",
		"unterminated fence": "```\ncode",
		"empty":              "",
		"bad entities":       "&#xZZ; &#99999999; &unknown; &#0;",
		"table edge":         "|\n|-|\n||",
		"deep quotes":        strings.Repeat("> ", 5000) + "deep\n",
		"deep lists":         strings.Repeat("- ", 3000) + "deep\n",
		"deep emphasis":      strings.Repeat("*", 5000) + "x" + strings.Repeat("*", 5000),
		"deep html":          strings.Repeat("<div>", 5000) + "deep" + strings.Repeat("</div>", 5000),
	}
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) {
			doc, _, err := Parse("x.md", src, Markdown)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			for _, c := range doc.Clauses {
				if c.StartOffset < 0 || c.EndOffset > len(src) || c.EndOffset < c.StartOffset {
					t.Errorf("clause %q has offsets %d-%d in %d bytes", c.Text, c.StartOffset, c.EndOffset, len(src))
				}
			}
			if strings.HasPrefix(name, "deep") && !strings.Contains(strings.Join(texts(doc.Clauses), " "), "deep") && name != "deep emphasis" {
				t.Errorf("deep text lost: %q", texts(doc.Clauses))
			}
		})
	}
}
