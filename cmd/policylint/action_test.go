package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The action and the pre-commit hook live at the repository root.
const (
	actionFile   = "../../action.yml"
	actionDir    = "../../.github/action"
	preCommitDef = "../../.pre-commit-hooks.yaml"
)

type actionStep struct {
	Name, ID, Uses, Run, Shell, If string
	With                           map[string]string
	Env                            map[string]string
}

type actionMeta struct {
	Name        string
	Description string
	Author      string
	Branding    struct{ Icon, Color string }
	Inputs      map[string]struct {
		Description string
		Required    bool
		Default     *string
	}
	Outputs map[string]struct{ Description, Value string }
	Runs    struct {
		Using string
		Steps []actionStep
	}
}

func readAction(t *testing.T) actionMeta {
	t.Helper()
	data, err := os.ReadFile(actionFile)
	if err != nil {
		t.Fatal(err)
	}
	var a actionMeta
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true) // a misspelt key is a mistake, not an extension
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return a
}

func TestActionMetadata(t *testing.T) {
	a := readAction(t)
	if a.Name == "" || a.Description == "" || a.Runs.Using != "composite" {
		t.Errorf("name %q, description %q, runs.using %q", a.Name, a.Description, a.Runs.Using)
	}
	defaults := map[string]string{"fail-level": "error", "sarif-file": "policylint.sarif", "upload": "true", "category": "policylint"}
	for name, want := range defaults {
		in, ok := a.Inputs[name]
		switch {
		case !ok:
			t.Errorf("input %s missing", name)
		case in.Default == nil || *in.Default != want:
			t.Errorf("input %s: default %v, want %q", name, in.Default, want)
		}
	}
	if in, ok := a.Inputs["paths"]; !ok || !in.Required {
		t.Error("input paths must be required")
	}
	for name, in := range a.Inputs {
		if in.Description == "" {
			t.Errorf("input %s has no description", name)
		}
	}
	for _, name := range []string{"sarif-file", "exit-code"} {
		if out, ok := a.Outputs[name]; !ok || !strings.Contains(out.Value, "steps.run.outputs."+name) {
			t.Errorf("output %s = %+v, want the run step's output", name, out)
		}
	}

	// Every input is used, and every use names a declared input.
	data, _ := os.ReadFile(actionFile)
	used := map[string]bool{}
	for _, m := range regexp.MustCompile(`inputs\.([a-z-]+)`).FindAllStringSubmatch(string(data), -1) {
		used[m[1]] = true
		if _, ok := a.Inputs[m[1]]; !ok {
			t.Errorf("action.yml uses undeclared input %s", m[1])
		}
	}
	for name := range a.Inputs {
		if !used[name] {
			t.Errorf("input %s is declared but never used", name)
		}
	}

	steps := map[string]actionStep{}
	var order []string
	for _, s := range a.Runs.Steps {
		key := s.ID
		if s.Uses != "" {
			key = strings.SplitN(s.Uses, "@", 2)[0]
		}
		steps[key] = s
		order = append(order, key)
		if s.Run != "" && s.Shell != "bash" {
			t.Errorf("step %q: a composite run step needs shell: bash", s.Name)
		}
		// Scripts the steps run must exist.
		for _, m := range regexp.MustCompile(`\.github/action/[a-z-]+\.sh`).FindAllString(s.Run, -1) {
			if _, err := os.Stat(filepath.Join("../..", m)); err != nil {
				t.Errorf("step %q runs %s: %v", s.Name, m, err)
			}
		}
		if strings.Contains(s.Run, "${{") {
			t.Errorf("step %q splices an expression into its shell; pass it through env", s.Name)
		}
	}
	setup, ok := steps["actions/setup-go"]
	if !ok || !strings.Contains(setup.With["go-version-file"], "github.action_path") || !strings.HasSuffix(setup.With["go-version-file"], "/go.mod") {
		t.Errorf("setup-go step = %+v, want go-version-file from the action's go.mod", setup)
	}
	upload, ok := steps["github/codeql-action/upload-sarif"]
	if !ok || !strings.Contains(upload.If, "always()") || !strings.Contains(upload.If, "inputs.upload == 'true'") ||
		!strings.Contains(upload.With["sarif_file"], "steps.run.outputs.sarif-file") || !strings.Contains(upload.With["category"], "inputs.category") {
		t.Errorf("upload step = %+v", upload)
	}
	want := []string{"actions/setup-go", "install", "run", "github/codeql-action/upload-sarif"}
	if len(order) != 5 || !slices.Equal(order[:4], want) || !strings.Contains(steps[order[4]].Run, "run.sh\" finish") || !strings.Contains(steps[order[4]].If, "always()") {
		t.Errorf("steps = %v, want %v then the finish step (always)", order, want)
	}
	for _, env := range []string{"INPUT_PATHS", "INPUT_FAIL_LEVEL", "INPUT_SARIF_FILE", "INPUT_CATEGORY", "INPUT_UPLOAD"} {
		if steps["run"].Env[env] == "" {
			t.Errorf("the run step does not pass %s", env)
		}
	}
}

