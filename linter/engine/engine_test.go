package engine

import (
	"context"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/policylint/policylint/linter/document"
)

const lib = `package policylint.main

reports[pack][name] := r if {
	some pack, name
	r := data.policylint.rules[pack][name].report
}
`

func rule(id, severity, body string) string {
	return `# METADATA
# title: Test rule
# description: A rule for tests.
# related_resources:
#   - ref: https://example.com/help
# custom:
#   id: ` + id + `
#   severity: ` + severity + `
#   article: Art. 1
#   message: Something is missing.
package policylint.rules.test.` + strings.NewReplacer("test/", "", "-", "_").Replace(id) + `

` + body
}

func newEngine(t *testing.T, mods ...string) (*Engine, error) {
	t.Helper()
	ms := []Module{{Name: "lib/main.rego", Source: lib}}
	for i, m := range mods {
		ms = append(ms, Module{Name: "rules/r" + string(rune('a'+i)) + ".rego", Source: m})
	}
	return New(context.Background(), Options{Modules: ms})
}

func testDoc() *document.Document {
	b := document.NewBuilder("# Rights\nWe keep data.\n")
	b.Add(document.Heading, 1, "Rights", 2, 7)
	b.Add(document.Paragraph, 0, "We keep data.", 9, 21)
	return &document.Document{Path: "p.md", Clauses: b.Clauses(), Index: map[string][]int{"keep": {1}}, ContextIndex: map[string][]int{}}
}

func TestEvalStatusesEvidenceAndLocation(t *testing.T) {
	e, err := newEngine(t,
		rule("test/pass", "error", `report := {"status": "pass", "evidence": input.index.keep}`),
		rule("test/fail", "warning", `report := {"status": "fail", "location": 0}`),
		rule("test/na", "note", `report := {"status": "not_applicable", "message": "nothing to check"}`),
	)
	if err != nil {
		t.Fatal(err)
	}
	checks, err := e.Eval(context.Background(), testDoc())
	if err != nil {
		t.Fatal(err)
	}
	if len(checks) != 3 {
		t.Fatalf("got %d checks", len(checks))
	}
	byID := map[string]Check{}
	for _, c := range checks {
		byID[c.Rule.ID] = c
	}
	if c := byID["test/pass"]; c.Status != Pass || len(c.Evidence) != 1 || c.Evidence[0].Text != "We keep data." || c.Location.Line != 2 {
		t.Errorf("pass check = %+v", c)
	}
	if c := byID["test/fail"]; c.Status != Fail || c.Location != (document.Position{Line: 1, Column: 3}) || c.Message != "Something is missing." {
		t.Errorf("fail check = %+v", c)
	}
	if c := byID["test/na"]; c.Status != NotApplicable || c.Message != "nothing to check" {
		t.Errorf("n/a check = %+v", c)
	}
	// Stable order: by rule ID.
	if checks[0].Rule.ID != "test/fail" || checks[2].Rule.ID != "test/pass" {
		t.Errorf("order = %s, %s, %s", checks[0].Rule.ID, checks[1].Rule.ID, checks[2].Rule.ID)
	}
}

func TestBuiltinErrorsAreErrors(t *testing.T) {
	e, err := newEngine(t, rule("test/boom", "error", `report := {"status": "pass", "evidence": [to_number("not a number")]}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Eval(context.Background(), testDoc()); err == nil {
		t.Fatal("a builtin error must fail the evaluation, not make the rule silently not fire")
	}
}

func TestUndefinedReportIsAnError(t *testing.T) {
	e, err := newEngine(t, rule("test/never", "error", `report := {"status": "pass"} if false`))
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.Eval(context.Background(), testDoc())
	if err == nil || !strings.Contains(err.Error(), "test/never") {
		t.Fatalf("err = %v, want it to name the rule", err)
	}
}

func TestBadStatusIsAnError(t *testing.T) {
	e, err := newEngine(t, rule("test/odd", "error", `report := {"status": "maybe"}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Eval(context.Background(), testDoc()); err == nil || !strings.Contains(err.Error(), "maybe") {
		t.Fatalf("err = %v", err)
	}
}

func TestMetadataErrors(t *testing.T) {
	cases := map[string]struct {
		mods []string
		want string
	}{
		"bad severity": {[]string{rule("test/a", "fatal", `report := {"status": "pass"}`)}, "severity must be"},
		"no metadata":  {[]string{"package policylint.rules.test.a\n\nreport := {}\n"}, "no package-scoped # METADATA"},
		"duplicate id": {[]string{rule("test/a", "error", `report := {"status": "pass"}`), strings.Replace(rule("test/a", "error", `report := {"status": "pass"}`), "package policylint.rules.test.a", "package policylint.rules.test.b", 1)}, "already used"},
		"deep package": {[]string{strings.Replace(rule("test/a", "error", `report := {}`), "package policylint.rules.test.a", "package policylint.rules.test.a.b", 1)}, "policylint.rules.<pack>.<name>"},
		"syntax":       {[]string{"package policylint.rules.test.a\n\nreport := {\n"}, "parsing"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := newEngine(t, c.mods...)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want %q", err, c.want)
			}
		})
	}
}

func TestConcurrentEval(t *testing.T) {
	e, err := newEngine(t, rule("test/pass", "error", `report := {"status": "pass", "evidence": input.index.keep}`))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			_, err := e.Eval(context.Background(), testDoc())
			done <- err
		}()
	}
	for i := 0; i < 8; i++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestInputMatchesJSON: the direct conversion gives the same value as the
// document's JSON, which is what `policylint parse` shows rule authors.
func TestInputMatchesJSON(t *testing.T) {
	doc := testDoc()
	doc.Format, doc.Language = "markdown", "en"
	doc.Clauses[1].Concepts = []string{"keep"}
	doc.Clauses[1].Context = []string{"rights"}
	doc.ContextIndex["rights"] = []int{1}
	want, err := ast.InterfaceToValue(doc)
	if err != nil {
		t.Fatal(err)
	}
	if got := Input(doc); got.Compare(want) != 0 {
		t.Errorf("Input =\n%v\nJSON =\n%v", got, want)
	}
}
