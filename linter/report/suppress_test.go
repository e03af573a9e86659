package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/baseline"
	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/suppress"
)

// suppressedFixture is fixture() with the dpo-contact failure suppressed by
// a directive, the changes failure by the baseline, two directive notices
// and a baseline with one stale entry.
func suppressedFixture() ([]linter.Result, *baseline.Summary) {
	results := fixture()
	r := &results[0]
	var kept []engine.Check
	for _, c := range r.Checks {
		switch c.Rule.ID {
		case "gdpr/dpo-contact":
			r.Suppressed = append(r.Suppressed, suppress.Suppression{Check: c, Kind: suppress.Inline,
				Reason: "we have no DPO: Art. 37 does not apply", Position: document.Position{Line: 2, Column: 1}})
		case "policy/changes":
			r.Suppressed = append(r.Suppressed, suppress.Suppression{Check: c, Kind: suppress.Baseline})
		default:
			kept = append(kept, c)
		}
	}
	r.Checks = kept
	r.Notices = []suppress.Notice{
		{Level: engine.SeverityWarning, Position: document.Position{Line: 4, Column: 1},
			Message: "policylint-disable gdpr/children has no reason; a reason is required"},
		{Level: engine.SeverityNote, Position: document.Position{Line: 6, Column: 3}, Rule: "gdpr/purposes",
			Message: "unused suppression of gdpr/purposes: the rule passes"},
	}
	b := &baseline.Summary{Path: ".policylint-baseline.json", Matched: 1, Stale: 1,
		StaleEntries: []baseline.Entry{{File: "policies/acme.md", Rule: "gdpr/right-object", Fingerprint: "v1:00", Message: "No right to object."}}}
	return results, b
}

func TestGoldenSuppressed(t *testing.T) {
	for _, c := range []struct {
		file, format string
		verbose      bool
	}{
		{"report-suppressed.txt", "text", false},
		{"report-suppressed-verbose.txt", "text", true},
		{"report-suppressed.json", "json", false},
	} {
		t.Run(c.file, func(t *testing.T) {
			results, b := suppressedFixture()
			r, err := New(c.format, Options{Verbose: c.verbose, Baseline: b})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := r.Report(&buf, results); err != nil {
				t.Fatal(err)
			}
			golden(t, c.file, buf.Bytes())
		})
	}
}

func TestSuppressedNotCountedAsFailures(t *testing.T) {
	results, _ := suppressedFixture()
	s := Summarize(&results[0])
	if s.Fail != 1 || s.Suppressed != 1 || s.Baselined != 1 || s.FailBySev[engine.SeverityWarning] != 0 {
		t.Errorf("summary %+v, want 1 failure, 1 suppressed, 1 baselined", s)
	}
	if tot := Total(results); tot.Suppressed != 1 || tot.Baselined != 1 {
		t.Errorf("total %+v", tot)
	}
	var buf bytes.Buffer
	if err := (&Text{}).Report(&buf, results); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	// Without -v the suppressed failures are counted, not listed; the
	// directive notices are always listed.
	if strings.Contains(out, "gdpr/dpo-contact") || !strings.Contains(out, "policies/acme.md:4:1  warning") {
		t.Errorf("text report:\n%s", out)
	}
}