// TestActionDocumented keeps the README's tables of inputs and outputs in
// step with action.yml.
func TestActionDocumented(t *testing.T) {
	a := readAction(t)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for name := range a.Inputs {
		if !bytes.Contains(readme, []byte("| `"+name+"` |")) {
			t.Errorf("README does not document the input %s", name)
		}
	}
	for name := range a.Outputs {
		if !bytes.Contains(readme, []byte("| `"+name+"` |")) {
			t.Errorf("README does not document the output %s", name)
		}
	}
	for _, want := range []string{"security-events: write", "uses: policylint/policylint@", "id: policylint"} {
		if !bytes.Contains(readme, []byte(want)) {
			t.Errorf("README lacks %q", want)
		}
	}
}

func TestPreCommitHook(t *testing.T) {
	data, err := os.ReadFile(preCommitDef)
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID, Name, Language, Entry, Files string
		PassFilenames                    bool `yaml:"pass_filenames"`
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	if len(hooks) != 1 || hooks[0].ID != "policylint" || hooks[0].Language != "golang" ||
		!strings.HasPrefix(hooks[0].Entry, "policylint check") || !hooks[0].PassFilenames {
		t.Fatalf("hooks = %+v", hooks)
	}
	// pre-commit matches with Python's re.search; this pattern means the
	// same in Go's RE2.
	files := regexp.MustCompile(hooks[0].Files)
	for path, want := range map[string]bool{
		"testdata/example/privacy-policy.md":    true,
		"site/Privacy.HTML":                     true,
		"legal/datenschutz.html":                true,
		"fr/politique-de-confidentialite.md":    true,
		"es/politica-de-privacidad.txt":         true,
		"docs/privacy/README.md":                false,
		"internal/privacy/checker.go":           false,
		"testdata/example/privacy-policy.md.go": false,
	} {
		if files.MatchString(path) != want {
			t.Errorf("files %q matches %s: %v, want %v", hooks[0].Files, path, !want, want)
		}
	}
}

// actionEnv is the environment of a script run: the test's own, without
// anything from a real runner (the suite may run inside GitHub Actions,
// whose outputs and summary it must not touch), plus vars.
func actionEnv(vars map[string]string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, "GITHUB_") || strings.HasPrefix(name, "INPUT_") || strings.HasPrefix(name, "RUNNER_") || name == "POLICYLINT" {
			continue
		}
		env = append(env, kv)
	}
	for k, v := range vars {
		env = append(env, k+"="+v)
	}
	return env
}

type scriptRun struct {
	stdout, stderr string
	code           int
	outputs        map[string]string
}

// runScript runs an action script in dir with vars, and reads back what it
// wrote to GITHUB_OUTPUT.
func runScript(t *testing.T, dir, script string, vars map[string]string, args ...string) scriptRun {
	t.Helper()
	outFile := filepath.Join(t.TempDir(), "github_output")
	if err := os.WriteFile(outFile, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	all := map[string]string{"GITHUB_OUTPUT": outFile, "RUNNER_TEMP": t.TempDir()}
	for k, v := range vars {
		all[k] = v
	}
	abs, err := filepath.Abs(filepath.Join(actionDir, script))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", append([]string{abs}, args...)...)
	cmd.Dir = dir
	cmd.Env = actionEnv(all)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	r := scriptRun{outputs: map[string]string{}}
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("%s: %v", script, err)
		}
		r.code = ee.ExitCode()
	}
	r.stdout, r.stderr = stdout.String(), stderr.String()
	data, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			r.outputs[k] = v
		}
	}
	return r
}

