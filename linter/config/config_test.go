package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter/engine"
)

func parse(t *testing.T, src string) (*Config, error) {
	t.Helper()
	return Parse(filepath.Join(t.TempDir(), ".policylint.yaml"), []byte(src))
}

// Every mistake in the file is an error naming the file, the line and the
// key.
func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, src, want string
		line            int
	}{
		{"unknown key", "rules: []\nsevertiy: {}\n", `unknown key "severtiy"; the keys are rules, enable, disable, severity, ignore, settings`, 2},
		{"not YAML", "rules: [\n", "not valid YAML", 0},
		{"not a mapping", "- gdpr\n", "must be a mapping", 1},
		{"twice", "disable: []\ndisable: []\n", "disable is given twice", 2},
		{"rules not a list", "rules: policy-rules\n", "rules: must be a list", 1},
		{"item not a string", "disable:\n  - gdpr/children\n  - {a: 1}\n", "disable: each item must be a non-empty string", 3},
		{"number item", "enable: [3]\n", "enable: each item must be a non-empty string", 1},
		{"bad glob", "ignore: ['drafts/[']\n", `ignore: "drafts/[" is not a valid glob`, 1},
		{"bad severity", "severity:\n  gdpr/children: fatal\n", `severity: gdpr/children: must be error, warning or note, not "fatal"`, 2},
		{"severity list", "severity: [gdpr/children]\n", "severity: must map rule IDs", 1},
		{"settings list", "settings: [a]\n", "settings: must map rule IDs to their parameters", 1},
		{"setting not a mapping", "settings:\n  gdpr/children: 16\n", "settings: gdpr/children: must map parameter names to values", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := parse(t, c.src)
			if err == nil {
				t.Fatal("no error")
			}
			var ce *Error
			if !asError(err, &ce) {
				t.Fatalf("%T is not a *config.Error", err)
			}
			if !strings.Contains(err.Error(), c.want) || ce.Line != c.line || !strings.Contains(err.Error(), ".policylint.yaml") {
				t.Errorf("got %q (line %d), want %q at line %d", err, ce.Line, c.want, c.line)
			}
		})
	}
}

func asError(err error, target **Error) bool { return errors.As(err, target) }

func TestParseValid(t *testing.T) {
	c, err := parse(t, `
rules:
  - policy-rules
  - /abs/rules
disable: [policy, gdpr/eu-representative]
enable: [policy/last-updated]
severity:
  gdpr/children: warning
ignore: ["drafts/**"]
settings:
  gdpr/children:
    minimum_age: 16
  gdpr/recipients:
    must_name: [Stripe]
`)
	if err != nil {
		t.Fatal(err)
	}
	if c.Rules[0].Value != filepath.Join(c.Dir, "policy-rules") || c.Rules[1].Value != "/abs/rules" {
		t.Errorf("rules = %+v; relative paths resolve against the file's directory", c.Rules)
	}
	if len(c.Disable) != 2 || c.Disable[1] != (Entry{"gdpr/eu-representative", 5}) {
		t.Errorf("disable = %+v", c.Disable)
	}
	if c.Severity["gdpr/children"].Value != "warning" {
		t.Errorf("severity = %+v", c.Severity)
	}
	if v := c.Settings["gdpr/children"]["minimum_age"].Value; v != 16.0 {
		t.Errorf("minimum_age = %#v, want the JSON number 16", v)
	}
	if v, ok := c.Settings["gdpr/recipients"]["must_name"].Value.([]any); !ok || v[0] != "Stripe" {
		t.Errorf("must_name = %#v", c.Settings["gdpr/recipients"]["must_name"].Value)
	}
}

func TestEmptyFilesAreTheDefaults(t *testing.T) {
	for _, src := range []string{"", "# nothing\n", "~\n", "rules:\nsettings:\nseverity:\n"} {
		c, err := parse(t, src)
		if err != nil || len(c.Rules) != 0 || len(c.Disable) != 0 {
			t.Errorf("%q: %+v, %v", src, c, err)
		}
	}
}

