package rules_test

import (
	"context"
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/rules"
)

// TestRego runs every *_test.rego of the built-in pack with OPA's test
// runner, with policylint.parse available so that tests start from policy
// text, as a user's policy would.
func TestRego(t *testing.T) {
	ctx := context.Background()
	l, err := linter.New(ctx, linter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	mods, err := engine.ReadModules(rules.FS, ".", true, true)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := engine.ParseModules(mods)
	if err != nil {
		t.Fatal(err)
	}
	runner := tester.NewRunner().
		AddCustomBuiltins([]*tester.Builtin{{Decl: engine.ParseBuiltin, Func: engine.ParseFunction(l.ParseText)}}).
		RaiseBuiltinErrors(true).
		SetModules(parsed)
	ch, err := runner.RunTests(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for r := range ch {
		n++
		r := r
		t.Run(strings.TrimPrefix(r.Package, "data.policylint.rules.")+"/"+r.Name, func(t *testing.T) {
			if r.Error != nil {
				t.Fatalf("%s:%d: error: %v", r.Location.File, r.Location.Row, r.Error)
			}
			if r.Fail {
				t.Fatalf("%s:%d: failed", r.Location.File, r.Location.Row)
			}
			if r.Skip {
				t.Fatalf("%s:%d: skipped: every rule test must run", r.Location.File, r.Location.Row)
			}
		})
	}
	if n == 0 {
		t.Fatal("no Rego tests ran")
	}
}

// TestEveryRuleHasTests keeps the convention that a rule's tests sit beside
// it and cover at least a pass and a fail.
func TestEveryRuleHasTests(t *testing.T) {
	err := fs.WalkDir(rules.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".rego" || strings.HasSuffix(p, "_test.rego") || strings.HasPrefix(p, "lib/") {
			return err
		}
		test := strings.TrimSuffix(p, ".rego") + "_test.rego"
		src, err := fs.ReadFile(rules.FS, test)
		if err != nil {
			t.Errorf("%s has no test file %s", p, test)
			return nil
		}
		body := string(src)
		if !strings.Contains(body, `"pass"`) || !strings.Contains(body, `"fail"`) {
			t.Errorf("%s must test both a passing and a failing phrasing", test)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
