package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/report"
)

func events(args ...string) []outputEvent {
	var ev []outputEvent
	for i := 0; i < len(args); i += 2 {
		ev = append(ev, outputEvent{isOutput: args[i] == "-o", value: args[i+1]})
	}
	return ev
}

func TestPlanOutputs(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string // format>where, ...; or "error: substring"
	}{
		{nil, "text>stdout"},
		{[]string{"-f", "json"}, "json>stdout"},
		{[]string{"-o", "r.txt"}, "text>r.txt"},
		{[]string{"-f", "text", "-f", "sarif", "-o", "p.sarif"}, "text>stdout sarif>p.sarif"},
		// Order decides, not the count from either end.
		{[]string{"-f", "sarif", "-o", "p.sarif", "-f", "text"}, "sarif>p.sarif text>stdout"},
		{[]string{"-f", "sarif", "-o", "p.sarif", "-f", "junit", "-o", "j.xml"}, "sarif>p.sarif junit>j.xml"},
		{[]string{"-f", "json", "-o", "-", "-f", "sarif", "-o", "p.sarif"}, "json>stdout sarif>p.sarif"},
		{[]string{"-o", "a", "-o", "b"}, "error: the format before it (text) already goes to a"},
		{[]string{"-f", "text", "-f", "sarif", "-o", "a", "-o", "b"}, "error: -o b: the format before it (sarif) already goes to a"},
		{[]string{"-o", "a", "-f", "json"}, "error: comes before any --format"},
		{[]string{"-f", "text", "-f", "json"}, "error: formats text, json would all go to stdout"},
		{[]string{"-f", "text", "-f", "json", "-o", "-"}, "error: would all go to stdout"},
		{[]string{"-f", "json", "-o", "x", "-f", "sarif", "-o", "./x"}, "error: given for both json and sarif"},
		{[]string{"-f", "yaml"}, `error: unknown format "yaml"`},
		{[]string{"-f", "json", "-o", ""}, "error: -o needs a file name"},
	} {
		outs, err := planOutputs(events(c.args...))
		var got string
		if err != nil {
			got = "error: " + err.Error()
			if !strings.HasPrefix(c.want, "error: ") || !strings.Contains(got, strings.TrimPrefix(c.want, "error: ")) {
				t.Errorf("%v: %s, want %s", c.args, got, c.want)
			}
			continue
		}
		var parts []string
		for _, o := range outs {
			parts = append(parts, o.format+">"+o.where())
		}
		if got = strings.Join(parts, " "); got != c.want {
			t.Errorf("%v: %s, want %s", c.args, got, c.want)
		}
	}
}

func TestTextToStdoutAndSarifToFile(t *testing.T) {
	dir := t.TempDir()
	sarif := filepath.Join(dir, "policylint.sarif")
	out, stderr, code := run(t, "check", "--format", "text", "--format", "sarif", "-o", sarif, example)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, stderr)
	}
	if !strings.Contains(out, "passed, 0 failed") || strings.Contains(out, `"$schema"`) {
		t.Errorf("stdout should hold the text report only:\n%s", out)
	}
	data, err := os.ReadFile(sarif)
	if err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, data)
	var log struct {
		Version string
		Runs    []struct {
			Tool struct{ Driver struct{ Rules []any } }
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("the file is not SARIF JSON: %v", err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Tool.Driver.Rules) < 27 {
		t.Errorf("unexpected SARIF: version %q, %d runs", log.Version, len(log.Runs))
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("want only the report in %s (no temporary files left), got %v", dir, entries)
	}
}

func TestOutputMismatchIsAUsageError(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	for _, args := range [][]string{
		{"check", "--format", "json", "-o", a, "-o", b, example},
		{"check", "-o", a, "-o", b, example},
		{"check", "--format", "text", "--format", "json", example},
	} {
		out, stderr, code := run(t, args...)
		if code != 2 || !strings.Contains(stderr, "-o") && !strings.Contains(stderr, "stdout") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and the rule explained", args, code, stderr)
		}
		if out != "" {
			t.Errorf("%v: nothing should be written on a usage error, got %q", args, out)
		}
	}
	if _, err := os.Stat(a); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a usage error must not write files: %v", err)
	}
}

func TestOutputNeverOverwritesAnInput(t *testing.T) {
	p := weakPolicy(t)
	before, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, "check", "--format", "json", "-o", p, p)
	if code != 2 || !strings.Contains(stderr, "also an input") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if after, _ := os.ReadFile(p); !bytes.Equal(before, after) {
		t.Error("the input was modified")
	}
	missing := filepath.Join(t.TempDir(), "no", "such", "dir", "r.json")
	if _, stderr, code := run(t, "check", "--format", "json", "-o", missing, p); code != 2 || !strings.Contains(stderr, "does not exist") {
		t.Errorf("missing directory: exit %d, stderr %q", code, stderr)
	}
}

