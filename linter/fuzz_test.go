package linter

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/internal/testpolicies"
	"github.com/policylint/policylint/linter/source"
)

// fuzzFormats are the extensions FuzzCheck gives its documents, chosen by
// the input's first byte.
var fuzzFormats = []string{"html", "md", "txt"}

// FuzzCheck runs the whole check (parse, tag, evaluate, suppressions) on
// one document. The first byte of the input chooses the file's extension,
// and so its format; the rest is the file's content. Run it with
//
//	go test ./linter -run '^$' -fuzz '^FuzzCheck$' -fuzztime 60s
//
// The invariants:
//   - CheckSource does not panic;
//   - a file that cannot be checked gets an InputError (empty, binary, no
//     text, unreadable markup), never an error of the rules, and never a
//     parser's recovered panic;
//   - otherwise, unless the language has no pack, every enabled rule has
//     exactly one check, kept or suppressed, with a known status;
//   - every position reported (a check's location, its evidence clauses'
//     start and end, suppressions and notices) is at line and column >= 1,
//     on a line of the document and at most one column past its end;
//   - every evidence clause's text is valid, non-empty UTF-8.
func FuzzCheck(f *testing.F) {
	ctx := context.Background()
	l, err := New(ctx, Options{})
	if err != nil {
		f.Fatal(err)
	}
	rules := map[string]bool{}
	for _, r := range l.Rules() {
		rules[r.ID] = true
	}
	for i, seed := range fuzzSeeds(f) {
		f.Add(append([]byte{byte(i % len(fuzzFormats))}, seed.data...))
		if seed.format >= 0 {
			// The seed in its own format too, when that is a different one.
			if seed.format != i%len(fuzzFormats) {
				f.Add(append([]byte{byte(seed.format)}, seed.data...))
			}
		}
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		if len(in) == 0 {
			return
		}
		defer func() {
			if t.Failed() && len(in) <= 4096 {
				// A failure in CI can then be reproduced without the file go
				// test writes under testdata/fuzz.
				t.Logf("input (%d bytes): %q", len(in), in)
			}
		}()
		path := "fuzz." + fuzzFormats[int(in[0])%len(fuzzFormats)]
		data := in[1:]
		r := l.CheckSource(ctx, path, data)
		if r.Err != nil {
			var ie *InputError
			if !errors.As(r.Err, &ie) || strings.Contains(r.Err.Error(), "parser failed") {
				t.Fatalf("%s: %v", path, r.Err)
			}
			return
		}
		if r.Document == nil {
			t.Fatal("no error and no document")
		}
		// The text positions refer to is the decoded file, as CheckSource
		// decoded it.
		content, err := source.Decode(data, source.Hint{Name: path})
		if err != nil {
			t.Fatalf("CheckSource checked content that source.Decode refuses: %v", err)
		}
		lines := lineLengths(content.Text)
		where := func(what string, p document.Position) {
			t.Helper()
			if p.Line < 1 || p.Column < 1 || p.Line > len(lines) || p.Column > lines[p.Line-1]+1 {
				t.Fatalf("%s at %d:%d, outside the document's %d lines (that line has %d code points)",
					what, p.Line, p.Column, len(lines), lineLen(lines, p.Line))
			}
		}
		for _, n := range r.Notices {
			where("notice "+n.Message, n.Position)
		}
		if r.Unsupported {
			if len(r.Checks)+len(r.Suppressed) != 0 {
				t.Fatalf("language %s has no pack, yet %d checks", r.Language, len(r.Checks)+len(r.Suppressed))
			}
			return
		}
		checks := append([]engine.Check(nil), r.Checks...)
		for _, s := range r.Suppressed {
			where("suppression of "+s.Check.Rule.ID, s.Position)
			checks = append(checks, s.Check)
		}
		if len(checks) != len(rules) {
			t.Fatalf("%d checks (%d kept, %d suppressed) for %d rules", len(checks), len(r.Checks), len(r.Suppressed), len(rules))
		}
		seen := map[string]bool{}
		for _, c := range checks {
			id := c.Rule.ID
			if !rules[id] || seen[id] {
				t.Fatalf("check of rule %s, which is not enabled or already checked", id)
			}
			seen[id] = true
			switch c.Status {
			case engine.Pass, engine.Fail, engine.NotApplicable:
			default:
				t.Fatalf("%s: status %q", id, c.Status)
			}
			where(id+" location", c.Location)
			for _, e := range c.Evidence {
				where(fmt.Sprintf("%s evidence clause %d start", id, e.ID), e.Start)
				where(fmt.Sprintf("%s evidence clause %d end", id, e.ID), e.End)
				if e.Text == "" || !utf8.ValidString(e.Text) {
					t.Fatalf("%s evidence clause %d: text %q is empty or not valid UTF-8", id, e.ID, e.Text)
				}
			}
		}
	})
}