func testRules() []*engine.Rule {
	p, err := engine.Load([]engine.Module{
		{Name: "children.rego", Source: ruleSrc("gdpr", "children", "gdpr/children", `#   params:
#     minimum_age:
#       default: 0
#       description: An age.
#     names:
#       default: []
#       description: Names.
`)},
		{Name: "access.rego", Source: ruleSrc("gdpr", "right_access", "gdpr/right-access", "")},
		{Name: "updated.rego", Source: ruleSrc("policy", "last_updated", "policy/last-updated", "")},
		{Name: "changes.rego", Source: ruleSrc("policy", "changes", "policy/changes", "")},
	})
	if err != nil {
		panic(err)
	}
	return p.Rules()
}

func ruleSrc(pack, name, id, extra string) string {
	return `# METADATA
# title: T
# custom:
#   id: ` + id + `
#   severity: error
` + extra + `package policylint.rules.` + pack + `.` + name + `

report := {"status": "pass"}
`
}

func TestResolveErrors(t *testing.T) {
	cases := []struct {
		name, src, want string
		line            int
		o               Overrides
	}{
		{"unknown rule in disable", "disable:\n  - gdpr/childrn\n", `enable/disable: there is no rule or pack "gdpr/childrn" (did you mean gdpr/children?)`, 2, Overrides{}},
		{"unknown pack", "enable: [acme]\n", `there is no rule or pack "acme"`, 1, Overrides{}},
		{"severity of unknown rule", "severity:\n  gdpr/right-acces: note\n", `severity: there is no rule "gdpr/right-acces" (did you mean gdpr/right-access?)`, 2, Overrides{}},
		{"settings of unknown rule", "settings:\n  gdpr/kids:\n    minimum_age: 3\n", `settings: there is no rule "gdpr/kids"`, 2, Overrides{}},
		{"unknown parameter", "settings:\n  gdpr/children:\n    min_age: 16\n", `settings: gdpr/children: unknown parameter "min_age"; gdpr/children takes minimum_age, names`, 3, Overrides{}},
		{"parameter of a rule without any", "settings:\n  policy/changes:\n    x: 1\n", `policy/changes takes no parameters`, 3, Overrides{}},
		{"wrong type", "settings:\n  gdpr/children:\n    minimum_age: sixteen\n", `settings: gdpr/children: minimum_age must be a number, not a string`, 3, Overrides{}},
		{"wrong list type", "settings:\n  gdpr/children:\n    names: Stripe\n", `names must be a list, not a string`, 3, Overrides{}},
		{"both in the file", "enable: [policy]\ndisable: [policy]\n", `policy is both enabled and disabled`, 0, Overrides{}},
		{"unknown on the command line", "", `--enable/--disable: there is no rule or pack "gdpr/childre" (did you mean gdpr/children?)`, 0, Overrides{Disable: []string{"gdpr/childre"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg, err := parse(t, c.src)
			if err != nil {
				t.Fatal(err)
			}
			_, err = cfg.Resolve(testRules(), c.o)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want %q", err, c.want)
			}
			var ce *Error
			if errors.As(err, &ce) && ce.Line != c.line {
				t.Errorf("line %d, want %d", ce.Line, c.line)
			}
		})
	}
}

