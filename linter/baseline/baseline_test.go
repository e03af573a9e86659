package baseline

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/fingerprint"
	"github.com/policylint/policylint/linter/suppress"
)

var (
	children = &engine.Rule{ID: "gdpr/children", Severity: engine.SeverityError}
	dpo      = &engine.Rule{ID: "gdpr/dpo-contact", Severity: engine.SeverityWarning}
	access   = &engine.Rule{ID: "gdpr/right-access", Severity: engine.SeverityError}
	rights   = &document.Clause{Kind: document.Heading, Text: "Your rights", Start: document.Position{Line: 9, Column: 4}}
)

// results builds two checked files under dir and one that failed to read.
func results(dir string) []linter.Result {
	return []linter.Result{
		{Path: filepath.Join(dir, "docs", "b.md"), Checks: []engine.Check{
			{Rule: children, Status: engine.Fail, Message: "no children"},
			{Rule: dpo, Status: engine.Pass},
			{Rule: access, Status: engine.Fail, Message: "no access", Location: rights.Start, LocationClause: rights},
		}},
		{Path: filepath.Join(dir, "a.txt"), Checks: []engine.Check{
			{Rule: dpo, Status: engine.Fail, Message: "no DPO"},
		}},
		{Path: filepath.Join(dir, "missing.md"), Err: errors.New("no such file")},
	}
}

func TestBuildIsSortedAndRelative(t *testing.T) {
	dir := t.TempDir()
	f := Build(results(dir), dir)
	var got []string
	for _, e := range f.Failures {
		got = append(got, e.File+" "+e.Rule+" "+e.Message)
	}
	want := []string{"a.txt gdpr/dpo-contact no DPO", "docs/b.md gdpr/children no children", "docs/b.md gdpr/right-access no access"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
	c := results(dir)[0].Checks[2]
	if f.Failures[2].Fingerprint != fingerprint.For(&c) {
		t.Errorf("fingerprint %s, want fingerprint.For's %s", f.Failures[2].Fingerprint, fingerprint.For(&c))
	}
}

func TestKey(t *testing.T) {
	dir := t.TempDir()
	if got := Key(filepath.Join(dir, "x", "p.md"), dir); got != "x/p.md" {
		t.Errorf("Key below the baseline = %q, want x/p.md", got)
	}
	if got := Key(filepath.Join(dir, "p.md"), filepath.Join(dir, "ci")); got != "../p.md" {
		t.Errorf("Key beside the baseline's directory = %q, want ../p.md", got)
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, DefaultPath)
	f := Build(results(dir), dir)
	if err := f.Write(name); err != nil {
		t.Fatal(err)
	}
	back, err := Read(name)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, f) {
		t.Errorf("read back %+v, wrote %+v", back, f)
	}
	data, _ := os.ReadFile(name)
	if !strings.HasPrefix(string(data), "{\n  \"version\": 1,\n  \"failures\": [\n") || !strings.HasSuffix(string(data), "}\n") {
		t.Errorf("unexpected layout:\n%s", data)
	}
	// Writing again gives the same bytes: the file diffs only when failures change.
	if err := Build(results(dir), dir).Write(name); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(name); string(again) != string(data) {
		t.Error("rewriting the same baseline changed the file")
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, ".policylint-baseline-*.tmp")); len(tmp) != 0 {
		t.Errorf("temporary files left behind: %v", tmp)
	}
}

func TestApplyMatchedAndStale(t *testing.T) {
	dir := t.TempDir()
	f := Build(results(dir), dir)
	// An entry of a file not checked in this run is neither matched nor stale.
	f.Failures = append(f.Failures, Entry{File: "other.md", Rule: "gdpr/children", Fingerprint: "v1:00"})

	now := results(dir)
	now[0].Checks[0].Status = engine.Pass                                                  // children fixed: stale
	now[1].Checks = append(now[1].Checks, engine.Check{Rule: access, Status: engine.Fail}) // new failure
	now[1].Suppressed = []suppress.Suppression{{Check: engine.Check{Rule: children, Status: engine.Fail}, Kind: suppress.Inline, Reason: "why"}}

	s := f.Apply(now, dir)
	if s.Matched != 2 || s.Stale != 1 || len(s.StaleEntries) != 1 || s.StaleEntries[0].Rule != "gdpr/children" || s.StaleEntries[0].File != "docs/b.md" {
		t.Errorf("summary %+v, want 2 matched and docs/b.md gdpr/children stale", s)
	}
	for i, want := range [][]string{{"gdpr/children", "gdpr/dpo-contact"}, {"gdpr/right-access"}} {
		var got []string
		for _, c := range now[i].Checks {
			got = append(got, c.Rule.ID)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("file %d keeps %v, want %v", i, got, want)
		}
	}
	sp := now[1].Suppressed
	if len(sp) != 2 || sp[0].Check.Rule.ID != "gdpr/children" || sp[0].Kind != suppress.Inline ||
		sp[1].Check.Rule.ID != "gdpr/dpo-contact" || sp[1].Kind != suppress.Baseline {
		t.Errorf("a.txt suppressed %+v, want the inline children then the baselined dpo-contact", sp)
	}
}

func TestApplyMatchesFromAnotherWorkingDirectory(t *testing.T) {
	dir := t.TempDir()
	f := Build(results(dir), dir)
	sub := filepath.Join(dir, "docs")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)
	now := []linter.Result{{Path: "b.md", Checks: results(dir)[0].Checks}}
	if s := f.Apply(now, ".."); s.Matched != 2 || s.Stale != 0 {
		t.Errorf("from docs/ with the baseline in ..: %+v, want 2 matched, 0 stale", s)
	}
}

func TestParseErrors(t *testing.T) {
	for in, want := range map[string]string{
		"{\n  \"version\": 1,\n  \"failures\": [,]\n}": "not valid JSON at line 3, column 16",
		"[]":                             "not a policylint baseline",
		"null":                           "not a policylint baseline",
		`{"failures": []}`:               `"version" is missing`,
		`{"version": 2, "failures": []}`: "version 2 is not supported",
		`{"version": 1}`:                 `"failures" is missing`,
		`{"version": 1, "failures": [{"file": "a.md", "rule": "x"}]}`: `failure 1 (a.md) has no "fingerprint"`,
		`{"version": 1, "failures": [{"fingerprint": "v1:00"}]}`:      `failure 1 has no "file"`,
		"": "not valid JSON",
	} {
		_, err := Parse([]byte(in))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", in, err, want)
		}
	}
	if _, err := Parse([]byte(`{"version": 1, "failures": []}`)); err != nil {
		t.Errorf("an empty baseline is valid: %v", err)
	}
}

func TestReadMissingFile(t *testing.T) {
	name := filepath.Join(t.TempDir(), "nope.json")
	_, err := Read(name)
	if err == nil || !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("Read(missing) = %v, want an error naming the file", err)
	}
}
