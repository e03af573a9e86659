package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter/document"
)

// block is the part of a clause most tests look at.
type block struct {
	Kind  document.Kind
	Level int
	Path  string // heading texts joined with " > "
	Text  string
}

func (b block) String() string {
	return fmt.Sprintf("%s/%d [%s] %q", b.Kind, b.Level, b.Path, b.Text)
}

func blocksOf(clauses []document.Clause) []block {
	out := make([]block, 0, len(clauses))
	for _, c := range clauses {
		out = append(out, block{c.Kind, c.Level, strings.Join(c.Path, " > "), c.Text})
	}
	return out
}

func mustParse(t *testing.T, format, src string) ([]document.Clause, Result) {
	t.Helper()
	doc, res, err := Parse("test."+format, src, format)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return doc.Clauses, res
}

func assertBlocks(t *testing.T, got []document.Clause, want []block) {
	t.Helper()
	g := blocksOf(got)
	ok := len(g) == len(want)
	for i := 0; ok && i < len(g); i++ {
		ok = g[i] == want[i]
	}
	if ok {
		return
	}
	var sb strings.Builder
	for _, b := range g {
		sb.WriteString("\n  " + b.String())
	}
	sb.WriteString("\nwant:")
	for _, b := range want {
		sb.WriteString("\n  " + b.String())
	}
	t.Errorf("got:%s", sb.String())
}

// texts returns the clause texts, for tests that only look at what is kept.
func texts(clauses []document.Clause) []string {
	out := make([]string, len(clauses))
	for i, c := range clauses {
		out[i] = c.Text
	}
	return out
}

const (
	H  = document.Heading
	P  = document.Paragraph
	LI = document.ListItem
	TD = document.TableCell
)

func TestHTMLBlocks(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []block
	}{
		{
			name: "headings and paths",
			src: `<h1>Privacy</h1><p>Intro.</p><h2>Data</h2><p>We collect.</p>
<h3>Logs</h3><p>IP.</p><h2>Rights</h2><p>Ask.</p>`,
			want: []block{
				{H, 1, "", "Privacy"},
				{P, 0, "Privacy", "Intro."},
				{H, 2, "Privacy", "Data"},
				{P, 0, "Privacy > Data", "We collect."},
				{H, 3, "Privacy > Data", "Logs"},
				{P, 0, "Privacy > Data > Logs", "IP."},
				{H, 2, "Privacy", "Rights"},
				{P, 0, "Privacy > Rights", "Ask."},
			},
		},
		{
			name: "inline elements join without spaces",
			src:  `<p>Your <b>data</b>, our <a href="/x">pro<em>mise</em></a>.<span>!</span></p>`,
			want: []block{{P, 0, "", "Your data, our promise.!"}},
		},
		{
			name: "nested lists",
			src:  "<ul><li>Name<ul><li>First</li><li>Last</li></ul></li><li>Email</li></ul>",
			want: []block{
				{LI, 0, "", "Name"},
				{LI, 0, "", "First"},
				{LI, 0, "", "Last"},
				{LI, 0, "", "Email"},
			},
		},
		{
			name: "paragraphs in list items and cells keep the item's kind",
			src:  "<ol><li><p>One</p><p>Two</p></li></ol><table><tr><td><p>Cell</p></td></tr></table>",
			want: []block{{LI, 0, "", "One"}, {LI, 0, "", "Two"}, {TD, 0, "", "Cell"}},
		},
		{
			name: "tables",
			src: `<table><thead><tr><th>Data</th><th>Purpose</th></tr></thead>
<tbody><tr><td>Email</td><td>Login &amp; support</td></tr></tbody></table>`,
			want: []block{
				{TD, 0, "", "Data"}, {TD, 0, "", "Purpose"},
				{TD, 0, "", "Email"}, {TD, 0, "", "Login & support"},
			},
		},
		{
			name: "definition lists, quotes, pre, address",
			src: `<dl><dt>Controller</dt><dd>ACME Ltd</dd></dl><blockquote><p>Quoted.</p>Loose.</blockquote>
<pre>
  a   b</pre><address>1 Main St<br>Town</address><figure><figcaption>Cap</figcaption></figure>`,
			want: []block{
				{P, 0, "", "Controller"}, {LI, 0, "", "ACME Ltd"},
				{P, 0, "", "Quoted."}, {P, 0, "", "Loose."},
				{P, 0, "", "a b"}, {P, 0, "", "1 Main St Town"}, {P, 0, "", "Cap"},
			},
		},
		{
			name: "loose text in divs and double breaks",
			src:  "<div>First run<div>inner</div>after inner<br>same para<br><br>new para</div>",
			want: []block{
				{P, 0, "", "First run"}, {P, 0, "", "inner"},
				{P, 0, "", "after inner same para"}, {P, 0, "", "new para"},
			},
		},
		{
			name: "entities and white space",
			src:  "<p>\n  &quot;We&quot;&nbsp;&amp; caf&eacute; &#8217;s&#x2019;\t&lt;tag&gt;  </p>",
			want: []block{{P, 0, "", "\"We\" & café ’s’ <tag>"}},
		},
		{
			name: "comments are not text",
			src:  "<p>Visible<!-- hidden note --> text</p><!-- <p>commented out</p> -->",
			want: []block{{P, 0, "", "Visible text"}},
		},
		{
			name: "OPP-115 segment separators",
			src:  "Intro text <br> <br>|||Second segment|||Third",
			want: []block{{P, 0, "", "Intro text"}, {P, 0, "", "Second segment"}, {P, 0, "", "Third"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mustParse(t, HTML, tt.src)
			assertBlocks(t, got, tt.want)
		})
	}
}