// lineLengths returns the length in code points of each line of src, with
// lines ending at "\n", "\r\n" or a lone "\r" as in document.LineIndex.
func lineLengths(src string) []int {
	var out []int
	n := 0
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		i += size
		switch r {
		case '\r':
			if i < len(src) && src[i] == '\n' {
				i++
			}
			fallthrough
		case '\n':
			out = append(out, n)
			n = 0
		default:
			n++
		}
	}
	return append(out, n)
}

func lineLen(lines []int, line int) int {
	if line < 1 || line > len(lines) {
		return -1
	}
	return lines[line-1]
}

type fuzzSeed struct {
	data   []byte
	format int // index in fuzzFormats of the file's own format; -1 for none
}

// fuzzSeeds are every policy file under testdata, then a few inputs no
// policy looks like.
func fuzzSeeds(f *testing.F) []fuzzSeed {
	f.Helper()
	root := filepath.Join("..", "testdata")
	files, err := testpolicies.Files(root)
	if err != nil {
		f.Fatal(err)
	}
	var seeds []fuzzSeed
	for _, p := range files {
		format := 2 // text
		switch strings.ToLower(filepath.Ext(p)) {
		case ".html", ".htm":
			format = 0
		case ".md", ".markdown":
			format = 1
		}
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, fuzzSeed{data, format})
	}
	if len(seeds) < 20 {
		f.Fatalf("only %d policy files under %s", len(seeds), root)
	}
	for _, s := range []string{
		"",
		" \n\t\r\n",
		"Privacy\x00Policy",
		"\xff\xfeP\x00r\x00i\x00v\x00a\x00c\x00y\x00\n\x00\n\x00W\x00e\x00 \x00s\x00e\x00l\x00l\x00.\x00",
		"Datenschutzerkl\xe4rung\n\nWir erheben \x93Daten\x94 \x96 nicht mehr.\n",
		"<div><p>We collect <b>your data<i>and share <a href='x'>it with partners.",
		strings.Repeat("<div>", 2000) + "We collect data." + strings.Repeat("</div>", 2000),
		"We collect \xff\xfe data \xc3\x28 and \xe2\x82 here.\n\nWe never sell it.",
		"# Privacy Policy\r\n\r\nWe collect your email address.\r\n\r\n- We keep it for 30 days.\r\n",
		"Privacy Policy\r\rWe collect data.\rWe share it with partners.\r",
		"\ufeff# Privacy Policy\n\n<!-- policylint-disable data-retention: reason -->\nWe collect data.\n<!-- policylint-disable -->\n<!-- policylint-bogus",
		"Privacy Policy\n\npolicylint-disable nosuch-rule\nWe collect cookies.\n",
		"---\ntitle: Privacy\nlang: en\n\n# Privacy\n\nWe collect data.",
		"| a | b | c |\n|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |\n",
		"سياسة الخصوصية\n\nنحن نجمع بياناتك الشخصية ولا نبيعها لأي طرف ثالث.",
		"# 🔒 Privacy 👩‍👩‍👧‍👦\n\nWe collect 🍪 cookies. Cafe\u0301 Z\u0351\u0352algo.",
	} {
		seeds = append(seeds, fuzzSeed{[]byte(s), -1})
	}
	return seeds
}
