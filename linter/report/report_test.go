package report

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// fixture builds results by hand so that the golden files test the
// reporters, not the rule pack.
func fixture() []linter.Result {
	access := &engine.Rule{ID: "gdpr/right-access", Title: "Right of access", Severity: "error", Article: "Art. 15",
		Message: "The policy does not tell readers they can access their personal data (Art. 15).", HelpURI: "https://gdpr-info.eu/art-15-gdpr/",
		Fix: "Say that readers may obtain a copy of the personal data held about them."}
	dpo := &engine.Rule{ID: "gdpr/dpo-contact", Title: "DPO contact", Severity: "warning", Article: "Art. 13(1)(b)",
		Message: "No contact details of a data protection officer."}
	changes := &engine.Rule{ID: "policy/changes", Title: "Changes", Severity: "note", Article: "Art. 12",
		Message: "The policy does not say how readers learn of changes."}
	rep := &engine.Rule{ID: "gdpr/eu-representative", Title: "EU representative", Severity: "note", Article: "Art. 27"}
	purposes := &engine.Rule{ID: "gdpr/purposes", Title: "Purposes", Severity: "error", Article: "Art. 13(1)(c)"}
	clauses := []document.Clause{
		{ID: 0, Kind: document.Heading, Text: "Privacy Policy", Start: document.Position{Line: 1, Column: 3}},
		{ID: 1, Kind: document.Paragraph, Text: "We use your e-mail address to send you receipts.", Start: document.Position{Line: 3, Column: 1}},
		{ID: 2, Kind: document.Heading, Text: "Your rights", Start: document.Position{Line: 5, Column: 4}, End: document.Position{Line: 5, Column: 15}},
	}
	return []linter.Result{
		{
			Path: "policies/acme.md", Format: "markdown", Language: "en",
			Checks: []engine.Check{
				{Rule: changes, Status: engine.Fail, Message: changes.Message, Location: document.Position{Line: 1, Column: 1}},
				{Rule: dpo, Status: engine.Fail, Message: dpo.Message, Location: document.Position{Line: 1, Column: 1}},
				{Rule: rep, Status: engine.NotApplicable, Message: "The controller is in the EU."},
				{Rule: purposes, Status: engine.Pass, Message: "Purposes: disclosed", Location: clauses[1].Start, Evidence: []*document.Clause{&clauses[1]}},
				{Rule: access, Status: engine.Fail, Message: access.Message, Location: clauses[2].Start, LocationClause: &clauses[2]},
			},
		},
		{Path: "policies/de.html", Format: "html", Language: "de", Unsupported: true},
		{Path: "policies/missing.txt", Err: &linter.InputError{Path: "policies/missing.txt", Err: errors.New("no such file")}},
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./linter/report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func TestGolden(t *testing.T) {
	cases := []struct {
		file   string
		format string
		opts   Options
	}{
		{"report.txt", "text", Options{}},
		{"report-verbose.txt", "text", Options{Verbose: true}},
		{"report-color.txt", "text", Options{Color: true}},
		{"report.json", "json", Options{}},
		{"report.github", "github", Options{}},
		{"report.junit.xml", "junit", Options{}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			r, err := New(c.format, c.opts)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := r.Report(&buf, fixture()); err != nil {
				t.Fatal(err)
			}
			golden(t, c.file, buf.Bytes())
		})
	}
}

func TestTextWithoutColorHasNoEscapes(t *testing.T) {
	var buf bytes.Buffer
	if err := (&Text{}).Report(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte("\x1b[")) {
		t.Error("colour escapes in uncoloured output")
	}
	var col bytes.Buffer
	if err := (&Text{Color: true}).Report(&col, fixture()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(col.Bytes(), []byte("\x1b[")) {
		t.Error("no colour escapes in coloured output")
	}
}

func TestFailuresOrderedBySeverity(t *testing.T) {
	res := fixture()[0]
	got := failuresBySeverity(&res)
	want := []string{"gdpr/right-access", "gdpr/dpo-contact", "policy/changes"}
	if len(got) != len(want) {
		t.Fatalf("got %d failures, want %d", len(got), len(want))
	}
	for i, c := range got {
		if c.Rule.ID != want[i] {
			t.Errorf("failure %d = %s, want %s", i, c.Rule.ID, want[i])
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("yaml", Options{}); err == nil {
		t.Error("New(yaml) succeeded")
	}
}
