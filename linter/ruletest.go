package linter

import (
	"context"
	"time"

	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/policylint/policylint/linter/config"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/rules"
)

// TestRuleDirs runs the Rego tests of custom rule directories with the
// built-in library and rules loaded (their tests are not run), the
// directories' data files, and every rule's default parameters: tests are
// hermetic, whatever .policylint.yaml says.
func TestRuleDirs(ctx context.Context, dirs []string, filter string, timeout time.Duration) ([]*tester.Result, error) {
	l, err := New(ctx, Options{Config: config.Default()})
	if err != nil {
		return nil, err
	}
	builtin, err := engine.ReadModules(rules.FS, ".", false, true)
	if err != nil {
		return nil, err
	}
	custom, err := readRuleDirs(config.Default(), dirs, true)
	if err != nil {
		return nil, err
	}
	pack, err := engine.Load(append(builtin, custom.Modules...))
	if err != nil {
		return nil, err
	}
	return pack.RunTests(ctx, engine.Settings{Data: custom.Data, Parse: l.ParseText},
		engine.TestOptions{Filter: filter, Timeout: timeout})
}
