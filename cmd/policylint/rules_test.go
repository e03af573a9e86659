package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRulesText(t *testing.T) {
	out, stderr, code := run(t, "rules")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(out, "\n")
	if !strings.HasPrefix(lines[0], "ID") || !strings.Contains(lines[0], "SEVERITY") || !strings.Contains(lines[0], "ARTICLE") {
		t.Errorf("no header: %q", lines[0])
	}
	for _, want := range []string{"gdpr/children", "Art. 8", "policy/last-updated", "27 rules: 27 built-in, 0 custom; 0 disabled"} {
		if !strings.Contains(out, want) {
			t.Errorf("rules lacks %q:\n%s", want, out)
		}
	}
}

func TestRulesJSON(t *testing.T) {
	out, stderr, code := run(t, "rules", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rules []struct {
		ID          string `json:"id"`
		Title       string `json:"title"`
		Severity    string `json:"severity"`
		Article     string `json:"article"`
		Pack        string `json:"pack"`
		Builtin     *bool  `json:"builtin"`
		Enabled     *bool  `json:"enabled"`
		Conditional *bool  `json:"conditional"`
		Description string `json:"description"`
		Message     string `json:"message"`
		Fix         string `json:"fix"`
		Example     string `json:"example"`
		HelpURI     string `json:"help_uri"`
		Params      []struct {
			Name        string `json:"name"`
			Default     any    `json:"default"`
			Description string `json:"description"`
		} `json:"params"`
	}
	if err := json.Unmarshal([]byte(out), &rules); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	builtin := 0
	byID := map[string]int{}
	for i, r := range rules {
		byID[r.ID] = i
		if r.Builtin == nil || r.Enabled == nil || r.Conditional == nil {
			t.Errorf("%s: builtin, enabled and conditional must always be present", r.ID)
			continue
		}
		if *r.Builtin {
			builtin++
		}
		if r.Title == "" || r.Severity == "" || r.Article == "" || r.Message == "" || r.Fix == "" || r.Example == "" || r.Description == "" {
			t.Errorf("%s: a built-in rule lacks documentation: %+v", r.ID, r)
		}
		if r.Pack != strings.Split(r.ID, "/")[0] {
			t.Errorf("%s: pack %q", r.ID, r.Pack)
		}
	}
	if builtin != 27 {
		t.Errorf("%d built-in rules, want 27", builtin)
	}
	i, ok := byID["gdpr/children"]
	if !ok {
		t.Fatal("gdpr/children missing")
	}
	c := rules[i]
	if c.Severity != "error" || c.Article != "Art. 8" || !*c.Enabled || *c.Conditional {
		t.Errorf("gdpr/children: %+v", c)
	}
	if tc, ok := byID["gdpr/transfer-safeguards"]; !ok || !*rules[tc].Conditional {
		t.Error("gdpr/transfer-safeguards should be conditional")
	}
	if !strings.Contains(out, `"params": [`) {
		t.Error("params must be an array, never null")
	}
}

func TestRulesMarkdown(t *testing.T) {
	out, _, code := run(t, "rules", "--format", "markdown")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"| Rule | Severity | Article | Title |", "[`gdpr/children`](gdpr/children.md)", "[`policy/changes`](policy/changes.md)"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
}

func TestRulesBadFormat(t *testing.T) {
	out, stderr, code := run(t, "rules", "--format", "yaml")
	if code != 2 || !strings.Contains(stderr, "yaml") || out != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	if _, _, code := run(t, "rules", "extra-arg"); code != 2 {
		t.Errorf("an argument: exit %d, want 2", code)
	}
}

func TestExplain(t *testing.T) {
	out, stderr, code := run(t, "explain", "gdpr/children")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"gdpr/children: Children",
		"Art. 8",
		"How to fix a failure",
		"Add a section on children",
		"Passing example",
		"> Our service is not intended for anyone under 16",
		"disable: [gdpr/children]",
		"<!-- policylint-disable gdpr/children -- reason -->",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explain lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("colour escapes in piped output:\n%q", out)
	}
}

