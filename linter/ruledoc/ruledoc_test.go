// The tests are an external package because the linter, which the docs
// test loads the built-in rules from, may itself come to import ruledoc.
package ruledoc_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/ruledoc"
)

var update = flag.Bool("update", false, "rewrite the golden files and docs/rules")

// docsDir is where the built-in rules' pages are committed.
const docsDir = "../../docs/rules"

// sampleRule exercises every part of a page: parameters of several types,
// a reference to skip (its own page) and ones to keep, a pipe in a table
// cell and a paragraph break.
func sampleRule() *engine.Rule {
	return &engine.Rule{
		ID:    "gdpr/sample-age",
		Title: "Sample age limit",
		Description: "The policy must state the minimum age for the service | or how a\n" +
			"child's data are handled.\n\nA second paragraph that is long enough to need wrapping at eighty columns of text, surely.",
		Severity: engine.SeverityError,
		Article:  "Art. 8",
		Message:  "The policy states no age limit.",
		Fix:      "Add a section on children that gives the minimum age for the service and what happens to data collected from a child below it.",
		Example:  "Our service is not intended for anyone under 16.",
		HelpURI:  ruledoc.URL("gdpr/sample-age"),
		References: []engine.Reference{
			{URL: ruledoc.URL("gdpr/sample-age")},
			{URL: "https://gdpr-info.eu/art-8-gdpr/", Description: "GDPR Art. 8"},
			{URL: "https://example.org/children"},
		},
		Params: []engine.Param{
			{Name: "min_age", Default: 16, Description: "The lowest age the policy may name."},
			{Name: "phrases", Default: []any{"under 16", "parental consent"}, Description: "Extra phrases that count (one | per entry)."},
		},
		Builtin: true,
		Enabled: true,
	}
}

// customRule is what a user's rule directory yields: no pack recorded on
// a hand-made Rule, conditional, disabled, no parameters or example.
func customRule() *engine.Rule {
	return &engine.Rule{
		ID:          "acme/cookie-banner",
		Title:       "Cookie banner",
		Description: "The policy must describe the cookie banner.",
		Severity:    engine.SeverityNote,
		Message:     "Cookie banner is missing",
		HelpURI:     "https://acme.example/rules/cookie-banner",
		Conditional: true,
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test ./linter/ruledoc -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the output (run go test ./linter/ruledoc -update if the change is intended):\n%s", p, firstDiff(string(want), got))
	}
}

// firstDiff shows where two texts part, which is what a reader of a failed
// golden test needs first.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return "(no line differs)"
}

func TestMarkdownGolden(t *testing.T) {
	golden(t, "sample.md", ruledoc.Markdown(sampleRule()))
	golden(t, "custom.md", ruledoc.Markdown(customRule()))
}

func TestMarkdownContent(t *testing.T) {
	md := ruledoc.Markdown(sampleRule())
	for _, want := range []string{
		"# gdpr/sample-age: Sample age limit\n",
		"| error | Art. 8 | `gdpr` | no |",
		"## What it requires",
		"> Our service is not intended for anyone under 16.",
		"## How to fix a failure",
		"## What a failure says",
		"| `min_age` | `16` | The lowest age the policy may name. |",
		"| `phrases` | `[\"under 16\",\"parental consent\"]` | Extra phrases that count (one \\| per entry). |",
		"settings:\n  gdpr/sample-age:\n    min_age: 16\n",
		"disable: [gdpr/sample-age]",
		"--disable gdpr/sample-age",
		"<!-- policylint-disable gdpr/sample-age -- reason -->",
		"- [GDPR Art. 8](https://gdpr-info.eu/art-8-gdpr/)",
		"- <https://example.org/children>",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("page lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "("+ruledoc.URL("gdpr/sample-age")+")") || strings.Contains(md, "<"+ruledoc.URL("gdpr/sample-age")+">") {
		t.Errorf("the page links itself under References:\n%s", md)
	}
	if ruledoc.Markdown(sampleRule()) != md {
		t.Error("Markdown is not deterministic")
	}
	custom := ruledoc.Markdown(customRule())
	for _, want := range []string{"| note | - | `acme` | yes: may be *not applicable* | custom |", "**disables**"} {
		if !strings.Contains(custom, want) {
			t.Errorf("custom page lacks %q:\n%s", want, custom)
		}
	}
	if strings.Contains(custom, "## Parameters") || strings.Contains(custom, "## Passing example") || strings.Contains(custom, "## References") {
		t.Errorf("empty sections shown:\n%s", custom)
	}
}

func TestTextGolden(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rule  *engine.Rule
		color bool
	}{
		{"sample.txt", sampleRule(), false},
		{"sample-color.txt", sampleRule(), true},
		{"custom.txt", customRule(), false},
	} {
		var b bytes.Buffer
		if err := ruledoc.Text(&b, tc.rule, tc.color); err != nil {
			t.Fatal(err)
		}
		golden(t, tc.name, b.String())
		if !tc.color && strings.Contains(b.String(), "\x1b[") {
			t.Errorf("%s: escapes without colour", tc.name)
		}
		if tc.color && !strings.Contains(b.String(), "\x1b[") {
			t.Errorf("%s: no escapes with colour", tc.name)
		}
	}
}

