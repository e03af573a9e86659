package parser_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/internal/lineoracle"
	"github.com/policylint/policylint/linter/internal/testpolicies"
	"github.com/policylint/policylint/linter/parser"
	"github.com/policylint/policylint/linter/source"
)

// The fuzz targets feed each parser arbitrary bytes, decoded as the linter
// decodes a file, and check what every parser promises about its clauses
// (see checkDocument). Run one with
//
//	go test ./linter/parser -run '^$' -fuzz '^FuzzHTML$' -fuzztime 60s
//
// A failing input is saved under testdata/fuzz/<FuzzName>/ and replayed by
// every later `go test`. The package is parser_test so that it can decode
// with linter/source, which imports parser.

func FuzzHTML(f *testing.F)     { fuzzParser(f, parser.HTML) }
func FuzzMarkdown(f *testing.F) { fuzzParser(f, parser.Markdown) }
func FuzzText(f *testing.F)     { fuzzParser(f, parser.Text) }

func fuzzParser(f *testing.F, format string) {
	for _, seed := range fuzzCorpus(f) {
		f.Add(seed)
	}
	for _, seed := range nastySeeds() {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer logInput(t, data)
		for _, src := range parserInputs(data, format) {
			doc, _, err := parser.Parse("fuzz", src, format)
			if err != nil {
				if isRecoveredPanic(err, format) {
					// Parse turned a panic into an error; run the parser
					// again without the safety net so that the failure
					// shows where it panicked.
					p, _ := parser.ForFormat(format)
					_, _ = p.Parse(src, document.NewBuilder(src))
					t.Fatalf("the %s parser panicked (recovered by Parse): %v", format, err)
				}
				// html.Parse gives up on elements nested deeper than 512
				// that flattening could not bring under its limit; that is
				// the only error any parser returns, and the linter reports
				// the file as unreadable.
				if format != parser.HTML || !strings.Contains(err.Error(), "reading html") {
					t.Fatalf("unexpected error: %v", err)
				}
				continue
			}
			if doc == nil {
				t.Fatal("Parse returned neither a document nor an error")
			}
			checkDocument(t, src, doc.Clauses)
		}
	})
}

// logInput shows a failing input in the test log, so that a failure in CI
// can be reproduced without the file go test writes under testdata/fuzz.
func logInput(t *testing.T, data []byte) {
	if t.Failed() && len(data) <= 4096 {
		t.Logf("input (%d bytes): %q", len(data), data)
	}
}

// parserInputs are the texts that reach a parser for data:
//   - a file's content goes through source.Decode (the linter's
//     CheckSource, CheckFile, standard input and URLs all do): empty and
//     binary content is refused, a byte order mark dropped, UTF-16 and
//     legacy encodings transcoded, invalid UTF-8 replaced with U+FFFD;
//   - policylint.parse, the Rego builtin (Linter.ParseText), hands the
//     parsers any string as it is: valid UTF-8, but possibly empty, with
//     NUL bytes or a byte order mark.
//
// The second is data with invalid UTF-8 replaced; it is parsed too when it
// differs from the first.
func parserInputs(data []byte, format string) []string {
	raw := strings.ToValidUTF8(string(data), "\uFFFD")
	c, err := source.Decode(data, source.Hint{Format: format})
	if err != nil || c.Text == raw {
		return []string{raw}
	}
	return []string{c.Text, raw}
}

// isRecoveredPanic tells whether err is the error Parse makes of a panic
// in a parser ("parsing P as F: the F parser failed: <panic value>"); a
// parser's own errors are wrapped with "parsing P as F: <error>".
func isRecoveredPanic(err error, format string) bool {
	return strings.Contains(err.Error(), "the "+format+" parser failed")
}

// checkDocument checks the invariants every parser's clauses keep, all of
// them guaranteed by document.Builder whatever a parser passes it, except
// the offsets, which only the parser can get right:
//
//   - IDs are 0..n-1 in order;
//   - the kind is one of the five; a heading has a level of 1 to 6, any
//     other clause level 0;
//   - Section is -1 or the ID of an earlier heading, of a lower level when
//     the clause is itself a heading, and Path is the texts of the headings
//     up the Section chain, outermost first;
//   - 0 <= StartOffset <= EndOffset <= len(src);
//   - Start and End are the line and code-point column of StartOffset and
//     EndOffset (computed here independently of document.LineIndex), so
//     both are >= 1, Start <= End, and neither line is past the last line
//     of the input;
//   - Text is valid UTF-8, not empty, and folded (no leading, trailing or
//     doubled white space): Builder.Add drops a block whose folded text is
//     empty, so an empty clause is never produced;
//   - there is at least one sentence, and every sentence is valid UTF-8,
//     not empty and part of Text.
func checkDocument(t *testing.T, src string, clauses []document.Clause) {
	t.Helper()
	lines := lineoracle.Lines(src)
	for i := range clauses {
		c := &clauses[i]
		if msg := clauseProblem(src, lines, clauses, i); msg != "" {
			t.Fatalf("clause %d (%s %q, offsets %d-%d, %v-%v) of %d: %s",
				i, c.Kind, clip(c.Text), c.StartOffset, c.EndOffset, c.Start, c.End, len(clauses), msg)
		}
	}
}

