package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStreamedReportFiles: json and sarif stream to their files as jsonl
// does and are the bytes they are on stdout, with a baseline and an input
// error in the run; neither the spool nor the file being written is left
// beside the report.
func TestStreamedReportFiles(t *testing.T) {
	dir := vendorDir(t, 4)
	b := filepath.Join(t.TempDir(), "baseline.json")
	if _, stderr, code := run(t, "baseline", "-o", b, filepath.Join(dir, "vendor-01.md")); code != 0 {
		t.Fatalf("baseline: exit %d\n%s", code, stderr)
	}
	inputs := []string{"--baseline", b, "--sarif-base", dir, dir, filepath.Join(dir, "missing.md")}
	out := t.TempDir()
	jsonFile, sarifFile := filepath.Join(out, "r.json"), filepath.Join(out, "r.sarif")
	_, stderr, code := run(t, append([]string{"check", "--format", "json", "-o", jsonFile, "--format", "sarif", "-o", sarifFile}, inputs...)...)
	if code != 2 {
		t.Fatalf("exit %d, want 2 for the missing file\n%s", code, stderr)
	}
	for _, c := range []struct{ format, file string }{{"json", jsonFile}, {"sarif", sarifFile}} {
		stdout, _, _ := run(t, append([]string{"check", "--format", c.format}, inputs...)...)
		written, err := os.ReadFile(c.file)
		if err != nil || string(written) != stdout {
			t.Errorf("the %s report written to a file differs from the one on stdout (%v)", c.format, err)
		}
		if !strings.Contains(stdout, "missing.md") {
			t.Errorf("the %s report does not name the missing file", c.format)
		}
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 2 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the output directory holds %v, want only the two reports", names)
	}
}

// TestStreamedReportsOfAFailedRun: a run that stops leaves the report files
// as they were, no temporary file, and nothing on stdout.
func TestStreamedReportsOfAFailedRun(t *testing.T) {
	dir := vendorDir(t, 2)
	if err := os.WriteFile(filepath.Join(dir, ".policylint.yaml"), []byte("rules: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	sarifFile := filepath.Join(out, "r.sarif")
	if err := os.WriteFile(sarifFile, []byte("previous"), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := run(t, "check", "--format", "sarif", "-o", sarifFile, "--format", "json", dir)
	if code != 2 || !strings.Contains(stderr, "YAML") {
		t.Fatalf("exit %d, stderr %q; want the configuration error", code, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout %q, want nothing", stdout)
	}
	if got, _ := os.ReadFile(sarifFile); string(got) != "previous" {
		t.Errorf("the report file is now %q", got)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 1 {
		t.Errorf("%d files in the output directory, want the report only", len(entries))
	}
}

// TestProgressWithStreamedReports: json on the terminal shows the progress
// itself, as jsonl does; sarif writes nothing before the end, so the
// progress line stays.
func TestProgressWithStreamedReports(t *testing.T) {
	dir := vendorDir(t, 3)
	if stderr := runTTY(t, true, "check", "--format", "json", dir); strings.Contains(stderr, "checked") {
		t.Errorf("json on the terminal: progress drawn: %q", stderr)
	}
	if stderr := runTTY(t, true, "check", "--format", "sarif", dir); !strings.Contains(stderr, "checked") {
		t.Errorf("sarif on the terminal: no progress: %q", stderr)
	}
}
