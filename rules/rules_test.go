package rules_test

import (
	"context"
	"io/fs"
	"path"
	"strings"
	"testing"

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
	pack, err := engine.Load(mods)
	if err != nil {
		t.Fatal(err)
	}
	results, err := pack.RunTests(ctx, engine.Settings{Parse: l.ParseText}, engine.TestOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		t.Run(strings.TrimPrefix(r.Package, "data.policylint.rules.")+"/"+r.Name, func(t *testing.T) {
			if r.Error != nil {
				t.Fatalf("%s:%d: error: %v", r.Location.File, r.Location.Row, r.Error)
			}
			if r.Fail {
				t.Fatalf("%s:%d: failed\n%s", r.Location.File, r.Location.Row, r.Output)
			}
			if r.Skip {
				t.Fatalf("%s:%d: skipped: every rule test must run", r.Location.File, r.Location.Row)
			}
		})
	}
	if len(results) < 400 {
		t.Fatalf("%d Rego tests ran; the built-in pack has more than 400", len(results))
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