func clauseProblem(src string, lines []lineoracle.Span, clauses []document.Clause, i int) string {
	c := &clauses[i]
	if c.ID != i {
		return fmt.Sprintf("has ID %d", c.ID)
	}
	switch c.Kind {
	case document.Heading:
		if c.Level < 1 || c.Level > 6 {
			return fmt.Sprintf("heading of level %d", c.Level)
		}
	case document.Paragraph, document.ListItem, document.TableCell, document.Metadata:
		if c.Level != 0 {
			return fmt.Sprintf("level %d on a %s", c.Level, c.Kind)
		}
	default:
		return "unknown kind"
	}
	if msg := sectionProblem(clauses, i); msg != "" {
		return msg
	}

	if c.StartOffset < 0 || c.EndOffset > len(src) || c.StartOffset > c.EndOffset {
		return fmt.Sprintf("offsets %d-%d outside [0, %d] or reversed", c.StartOffset, c.EndOffset, len(src))
	}
	if want := lineoracle.Position(src, lines, c.StartOffset); c.Start != want {
		return fmt.Sprintf("start %v, but offset %d is at %v", c.Start, c.StartOffset, want)
	}
	if want := lineoracle.Position(src, lines, c.EndOffset); c.End != want {
		return fmt.Sprintf("end %v, but offset %d is at %v", c.End, c.EndOffset, want)
	}
	if c.Start.Line < 1 || c.Start.Column < 1 || c.End.Line < 1 || c.End.Column < 1 {
		return "a line or column below 1"
	}
	if c.End.Line < c.Start.Line || c.End.Line == c.Start.Line && c.End.Column < c.Start.Column {
		return "ends before it starts"
	}
	if c.End.Line > len(lines) {
		return fmt.Sprintf("ends on line %d of %d", c.End.Line, len(lines))
	}

	if !utf8.ValidString(c.Text) {
		return "text is not valid UTF-8"
	}
	if c.Text == "" || c.Text != document.Fold(c.Text) {
		return "text is empty or not folded"
	}
	if len(c.Sentences) == 0 {
		return "no sentences"
	}
	for _, s := range c.Sentences {
		if s == "" || !utf8.ValidString(s) || !strings.Contains(c.Text, s) {
			return fmt.Sprintf("sentence %q is empty, invalid UTF-8 or not in the text", clip(s))
		}
	}
	return ""
}

