package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Sentences of the example policy that each make one rule pass.
const (
	dpoSentence       = "Our data protection officer can be contacted at dpo@northwind-notes.example.\n"
	childrenSection   = "## Children\n\nThe Service is not intended for children under 16. We do not knowingly collect\npersonal data from children under 16.\n\n"
	complaintSentence = "You also have the right to lodge a complaint with a supervisory authority, for\nexample the Berlin Commissioner for Data Protection and Freedom of Information.\n"
)

// legacyPolicy writes, in a fresh directory, a copy of the example policy
// without its DPO contact and its section on children, so that
// gdpr/dpo-contact and gdpr/children fail. edit changes the text further.
func legacyPolicy(t *testing.T, dir string, edit func(string) string) string {
	t.Helper()
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, s := range []string{dpoSentence, childrenSection, complaintSentence} {
		if !strings.Contains(text, s) {
			t.Fatalf("the example no longer contains %q", s)
		}
	}
	text = strings.Replace(text, dpoSentence, "", 1)
	text = strings.Replace(text, childrenSection, "", 1)
	if edit != nil {
		text = edit(text)
	}
	p := filepath.Join(dir, "privacy.md")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

type jsonOut struct {
	Files []struct {
		Checks []struct {
			Rule, Status string
		}
		Suppressed []struct {
			Rule, Kind, Reason, Fingerprint string
		}
		Notices []struct {
			Level, Message string
			Line           int
		}
	}
	Baseline *struct {
		Path           string
		Matched, Stale int
		StaleFailures  []struct{ File, Rule string } `json:"stale_failures"`
	}
}

func checkJSON(t *testing.T, args ...string) (jsonOut, int) {
	t.Helper()
	out, stderr, code := run(t, append([]string{"check", "--format", "json"}, args...)...)
	var got jsonOut
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON (%v):\n%s%s", err, out, stderr)
	}
	return got, code
}

func failing(o jsonOut) []string {
	var ids []string
	for _, f := range o.Files {
		for _, c := range f.Checks {
			if c.Status == "fail" {
				ids = append(ids, c.Rule)
			}
		}
	}
	return ids
}

func TestBaselineRoundTrip(t *testing.T) {
	dir := t.TempDir()
	policy := legacyPolicy(t, dir, nil)
	base := filepath.Join(dir, ".policylint-baseline.json")

	// Without a baseline the legacy policy fails.
	if o, code := checkJSON(t, policy); code != 1 || strings.Join(failing(o), " ") != "gdpr/children gdpr/dpo-contact" {
		t.Fatalf("legacy policy: exit %d, failing %v; want 1 and children, dpo-contact", code, failing(o))
	}

	out, stderr, code := run(t, "baseline", "-o", base, policy)
	if code != 0 || !strings.Contains(out, "2 failures in 1 of 1 file") {
		t.Fatalf("baseline: exit %d\n%s%s", code, out, stderr)
	}
	data, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Version  int
		Failures []struct{ File, Rule, Fingerprint, Message string }
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	if file.Version != 1 || len(file.Failures) != 2 || file.Failures[0].File != "privacy.md" ||
		file.Failures[0].Rule != "gdpr/children" || file.Failures[1].Rule != "gdpr/dpo-contact" ||
		!strings.HasPrefix(file.Failures[0].Fingerprint, "v1:") || file.Failures[0].Message == "" {
		t.Fatalf("baseline content:\n%s", data)
	}

	// Checked against it: nothing new, exit 0, both matched.
	text, stderr, code := run(t, "check", "--no-color", "--baseline", base, policy)
	if code != 0 || !strings.Contains(text, "2 matched (suppressed), 0 stale") || !strings.Contains(text, "2 baselined") {
		t.Fatalf("check --baseline: exit %d\n%s%s", code, text, stderr)
	}

	// A disclosure removed: exit 1, and only the new failure is reported.
	legacyPolicy(t, dir, func(s string) string { return strings.Replace(s, complaintSentence, "", 1) })
	o, code := checkJSON(t, "--baseline", base, policy)
	if code != 1 || strings.Join(failing(o), " ") != "gdpr/right-complaint" {
		t.Errorf("complaint removed: exit %d, failing %v; want 1 and only gdpr/right-complaint", code, failing(o))
	}
	if o.Baseline == nil || o.Baseline.Matched != 2 || o.Baseline.Stale != 0 || o.Baseline.Path != base {
		t.Errorf("complaint removed: baseline %+v, want 2 matched, 0 stale", o.Baseline)
	}
	text, _, _ = run(t, "check", "--no-color", "--baseline", base, policy)
	if !strings.Contains(text, "gdpr/right-complaint") || strings.Contains(text, "gdpr/children") || strings.Contains(text, "gdpr/dpo-contact") {
		t.Errorf("text report names more than the new failure:\n%s", text)
	}

	// Restored, and the DPO contact given again: one entry is now stale.
	legacyPolicy(t, dir, func(s string) string {
		return strings.Replace(s, "## What data we collect", dpoSentence+"\n## What data we collect", 1)
	})
	o, code = checkJSON(t, "--baseline", base, policy)
	if code != 0 || len(failing(o)) != 0 {
		t.Errorf("DPO fixed: exit %d, failing %v; want 0 and none", code, failing(o))
	}
	if b := o.Baseline; b == nil || b.Matched != 1 || b.Stale != 1 || len(b.StaleFailures) != 1 || b.StaleFailures[0].Rule != "gdpr/dpo-contact" {
		t.Errorf("DPO fixed: baseline %+v, want 1 matched and gdpr/dpo-contact stale", o.Baseline)
	}
	text, _, _ = run(t, "check", "--no-color", "--baseline", base, policy)
	if !strings.Contains(text, "1 matched (suppressed), 1 stale") {
		t.Errorf("text report does not count the stale entry:\n%s", text)
	}
}