func TestWriteFileAtomicKeepsTheOldFileOnError(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.json")
	if err := os.WriteFile(p, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := writeFileAtomic(p, func(w io.Writer) error {
		_, _ = io.WriteString(w, "half a rep")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("error = %v, want boom", err)
	}
	if data, _ := os.ReadFile(p); string(data) != "old" {
		t.Errorf("file = %q, want the old content", data)
	}
	if err := writeFileAtomic(p, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(p); string(data) != "new" || st.Mode().Perm() != 0o600 {
		t.Errorf("file = %q mode %v, want new content and the old mode", data, st.Mode().Perm())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
}

func TestColourOnlyOnTheTerminal(t *testing.T) {
	t.Setenv("TERM", "xterm-256color")
	t.Setenv("NO_COLOR", "")
	file := filepath.Join(t.TempDir(), "report.txt")
	var out, errb bytes.Buffer
	tty := streams{Out: &out, Err: &errb, OutIsTerminal: true}
	code := Main([]string{"check", "--format", "text", "--format", "text", "-o", file, weakPolicy(t)}, tty)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "\x1b[") {
		t.Error("text on a terminal should be coloured")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("\x1b[")) || !bytes.Contains(data, []byte("gdpr/right-access")) {
		t.Errorf("the file should hold the text report without colour:\n%q", data)
	}
}

func TestGitHubFormat(t *testing.T) {
	p := weakPolicy(t)
	t.Setenv("GITHUB_STEP_SUMMARY", "")
	out, _, code := run(t, "check", "--format", "github", "--sarif-base", filepath.Dir(p), p)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 5 {
		t.Fatalf("too few annotations:\n%s", out)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "::error file=weak.md,line=") && !strings.HasPrefix(l, "::warning file=weak.md,line=") &&
			!strings.HasPrefix(l, "::notice file=weak.md,line=") {
			t.Errorf("not a workflow command on weak.md: %q", l)
		}
	}
	if !strings.Contains(out, ",title=gdpr/right-access::") {
		t.Errorf("no annotation for gdpr/right-access:\n%s", out)
	}
	if _, stderr, code := run(t, "check", "--format", "github", "--sarif-base", filepath.Join(p, "nope"), p); code != 2 || !strings.Contains(stderr, "--sarif-base") {
		t.Errorf("bad --sarif-base: exit %d, %q", code, stderr)
	}
}

func TestGitHubStepSummaryAppended(t *testing.T) {
	p := weakPolicy(t)
	summary := filepath.Join(t.TempDir(), "step_summary.md")
	before := "## Build\n\nearlier step output\n"
	if err := os.WriteFile(summary, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	// Only the github format writes the summary.
	if _, _, code := run(t, "check", "--format", "text", p); code != 1 {
		t.Fatalf("exit %d", code)
	}
	if data, _ := os.ReadFile(summary); string(data) != before {
		t.Fatalf("text format touched the step summary:\n%s", data)
	}
	sarif := filepath.Join(t.TempDir(), "p.sarif")
	if _, _, code := run(t, "check", "--sarif-base", filepath.Dir(p), "--format", "github", "--format", "sarif", "-o", sarif, p, example); code != 1 {
		t.Fatalf("exit %d", code)
	}
	written, err := os.ReadFile(sarif)
	if err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, written)
	data, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	got := string(data)
	if !strings.HasPrefix(got, before) {
		t.Fatalf("earlier content lost:\n%s", got)
	}
	added := got[len(before):]
	for _, want := range []string{"| File | Passed |", "| weak.md |", "privacy-policy.md", "### weak.md", "| gdpr/right-access | error | Art. 15 |"} {
		if !strings.Contains(added, want) {
			t.Errorf("summary lacks %q:\n%s", want, added)
		}
	}
	// Two github reports in one run append one summary.
	ann := filepath.Join(t.TempDir(), "annotations.txt")
	if _, _, code := run(t, "check", "--format", "github", "--format", "github", "-o", ann, p); code != 1 {
		t.Fatalf("exit %d", code)
	}
	if data, _ := os.ReadFile(summary); strings.Count(string(data), "## policylint") != 2 {
		t.Errorf("want one summary per run, got:\n%s", data)
	}
}

func TestJUnitFormat(t *testing.T) {
	out, _, code := run(t, "check", "--format", "junit", weakPolicy(t), example)
	if code != 1 {
		t.Fatalf("exit %d", code)
	}
	var suites struct {
		Suites []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name string `xml:"name,attr"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(out), &suites); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if len(suites.Suites) != 2 || len(suites.Suites[1].Cases) < 27 || suites.Suites[1].Name != example {
		t.Errorf("want a suite per file and a case per rule, got %+v", suites)
	}
}

func TestBaseDirDefaultsToTheRepositoryRoot(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "docs", "legal")
	if err := os.MkdirAll(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)
	got, err := baseDir("")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := filepath.EvalSymlinks(root)
	if got, _ = filepath.EvalSymlinks(got); got != want {
		t.Errorf("baseDir = %s, want the directory holding .git, %s", got, want)
	}
	if got, err := baseDir("."); err != nil || filepath.Base(got) != "legal" {
		t.Errorf("--sarif-base . = %s, %v", got, err)
	}
}

// TestWriteFailureIsAnError: a report that cannot be written after the
// check is an error (exit 2), and the other reports are still written.
func TestWriteFailureIsAnError(t *testing.T) {
	t.Setenv("GITHUB_STEP_SUMMARY", "")
	gone := filepath.Join(t.TempDir(), "removed", "r.sarif") // its directory does not exist
	var out bytes.Buffer
	outs := []output{{format: "sarif", path: gone}, {format: "text"}}
	err := writeReports(outs, report.Options{}, []linter.Result{{Path: "x.md", Format: "markdown", Language: "en"}}, streams{Out: &out}, false)
	if err == nil || !strings.Contains(err.Error(), "writing the sarif report to "+gone) {
		t.Fatalf("error = %v", err)
	}
	if exitCode(err) != exitError {
		t.Errorf("exit %d, want %d", exitCode(err), exitError)
	}
	if !strings.Contains(out.String(), "x.md") {
		t.Errorf("the text report should still be written: %q", out.String())
	}
}