// sectionProblem checks clause i's Section and Path against the earlier
// clauses.
func sectionProblem(clauses []document.Clause, i int) string {
	c := &clauses[i]
	var path []string
	for s, depth := c.Section, 0; s != -1; depth++ {
		if s < 0 || s >= i || depth > i {
			return fmt.Sprintf("section chain reaches %d", s)
		}
		h := &clauses[s]
		if h.Kind != document.Heading {
			return fmt.Sprintf("section %d is a %s, not a heading", s, h.Kind)
		}
		path = append(path, h.Text)
		s = h.Section
	}
	if c.Section >= 0 && c.Kind == document.Heading && clauses[c.Section].Level >= c.Level {
		return fmt.Sprintf("heading of level %d under a heading of level %d", c.Level, clauses[c.Section].Level)
	}
	slices.Reverse(path)
	if !slices.Equal(path, c.Path) {
		return fmt.Sprintf("path %q, but the section chain reads %q", c.Path, path)
	}
	return ""
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

// fuzzCorpus reads every policy file under testdata: the corpus, the
// example and any fixture, but not the SARIF schema or the specification.
func fuzzCorpus(f *testing.F) [][]byte {
	f.Helper()
	root := filepath.Join("..", "..", "testdata")
	files, err := testpolicies.Files(root)
	if err != nil {
		f.Fatal(err)
	}
	if len(files) < 20 {
		f.Fatalf("only %d policy files under %s", len(files), root)
	}
	seeds := make([][]byte, len(files))
	for i, p := range files {
		if seeds[i], err = os.ReadFile(p); err != nil {
			f.Fatal(err)
		}
	}
	return seeds
}

// nastySeeds are inputs no real policy looks like but a file may well
// contain.
func nastySeeds() []string {
	var deepList, deepHTMLList strings.Builder
	for i := range 50 {
		fmt.Fprintf(&deepList, "%s- level %d item\n", strings.Repeat("  ", i), i)
		fmt.Fprintf(&deepHTMLList, "<ul><li>level %d item", i)
	}
	return []string{
		"",
		" \n\t\r\n",
		"<div><p>We collect <b>your data<i>and share <a href='x'>it",
		"<html><head><title>Privacy</title><body><h1>Privacy<h2>Data<p>We sell it.<table><tr><td>cell",
		"<!-- unclosed comment <p>We collect data.</p>",
		"<script>var x = '<p>not text</p>'; // unclosed",
		strings.Repeat("<div>", 2000) + "We collect data." + strings.Repeat("</div>", 2000),
		strings.Repeat("<div>", 2000) + "We collect data.",
		strings.Repeat("<b><i>", 700) + "deep inline text.",
		"Privacy\x00Policy\n\nWe collect\x00 your data.\x00",
		"<p>We collect \x00 data.</p>",
		"We collect \xff\xfe data \xc3\x28 and \xe2\x82 here.\n\n\xed\xa0\x80 surrogate \xf4\x90\x80\x80 too big.",
		"# Privacy Policy\r\n\r\nWe collect data.\r\n\r\n- an item\r\n- another item\r\n",
		"Privacy Policy\r\rWe collect data.\rWe share it with partners.\r\r1. Rights\rYou may ask.\r",
		"<p>One\r\ntwo\rthree\nfour</p>\r<h2>Heading\r</h2>",
		"\ufeff# Privacy Policy\n\nWe collect data.",
		"\ufeff---\ntitle: Privacy\nlang: de\n---\n# Datenschutz\n\nWir erheben Daten.",
		"\tPrivacy\tPolicy\n\n\t\t1.\tData\n\tWe\tcollect\tdata.\n\t\t\t- tabbed item\n",
		"Cafe\u0301 policy: we colle\u0301ct data.\n\nZ\u0351\u0352\u0353\u0354\u0355algo te\u0300\u0301\u0302\u0303xt.\n\n\u0301\u0302 starts with a mark.",
		"سياسة الخصوصية\n\nنحن نجمع بياناتك. \u202eevil\u202c and \u200fmarks\u200e.\n\n<p dir=\"rtl\">שלום עולם.</p>",
		"# 🔒 Privacy 👩‍👩‍👧‍👦\n\nWe collect 🍪 cookies. 🏳️‍🌈 Flags 🇩🇪 too.\n\n- 😀 item",
		"---\ntitle: Privacy\nlang: en\n\n# Privacy\n\nWe collect data.",
		"---\n",
		"+++\nlang = \"fr\"\n",
		"| a | b | c |\n|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 | 5 |\n|\n",
		"<table><tr><td>a<td>b<td>c<tr><td colspan=5>wide<tr><th>h</table><td>stray",
		deepList.String(),
		deepHTMLList.String(),
		strings.Repeat("> ", 60) + "deep quote\n",
		"Section 1 - Intro\n=====\n\n1.\n2.\n- \n* \n#\n######## Too deep\n",
		"&amp;&#0;&#x110000;&#xD800;&nosuch; &lt;p&gt;\n\n<p>&#0; &#xfffe;</p>",
		"\u00a0\u200b\u2060\u202f\ufeff\n\u00a0\n",
		// UTF-16 with and without a byte order mark, windows-1252, a
		// declared charset.
		"\xff\xfeP\x00r\x00i\x00v\x00a\x00c\x00y\x00\n\x00\n\x00W\x00e\x00 \x00c\x00o\x00l\x00l\x00e\x00c\x00t\x00.\x00",
		"P\x00r\x00i\x00v\x00a\x00c\x00y\x00\r\x00\n\x00\r\x00\n\x00W\x00e\x00 \x00c\x00o\x00l\x00l\x00e\x00c\x00t\x00.\x00",
		"Datenschutzerkl\xe4rung\n\nWir erheben \x93Daten\x94 \x96 nicht mehr.\n",
		"<html><head><meta charset=\"iso-8859-1\"></head><body><h1>Pol\xedtica</h1><p>Recopilamos datos.</p></body></html>",
	}
}
