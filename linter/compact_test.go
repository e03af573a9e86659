package linter

import (
	"context"
	"reflect"
	"testing"
	"unsafe"

	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
)

// TestCompactKeepsNothingOfTheDocument: a compact result has no document,
// its clauses are copies outside the document's clause array, their texts
// do not share the document's memory, and the original result is left as
// it was.
func TestCompactKeepsNothingOfTheDocument(t *testing.T) {
	ctx := context.Background()
	l, err := New(ctx, Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := "# Privacy\n\n<!-- policylint-disable gdpr/dpo-contact -- no DPO -->\n\n" +
		"We collect your email address to send receipts. You may access, correct and delete your data.\n\n" +
		"## Your rights\n\nContact us at privacy@example.com.\n"
	suppressed := 0
	for _, r := range append(l.CheckFiles(ctx, corpusFiles(t)), l.CheckSource(ctx, "suppressed.md", []byte(src))) {
		if r.Err != nil || r.Document == nil || len(r.Checks) == 0 {
			continue
		}
		before := r.Checks[0]
		c := r.Compact()
		if c.Document != nil {
			t.Fatalf("%s: the compact result keeps the document", r.Path)
		}
		if r.Document == nil || !reflect.DeepEqual(r.Checks[0], before) {
			t.Fatalf("%s: Compact modified the original result", r.Path)
		}
		inDoc := map[*document.Clause]bool{}
		for i := range r.Document.Clauses {
			inDoc[&r.Document.Clauses[i]] = true
		}
		checks := append([]engine.Check{}, c.Checks...)
		for _, sp := range c.Suppressed {
			checks = append(checks, sp.Check)
		}
		orig := append([]engine.Check{}, r.Checks...)
		for _, sp := range r.Suppressed {
			orig = append(orig, sp.Check)
		}
		for k, ch := range checks {
			pairs := [][2]*document.Clause{{ch.LocationClause, orig[k].LocationClause}}
			for j := range ch.Evidence {
				pairs = append(pairs, [2]*document.Clause{ch.Evidence[j], orig[k].Evidence[j]})
			}
			for _, p := range pairs {
				cp, op := p[0], p[1]
				if (cp == nil) != (op == nil) {
					t.Fatalf("%s %s: clause %v became %v", r.Path, ch.Rule.ID, op, cp)
				}
				if cp == nil {
					continue
				}
				if inDoc[cp] {
					t.Fatalf("%s %s: a compact clause points into the document", r.Path, ch.Rule.ID)
				}
				if cp.Text != op.Text || cp.Start != op.Start || cp.End != op.End || cp.ID != op.ID {
					t.Fatalf("%s %s: clause %+v copied as %+v", r.Path, ch.Rule.ID, *op, *cp)
				}
				if cp.Text != "" && unsafe.StringData(cp.Text) == unsafe.StringData(op.Text) {
					t.Fatalf("%s %s: a compact clause's text shares the document's memory", r.Path, ch.Rule.ID)
				}
				if cp.Path != nil || cp.Sentences != nil || cp.Concepts != nil {
					t.Fatalf("%s %s: a compact clause keeps what only rules read", r.Path, ch.Rule.ID)
				}
			}
		}
		suppressed += len(c.Suppressed)
		for k, sp := range c.Suppressed {
			if sp.Reason != "" && unsafe.StringData(sp.Reason) == unsafe.StringData(r.Suppressed[k].Reason) {
				t.Fatalf("%s: a suppression's reason shares the source's memory", r.Path)
			}
		}
	}
	if suppressed == 0 {
		t.Error("no result had a suppressed failure: the test does not cover Suppressed")
	}
}