// Precedence: a rule ID beats its pack, a pack beats "all", and the
// command line beats the file at each level.
func TestEnablePrecedence(t *testing.T) {
	cases := []struct {
		name, src string
		o         Overrides
		disabled  []string
	}{
		{"defaults", "", Overrides{}, nil},
		{"pack off", "disable: [policy]\n", Overrides{}, []string{"policy/changes", "policy/last-updated"}},
		{"rule back on in a pack off", "disable: [policy]\nenable: [policy/changes]\n", Overrides{}, []string{"policy/last-updated"}},
		{"all off but a pack", "disable: [all]\nenable: [policy]\n", Overrides{}, []string{"gdpr/children", "gdpr/right-access"}},
		{"command line wins over the file", "disable: [gdpr/children]\n", Overrides{Enable: []string{"gdpr/children"}}, nil},
		{"command line pack loses to file rule ID", "enable: [gdpr/children]\n", Overrides{Disable: []string{"gdpr"}}, []string{"gdpr/right-access"}},
		{"command line only", "", Overrides{Disable: []string{"all"}, Enable: []string{"gdpr/right-access"}}, []string{"gdpr/children", "policy/changes", "policy/last-updated"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg, err := parse(t, c.src)
			if err != nil {
				t.Fatal(err)
			}
			s, err := cfg.Resolve(testRules(), c.o)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range testRules() {
				if s.Disabled[r.ID] {
					got = append(got, r.ID)
				}
			}
			if strings.Join(got, ",") != strings.Join(c.disabled, ",") {
				t.Errorf("disabled = %v, want %v", got, c.disabled)
			}
		})
	}
}

func TestResolveSettings(t *testing.T) {
	cfg, err := parse(t, "severity:\n  gdpr/children: note\nsettings:\n  gdpr/children:\n    minimum_age: 16\n")
	if err != nil {
		t.Fatal(err)
	}
	s, err := cfg.Resolve(testRules(), Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Severity["gdpr/children"] != "note" || s.Params["gdpr/children"]["minimum_age"] != 16.0 {
		t.Errorf("settings = %+v", s)
	}
}

func TestFindWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	policy := filepath.Join(deep, "privacy.md")
	if got, err := Find(policy); err != nil || got != "" && strings.HasPrefix(got, root) {
		t.Fatalf("no file: got %q, %v", got, err)
	}
	top := filepath.Join(root, ".policylint.yaml")
	mid := filepath.Join(root, "a", ".policylint.yml")
	for _, p := range []string{top, mid} {
		if err := os.WriteFile(p, []byte("rules:\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := Find(policy); got != mid {
		t.Errorf("Find = %q, want the nearest, %q", got, mid)
	}
	if got, _ := Find(filepath.Join(root, "x.md")); got != top {
		t.Errorf("Find = %q, want %q", got, top)
	}
}

func TestIgnored(t *testing.T) {
	cfg, err := parse(t, "ignore: ['drafts/**', '**/*.draft.md', vendor]\n")
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{
		"drafts/old.md":         true,
		"drafts/2019/old.md":    true,
		"docs/privacy.draft.md": true,
		"vendor/acme.html":      true,
		"privacy.md":            false,
		"docs/drafts.md":        false,
		"../elsewhere/x.md":     false,
	} {
		if got := cfg.Ignored(filepath.Join(cfg.Dir, path)); got != want {
			t.Errorf("Ignored(%s) = %v, want %v", path, got, want)
		}
	}
}

// The starter that init writes is a valid configuration that changes
// nothing, and every example in it, uncommented, is valid too.
func TestStarter(t *testing.T) {
	cfg, err := parse(t, Starter)
	if err != nil {
		t.Fatal(err)
	}
	s, err := cfg.Resolve(testRules(), Overrides{})
	if err != nil || len(s.Disabled) != 0 || len(s.Severity) != 0 {
		t.Fatalf("starter: %+v, %v", s, err)
	}
	var lines []string
	for _, l := range strings.Split(Starter, "\n") {
		if strings.HasPrefix(l, "#  ") {
			l = l[1:]
		}
		lines = append(lines, l)
	}
	uncommented, err := parse(t, strings.Join(lines, "\n"))
	if err != nil {
		t.Fatalf("the starter's examples do not parse when uncommented: %v", err)
	}
	if len(uncommented.Disable) == 0 || len(uncommented.Settings) == 0 || len(uncommented.Ignore) == 0 {
		t.Errorf("uncommented starter = %+v", uncommented)
	}
}