func TestHTMLPseudoHeadings(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []block
	}{
		{
			name: "bold paragraph under the deepest heading",
			src:  "<h1>Policy</h1><h2>Data</h2><p><strong>Log files</strong></p><p>We log.</p><h2>Rights</h2><p>Ask.</p>",
			want: []block{
				{H, 1, "", "Policy"}, {H, 2, "Policy", "Data"},
				{H, 3, "Policy > Data", "Log files"},
				{P, 0, "Policy > Data > Log files", "We log."},
				{H, 2, "Policy", "Rights"}, {P, 0, "Policy > Rights", "Ask."},
			},
		},
		{
			name: "no real heading gives level 1",
			src:  "<div><b>Cookies</b></div><p>We use cookies.</p>",
			want: []block{{H, 1, "", "Cookies"}, {P, 0, "Cookies", "We use cookies."}},
		},
		{
			name: "bold lead line followed by a break",
			src:  "<p><strong>Server logs</strong><br>\nWe keep logs.</p>",
			want: []block{{H, 1, "", "Server logs"}, {P, 0, "Server logs", "We keep logs."}},
		},
		{
			name: "bold sentences and mixed text stay paragraphs",
			src: `<p><b>We never sell your data.</b></p><p><b>Note:</b> read this.</p>
<p><b>one two three four five six seven eight nine ten eleven twelve thirteen</b></p>`,
			want: []block{
				{P, 0, "", "We never sell your data."},
				{P, 0, "", "Note: read this."},
				{P, 0, "", "one two three four five six seven eight nine ten eleven twelve thirteen"},
			},
		},
		{
			name: "bold list items and cells are not headings",
			src:  "<ul><li><b>Email</b></li></ul><table><tr><td><strong>Name</strong></td></tr></table>",
			want: []block{{LI, 0, "", "Email"}, {TD, 0, "", "Name"}},
		},
		{
			name: "styled bold span",
			src:  `<p><span style="font-weight: 700">Your rights</span></p><p>Text.</p>`,
			want: []block{{H, 1, "", "Your rights"}, {P, 0, "Your rights", "Text."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mustParse(t, HTML, tt.src)
			assertBlocks(t, got, tt.want)
		})
	}
}

func TestHTMLChromeRemoved(t *testing.T) {
	src := `<!DOCTYPE html><html><head><title>Title text</title><style>p{color:red}</style>
<script>var x = "<p>script</p>";</script></head><body>
<header><a href="/">Logo</a><nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li></ul></nav></header>
<div id="cookie-banner"><p>We use cookies. <button>Accept</button></p></div>
<div class="cc-window"><span>Consent please</span></div>
<aside><p>Related posts</p></aside>
<h1>Privacy Policy</h1>
<p>Policy text.</p>
<section id="cookies"><h2>Cookies</h2><p>We use cookies for login.</p></section>
<p hidden>Hidden attr</p><p aria-hidden="true">Aria hidden</p><p style="display: none">Display none</p>
<p class="sr-only">Screen reader</p>
<noscript><p>Enable JS</p></noscript><template><p>Template</p></template>
<svg><text>Svg text</text></svg><iframe src="x">Frame</iframe>
<form><label>Email</label><input value="v"><select><option>Opt</option></select><button>Send</button></form>
<div class="site-footer">Imprint | Contact</div>
<div role="navigation"><a href="/a">Menu link</a></div><ol class="breadcrumb"><li>Home</li><li>Legal</li></ol>
<span class="skip-link">Skip to content</span>
<footer><p>© 2024 ACME</p></footer>
</body></html>`
	got, _ := mustParse(t, HTML, src)
	assertBlocks(t, got, []block{
		{H, 1, "", "Privacy Policy"},
		{P, 0, "Privacy Policy", "Policy text."},
		{H, 2, "Privacy Policy", "Cookies"},
		{P, 0, "Privacy Policy > Cookies", "We use cookies for login."},
	})
}

