package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func readExample(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestCheckDirectory: a directory is searched recursively for policies,
// hidden directories skipped, in sorted order; --include and --exclude
// choose among its files.
func TestCheckDirectory(t *testing.T) {
	dir := t.TempDir()
	policy := readExample(t)
	for _, name := range []string{"b/privacy.md", "a.md", "b/terms.txt", "c/drafts/old.md", ".git/x.md", "notes.pdf"} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, policy, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	j := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }
	for _, tt := range []struct {
		flags []string
		want  []string
	}{
		{nil, []string{j("a.md"), j("b/privacy.md"), j("b/terms.txt"), j("c/drafts/old.md"), example}},
		{[]string{"--exclude", "c/drafts", "--exclude", "*.txt"}, []string{j("a.md"), j("b/privacy.md"), example}},
		{[]string{"--include", "privacy.*"}, []string{j("b/privacy.md"), example}},
	} {
		args := append(append([]string{"check", "-f", "json"}, tt.flags...), dir, example)
		out, stderr, code := run(t, args...)
		if code != 0 {
			t.Errorf("%v: exit %d\n%s", tt.flags, code, stderr)
		}
		var got []string
		for _, f := range jsonFiles(t, out) {
			got = append(got, f.Path)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%v:\n got  %q\n want %q", tt.flags, got, tt.want)
		}
	}
	if _, stderr, code := run(t, "check", "--include", "[oops", dir); code != 2 || !strings.Contains(stderr, "--include") {
		t.Errorf("invalid glob: exit %d, %q", code, stderr)
	}
}

func TestCheckStdin(t *testing.T) {
	policy := string(readExample(t))
	for _, flags := range [][]string{nil, {"--stdin-format", "markdown"}} {
		args := append(append([]string{"check", "-f", "json"}, flags...), "-")
		out, stderr, code := runIn(t, strings.NewReader(policy), args...)
		files := jsonFiles(t, out)
		if code != 0 || len(files) != 1 || files[0].Path != "-" || files[0].Format != "markdown" || len(files[0].Checks) < 27 {
			t.Errorf("%v: exit %d, %s %+v", flags, code, stderr, files)
		}
	}
	// --stdin-format wins over sniffing: the Markdown read as plain text
	// has no Markdown headings.
	out, _, _ := runIn(t, strings.NewReader(policy), "parse", "--stdin-format", "text", "-")
	if !strings.Contains(out, `"format": "text"`) {
		t.Errorf("--stdin-format text not applied:\n%.500s", out)
	}
	if _, stderr, code := runIn(t, strings.NewReader(policy), "check", "--stdin-format", "pdf", "-"); code != 2 || !strings.Contains(stderr, "--stdin-format") {
		t.Errorf("bad --stdin-format: exit %d, %q", code, stderr)
	}
	if _, stderr, code := runIn(t, strings.NewReader(policy), "check", "-", "-"); code != 2 || !strings.Contains(stderr, "only once") {
		t.Errorf(`"-" twice: exit %d, %q`, code, stderr)
	}
}