func TestExplainColour(t *testing.T) {
	t.Setenv("TERM", "xterm-256color")
	t.Setenv("NO_COLOR", "")
	var outb, errb strings.Builder
	tty := streams{Out: &outb, Err: &errb, OutIsTerminal: true}
	if code := Main([]string{"explain", "gdpr/children"}, tty); code != 0 || !strings.Contains(outb.String(), "\x1b[") {
		t.Errorf("a terminal should get colour: exit %d\n%q", code, outb.String())
	}
	outb.Reset()
	if code := Main([]string{"explain", "--no-color", "gdpr/children"}, tty); code != 0 || strings.Contains(outb.String(), "\x1b[") {
		t.Errorf("--no-color: exit %d\n%q", code, outb.String())
	}
}

func TestExplainMarkdown(t *testing.T) {
	out, _, code := run(t, "explain", "--format", "markdown", "gdpr/children")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.HasPrefix(out, "# gdpr/children: Children\n") || !strings.Contains(out, "## How to fix a failure") {
		t.Errorf("not the rule's page:\n%s", out)
	}
	if _, stderr, code := run(t, "explain", "--format", "json", "gdpr/children"); code != 2 || !strings.Contains(stderr, "json") {
		t.Errorf("--format json: exit %d, %q", code, stderr)
	}
}

func TestExplainUnknownRule(t *testing.T) {
	for _, tc := range []struct{ typed, suggestion string }{
		{"gdpr/childern", "gdpr/children"},
		{"children", "gdpr/children"},
		{"gdpr/right-acess", "gdpr/right-access"},
	} {
		out, stderr, code := run(t, "explain", tc.typed)
		if code != 2 {
			t.Errorf("%s: exit %d, want 2", tc.typed, code)
		}
		if out != "" || !strings.Contains(stderr, `unknown rule "`+tc.typed+`"`) || !strings.Contains(stderr, "did you mean "+tc.suggestion) {
			t.Errorf("%s: stdout %q, stderr %q", tc.typed, out, stderr)
		}
	}
	_, stderr, code := run(t, "explain", "nothing-like-it-at-all")
	if code != 2 || !strings.Contains(stderr, "policylint rules") {
		t.Errorf("no close rule: exit %d, %q", code, stderr)
	}
	if _, _, code := run(t, "explain"); code != 2 {
		t.Errorf("no rule given: exit %d, want 2", code)
	}
}

// customRuleDir is a rule directory with one custom rule, for the listings
// that must tell custom rules apart.
func customRuleDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "acme"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := `# METADATA
# title: Cookie banner
# description: The policy must describe the cookie banner.
# custom:
#   id: acme/banner
#   severity: note
package policylint.rules.acme.banner

import data.policylint.lib

report := lib.pass_or_fail(lib.tagged("children_statement"), lib.first_heading(["children_heading"]))
`
	if err := os.WriteFile(filepath.Join(dir, "acme", "banner.rego"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRulesMarksCustomAndDisabled(t *testing.T) {
	dir := customRuleDir(t)
	out, stderr, code := run(t, "rules", "--rules", dir, "--disable", "gdpr/children")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Cookie banner (custom)", "Children (disabled)", "28 rules: 27 built-in, 1 custom; 1 disabled"} {
		if !strings.Contains(out, want) {
			t.Errorf("rules lacks %q:\n%s", want, out)
		}
	}
	out, _, code = run(t, "rules", "--rules", dir, "--format", "json")
	var rules []struct {
		ID      string `json:"id"`
		Builtin bool   `json:"builtin"`
		Pack    string `json:"pack"`
	}
	if err := json.Unmarshal([]byte(out), &rules); code != 0 || err != nil {
		t.Fatalf("exit %d, %v", code, err)
	}
	found := false
	for _, r := range rules {
		if r.ID == "acme/banner" {
			found = true
			if r.Builtin || r.Pack != "acme" {
				t.Errorf("custom rule: %+v", r)
			}
		}
	}
	if !found {
		t.Error("the custom rule is not listed")
	}
	out, stderr, code = run(t, "explain", "--rules", dir, "acme/banner")
	if code != 0 || !strings.Contains(out, "acme/banner: Cookie banner") || !strings.Contains(out, "custom") {
		t.Errorf("explain of a custom rule: exit %d\n%s%s", code, out, stderr)
	}
}
