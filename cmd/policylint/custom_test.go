package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles writes files (path relative to dir → content) and returns dir.
func writeFiles(t *testing.T, dir string, files map[string]string) string {
	t.Helper()
	for p, content := range files {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// dpoRule is a custom rule as a company would write it: the policy names
// the DPO the company appointed, a parameter.
const dpoRule = `# METADATA
# title: Our DPO is named
# description: The policy names the data protection officer Acme appointed.
# custom:
#   id: acme/dpo-named
#   severity: error
#   article: Art. 13(1)(b)
#   message: The policy does not name Acme's data protection officer.
#   fix: Name the DPO and give their e-mail address.
#   example: Our data protection officer, Jane Roe, can be reached at dpo@acme.example.
#   params:
#     name:
#       default: Jane Roe
#       description: The appointed DPO.
package policylint.rules.acme.dpo_named

import data.policylint.lib

report := lib.pass_or_fail(
	lib.matching(lib.param("acme/dpo-named", "name")),
	lib.headings_matching("contact"),
)
`

const dpoRuleTest = `package policylint.rules.acme.dpo_named_test

import data.policylint.rules.acme.dpo_named

test_named if {
	r := dpo_named.report with input as policylint.parse("Our DPO is Jane Roe.", "text")
	r.status == "pass"
}

test_not_named if {
	r := dpo_named.report with input as policylint.parse("# Contact\n\nWrite to us.", "markdown")
	r.status == "fail"
	r.location == 0
}
`

// acmePolicy is the example policy, which passes every built-in rule,
// with a contact section that names (or not) the DPO.
func acmePolicy(t *testing.T, dir, dpo string) string {
	t.Helper()
	data, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data) + "\n## Contact\n\nWrite to privacy@acme.example. " + dpo + "\n"
	p := filepath.Join(dir, "privacy.md")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func ruleDir(t *testing.T) string {
	t.Helper()
	return writeFiles(t, t.TempDir(), map[string]string{
		"acme/dpo_named.rego":      dpoRule,
		"acme/dpo_named_test.rego": dpoRuleTest,
	})
}

func TestCustomRuleInTextJSONAndSARIF(t *testing.T) {
	rules := ruleDir(t)
	dir := t.TempDir()
	policy := acmePolicy(t, dir, "")
	sarif := filepath.Join(dir, "out.sarif")
	out, stderr, code := run(t, "check", "--no-color", "--rules", rules, "--format", "text", "--format", "sarif", "-o", sarif, policy)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (the custom rule fails)\n%s%s", code, out, stderr)
	}
	if !strings.Contains(out, "acme/dpo-named  The policy does not name Acme's data protection officer. [Art. 13(1)(b)]") {
		t.Errorf("text output lacks the custom failure:\n%s", out)
	}
	data, err := os.ReadFile(sarif)
	if err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, data)
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID   string
						Help struct{ Text string }
					}
				}
			}
			Results []struct {
				RuleID    string
				Level     string
				Locations []struct {
					PhysicalLocation struct {
						Region struct{ StartLine int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		if r.ID == "acme/dpo-named" {
			found = strings.Contains(r.Help.Text, "Name the DPO")
		}
	}
	if !found {
		t.Error("the SARIF driver lacks acme/dpo-named with its help")
	}
	var hit bool
	for _, r := range log.Runs[0].Results {
		if r.RuleID == "acme/dpo-named" && r.Level == "error" && r.Locations[0].PhysicalLocation.Region.StartLine > 1 {
			hit = true // located at the Contact heading
		}
	}
	if !hit {
		t.Errorf("no SARIF result for acme/dpo-named at the contact heading: %+v", log.Runs[0].Results)
	}

	named := acmePolicy(t, t.TempDir(), "Our DPO, Jane Roe, answers at dpo@acme.example.")
	got, code := checkJSON(t, "--rules", rules, named)
	if code != 0 {
		t.Fatalf("exit %d with the DPO named; failing: %v", code, failing(got))
	}
	status := ""
	for _, c := range got.Files[0].Checks {
		if c.Rule == "acme/dpo-named" {
			status = c.Status
		}
	}
	if status != "pass" {
		t.Errorf("acme/dpo-named = %q, want pass", status)
	}
}

func TestCustomRuleSuppressionAndBaseline(t *testing.T) {
	rules := ruleDir(t)
	dir := t.TempDir()
	policy := acmePolicy(t, dir, "")
	text, _ := os.ReadFile(policy)
	suppressed := filepath.Join(dir, "suppressed.md")
	directive := "<!-- policylint-disable acme/dpo-named -- the DPO is named on the imprint page -->\n"
	if err := os.WriteFile(suppressed, append([]byte(directive), text...), 0o644); err != nil {
		t.Fatal(err)
	}
	got, code := checkJSON(t, "--rules", rules, suppressed)
	if code != 0 || len(got.Files[0].Suppressed) != 1 || got.Files[0].Suppressed[0].Rule != "acme/dpo-named" ||
		got.Files[0].Suppressed[0].Reason != "the DPO is named on the imprint page" {
		t.Fatalf("exit %d, suppressed %+v", code, got.Files[0].Suppressed)
	}

	base := filepath.Join(dir, "baseline.json")
	if out, stderr, code := run(t, "baseline", "--rules", rules, "-o", base, policy); code != 0 {
		t.Fatalf("baseline: exit %d\n%s%s", code, out, stderr)
	}
	raw, _ := os.ReadFile(base)
	if !strings.Contains(string(raw), `"acme/dpo-named"`) {
		t.Fatalf("the baseline lacks the custom failure:\n%s", raw)
	}
	got, code = checkJSON(t, "--rules", rules, "--baseline", base, policy)
	if code != 0 || got.Baseline == nil || got.Baseline.Matched != 1 {
		t.Errorf("with the baseline: exit %d, %+v, failing %v", code, got.Baseline, failing(got))
	}
}

func TestConfigDiscoveryAndPrecedence(t *testing.T) {
	root := t.TempDir()
	rules := ruleDir(t)
	writeFiles(t, root, map[string]string{
		".policylint.yaml": "rules: [" + rules + "]\ndisable: [policy]\nseverity:\n  acme/dpo-named: note\nsettings:\n  acme/dpo-named:\n    name: John Doe\n",
	})
	sub := filepath.Join(root, "legal", "eu")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	policy := acmePolicy(t, sub, "Our DPO, Jane Roe, answers at dpo@acme.example.")
	statusOf := func(o jsonOut) map[string]string {
		m := map[string]string{}
		for _, c := range o.Files[0].Checks {
			m[c.Rule] = c.Status
		}
		return m
	}
	// Found by walking up: the custom rule runs with the configured
	// parameter (John Doe is not named), at note, and the policy pack is off.
	got, code := checkJSON(t, policy)
	st := statusOf(got)
	if st["acme/dpo-named"] != "fail" || code != 0 {
		t.Errorf("acme/dpo-named = %q (exit %d); want fail at severity note, exit 0", st["acme/dpo-named"], code)
	}
	if _, ran := st["policy/last-updated"]; ran {
		t.Error("policy/last-updated ran although the configuration disables the policy pack")
	}
	if _, _, code := run(t, "check", "--fail-level", "note", policy); code != 1 {
		t.Errorf("--fail-level note: exit %d, want 1 (the severity override is note)", code)
	}
	// The command line wins over the file.
	got, _ = checkJSON(t, "--enable", "policy/last-updated", policy)
	if statusOf(got)["policy/last-updated"] != "pass" {
		t.Errorf("--enable did not win over the file's disable: %v", statusOf(got))
	}
	got, _ = checkJSON(t, "--disable", "acme", policy)
	if _, ran := statusOf(got)["acme/dpo-named"]; ran {
		t.Error("--disable acme did not disable the pack")
	}
	// --no-config ignores the file, --config names another.
	got, _ = checkJSON(t, "--no-config", policy)
	if _, ran := statusOf(got)["acme/dpo-named"]; ran || statusOf(got)["policy/last-updated"] != "pass" {
		t.Errorf("--no-config: %v", statusOf(got))
	}
	other := writeFiles(t, t.TempDir(), map[string]string{"c.yaml": "disable: [gdpr]\n"})
	got, _ = checkJSON(t, "--config", filepath.Join(other, "c.yaml"), policy)
	if st := statusOf(got); len(st) != 2 {
		t.Errorf("--config: checks %v, want only the policy pack", st)
	}
	if _, stderr, code := run(t, "check", "--config", "x.yaml", "--no-config", policy); code != 2 || !strings.Contains(stderr, "exclude each other") {
		t.Errorf("--config with --no-config: exit %d, %s", code, stderr)
	}
}

func TestConfigErrorsExitTwo(t *testing.T) {
	policy := acmePolicy(t, t.TempDir(), "")
	cases := map[string]struct{ config, want string }{
		"unknown key":     {"disable: [policy]\nrule_dirs: [x]\n", `.policylint.yaml:2: unknown key "rule_dirs"`},
		"unknown rule":    {"disable:\n  - gdpr/childern\n", `.policylint.yaml:2: enable/disable: there is no rule or pack "gdpr/childern" (did you mean gdpr/children?)`},
		"bad parameter":   {"settings:\n  gdpr/children:\n    minimum_age: old\n", `.policylint.yaml:3: settings: gdpr/children: minimum_age must be a number, not a string`},
		"missing rules":   {"rules: [nowhere]\n", ".policylint.yaml:1: rules: rule directory "},
		"bad severity":    {"severity:\n  gdpr/children: high\n", `.policylint.yaml:2: severity: gdpr/children: must be error, warning or note, not "high"`},
		"unknown setting": {"settings:\n  gdpr/children:\n    age: 3\n", `unknown parameter "age"; gdpr/children takes minimum_age`},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			cfg := filepath.Join(t.TempDir(), ".policylint.yaml")
			if err := os.WriteFile(cfg, []byte(c.config), 0o644); err != nil {
				t.Fatal(err)
			}
			out, stderr, code := run(t, "check", "--config", cfg, policy)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, c.want)
			}
			if strings.Contains(stderr, "goroutine") || out != "" {
				t.Errorf("unexpected output: %s%s", out, stderr)
			}
		})
	}
}

