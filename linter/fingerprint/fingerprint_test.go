package fingerprint

import (
	"testing"

	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
)

func TestFingerprintIgnoresPosition(t *testing.T) {
	r := &engine.Rule{ID: "gdpr/right-access"}
	a := &document.Clause{Text: "Your rights", Start: document.Position{Line: 10, Column: 1}}
	b := &document.Clause{Text: "  Your   RIGHTS:", Start: document.Position{Line: 42, Column: 4}}
	fa := For(&engine.Check{Rule: r, LocationClause: a, Location: a.Start})
	fb := For(&engine.Check{Rule: r, LocationClause: b, Location: b.Start})
	if fa != fb {
		t.Errorf("moved heading changed the fingerprint: %s != %s", fa, fb)
	}
	other := For(&engine.Check{Rule: &engine.Rule{ID: "gdpr/right-erasure"}, LocationClause: a})
	if other == fa {
		t.Error("two rules share a fingerprint")
	}
	doc := For(&engine.Check{Rule: r})
	if doc == fa || doc[:3] != Version+":" {
		t.Errorf("document-level fingerprint %q", doc)
	}
}