// TestCheckURL: a policy fetched over HTTP is decoded by the charset of
// its Content-Type, parsed in the format the Content-Type names, and
// named by its URL in every report.
func TestCheckURL(t *testing.T) {
	policy := readExample(t)
	latin, err := charmap.ISO8859_15.NewEncoder().Bytes([]byte("<html><body><h1>Datenschutz</h1><p>Prix en € : données.</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/privacy", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
		_, _ = w.Write(policy)
	})
	mux.HandleFunc("/latin", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-15")
		_, _ = w.Write(latin)
	})
	mux.HandleFunc("/weak", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("# Privacy\n\nWe respect your privacy. We use cookies on our website.\n"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	url := srv.URL + "/privacy"

	out, stderr, code := run(t, "check", "-f", "json", url)
	files := jsonFiles(t, out)
	if code != 0 || len(files) != 1 || files[0].Path != url || files[0].Format != "markdown" || len(files[0].Checks) < 27 {
		t.Fatalf("exit %d, %s %+v", code, stderr, files)
	}
	// A failing policy: its failures are located at the URL.
	weak := srv.URL + "/weak"
	out, _, _ = run(t, "check", "-f", "sarif", weak)
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string
							URIBaseID string `json:"uriBaseId"`
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
		t.Fatalf("no SARIF results:\n%.1000s", out)
	}
	for _, r := range log.Runs[0].Results {
		if a := r.Locations[0].PhysicalLocation.ArtifactLocation; a.URI != weak || a.URIBaseID != "" {
			t.Errorf("SARIF location %+v, want the URL %s", a, weak)
		}
	}
	out, _, _ = run(t, "check", "-f", "github", weak)
	if !strings.Contains(out, "::error file="+strings.ReplaceAll(weak, ":", "%3A")+",line=") {
		t.Errorf("github annotations do not name the URL:\n%.500s", out)
	}
	base := filepath.Join(t.TempDir(), "baseline.json")
	if _, stderr, code := run(t, "baseline", "-o", base, weak); code != 0 {
		t.Fatalf("baseline: exit %d, %s", code, stderr)
	}
	if b, _ := os.ReadFile(base); !strings.Contains(string(b), `"file": "`+weak+`"`) {
		t.Errorf("the baseline does not name the URL:\n%.500s", b)
	}
	if _, stderr, code := run(t, "check", "--baseline", base, weak); code != 0 {
		t.Errorf("check --baseline: the URL's failures should match: exit %d, %s", code, stderr)
	}

	out, stderr, code = run(t, "parse", srv.URL+"/latin")
	if code != 0 || !strings.Contains(out, "Prix en € : données.") || !strings.Contains(out, `"format": "html"`) {
		t.Errorf("parse URL: exit %d, %s\n%.1500s", code, stderr, out)
	}
}

func TestParseTakesOnePolicy(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.md", "b.md"} {
		if err := os.WriteFile(filepath.Join(dir, n), readExample(t), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, stderr, code := run(t, "parse", dir); code != 2 || !strings.Contains(stderr, "holds 2") {
		t.Errorf("parse DIR: exit %d, %q", code, stderr)
	}
	if out, _, code := run(t, "parse", "--include", "b.md", dir); code != 0 || !strings.Contains(out, `"path": "`+filepath.Join(dir, "b.md")) {
		t.Errorf("parse DIR --include: exit %d\n%.300s", code, out)
	}
	if _, stderr, code := run(t, "parse", filepath.Join(dir, "none.md")); code != 2 || !strings.Contains(stderr, "none.md: no such file") {
		t.Errorf("parse missing: exit %d, %q", code, stderr)
	}
}

func TestMaxSizeFlag(t *testing.T) {
	for in, want := range map[string]int64{
		"20MB": 20 << 20, "512KB": 512 << 10, "512kb": 512 << 10, "1.5M": 3 << 19, "100": 100, "2 GiB": 2 << 30, "0": 0, "10B": 10,
	} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "MB", "20XB", "-1MB", "1.2.3KB"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q): no error", in)
		}
	}
	if _, stderr, code := run(t, "check", "--max-size", "lots", example); code != 2 || !strings.Contains(stderr, "--max-size") {
		t.Errorf("bad --max-size: exit %d, %q", code, stderr)
	}
	if out, _, code := run(t, "check", "-f", "json", "--max-size", "0", example); code != 0 || len(jsonFiles(t, out)) != 1 {
		t.Errorf("--max-size 0 (no limit): exit %d", code)
	}
}

// TestOutputInsideCheckedDirectory: an -o file that the directory's
// expansion would read is refused like any other input.
func TestOutputInsideCheckedDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "privacy.md"), readExample(t), 0o644); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(dir, "report.txt")
	if err := os.WriteFile(report, []byte("old report\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := run(t, "check", "-o", report, dir); code != 2 || !strings.Contains(stderr, "is also an input") {
		t.Errorf("exit %d, %q", code, stderr)
	}
}