func TestConfigIgnore(t *testing.T) {
	root := writeFiles(t, t.TempDir(), map[string]string{
		".policylint.yaml": "ignore: ['drafts/**']\n",
		"drafts/old.md":    "# Old\n\nWe respect your privacy.\n",
	})
	policy := acmePolicy(t, root, "")
	out, stderr, code := run(t, "check", "--no-color", "-v", policy, filepath.Join(root, "drafts", "old.md"))
	if code != 0 {
		t.Fatalf("exit %d; the draft must be ignored\n%s%s", code, out, stderr)
	}
	if strings.Contains(out, "old.md") || !strings.Contains(stderr, "old.md: ignored by the configuration") {
		t.Errorf("out %s\nstderr %s", out, stderr)
	}
	_, stderr, code = run(t, "check", filepath.Join(root, "drafts", "old.md"))
	if code != 0 || !strings.Contains(stderr, "every input (1) is ignored") {
		t.Errorf("only ignored inputs: exit %d, stderr %q", code, stderr)
	}
}

func TestParameterOfABuiltinRule(t *testing.T) {
	policy := acmePolicy(t, t.TempDir(), "") // states "under 16"
	cfg := writeFiles(t, t.TempDir(), map[string]string{
		"strict.yaml": "settings:\n  gdpr/children:\n    minimum_age: 18\n",
		"fine.yaml":   "settings:\n  gdpr/children:\n    minimum_age: 16\n",
	})
	got, code := checkJSON(t, "--config", filepath.Join(cfg, "strict.yaml"), policy)
	if code != 1 || strings.Join(failing(got), ",") != "gdpr/children" {
		t.Errorf("minimum_age 18: exit %d, failing %v", code, failing(got))
	}
	if _, code := checkJSON(t, "--config", filepath.Join(cfg, "fine.yaml"), policy); code != 0 {
		t.Errorf("minimum_age 16: exit %d", code)
	}
}

