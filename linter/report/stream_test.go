package report

import (
	"bytes"
	"context"
	"errors"
	"os"
	"testing"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/baseline"
	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
)

// streamed writes results through Begin, WriteResult and End, with the
// outcome given only to End, as check does, and checks what a stream
// promises on the way: a live stream writes each result as it comes and
// nothing before the first, the others nothing before End, and no
// temporary file outlives Close.
func streamed(t *testing.T, format string, opts Options, results []linter.Result) []byte {
	t.Helper()
	end := Outcome{ExitCode: opts.ExitCode, Baseline: opts.Baseline, Rules: opts.Rules}
	opts.ExitCode, opts.Baseline, opts.Rules = 0, nil, nil
	rep, err := New(format, opts)
	if err != nil {
		t.Fatal(err)
	}
	inc, ok := rep.(Incremental)
	if !ok {
		t.Fatalf("%s does not stream", format)
	}
	tmp := t.TempDir()
	var buf bytes.Buffer
	st, err := inc.Begin(&buf, tmp)
	if err != nil {
		t.Fatal(err)
	}
	if buf.Len() != 0 {
		t.Errorf("%s: Begin wrote %q before any result", format, buf.Bytes())
	}
	for i := range results {
		before := buf.Len()
		if err := st.WriteResult(&results[i]); err != nil {
			t.Fatal(err)
		}
		if grew := buf.Len() > before; grew != st.Live() {
			t.Errorf("%s: result %d: wrote %v, Live %v", format, i, grew, st.Live())
		}
	}
	if err := st.End(end); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("%s: %d temporary files left after Close", format, len(left))
	}
	return buf.Bytes()
}

func whole(t *testing.T, format string, opts Options, results []linter.Result) []byte {
	t.Helper()
	rep, err := New(format, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rep.Report(&buf, results); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// awkwardResults have what encoders treat specially: HTML characters
// (not escaped in either path), U+2028, invalid UTF-8, an empty check list
// and a rule missing from Options.Rules met twice, under two definitions.
func awkwardResults() []linter.Result {
	custom1 := &engine.Rule{ID: "acme/<b>&co", Title: "Custom & <co>", Severity: "warning", Message: "first definition"}
	custom2 := &engine.Rule{ID: "acme/<b>&co", Title: "Custom again", Severity: "error", Message: "second definition"}
	early := &engine.Rule{ID: "acme/aaa", Title: "Early", Severity: "note"}
	cl := document.Clause{Text: "a <tag> & \u2028 line", Start: document.Position{Line: 2, Column: 1}, End: document.Position{Line: 2, Column: 9}}
	return []linter.Result{
		{Path: "we<ird>&name\u2028.md", Format: "markdown", Language: "en", Checks: []engine.Check{
			{Rule: custom1, Status: engine.Fail, Message: "bad \xff byte <here> & \u2029", Location: cl.Start, LocationClause: &cl},
			{Rule: early, Status: engine.Pass, Message: "ok", Location: cl.Start, Evidence: []*document.Clause{&cl}},
		}},
		{Path: "empty.md", Format: "markdown", Language: "en", Checks: []engine.Check{}},
		{Path: "b.md", Format: "markdown", Language: "en", Checks: []engine.Check{
			{Rule: custom2, Status: engine.Fail, Message: "again"},
			{Rule: early, Status: engine.Fail, Message: "early fails"},
		}},
	}
}

// TestStreamedIsWhole: json, sarif, jsonl and text written result by result are the
// bytes of the report written from every result at the end, whatever the
// run: empty, only an input error, a baseline, rules missing from
// Options.Rules, the corpus.
func TestStreamedIsWhole(t *testing.T) {
	suppressed, b := suppressedFixture()
	emptyBaseline := &baseline.Summary{Path: "b.json"}
	readErr := []linter.Result{{Path: "gone.md", Err: &linter.InputError{Path: "gone.md", Err: errors.New("no such file")}}}
	l := newLinter(t)
	corpus := l.CheckFiles(context.Background(), corpusPolicies(t))

	cases := []struct {
		name    string
		opts    Options
		results []linter.Result
	}{
		{"empty", Options{}, nil},
		{"empty-with-baseline", Options{Baseline: emptyBaseline, Rules: fixtureRules(), ExitCode: 0}, nil},
		{"read-error", Options{ExitCode: 2}, readErr},
		{"fixture", Options{Version: "1.2.3", Rules: fixtureRules(), Category: "policies", ExitCode: 2}, fixture()},
		{"fixture-passes", Options{Version: "1.2.3-dev", Rules: fixtureRules(), Passes: true, ExitCode: 1}, fixture()},
		{"baseline", Options{Baseline: b, Rules: fixtureRules(), ExitCode: 1}, suppressed},
		{"rules-not-given", Options{Passes: true}, fixture()},
		{"awkward", Options{Rules: fixtureRules(), Passes: true, ExitCode: 1}, awkwardResults()},
		{"corpus", Options{Version: "test", Rules: l.Rules(), BaseDir: corpusDir, Passes: true, ExitCode: 1}, corpus},
	}
	for _, c := range cases {
		for _, format := range []string{"json", "sarif", "jsonl", "text"} {
			t.Run(c.name+"/"+format, func(t *testing.T) {
				if c.opts.BaseDir == "" {
					c.opts.BaseDir = "."
				}
				want := whole(t, format, c.opts, c.results)
				got := streamed(t, format, c.opts, c.results)
				if !bytes.Equal(got, want) {
					t.Errorf("streamed differs from whole:\n--- streamed\n%s\n--- whole\n%s", got, want)
				}
			})
		}
	}
}

// TestStreamedSARIFSpools: the SARIF results wait in tmpDir, not in
// memory, until End.
func TestStreamedSARIFSpools(t *testing.T) {
	tmp := t.TempDir()
	var buf bytes.Buffer
	st, err := SARIF{Opts: Options{BaseDir: "."}}.Begin(&buf, tmp)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	results := fixture()
	for i := range results {
		if err := st.WriteResult(&results[i]); err != nil {
			t.Fatal(err)
		}
	}
	if left, _ := os.ReadDir(tmp); len(left) != 1 {
		t.Fatalf("%d files in tmpDir during the run, want the spool", len(left))
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 || buf.Len() != 0 {
		t.Errorf("after Close without End: %d files left, %d bytes written", len(left), buf.Len())
	}
}
