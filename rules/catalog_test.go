package rules_test

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter"
)

// TestCatalog holds the built-in pack to the rule catalog (a copy of the
// product's requirements in testdata/spec): every rule ID exists with the
// catalog's default severity and conditionality, and no rule exists outside
// it.
func TestCatalog(t *testing.T) {
	src, err := os.ReadFile("../testdata/spec/requirements.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `([a-z]+/[a-z-]+)` \\|[^|]*\\| (error|warning|note) \\|(.*)$")
	type entry struct {
		severity    string
		conditional bool
	}
	want := map[string]entry{}
	for _, m := range row.FindAllStringSubmatch(string(src), -1) {
		want[m[1]] = entry{m[2], strings.Contains(strings.ToLower(m[3]), "conditional")}
	}
	if len(want) < 27 {
		t.Fatalf("read only %d rules from the catalog; is the table format changed?", len(want))
	}
	l, err := linter.New(context.Background(), linter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, r := range l.Rules() {
		got[r.ID] = true
		w, ok := want[r.ID]
		if !ok {
			t.Errorf("rule %s is not in the catalog", r.ID)
			continue
		}
		if r.Severity != w.severity {
			t.Errorf("rule %s: severity %s, catalog says %s", r.ID, r.Severity, w.severity)
		}
		if r.Conditional != w.conditional {
			t.Errorf("rule %s: conditional=%v, catalog says %v", r.ID, r.Conditional, w.conditional)
		}
		if r.Article == "" || r.Description == "" || r.HelpURI == "" || r.Fix == "" || r.Example == "" {
			t.Errorf("rule %s: METADATA needs description, related_resources, custom.article, custom.fix and custom.example", r.ID)
		}
	}
	for id := range want {
		if !got[id] {
			t.Errorf("catalog rule %s is not implemented", id)
		}
	}
}
