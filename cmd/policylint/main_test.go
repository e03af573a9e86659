package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, streams{Out: &out, Err: &errb})
	return out.String(), errb.String(), code
}

const example = "../../testdata/example/privacy-policy.md"

// weakPolicy lacks most disclosures, so error-level rules fail.
func weakPolicy(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "weak.md")
	text := "# Privacy\n\nWe respect your privacy. We use cookies on our website.\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExampleExitsZero(t *testing.T) {
	out, stderr, code := run(t, "check", "--no-color", example)
	if code != 0 {
		t.Fatalf("exit %d, want 0\n%s%s", code, out, stderr)
	}
	if !strings.Contains(out, "passed, 0 failed") {
		t.Errorf("summary missing or not clean:\n%s", out)
	}
}

func TestFailuresExitOne(t *testing.T) {
	out, _, code := run(t, "check", "--no-color", weakPolicy(t))
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(out, "gdpr/right-access") || !strings.Contains(out, "Errors") {
		t.Errorf("failures not listed:\n%s", out)
	}
}

func TestFailLevel(t *testing.T) {
	// The example passes every error rule; with --fail-level note any note
	// or warning failure would also count, and none is expected.
	if _, _, code := run(t, "check", "--fail-level", "note", example); code != 0 {
		t.Errorf("example at fail-level note: exit %d, want 0", code)
	}
	if _, stderr, code := run(t, "check", "--fail-level", "fatal", example); code != 2 || !strings.Contains(stderr, "--fail-level") {
		t.Errorf("bad --fail-level: exit %d, stderr %q", code, stderr)
	}
}

func TestMissingFileStillChecksOthers(t *testing.T) {
	out, stderr, code := run(t, "check", "--format", "json", "does-not-exist.html", example)
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if !strings.Contains(stderr, "does-not-exist.html") || !strings.Contains(stderr, "no such file") {
		t.Errorf("stderr should name the file and the cause: %q", stderr)
	}
	if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
		t.Errorf("stack trace on stderr: %q", stderr)
	}
	var rep struct {
		Files []struct {
			Path   string
			Error  string
			Checks []struct{ Rule, Status string }
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(rep.Files) != 2 || rep.Files[0].Error == "" || len(rep.Files[1].Checks) < 27 {
		t.Errorf("want the missing file reported and the example checked: %+v", rep.Files)
	}
}

func TestEmptyAndBinaryFiles(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.md")
	bin := filepath.Join(dir, "logo.html")
	if err := os.WriteFile(empty, []byte("  \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := run(t, "check", empty, bin, example)
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	for _, want := range []string{"empty.md: the file is empty", "logo.html: the file is binary"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q: %q", want, stderr)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"check"}, {"check", "--format", "yaml", example}, {"check", "--bogus", example}} {
		if _, _, code := run(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

func TestUnsupportedLanguageIsANote(t *testing.T) {
	p := filepath.Join(t.TempDir(), "informativa.md")
	text := `# Informativa sulla privacy

Il titolare del trattamento dei dati personali è la società Esempio S.r.l., con sede a Milano. La presente informativa descrive come trattiamo i dati degli utenti che visitano il nostro sito e quali sono i diritti degli interessati.

I dati sono trattati per le finalità indicate di seguito e sono conservati per il tempo necessario. Gli utenti possono chiedere l'accesso, la rettifica e la cancellazione dei propri dati, e hanno il diritto di proporre reclamo al Garante.
`
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := run(t, "check", "--no-color", p)
	if code != 0 {
		t.Errorf("exit %d, want 0 for an unsupported language", code)
	}
	if !strings.Contains(out, "Italian") {
		t.Errorf("the note should name the language:\n%s", out)
	}
	if _, _, code := run(t, "check", "--fail-on-unsupported-language", p); code != 1 {
		t.Errorf("with --fail-on-unsupported-language: exit %d, want 1", code)
	}
}

func TestParsePrintsTheInput(t *testing.T) {
	out, _, code := run(t, "parse", example)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Format   string
		Language string
		Clauses  []struct {
			Kind     string
			Text     string
			Path     []string
			Concepts []string
			Start    struct{ Line, Column int }
		}
		Index map[string][]int
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Format != "markdown" || doc.Language != "en" || len(doc.Clauses) < 20 || len(doc.Index) == 0 {
		t.Errorf("unexpected document: format %q language %q, %d clauses, %d concepts", doc.Format, doc.Language, len(doc.Clauses), len(doc.Index))
	}
	if doc.Clauses[0].Kind != "heading" || doc.Clauses[0].Text != "Privacy Policy" || doc.Clauses[0].Start.Line != 6 {
		t.Errorf("first clause = %+v", doc.Clauses[0])
	}
}

func TestVersion(t *testing.T) {
	out, _, code := run(t, "--version")
	if code != 0 || !strings.Contains(out, version) {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

func TestColorDecision(t *testing.T) {
	t.Setenv("TERM", "xterm-256color")
	tty := streams{OutIsTerminal: true}
	if !tty.colorEnabled(false) {
		t.Error("a terminal without NO_COLOR should get colour")
	}
	if tty.colorEnabled(true) {
		t.Error("--no-color must win")
	}
	if (streams{OutIsTerminal: false}).colorEnabled(false) {
		t.Error("a pipe must not get colour")
	}
	t.Setenv("NO_COLOR", "")
	if !tty.colorEnabled(false) {
		t.Error("an empty NO_COLOR does not turn colour off (no-color.org)")
	}
	t.Setenv("NO_COLOR", "1")
	if tty.colorEnabled(false) {
		t.Error("NO_COLOR=1 must turn colour off")
	}
}

func TestTextOutputHasNoEscapesWhenPiped(t *testing.T) {
	out, _, _ := run(t, "check", weakPolicy(t))
	if strings.Contains(out, "\x1b[") {
		t.Errorf("colour escapes in piped output:\n%q", out)
	}
}

func TestBadInputFormatIsAUsageError(t *testing.T) {
	for _, cmd := range []string{"check", "parse", "baseline"} {
		_, stderr, code := run(t, cmd, "--input-format", "pdf", example)
		if code != 2 || !strings.Contains(stderr, "--input-format") || !strings.Contains(stderr, "pdf") {
			t.Errorf("%s: exit %d, stderr %q", cmd, code, stderr)
		}
	}
}

func TestLanguageFlag(t *testing.T) {
	out, stderr, code := run(t, "parse", "--language", "fr", example)
	if code != 0 || !strings.Contains(out, `"language": "fr"`) {
		t.Errorf("parse --language fr: exit %d, %s", code, stderr)
	}
	if _, stderr, code := run(t, "check", "--language", "german", example); code != 2 || !strings.Contains(stderr, "--language takes a language code") {
		t.Errorf("--language german: exit %d, %s", code, stderr)
	}
	// A language without a pack: the note, and no rule evaluated.
	out, _, code = run(t, "check", "--no-color", "--language", "it", example)
	if code != 0 || !strings.Contains(out, "the policy is in Italian (it); the built-in rules read English") {
		t.Errorf("--language it: exit %d\n%s", code, out)
	}
}
