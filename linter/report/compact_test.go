package report

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/baseline"
	"github.com/policylint/policylint/linter/engine"
)

// TestCompactReportsAreIdentical: the results a run keeps for its reports
// are compact (linter.Result.Compact), so every format must write exactly
// the same bytes from them as from the full results: on the whole corpus,
// with an inline suppression, baselined failures and passes with evidence.
func TestCompactReportsAreIdentical(t *testing.T) {
	ctx := context.Background()
	l := newLinter(t)
	dir := t.TempDir()
	suppressed := filepath.Join(dir, "suppressed.md")
	src := "# Privacy\n\n<!-- policylint-disable gdpr/dpo-contact -- no DPO: Art. 37 does not apply -->\n\n" +
		"We collect your email address to send receipts.\n\n## Your rights\n\nYou may access your data.\n"
	if err := os.WriteFile(suppressed, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	files := append(corpusPolicies(t), suppressed, filepath.Join(dir, "missing.md"))
	check := func() []linter.Result { return l.CheckFiles(ctx, files) }

	// A baseline of the first policies' failures, so that some results
	// carry baselined suppressions too.
	b := baseline.Build(check()[:5], dir)
	full, compact := check(), check()
	fullSum, compactSum := b.Apply(full, dir), b.Apply(compact, dir)
	if fullSum.Matched == 0 {
		t.Fatal("the baseline matched nothing: the test does not cover baselined failures")
	}
	for i := range compact {
		compact[i] = compact[i].Compact()
	}

	cases := []struct {
		name, format string
		opts         Options
	}{
		{"text", "text", Options{}},
		{"text-verbose", "text", Options{Verbose: true, Color: true}},
		{"json", "json", Options{}},
		{"jsonl", "jsonl", Options{}},
		{"sarif", "sarif", Options{Passes: true, Category: "corpus"}},
		{"github", "github", Options{}},
		{"junit", "junit", Options{}},
	}
	covered := map[string]bool{}
	for _, c := range cases {
		covered[c.format] = true
	}
	for _, f := range Formats() {
		if !covered[f] {
			t.Errorf("format %s is not compared", f)
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			write := func(results []linter.Result, sum baseline.Summary) ([]byte, []byte) {
				o := c.opts
				o.Version, o.Rules, o.BaseDir, o.Baseline = "test", l.Rules(), dir, &sum
				if c.format == "github" {
					o.StepSummary = filepath.Join(t.TempDir(), "summary.md")
				}
				rep, err := New(c.format, o)
				if err != nil {
					t.Fatal(err)
				}
				var buf bytes.Buffer
				if err := rep.Report(&buf, results); err != nil {
					t.Fatal(err)
				}
				var summary []byte
				if o.StepSummary != "" {
					if summary, err = os.ReadFile(o.StepSummary); err != nil {
						t.Fatal(err)
					}
				}
				return buf.Bytes(), summary
			}
			want, wantSummary := write(full, fullSum)
			got, gotSummary := write(compact, compactSum)
			if !bytes.Equal(got, want) || !bytes.Equal(gotSummary, wantSummary) {
				t.Errorf("the %s report of compact results differs from that of full results", c.name)
			}
		})
	}

	// The reports would agree trivially if nothing pointed at a clause.
	evidence, located, inline := 0, 0, 0
	for _, r := range compact {
		for _, sp := range r.Suppressed {
			if sp.Kind == "inline" {
				inline++
			}
		}
		for _, ch := range r.Checks {
			evidence += len(ch.Evidence)
			if ch.Status == engine.Fail && ch.LocationClause != nil {
				located++
			}
		}
	}
	if evidence == 0 || located == 0 || inline == 0 {
		t.Errorf("%d evidence clauses, %d located failures and %d inline suppressions: the test needs each", evidence, located, inline)
	}
}

// TestJSONLIsTheJSONReportsFiles: each jsonl line is the JSON report's
// object for that file, on one line.
func TestJSONLIsTheJSONReportsFiles(t *testing.T) {
	results, b := suppressedFixture()
	var js, jl bytes.Buffer
	if err := (JSON{Baseline: b}).Report(&js, results); err != nil {
		t.Fatal(err)
	}
	if err := (JSONL{}).Report(&jl, results); err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(bytes.TrimSuffix(jl.Bytes(), []byte("\n")), []byte("\n"))
	if len(lines) != len(results) {
		t.Fatalf("%d lines for %d results:\n%s", len(lines), len(results), jl.Bytes())
	}
	files := jsonFilesOf(t, js.Bytes())
	for i, line := range lines {
		if !jsonEqual(t, line, files[i]) {
			t.Errorf("line %d is\n%s\nwant the JSON report's\n%s", i+1, line, files[i])
		}
	}
}

func jsonFilesOf(t *testing.T, report []byte) []json.RawMessage {
	t.Helper()
	var rep struct{ Files []json.RawMessage }
	if err := json.Unmarshal(report, &rep); err != nil {
		t.Fatal(err)
	}
	return rep.Files
}

// jsonEqual compares two JSON texts as values, whatever their layout.
func jsonEqual(t *testing.T, a, b []byte) bool {
	t.Helper()
	var va, vb any
	if err := json.Unmarshal(a, &va); err != nil {
		t.Fatalf("%v: %s", err, a)
	}
	if err := json.Unmarshal(b, &vb); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	return reflect.DeepEqual(va, vb)
}