func TestSandboxAndEvaluationErrorsExitTwo(t *testing.T) {
	policy := acmePolicy(t, t.TempDir(), "")
	rule := func(body string) string {
		return strings.Replace(dpoRule, `report := lib.pass_or_fail(
	lib.matching(lib.param("acme/dpo-named", "name")),
	lib.headings_matching("contact"),
)`, body, 1)
	}
	cases := map[string]struct {
		body string
		args []string
		want string
	}{
		"http.send": {`report := lib.pass([]) if http.send({"method": "GET", "url": "https://example.com"}).status_code == 200`, nil,
			"http.send is not allowed in policylint rules: it makes network requests"},
		"opa.runtime":   {`report := lib.pass([]) if opa.runtime().env.HOME != ""`, nil, "opa.runtime is not allowed"},
		"net":           {`report := lib.pass([]) if count(net.lookup_ip_addr("example.com")) > 0`, nil, "net.lookup_ip_addr is not allowed"},
		"builtin error": {`report := lib.pass([to_number("not a number")])`, nil, `to_number: strconv.ParseFloat`},
		"timeout": {`report := lib.pass([]) if count([x | some x in numbers.range(1, 200000000); x % 7 == 1]) > 0`,
			[]string{"--timeout", "100ms"}, "the rules took longer than the 100ms timeout (--timeout)"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			dir := writeFiles(t, t.TempDir(), map[string]string{"acme/dpo_named.rego": rule(c.body)})
			args := append([]string{"check", "--rules", dir}, c.args...)
			out, stderr, code := run(t, append(args, policy)...)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q\n%s", code, stderr, c.want, out)
			}
		})
	}
}