func TestHTMLPageHeaderWithTitleKept(t *testing.T) {
	src := `<body><header><nav><a href="/">Home</a></nav><h1>Politique de confidentialité</h1>
<p>Mise à jour : 2024</p></header><h2>1. Données</h2><p>Texte.</p><footer>Pied</footer></body>`
	got, _ := mustParse(t, HTML, src)
	assertBlocks(t, got, []block{
		{H, 1, "", "Politique de confidentialité"},
		{P, 0, "Politique de confidentialité", "Mise à jour : 2024"},
		{H, 2, "Politique de confidentialité", "1. Données"},
		{P, 0, "Politique de confidentialité > 1. Données", "Texte."},
	})
}

func TestHTMLMainContentPreferred(t *testing.T) {
	policy := strings.Repeat("<p>We process personal data lawfully and fairly.</p>", 5)
	tests := []struct {
		name     string
		src      string
		want     []string
		notWant  []string
		minCount int
	}{
		{
			name:    "main element",
			src:     `<body><div class="promo">Buy now</div><main><h1>Privacy</h1>` + policy + `</main><div>Unrelated</div></body>`,
			want:    []string{"Privacy"},
			notWant: []string{"Buy now", "Unrelated"},
		},
		{
			name:    "role main",
			src:     `<body><div>Sidebar text</div><div role="main"><h1>Privacy</h1>` + policy + `</div></body>`,
			want:    []string{"Privacy"},
			notWant: []string{"Sidebar text"},
		},
		{
			name:    "single article, with the page title above it",
			src:     `<body><div class="banner"><h1>Privacy Policy</h1></div><div>Other stuff</div><article>` + policy + `<header><p>Article header kept</p></header></article></body>`,
			want:    []string{"Privacy Policy", "Article header kept"},
			notWant: []string{"Other stuff"},
		},
		{
			name: "several articles mean the whole body",
			src:  `<body><p>Lead</p><article><p>One</p></article><article><p>Two</p></article></body>`,
			want: []string{"Lead", "One", "Two"},
		},
		{
			name: "a main holding a sliver of the text is ignored",
			src:  `<body><main><p>Hero</p></main><div>` + strings.Repeat("<p>Real policy text with many words in it.</p>", 20) + `</div></body>`,
			want: []string{"Hero", "Real policy text with many words in it."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mustParse(t, HTML, tt.src)
			all := strings.Join(texts(got), "\n")
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("missing %q in:\n%s", w, all)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(all, w) {
					t.Errorf("kept %q in:\n%s", w, all)
				}
			}
		})
	}
}

func TestHTMLLinkRowsOutsideMainDropped(t *testing.T) {
	src := `<body><h1>Policy</h1><p>We share data with <a href="/a">partners</a> and <a href="/b">processors</a> listed below.</p>
<div class="container"><a href="/blog">read our blog</a> | <a href="/docs">documentation</a> | <a href="/terms">terms</a></div></body>`
	got, _ := mustParse(t, HTML, src)
	assertBlocks(t, got, []block{
		{H, 1, "", "Policy"},
		{P, 0, "Policy", "We share data with partners and processors listed below."},
	})
}

func TestHTMLLanguage(t *testing.T) {
	tests := map[string]string{
		`<html lang="de-DE"><p>x</p></html>`:                  "de",
		`<html lang="EN_us"><p>x</p></html>`:                  "en",
		`<html xml:lang="fr"><p>x</p></html>`:                 "fr",
		`<html><p>x</p></html>`:                               "",
		`<p>no html element</p>`:                              "",
		`<html lang=""><p>x</p></html>`:                       "",
		`<html lang="es"><body><div lang="en">x</div></html>`: "es",
	}
	for src, want := range tests {
		_, res := mustParse(t, HTML, src)
		if res.Language != want {
			t.Errorf("%s: language %q, want %q", src, res.Language, want)
		}
	}
}