// TestBaselineSurvivesInsertedParagraph: fingerprints do not depend on line
// numbers, so a paragraph added above every failure keeps them matched.
func TestBaselineSurvivesInsertedParagraph(t *testing.T) {
	dir := t.TempDir()
	policy := legacyPolicy(t, dir, nil)
	base := filepath.Join(dir, "baseline.json")
	if _, stderr, code := run(t, "baseline", "-o", base, policy); code != 0 {
		t.Fatalf("baseline: exit %d: %s", code, stderr)
	}
	legacyPolicy(t, dir, func(s string) string {
		return strings.Replace(s, "# Privacy Policy\n", "# Privacy Policy\n\nThis page was reorganised in spring.\nIt is easier to read now.\n", 1)
	})
	o, code := checkJSON(t, "--baseline", base, policy)
	if code != 0 || o.Baseline == nil || o.Baseline.Matched != 2 || o.Baseline.Stale != 0 {
		t.Errorf("after inserting a paragraph: exit %d, baseline %+v, failing %v; want 0, 2 matched, 0 stale", code, o.Baseline, failing(o))
	}
}

// TestBaselineFromAnotherDirectory: files are named relative to the
// baseline, so a check run from elsewhere (CI's checkout) still matches.
func TestBaselineFromAnotherDirectory(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	legacyPolicy(t, docs, nil)
	t.Chdir(dir)
	if _, stderr, code := run(t, "baseline", "docs/privacy.md"); code != 0 {
		t.Fatalf("baseline: exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(".policylint-baseline.json")
	if err != nil || !strings.Contains(string(data), `"file": "docs/privacy.md"`) {
		t.Fatalf("default baseline file: %v\n%s", err, data)
	}
	t.Chdir(docs)
	if o, code := checkJSON(t, "--baseline", "../.policylint-baseline.json", "privacy.md"); code != 0 || o.Baseline.Matched != 2 {
		t.Errorf("from docs/: exit %d, baseline %+v", code, o.Baseline)
	}
}

func TestBadBaselineIsAUsageError(t *testing.T) {
	dir := t.TempDir()
	policy := legacyPolicy(t, dir, nil)
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte("{\"version\": 1, \"failures\": [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{bad: "not valid JSON", filepath.Join(dir, "none.json"): "no such file"} {
		out, stderr, code := run(t, "check", "--baseline", name, policy)
		if code != 2 || !strings.Contains(stderr, name) || !strings.Contains(stderr, want) {
			t.Errorf("--baseline %s: exit %d, stderr %q; want 2 and a message naming the file", name, code, stderr)
		}
		if out != "" {
			t.Errorf("--baseline %s: a report was written:\n%s", name, out)
		}
	}
}

func TestBaselineInputErrorWritesNothing(t *testing.T) {
	dir := t.TempDir()
	policy := legacyPolicy(t, dir, nil)
	base := filepath.Join(dir, "b.json")
	_, stderr, code := run(t, "baseline", "-o", base, policy, filepath.Join(dir, "missing.md"))
	if code != 2 || !strings.Contains(stderr, "missing.md") || !strings.Contains(stderr, "not written") {
		t.Errorf("exit %d, stderr %q; want 2 naming the missing file", code, stderr)
	}
	if _, err := os.Stat(base); !os.IsNotExist(err) {
		t.Errorf("a baseline was written despite the input error (%v)", err)
	}
}

func TestInlineSuppression(t *testing.T) {
	dir := t.TempDir()
	// Only gdpr/children is an error-level failure: suppressing it with a
	// reason takes the exit status to 0.
	policy := legacyPolicy(t, dir, func(s string) string {
		return s + "\n<!-- policylint-disable gdpr/children -- the Service is sold to companies, not to people -->\n"
	})
	o, code := checkJSON(t, policy)
	if code != 0 || strings.Join(failing(o), " ") != "gdpr/dpo-contact" {
		t.Errorf("with a reason: exit %d, failing %v; want 0 and only the dpo-contact warning", code, failing(o))
	}
	if sp := o.Files[0].Suppressed; len(sp) != 1 || sp[0].Rule != "gdpr/children" || sp[0].Kind != "inline" || sp[0].Reason != "the Service is sold to companies, not to people" {
		t.Errorf("suppressed %+v", sp)
	}
	text, _, _ := run(t, "check", "--no-color", "-v", policy)
	if !strings.Contains(text, "Suppressed") || !strings.Contains(text, "the Service is sold to companies") || !strings.Contains(text, "1 suppressed") {
		t.Errorf("-v does not list the suppression:\n%s", text)
	}

	// Without a reason it suppresses nothing and says why.
	policy = legacyPolicy(t, dir, func(s string) string { return s + "\n<!-- policylint-disable gdpr/children -->\n" })
	o, code = checkJSON(t, policy)
	if code != 1 || len(o.Files[0].Suppressed) != 0 || len(o.Files[0].Notices) != 1 ||
		o.Files[0].Notices[0].Level != "warning" || !strings.Contains(o.Files[0].Notices[0].Message, "a reason is required") {
		t.Errorf("without a reason: exit %d, %+v", code, o.Files[0])
	}
	text, _, _ = run(t, "check", "--no-color", policy)
	if !strings.Contains(text, "privacy.md:") || !strings.Contains(text, "warning  policylint-disable gdpr/children has no reason") {
		t.Errorf("the missing reason is not reported with its position:\n%s", text)
	}

	// A suppression of a passing rule, and of a rule that does not exist, is a note.
	policy = legacyPolicy(t, dir, func(s string) string {
		return s + "\n<!-- policylint-disable gdpr/right-access, gdpr/no-such-rule -- old -->\n"
	})
	o, code = checkJSON(t, policy)
	n := o.Files[0].Notices
	if code != 1 || len(n) != 2 || n[0].Level != "note" || !strings.Contains(n[0].Message, "unused suppression of gdpr/no-such-rule: there is no rule") ||
		!strings.Contains(n[1].Message, "unused suppression of gdpr/right-access: the rule passes") {
		t.Errorf("unused suppressions: exit %d, notices %+v", code, n)
	}
}

func TestTextFileDirective(t *testing.T) {
	p := filepath.Join(t.TempDir(), "policy.txt")
	text := "PRIVACY POLICY\n\nWe respect your privacy. We use cookies on our website.\n\n" +
		"policylint-disable gdpr/children, gdpr/dpo-contact -- a company-only service without a DPO\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	o, _ := checkJSON(t, p)
	got := map[string]bool{}
	for _, s := range o.Files[0].Suppressed {
		got[s.Rule] = s.Kind == "inline" && s.Reason == "a company-only service without a DPO"
	}
	if !got["gdpr/children"] || !got["gdpr/dpo-contact"] || len(got) != 2 {
		t.Errorf("suppressed %+v, want children and dpo-contact with the reason", o.Files[0].Suppressed)
	}
	for _, id := range failing(o) {
		if id == "gdpr/children" || id == "gdpr/dpo-contact" {
			t.Errorf("%s still fails", id)
		}
	}
}

func TestBaselineNeverOverwritesAnInput(t *testing.T) {
	dir := t.TempDir()
	policy := legacyPolicy(t, dir, nil)
	before, _ := os.ReadFile(policy)
	_, stderr, code := run(t, "baseline", "-o", policy, policy)
	after, _ := os.ReadFile(policy)
	if code != 2 || !strings.Contains(stderr, "also an input") || string(after) != string(before) {
		t.Errorf("-o the policy itself: exit %d, stderr %q, policy changed: %v", code, stderr, string(after) != string(before))
	}
	if _, stderr, code := run(t, "baseline", "-o", filepath.Join(dir, "no", "b.json"), policy); code != 2 || !strings.Contains(stderr, "does not exist") {
		t.Errorf("-o in a missing directory: exit %d, stderr %q", code, stderr)
	}
}