func TestRuleTestCommand(t *testing.T) {
	good := ruleDir(t)
	out, stderr, code := run(t, "test", "-v", good)
	if code != 0 || !strings.Contains(out, "PASS  test_named") || !strings.Contains(out, "2 tests: 2 passed, 0 failed, 0 errors") {
		t.Errorf("passing tests: exit %d\n%s%s", code, out, stderr)
	}
	bad := writeFiles(t, t.TempDir(), map[string]string{
		"acme/dpo_named.rego":      dpoRule,
		"acme/dpo_named_test.rego": strings.Replace(dpoRuleTest, `r.status == "pass"`, `r.status == "fail"`, 1),
	})
	out, _, code = run(t, "test", bad)
	if code != 1 || !strings.Contains(out, "FAIL  test_named") || strings.Contains(out, "test_not_named") {
		t.Errorf("failing test: exit %d, want 1, only the failure listed\n%s", code, out)
	}
	out, _, code = run(t, "test", "--format", "json", bad)
	var results []struct{ Name, Result string }
	if err := json.Unmarshal([]byte(out), &results); err != nil || code != 1 || len(results) != 2 {
		t.Errorf("json: exit %d, %v, %s", code, err, out)
	}
	broken := writeFiles(t, t.TempDir(), map[string]string{
		"acme/dpo_named.rego":      dpoRule,
		"acme/dpo_named_test.rego": "package policylint.rules.acme.dpo_named_test\n\ntest_x if {\n",
	})
	if _, stderr, code := run(t, "test", broken); code != 2 || !strings.Contains(stderr, "dpo_named_test.rego") {
		t.Errorf("syntax error: exit %d, %s", code, stderr)
	}
	untested := writeFiles(t, t.TempDir(), map[string]string{"acme/dpo_named.rego": dpoRule})
	if _, stderr, code := run(t, "test", untested); code != 2 || !strings.Contains(stderr, "no tests found") {
		t.Errorf("no tests: exit %d, %s", code, stderr)
	}
	sneaky := writeFiles(t, t.TempDir(), map[string]string{
		"acme/dpo_named.rego":      dpoRule,
		"acme/dpo_named_test.rego": dpoRuleTest + "\ntest_net if http.send({\"method\": \"GET\", \"url\": \"https://example.com\"})\n",
	})
	if _, stderr, code := run(t, "test", sneaky); code != 2 || !strings.Contains(stderr, "http.send is not allowed") {
		t.Errorf("http.send in a test: exit %d, %s", code, stderr)
	}
}