func TestHTMLPositions(t *testing.T) {
	tests := []struct {
		name       string
		src        string
		text       string // the clause to look at
		start, end document.Position
	}{
		{
			name:  "plain paragraph",
			src:   "<html>\n<body>\n  <p>Hello world</p>\n</body>",
			text:  "Hello world",
			start: document.Position{Line: 3, Column: 6}, end: document.Position{Line: 3, Column: 16},
		},
		{
			name:  "leading entity and trailing entity",
			src:   "<p>&quot;Quoted&quot;</p>",
			text:  `"Quoted"`,
			start: document.Position{Line: 1, Column: 4}, end: document.Position{Line: 1, Column: 16},
		},
		{
			name:  "non-breaking space before the text is skipped",
			src:   "<p>&nbsp; <b>Bold</b> end</p>",
			text:  "Bold end",
			start: document.Position{Line: 1, Column: 14}, end: document.Position{Line: 1, Column: 25},
		},
		{
			name:  "columns count code points",
			src:   "<p>Ünïcödé</p><p>€uro ok</p>",
			text:  "€uro ok",
			start: document.Position{Line: 1, Column: 18}, end: document.Position{Line: 1, Column: 24},
		},
		{
			name:  "CRLF line ends",
			src:   "<h1>Title</h1>\r\n<p>\r\n  Second\r\n  line</p>",
			text:  "Second line",
			start: document.Position{Line: 3, Column: 3}, end: document.Position{Line: 4, Column: 6},
		},
		{
			name:  "text moved out of a table keeps its place",
			src:   "<table>stray words<tr><td>cell</td></tr></table>",
			text:  "stray words",
			start: document.Position{Line: 1, Column: 8}, end: document.Position{Line: 1, Column: 18},
		},
		{
			name:  "cell after foster-parented text",
			src:   "<table>stray words<tr><td>cell</td></tr></table>",
			text:  "cell",
			start: document.Position{Line: 1, Column: 27}, end: document.Position{Line: 1, Column: 30},
		},
		{
			name:  "menu repeating the heading does not confuse placement",
			src:   "<nav><a>Cookies</a></nav>\n<h2>Cookies</h2>",
			text:  "Cookies",
			start: document.Position{Line: 2, Column: 5}, end: document.Position{Line: 2, Column: 11},
		},
		{
			name:  "pre drops its first newline",
			src:   "<pre>\ncode here</pre>",
			text:  "code here",
			start: document.Position{Line: 2, Column: 1}, end: document.Position{Line: 2, Column: 9},
		},
		{
			name:  "legacy entity without semicolon",
			src:   "<p>a &amp b &copy 2024</p>",
			text:  "a & b © 2024",
			start: document.Position{Line: 1, Column: 4}, end: document.Position{Line: 1, Column: 22},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mustParse(t, HTML, tt.src)
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

func TestHTMLMalformedNeverPanics(t *testing.T) {
	inputs := map[string]string{
		"unclosed bold":   "<p><b>unclosed",
		"angle soup":      "<<<>>>",
		"binary":          "\x00\x01\xff\xfe<p>\x00a\x00b</p>\xc3\x28",
		"stray end tags":  "</p></div></li>text</td>",
		"bad entities":    "<p>&#xZZ; &#99999999; &unknown; & &; &#0;</p>",
		"empty":           "",
		"only whitespace": " \n\t ",
		"broken comment":  "<!-- never closed <p>x</p>",
		"misnested":       "<b><p>one</b>two</p><i><table><tr><td>x</i></table>",
		"attributes":      `<p class="a' hidden=x style=display:none>odd</p>`,
		"nul in text":     "<p>a\x00b c</p><p>after</p>",
	}
	for name, src := range inputs {
		t.Run(name, func(t *testing.T) {
			doc, _, err := Parse("x.html", src, HTML)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			for _, c := range doc.Clauses {
				if c.StartOffset < 0 || c.EndOffset > len(src) || c.EndOffset < c.StartOffset {
					t.Errorf("clause %q has offsets %d-%d in %d bytes", c.Text, c.StartOffset, c.EndOffset, len(src))
				}
			}
		})
	}
}

func TestHTMLDeepNesting(t *testing.T) {
	const depth = 5000
	tests := []struct {
		open, close string
		keep        bool
	}{
		{"<div>", "</div>", true},
		{"<b>", "</b>", true},
		{"<ul><li>", "</li></ul>", true},
		{`<blockquote class="x">`, "</blockquote>", true},
		// Every level looks like page chrome, which costs a bounded walk each.
		{`<section class="header">`, "</section>", false},
	}
	for _, tt := range tests {
		src := "<p>Top</p>" + strings.Repeat(tt.open, depth) + "Deep text" + strings.Repeat(tt.close, depth)
		doc, _, err := Parse("deep.html", src, HTML)
		if err != nil {
			t.Fatalf("%s: %v", tt.open, err)
		}
		found := false
		for _, c := range doc.Clauses {
			if c.Text == "Deep text" {
				found = true
				if c.StartOffset != strings.Index(src, "Deep text") {
					t.Errorf("%s: deep text at offset %d", tt.open, c.StartOffset)
				}
			}
		}
		if found != tt.keep || len(doc.Clauses) == 0 || doc.Clauses[0].Text != "Top" {
			t.Errorf("%s: clauses %q, want deep text kept=%v", tt.open, texts(doc.Clauses), tt.keep)
		}
	}
}
