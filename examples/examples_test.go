package examples_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/engine"
)

// These tests keep the example pack honest: the README sends rule authors
// here, so the pack's tests must pass, the example policy must pass every
// rule, and the rules must still catch what they were written for.

var acmeRules = []string{"acme/dpo-named", "acme/no-sale-of-data", "acme/subprocessors-named"}

func TestPackRegoTests(t *testing.T) {
	results, err := linter.TestRuleDirs(context.Background(), []string{"policy-rules"}, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		switch {
		case r.Error != nil:
			t.Errorf("%s (%s:%d): error: %v", r.Name, r.Location.File, r.Location.Row, r.Error)
		case r.Fail || r.Skip:
			t.Errorf("%s (%s:%d): failed", r.Name, r.Location.File, r.Location.Row)
		}
	}
	// A rule file that stops loading its tests would otherwise pass quietly.
	if len(results) < 9 {
		t.Errorf("%d Rego tests ran; want at least 9 (3 per rule)", len(results))
	}
	perRule := map[string]int{}
	for _, r := range results {
		perRule[filepath.Base(r.Location.File)]++
	}
	for _, f := range []string{"dpo_named_test.rego", "no_sale_of_data_test.rego", "subprocessors_named_test.rego"} {
		if perRule[f] < 3 {
			t.Errorf("%s: %d tests ran; want at least 3", f, perRule[f])
		}
	}
}

// check checks one policy with a set discovering its configuration, or
// using config when it is not "".
func check(t *testing.T, config, path string) linter.Result {
	t.Helper()
	set := linter.NewSet(linter.Options{}, config, false)
	results, ignored, err := set.CheckFiles(context.Background(), []string{path})
	if err != nil {
		t.Fatal(err)
	}
	if len(ignored) != 0 || len(results) != 1 {
		t.Fatalf("%s: %d results, ignored %v; want it checked", path, len(results), ignored)
	}
	r := results[0]
	if r.Err != nil {
		t.Fatalf("%s: %v", path, r.Err)
	}
	return r
}

func byRule(r linter.Result) map[string]engine.Check {
	m := map[string]engine.Check{}
	for _, c := range r.Checks {
		m[c.Rule.ID] = c
	}
	return m
}

func TestExamplePolicyPassesEveryRule(t *testing.T) {
	r := check(t, "", "privacy-policy.md")
	for _, c := range r.Checks {
		if c.Status != engine.Pass && c.Status != engine.NotApplicable {
			t.Errorf("%s: %s at %d:%d: %s", c.Rule.ID, c.Status, c.Location.Line, c.Location.Column, c.Message)
		}
	}
	if len(r.Suppressed) != 0 {
		t.Errorf("the example must pass without suppressions; suppressed: %v", r.Suppressed)
	}
	checks := byRule(r)
	for _, id := range acmeRules {
		c, ok := checks[id]
		if !ok {
			t.Errorf("%s did not run: the configuration's rules: directory was not loaded", id)
			continue
		}
		if c.Status != engine.Pass {
			t.Errorf("%s: %s, want pass", id, c.Status)
		}
	}
	// The configuration's settings, not the rule's default, name the DPO.
	if c := checks["acme/dpo-named"]; len(c.Evidence) == 0 || !strings.Contains(c.Evidence[0].Text, "Maria Keller") {
		t.Errorf("acme/dpo-named evidence %v; want the clause naming Maria Keller", c.Evidence)
	}
	if c := checks["acme/no-sale-of-data"]; c.Rule != nil && c.Rule.Severity != engine.SeverityError {
		t.Errorf("acme/no-sale-of-data has severity %s; .policylint.yaml raises it to error", c.Rule.Severity)
	}
}

func TestMissingVendorFails(t *testing.T) {
	policy, err := os.ReadFile("privacy-policy.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(policy), "Mailchimp") {
		t.Fatal("the example policy no longer names Mailchimp; update this test")
	}
	// The copy is outside examples/, so the configuration is given by its
	// absolute path: its rules: directory resolves against its own location.
	config, err := filepath.Abs(".policylint.yaml")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "privacy-policy.md")
	without := strings.ReplaceAll(string(policy), "Mailchimp", "our newsletter service")
	if err := os.WriteFile(path, []byte(without), 0o644); err != nil {
		t.Fatal(err)
	}
	c, ok := byRule(check(t, config, path))["acme/subprocessors-named"]
	if !ok {
		t.Fatal("acme/subprocessors-named did not run")
	}
	if c.Status != engine.Fail {
		t.Fatalf("acme/subprocessors-named: %s, want fail", c.Status)
	}
	want := "The policy does not name these sub-processors of Acme's vendor register: Mailchimp."
	if c.Message != want {
		t.Errorf("message %q, want %q", c.Message, want)
	}
	// The failure belongs where the vendor is missing: the list of
	// sub-processors.
	if c.LocationClause == nil || c.LocationClause.Text != "Sub-processors" {
		t.Errorf("failure located at %+v, want the heading Sub-processors", c.LocationClause)
	}
}

func TestDraftsAreIgnored(t *testing.T) {
	set := linter.NewSet(linter.Options{}, "", false)
	draft := filepath.Join("drafts", "old-policy.md")
	results, ignored, err := set.CheckFiles(context.Background(), []string{draft, "privacy-policy.md"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ignored) != 1 || ignored[0] != draft {
		t.Errorf("ignored %v, want [%s]", ignored, draft)
	}
	if len(results) != 1 || results[0].Path != "privacy-policy.md" {
		t.Errorf("checked %d files; want only privacy-policy.md", len(results))
	}
	// Ignoring is what keeps the draft quiet: checked with the pack, it
	// fails every acme rule.
	set = linter.NewSet(linter.Options{RuleDirs: []string{"policy-rules"}}, "", true)
	results, _, err = set.CheckFiles(context.Background(), []string{draft})
	if err != nil {
		t.Fatal(err)
	}
	checks := byRule(results[0])
	for _, id := range acmeRules {
		if c := checks[id]; c.Status != engine.Fail {
			t.Errorf("%s on the draft: %s, want fail", id, c.Status)
		}
	}
}