func TestNewRuleScaffold(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "policy-rules")
	out, stderr, code := run(t, "new", "rule", "--id", "acme/dpo-named", "--dir", dir)
	if code != 0 || !strings.Contains(out, filepath.Join(dir, "acme", "dpo_named.rego")) {
		t.Fatalf("exit %d\n%s%s", code, out, stderr)
	}
	// The scaffold works as written: its tests pass and check runs it.
	if out, stderr, code := run(t, "test", dir); code != 0 || !strings.Contains(out, "2 passed, 0 failed") {
		t.Errorf("the scaffold's tests: exit %d\n%s%s", code, out, stderr)
	}
	got, _ := checkJSON(t, "--rules", dir, acmePolicy(t, t.TempDir(), "Our data protection officer is Jane Roe."))
	ran := false
	for _, c := range got.Files[0].Checks {
		ran = ran || c.Rule == "acme/dpo-named" && c.Status == "pass"
	}
	if !ran {
		t.Error("check did not run the scaffolded rule to a pass")
	}
	before, _ := os.ReadFile(filepath.Join(dir, "acme", "dpo_named.rego"))
	if _, stderr, code := run(t, "new", "rule", "--id", "acme/dpo-named", "--dir", dir); code != 2 || !strings.Contains(stderr, "already exists") {
		t.Errorf("second scaffold: exit %d, %s", code, stderr)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "acme", "dpo_named.rego"))
	if string(before) != string(after) {
		t.Error("the second scaffold changed the rule")
	}
	for _, bad := range []string{"dpo", "Acme/DPO", "gdpr/my-rule", "acme/"} {
		if _, stderr, code := run(t, "new", "rule", "--id", bad, "--dir", dir); code != 2 || stderr == "" {
			t.Errorf("--id %s: exit %d", bad, code)
		}
	}
	if _, _, code := run(t, "new", "rule", "--dir", dir); code != 2 {
		t.Errorf("no --id: exit %d", code)
	}
}

func TestInit(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, ".policylint.yaml")
	if out, stderr, code := run(t, "init", "-o", cfg); code != 0 || !strings.Contains(out, "Wrote") {
		t.Fatalf("exit %d\n%s%s", code, out, stderr)
	}
	// The starter is valid and changes nothing.
	policy := acmePolicy(t, dir, "")
	if out, stderr, code := run(t, "check", "--no-color", policy); code != 0 {
		t.Errorf("check with the starter config: exit %d\n%s%s", code, out, stderr)
	}
	if err := os.WriteFile(cfg, []byte("disable: [gdpr]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := run(t, "init", "-o", cfg); code != 2 || !strings.Contains(stderr, "already exists") {
		t.Errorf("init over an existing file: exit %d, %s", code, stderr)
	}
	if data, _ := os.ReadFile(cfg); string(data) != "disable: [gdpr]\n" {
		t.Error("init changed an existing file without --force")
	}
	if _, _, code := run(t, "init", "-o", cfg, "--force"); code != 0 {
		t.Errorf("--force: exit %d", code)
	}
}