func TestTextWraps(t *testing.T) {
	var b bytes.Buffer
	if err := ruledoc.Text(&b, sampleRule(), false); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(b.String(), "\n") {
		// Only a single unbreakable word (a URL) may overflow.
		if len([]rune(l)) > ruledoc.Width && strings.Contains(strings.TrimSpace(l), " ") && !strings.Contains(l, "://") {
			t.Errorf("line longer than %d columns: %q", ruledoc.Width, l)
		}
	}
	for _, want := range []string{"Art. 8", "  > Our service is not intended", "min_age (default 16)", "GDPR Art. 8: https://gdpr-info.eu/art-8-gdpr/", "Documentation: " + ruledoc.URL("gdpr/sample-age")} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, b.String())
		}
	}
}

func TestListGolden(t *testing.T) {
	// Given out of order, listed by ID.
	rules := []*engine.Rule{sampleRule(), customRule()}
	for _, format := range []string{"text", "json", "markdown"} {
		var b bytes.Buffer
		if err := ruledoc.List(&b, rules, format); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		golden(t, "list."+map[string]string{"text": "txt", "json": "json", "markdown": "md"}[format], b.String())
	}
}

func TestListJSONParsesBack(t *testing.T) {
	var b bytes.Buffer
	if err := ruledoc.List(&b, []*engine.Rule{sampleRule(), customRule()}, "json"); err != nil {
		t.Fatal(err)
	}
	var got []struct {
		ID          string `json:"id"`
		Title       string `json:"title"`
		Severity    string `json:"severity"`
		Article     string `json:"article"`
		Pack        string `json:"pack"`
		Builtin     bool   `json:"builtin"`
		Enabled     bool   `json:"enabled"`
		Conditional bool   `json:"conditional"`
		Description string `json:"description"`
		Message     string `json:"message"`
		Fix         string `json:"fix"`
		Example     string `json:"example"`
		HelpURI     string `json:"help_uri"`
		Params      []struct {
			Name        string `json:"name"`
			Default     any    `json:"default"`
			Description string `json:"description"`
		} `json:"params"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	if len(got) != 2 || got[0].ID != "acme/cookie-banner" || got[1].ID != "gdpr/sample-age" {
		t.Fatalf("want both rules by ID: %+v", got)
	}
	c, s := got[0], got[1]
	if c.Builtin || c.Enabled || !c.Conditional || c.Pack != "acme" || c.Params == nil || len(c.Params) != 0 {
		t.Errorf("custom rule: %+v", c)
	}
	want := sampleRule()
	if !s.Builtin || !s.Enabled || s.Pack != "gdpr" || s.Title != want.Title || s.Severity != want.Severity ||
		s.Article != want.Article || s.Message != want.Message || s.Fix != want.Fix || s.Example != want.Example ||
		s.Description != want.Description || s.HelpURI != want.HelpURI {
		t.Errorf("sample rule: %+v", s)
	}
	if len(s.Params) != 2 || s.Params[0].Name != "min_age" || s.Params[0].Default != float64(16) ||
		!reflect.DeepEqual(s.Params[1].Default, []any{"under 16", "parental consent"}) {
		t.Errorf("params: %+v", s.Params)
	}
}

func TestListUnknownFormat(t *testing.T) {
	var b bytes.Buffer
	err := ruledoc.List(&b, []*engine.Rule{sampleRule()}, "yaml")
	if err == nil || !strings.Contains(err.Error(), "yaml") {
		t.Errorf("err = %v, want one naming the format", err)
	}
	if b.Len() != 0 {
		t.Errorf("wrote %q before refusing the format", b.String())
	}
	if ruledoc.CheckFormat("markdown") != nil || ruledoc.CheckFormat("") == nil {
		t.Error("CheckFormat")
	}
}

func TestSuggest(t *testing.T) {
	rules := builtinRules(t)
	for _, tc := range []struct {
		typed string
		first string
	}{
		{"gdpr/childern", "gdpr/children"},
		{"children", "gdpr/children"},
		{"policy/children", "gdpr/children"},
		{"GDPR/Right-Acess", "gdpr/right-access"},
		{"right-portabilty", "gdpr/right-portability"},
	} {
		got := ruledoc.Suggest(tc.typed, rules)
		if len(got) == 0 || got[0] != tc.first {
			t.Errorf("Suggest(%q) = %v, want %s first", tc.typed, got, tc.first)
		}
	}
	if got := ruledoc.Suggest("right", rules); len(got) != 5 || !strings.HasPrefix(got[0], "gdpr/right-") {
		t.Errorf("Suggest(right) = %v, want five right-* rules", got)
	}
	if got := ruledoc.Suggest("zzzzzzzzzz", rules); len(got) != 0 {
		t.Errorf("Suggest(nonsense) = %v", got)
	}
}

func builtinRules(t *testing.T) []*engine.Rule {
	t.Helper()
	l, err := linter.New(context.Background(), linter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l.AllRules()
}

func TestWriteRemovesStalePages(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "old", "gone.md")
	if err := os.MkdirAll(filepath.Dir(stale), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stale, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := ruledoc.Write(dir, []*engine.Rule{sampleRule(), customRule()}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "old")); !os.IsNotExist(err) {
		t.Errorf("stale page or its directory left: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "acme")); !os.IsNotExist(err) {
		t.Errorf("a custom rule got a page: %v", err)
	}
	page, err := os.ReadFile(filepath.Join(dir, "gdpr", "sample-age.md"))
	if err != nil || !strings.Contains(string(page), ruledoc.Markdown(sampleRule())) {
		t.Errorf("page: %v\n%s", err, page)
	}
	index, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil || !strings.Contains(string(index), "[`gdpr/sample-age`](gdpr/sample-age.md)") {
		t.Errorf("index: %v\n%s", err, index)
	}
}

// TestDocsUpToDate keeps docs/rules in step with the rules' METADATA: the
// pages are generated, and a rule changed without regenerating them fails
// here rather than misleading a reader.
func TestDocsUpToDate(t *testing.T) {
	rules := builtinRules(t)
	if *update {
		if err := ruledoc.Write(docsDir, rules); err != nil {
			t.Fatal(err)
		}
		return
	}
	const hint = "; run " + ruledoc.Regenerate
	pages := ruledoc.Pages(rules)
	if len(pages) < 28 {
		t.Fatalf("%d pages for the built-in rules, want one per rule and an index", len(pages))
	}
	names := make([]string, 0, len(pages))
	for name := range pages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		want := pages[name]
		p := filepath.Join(docsDir, filepath.FromSlash(name))
		got, err := os.ReadFile(p)
		switch {
		case os.IsNotExist(err):
			t.Errorf("%s is missing%s", p, hint)
		case err != nil:
			t.Error(err)
		case string(got) != want:
			t.Errorf("%s is stale%s\n%s", p, hint, firstDiff(string(got), want))
		}
	}
	extra, err := ruledoc.Stale(docsDir, pages)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range extra {
		t.Errorf("%s documents no built-in rule%s", filepath.Join(docsDir, filepath.FromSlash(name)), hint)
	}
}
