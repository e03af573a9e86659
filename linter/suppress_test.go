package linter

import (
	"context"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/suppress"
)

// weak lacks most disclosures; gdpr/children and gdpr/dpo-contact fail on it
// and gdpr/eu-representative does not apply.
const weak = "We respect your privacy. We use cookies on our website to count visits, and we keep the counts for a year."

func statusOf(r *Result, id string) string {
	for _, c := range r.Checks {
		if c.Rule.ID == id {
			return string(c.Status)
		}
	}
	for _, s := range r.Suppressed {
		if s.Check.Rule.ID == id {
			return "suppressed"
		}
	}
	return "absent"
}

// TestInlineSuppressionInEveryFormat: a directive suppresses a failure in
// HTML, Markdown and plain text alike, and is read where it is written.
func TestInlineSuppressionInEveryFormat(t *testing.T) {
	ctx := context.Background()
	l, err := New(ctx, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, src string
		at        document.Position
	}{
		{"p.md", "# Privacy\n\n" + weak + "\n\n<!-- policylint-disable gdpr/children -- the service is for companies only -->\n", document.Position{Line: 5, Column: 1}},
		{"p.html", "<html><head><!-- policylint-disable gdpr/children -- the service is for companies only --></head>" +
			"<body><h1>Privacy</h1><p>" + weak + "</p></body></html>", document.Position{Line: 1, Column: 13}},
		{"p.txt", "Privacy\n\n" + weak + "\n  policylint-disable gdpr/children -- the service is for companies only\n", document.Position{Line: 4, Column: 3}},
	}
	for _, c := range cases {
		before := l.CheckSource(ctx, c.name, []byte(strings.Replace(c.src, "policylint-disable", "not-a-directive", 1)))
		if c.name != "p.txt" { // in text the altered line is policy text
			if got := statusOf(&before, "gdpr/children"); got != "fail" {
				t.Fatalf("%s without the directive: gdpr/children is %s, want fail", c.name, got)
			}
		}
		r := l.CheckSource(ctx, c.name, []byte(c.src))
		if r.Err != nil {
			t.Fatalf("%s: %v", c.name, r.Err)
		}
		if got := statusOf(&r, "gdpr/children"); got != "suppressed" {
			t.Errorf("%s: gdpr/children is %s, want suppressed", c.name, got)
			continue
		}
		s := r.Suppressed[0]
		if s.Kind != suppress.Inline || s.Reason != "the service is for companies only" || s.Position != c.at {
			t.Errorf("%s: suppression %+v, want inline at %v with the reason", c.name, s, c.at)
		}
		if len(r.Notices) != 0 {
			t.Errorf("%s: unexpected notices %+v", c.name, r.Notices)
		}
		if len(r.Checks)+len(r.Suppressed) != len(l.Rules()) {
			t.Errorf("%s: %d checks and %d suppressed, want one per rule (%d)", c.name, len(r.Checks), len(r.Suppressed), len(l.Rules()))
		}
	}
}

// TestTextDirectiveIsNotAClause: the directive line of a plain-text policy
// is neither a clause nor part of the paragraph around it.
func TestTextDirectiveIsNotAClause(t *testing.T) {
	ctx := context.Background()
	l, err := New(ctx, Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := "PRIVACY POLICY\nWe respect your privacy.\npolicylint-disable gdpr/dpo-contact -- we have no DPO\nWe use cookies.\n"
	r := l.CheckSource(ctx, "p.txt", []byte(src))
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	var texts []string
	for _, c := range r.Document.Clauses {
		texts = append(texts, c.Text)
		if strings.Contains(c.Text, "policylint") {
			t.Errorf("clause %q carries the directive", c.Text)
		}
	}
	if !strings.Contains(strings.Join(texts, "|"), "We use cookies.") {
		t.Errorf("the text after the directive was lost: %q", texts)
	}
}

// TestSuppressionProblems: a directive without a reason suppresses nothing
// and is a warning; one that suppresses nothing is a note.
func TestSuppressionProblems(t *testing.T) {
	ctx := context.Background()
	l, err := New(ctx, Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := "# Privacy\n\n" + weak + "\n\n" +
		"<!-- policylint-disable gdpr/children -->\n" +
		"<!-- policylint-disable gdpr/eu-representative, gdpr/dpo-contactt -- because -->\n"
	r := l.CheckSource(ctx, "p.md", []byte(src))
	if got := statusOf(&r, "gdpr/children"); got != "fail" {
		t.Errorf("gdpr/children is %s, want fail: a directive without a reason suppresses nothing", got)
	}
	if len(r.Suppressed) != 0 {
		t.Errorf("suppressed %+v, want nothing", r.Suppressed)
	}
	if len(r.Notices) != 3 {
		t.Fatalf("got %d notices, want 3: %+v", len(r.Notices), r.Notices)
	}
	if n := r.Notices[0]; n.Level != engine.SeverityWarning || n.Position.Line != 5 || !strings.Contains(n.Message, "a reason is required") {
		t.Errorf("first notice %+v, want the reason warning at line 5", n)
	}
	for _, n := range r.Notices[1:] {
		if n.Level != engine.SeverityNote || n.Position.Line != 6 || !strings.Contains(n.Message, "unused suppression") {
			t.Errorf("notice %+v, want an unused-suppression note at line 6", n)
		}
	}
	if !strings.Contains(r.Notices[1].Message, "there is no rule gdpr/dpo-contactt (did you mean gdpr/dpo-contact?)") {
		t.Errorf("unknown rule not said clearly: %q", r.Notices[1].Message)
	}
}
