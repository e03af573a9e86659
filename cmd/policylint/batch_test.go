package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter/source"
)

// vendorDir writes n small, distinct policies into a new directory.
func vendorDir(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		addVendor(t, dir, i)
	}
	return dir
}

func addVendor(t *testing.T, dir string, i int) string {
	t.Helper()
	p := filepath.Join(dir, fmt.Sprintf("vendor-%02d.md", i))
	text := fmt.Sprintf("# Privacy at Vendor %d\n\nWe use your email address to send invoices. Write to privacy@vendor%d.example.\n", i, i)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// reportPaths runs check --format json and returns the files it reports.
func reportPaths(t *testing.T, args ...string) []string {
	t.Helper()
	out, stderr, code := run(t, append([]string{"check", "--format", "json"}, args...)...)
	if code > 1 {
		t.Fatalf("check %v: exit %d\n%s", args, code, stderr)
	}
	var paths []string
	for _, f := range jsonFiles(t, out) {
		paths = append(paths, f.Path)
	}
	return paths
}

// TestShardsSplitADirectory: the shards of a directory are disjoint, their
// union is the unsharded run, a second run assigns the same way, and adding
// a policy moves none of the others.
func TestShardsSplitADirectory(t *testing.T) {
	dir := vendorDir(t, 40)
	all := reportPaths(t, dir)
	if len(all) != 40 {
		t.Fatalf("unsharded: %d files, want 40", len(all))
	}
	shards := func() map[string]int {
		at := map[string]int{}
		for i := 1; i <= 3; i++ {
			for _, p := range reportPaths(t, "--shard", fmt.Sprintf("%d/3", i), dir) {
				if prev, ok := at[p]; ok {
					t.Errorf("%s is in shards %d and %d", p, prev, i)
				}
				at[p] = i
			}
		}
		return at
	}
	first := shards()
	var union []string
	sizes := map[int]int{}
	for p, i := range first {
		union = append(union, p)
		sizes[i]++
	}
	sort.Strings(union)
	if !reflect.DeepEqual(union, all) {
		t.Errorf("the shards' union is %d files, want the unsharded %d", len(union), len(all))
	}
	if len(sizes) != 3 {
		t.Errorf("shard sizes %v: every shard of 40 files should have some", sizes)
	}
	if again := shards(); !reflect.DeepEqual(again, first) {
		t.Error("a second run assigns the files to other shards")
	}
	added := addVendor(t, dir, 40)
	after := shards()
	for p, i := range first {
		if after[p] != i {
			t.Errorf("%s moved from shard %d to %d when a file was added", p, i, after[p])
		}
	}
	if after[added] == 0 || len(after) != 41 {
		t.Errorf("the added file is in shard %d; %d files in all, want 41", after[added], len(after))
	}
}

func TestShardUsageErrors(t *testing.T) {
	for _, v := range []string{"0/4", "5/4", "a/b", "1/0", "3"} {
		_, stderr, code := run(t, "check", "--shard", v, example)
		if code != 2 || !strings.Contains(stderr, "--shard") {
			t.Errorf("--shard %s: exit %d, stderr %q; want a usage error naming the flag", v, code, stderr)
		}
	}
}

// TestEmptyShard: a shard that gets no file is a normal job of a matrix
// larger than the batch: exit 0, an empty report, a note unless --quiet.
func TestEmptyShard(t *testing.T) {
	p := weakPolicy(t)
	empty := source.Of(p, 2)%2 + 1 // the other shard
	shard := fmt.Sprintf("%d/2", empty)
	out, stderr, code := run(t, "check", "--format", "json", "--shard", shard, p)
	if code != 0 || len(jsonFiles(t, out)) != 0 {
		t.Errorf("empty shard: exit %d, report %s", code, out)
	}
	if !strings.Contains(stderr, "shard "+shard+" has none of the 1 input") {
		t.Errorf("empty shard: stderr %q, want a note", stderr)
	}
	if _, stderr, _ := run(t, "check", "--quiet", "--shard", shard, p); stderr != "" {
		t.Errorf("--quiet: stderr %q, want nothing", stderr)
	}
	// The weak policy fails in its own shard.
	if _, _, code := run(t, "check", "--shard", fmt.Sprintf("%d/2", 3-empty), p); code != 1 {
		t.Errorf("the policy's shard: exit %d, want 1", code)
	}
}

// jsonlLines splits jsonl output into its lines, each checked to be JSON.
func jsonlLines(t *testing.T, out string) [][]byte {
	t.Helper()
	if out == "" {
		return nil
	}
	if !strings.HasSuffix(out, "\n") {
		t.Fatalf("jsonl output does not end in a newline: %q", out)
	}
	lines := bytes.Split([]byte(strings.TrimSuffix(out, "\n")), []byte("\n"))
	for i, l := range lines {
		if !json.Valid(l) {
			t.Fatalf("line %d is not JSON: %s", i+1, l)
		}
	}
	return lines
}

// sameFiles checks that jsonl lines are the JSON report's files, in order.
func sameFiles(t *testing.T, jsonl, jsonReport string) {
	t.Helper()
	var rep struct{ Files []json.RawMessage }
	if err := json.Unmarshal([]byte(jsonReport), &rep); err != nil {
		t.Fatalf("not a JSON report: %v", err)
	}
	lines := jsonlLines(t, jsonl)
	if len(lines) != len(rep.Files) {
		t.Fatalf("%d jsonl lines, %d files in the JSON report", len(lines), len(rep.Files))
	}
	for i := range lines {
		var a, b any
		_ = json.Unmarshal(lines[i], &a)
		_ = json.Unmarshal(rep.Files[i], &b)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("line %d is\n%s\nwant\n%s", i+1, lines[i], rep.Files[i])
		}
	}
}