// TestActionScripts runs the action's build and check steps as the runner
// would: inputs as INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
// as files, in a workspace that is a Git checkout.
func TestActionScripts(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the action's scripts run in bash")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}

	binDir := t.TempDir()
	build := runScript(t, ".", "install.sh", map[string]string{"POLICYLINT_BIN_DIR": binDir, "ACTION_REF": "v1.2.3"})
	binary := filepath.Join(binDir, "policylint")
	if build.code != 0 || build.outputs["binary"] != binary || !strings.Contains(build.stdout, "1.2.3") {
		t.Fatalf("install.sh: exit %d, outputs %v\n%s%s", build.code, build.outputs, build.stdout, build.stderr)
	}

	ws := t.TempDir()
	for _, d := range []string{".git", "docs", "legal/eu"} {
		if err := os.MkdirAll(filepath.Join(ws, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	good, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	weak, err := os.ReadFile(weakPolicy(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ws, "docs/privacy-policy.md"), good, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ws, "legal/eu/weak.md"), weak, 0o644); err != nil {
		t.Fatal(err)
	}
	summary := filepath.Join(t.TempDir(), "step_summary")
	before := "## Earlier step\n"
	if err := os.WriteFile(summary, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	base := map[string]string{"POLICYLINT": binary, "GITHUB_STEP_SUMMARY": summary}
	with := func(vars map[string]string) map[string]string {
		m := map[string]string{}
		for k, v := range base {
			m[k] = v
		}
		for k, v := range vars {
			m[k] = v
		}
		return m
	}
	sarifURIs := func(path string) []string {
		t.Helper()
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("SARIF not written: %v", err)
		}
		validateSARIF(t, data)
		var log struct {
			Version string
			Runs    []struct {
				Results []struct {
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct{ URI string }
						}
					}
				}
			}
		}
		if err := json.Unmarshal(data, &log); err != nil || log.Version != "2.1.0" || len(log.Runs) != 1 {
			t.Fatalf("not a SARIF log (%v):\n%.300s", err, data)
		}
		var uris []string
		for _, r := range log.Runs[0].Results {
			for _, l := range r.Locations {
				uris = append(uris, l.PhysicalLocation.ArtifactLocation.URI)
			}
		}
		return uris
	}

	t.Run("passing policy", func(t *testing.T) {
		r := runScript(t, ws, "run.sh", with(map[string]string{"INPUT_PATHS": "docs/*.md"}), "check")
		if r.code != 0 || r.outputs["exit-code"] != "0" || r.outputs["sarif-file"] != "policylint.sarif" || r.outputs["sarif-written"] != "true" {
			t.Fatalf("exit %d, outputs %v\n%s%s", r.code, r.outputs, r.stdout, r.stderr)
		}
		if !strings.Contains(r.stdout, "docs/privacy-policy.md") || !strings.Contains(r.stdout, "passed, 0 failed") {
			t.Errorf("the text report should be in the log:\n%s", r.stdout)
		}
		if uris := sarifURIs(filepath.Join(ws, "policylint.sarif")); len(uris) != 0 {
			t.Errorf("a passing policy has SARIF results: %v", uris)
		}
		data, _ := os.ReadFile(summary)
		if !strings.HasPrefix(string(data), before) || !strings.Contains(string(data), "| docs/privacy-policy.md |") {
			t.Errorf("step summary:\n%s", data)
		}
		if f := runScript(t, ws, "run.sh", map[string]string{"EXIT_CODE": "0"}, "finish"); f.code != 0 {
			t.Errorf("finish after exit 0: exit %d\n%s", f.code, f.stdout)
		}
	})

	t.Run("failing policy", func(t *testing.T) {
		summaryBefore, _ := os.ReadFile(summary)
		r := runScript(t, ws, "run.sh", with(map[string]string{
			"INPUT_PATHS":      "docs/*.md\n  legal/**/*.md docs/privacy-policy.md",
			"INPUT_SARIF_FILE": "reports/policylint.sarif",
			"INPUT_UPLOAD":     "false", // annotations: auto means on
			"INPUT_SUMMARY":    "false",
		}), "check")
		if r.code != 0 || r.outputs["exit-code"] != "1" || r.outputs["sarif-file"] != "reports/policylint.sarif" || r.outputs["sarif-written"] != "true" {
			t.Fatalf("exit %d, outputs %v\n%s%s", r.code, r.outputs, r.stdout, r.stderr)
		}
		uris := sarifURIs(filepath.Join(ws, "reports/policylint.sarif"))
		if len(uris) == 0 || !slices.Contains(uris, "legal/eu/weak.md") {
			t.Errorf("SARIF URIs %v, want legal/eu/weak.md relative to the checkout", uris)
		}
		if !strings.Contains(r.stdout, "::error file=legal/eu/weak.md,line=") {
			t.Errorf("annotations missing with upload false:\n%s", r.stdout)
		}
		if n := strings.Count(r.stdout, "docs/privacy-policy.md (markdown"); n != 1 {
			t.Errorf("a file matched twice should be checked once, got %d\n%s", n, r.stdout)
		}
		if data, _ := os.ReadFile(summary); !bytes.Equal(data, summaryBefore) {
			t.Errorf("summary false still wrote the job summary")
		}
		f := runScript(t, ws, "run.sh", map[string]string{"EXIT_CODE": r.outputs["exit-code"], "INPUT_FAIL_LEVEL": "error"}, "finish")
		if f.code != 1 || !strings.Contains(f.stdout, "::error title=policylint::policylint found failures at or above fail-level error") {
			t.Errorf("finish after exit 1: exit %d, %q", f.code, f.stdout)
		}
	})

	t.Run("baseline", func(t *testing.T) {
		bl := filepath.Join(ws, ".policylint-baseline.json")
		cmd := exec.Command(binary, "baseline", "-o", bl, "legal/eu/weak.md")
		cmd.Dir = ws
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("policylint baseline: %v\n%s", err, out)
		}
		defer os.Remove(bl)
		r := runScript(t, ws, "run.sh", with(map[string]string{"INPUT_PATHS": "legal/eu/weak.md", "INPUT_BASELINE": ".policylint-baseline.json"}), "check")
		if r.code != 0 || r.outputs["exit-code"] != "0" {
			t.Errorf("with every failure in the baseline: exit %d, outputs %v\n%s%s", r.code, r.outputs, r.stdout, r.stderr)
		}
	})

	t.Run("fail level", func(t *testing.T) {
		r := runScript(t, ws, "run.sh", with(map[string]string{"INPUT_PATHS": "legal/eu/weak.md", "INPUT_FAIL_LEVEL": "fatal"}), "check")
		if r.code != 0 || r.outputs["exit-code"] != "2" || r.outputs["sarif-written"] != "false" {
			t.Errorf("bad fail-level: exit %d, outputs %v", r.code, r.outputs)
		}
		if strings.Contains(r.stdout, "::error file=") {
			t.Errorf("annotations with upload true (auto): %s", r.stdout)
		}
	})

	t.Run("pattern matching nothing", func(t *testing.T) {
		r := runScript(t, ws, "run.sh", with(map[string]string{"INPUT_PATHS": "docs/*.md nothing/**/*.html"}), "check")
		if r.code != 0 || r.outputs["exit-code"] != "2" || r.outputs["sarif-written"] != "false" ||
			!strings.Contains(r.stdout, "::error title=policylint::paths: no file matches nothing/**/*.html") {
			t.Errorf("exit %d, outputs %v\n%s", r.code, r.outputs, r.stdout)
		}
		if f := runScript(t, ws, "run.sh", map[string]string{"EXIT_CODE": "2"}, "finish"); f.code != 2 {
			t.Errorf("finish after exit 2: exit %d", f.code)
		}
		if f := runScript(t, ws, "run.sh", nil, "finish"); f.code != 2 || !strings.Contains(f.stdout, "did not run") {
			t.Errorf("finish without a verdict: exit %d, %q", f.code, f.stdout)
		}
	})

	t.Run("bad input", func(t *testing.T) {
		r := runScript(t, ws, "run.sh", with(map[string]string{"INPUT_PATHS": "docs/*.md", "INPUT_UPLOAD": "yes"}), "check")
		if r.outputs["exit-code"] != "2" || !strings.Contains(r.stdout, "input upload must be true or false") {
			t.Errorf("outputs %v\n%s", r.outputs, r.stdout)
		}
	})
}