// TestJSONL: one line per file, in input order, each the JSON report's
// object for it, bad inputs included; the exit status is the same.
func TestJSONL(t *testing.T) {
	dir := vendorDir(t, 5)
	args := []string{dir, filepath.Join(dir, "missing.md"), example}
	jsonl, stderr, code := run(t, append([]string{"check", "--format", "jsonl"}, args...)...)
	js, _, jsCode := run(t, append([]string{"check", "--format", "json"}, args...)...)
	if code != 2 || jsCode != 2 {
		t.Errorf("exit %d (json %d), want 2 for the missing file", code, jsCode)
	}
	if !strings.Contains(stderr, "missing.md: no such file") {
		t.Errorf("stderr %q should name the missing file", stderr)
	}
	sameFiles(t, jsonl, js)
	if n := len(jsonlLines(t, jsonl)); n != 7 {
		t.Errorf("%d lines, want 7", n)
	}
}

// TestJSONLWithOtherReports: jsonl streams to stdout while the other
// reports, written at the end from compact results, are what a run without
// jsonl writes; and jsonl may go to a file too.
func TestJSONLWithOtherReports(t *testing.T) {
	dir := vendorDir(t, 4)
	out := t.TempDir()
	jsonFile, sarifFile, jsonlFile := filepath.Join(out, "r.json"), filepath.Join(out, "r.sarif"), filepath.Join(out, "r.jsonl")
	jsonl, stderr, code := run(t, "check", "--format", "jsonl", "--format", "json", "-o", jsonFile,
		"--format", "sarif", "-o", sarifFile, "--sarif-base", dir, dir, example)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	js, _, _ := run(t, "check", "--format", "json", dir, example)
	written, err := os.ReadFile(jsonFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(written) != js {
		t.Error("the JSON report written beside jsonl differs from the one of a run without it")
	}
	sarif, _, _ := run(t, "check", "--format", "sarif", "--sarif-base", dir, dir, example)
	if written, err := os.ReadFile(sarifFile); err != nil || string(written) != sarif {
		t.Errorf("the SARIF written beside jsonl differs from the one of a run without it (%v)", err)
	}
	sameFiles(t, jsonl, js)

	text, _, code := run(t, "check", "--no-color", "--format", "jsonl", "-o", jsonlFile, "--format", "text", dir, example)
	if code != 1 || !strings.Contains(text, "failed") {
		t.Errorf("text on stdout with jsonl to a file: exit %d\n%s", code, text)
	}
	if written, err := os.ReadFile(jsonlFile); err != nil || string(written) != jsonl {
		t.Errorf("jsonl written to a file differs from jsonl on stdout (%v)", err)
	}
}

// TestJSONLWithBaseline: the lines carry the baselined failures as the
// JSON report's files do.
func TestJSONLWithBaseline(t *testing.T) {
	dir := vendorDir(t, 3)
	b := filepath.Join(t.TempDir(), "baseline.json")
	if _, stderr, code := run(t, "baseline", "-o", b, filepath.Join(dir, "vendor-00.md")); code != 0 {
		t.Fatalf("baseline: exit %d\n%s", code, stderr)
	}
	jsonl, _, code := run(t, "check", "--format", "jsonl", "--baseline", b, dir)
	js, _, jsCode := run(t, "check", "--format", "json", "--baseline", b, dir)
	if code != jsCode {
		t.Errorf("exit %d, json %d", code, jsCode)
	}
	if !strings.Contains(jsonl, `"kind":"baseline"`) {
		t.Errorf("no baselined failure in the lines:\n%s", jsonl)
	}
	sameFiles(t, jsonl, js)
}

func TestJSONLIsAFormat(t *testing.T) {
	_, stderr, code := run(t, "check", "--format", "yaml", example)
	if code != 2 || !strings.Contains(stderr, "jsonl") {
		t.Errorf("an unknown format should list jsonl among the formats: exit %d, %q", code, stderr)
	}
	help, _, _ := run(t, "check", "--help")
	for _, flag := range []string{"jsonl", "--shard", "--quiet"} {
		if !strings.Contains(help, flag) {
			t.Errorf("check --help does not mention %s", flag)
		}
	}
}

// runTTY runs with stderr (and, if outTTY, stdout) passing for a terminal.
func runTTY(t *testing.T, outTTY bool, args ...string) (stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	Main(args, streams{Out: &out, Err: &errb, ErrIsTerminal: true, OutIsTerminal: outTTY})
	return errb.String()
}

// TestProgress: the progress line is drawn on a terminal's stderr and
// erased at the end; never with --quiet, on a pipe, or when results stream
// to the same terminal on stdout.
func TestProgress(t *testing.T) {
	dir := vendorDir(t, 3)
	missing := filepath.Join(dir, "missing.md")
	stderr := runTTY(t, false, "check", "--format", "json", missing, dir)
	if !strings.Contains(stderr, "\rchecked 1/4 files (1 error)") {
		t.Errorf("no progress line on a terminal: %q", stderr)
	}
	if !strings.HasSuffix(stderr, "\r") || strings.Count(stderr, "missing.md: no such file") != 1 {
		t.Errorf("the progress line is not erased at the end, or the error is not printed once: %q", stderr)
	}
	// The error line starts on a blank line, not after the progress.
	if i := strings.Index(stderr, "policylint: "); i < 0 || i > 0 && stderr[i-1] != '\r' && stderr[i-1] != '\n' {
		t.Errorf("the error is printed over the progress line: %q", stderr)
	}
	for _, c := range []struct {
		name   string
		outTTY bool
		args   []string
	}{
		{"quiet", false, []string{"--quiet"}},
		{"jsonl on the terminal", true, []string{"--format", "jsonl"}},
		{"text on the terminal", true, []string{"--format", "text"}},
	} {
		stderr := runTTY(t, c.outTTY, append(append([]string{"check"}, c.args...), dir)...)
		if strings.Contains(stderr, "checked") {
			t.Errorf("%s: progress drawn: %q", c.name, stderr)
		}
	}
	if _, stderr, _ := run(t, "check", dir); strings.Contains(stderr, "checked") {
		t.Errorf("progress drawn on a pipe: %q", stderr)
	}
	// jsonl piped elsewhere while stderr is the terminal: progress is on.
	if stderr := runTTY(t, false, "check", "--format", "jsonl", dir); !strings.Contains(stderr, "checked") {
		t.Errorf("no progress with jsonl piped: %q", stderr)
	}
}

// brokenStdout fails every write, as a closed pipe or a full disk would.
type brokenStdout struct{ writes int }

func (b *brokenStdout) Write([]byte) (int, error) {
	b.writes++
	return 0, errors.New("no space left on device")
}

// TestStreamedWriteErrorStopsTheRun: when the only report cannot be
// written, the run stops instead of checking the rest of the batch for
// nothing, and exits 2 saying why; jsonl, json and text all stream.
func TestStreamedWriteErrorStopsTheRun(t *testing.T) {
	for _, format := range []string{"jsonl", "json", "text"} {
		t.Run(format, func(t *testing.T) {
			dir := vendorDir(t, 6)
			out := &brokenStdout{}
			var errb bytes.Buffer
			code := Main([]string{"check", "--format", format, "--jobs", "1", dir}, streams{Out: out, Err: &errb})
			want := "writing the " + format + " report to stdout: no space left on device"
			if code != 2 || !strings.Contains(errb.String(), want) {
				t.Errorf("exit %d, stderr %q", code, errb.String())
			}
			if out.writes != 1 {
				t.Errorf("%d writes after the first failed, want none", out.writes-1)
			}
		})
	}
}
