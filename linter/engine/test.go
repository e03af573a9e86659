package engine

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestOptions configure a run of the pack's Rego unit tests.
type TestOptions struct {
	// Filter is a regular expression on test names; "" runs them all.
	Filter string
	// Timeout bounds each test; 0 is OPA's default.
	Timeout time.Duration
}

// RunTests runs the test rules (test_*) of the pack's modules with OPA's
// test runner, under the same sandbox, data and builtins as a check, so
// that a rule that passes its tests behaves the same on a policy.
func (p *Pack) RunTests(ctx context.Context, s Settings, o TestOptions) ([]*tester.Result, error) {
	data, err := p.Data(s)
	if err != nil {
		return nil, err
	}
	caps := *Capabilities()
	custom, decls := TestBuiltins(s.Parse)
	// The runner's compiler knows only the capabilities' builtins.
	caps.Builtins = append(slices.Clone(caps.Builtins), decls...)
	compiler := ast.NewCompiler().
		WithCapabilities(&caps).
		WithEnablePrintStatements(true)
	runner := tester.NewRunner().
		SetCompiler(compiler).
		SetStore(inmem.NewFromObject(data)).
		AddCustomBuiltins(custom).
		RaiseBuiltinErrors(true).
		CapturePrintOutput(true).
		SetModules(p.modules)
	if o.Filter != "" {
		runner = runner.Filter(o.Filter)
	}
	if o.Timeout > 0 {
		runner = runner.SetTimeout(o.Timeout)
	}
	ch, err := runner.RunTests(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("compiling the tests: %w", err)
	}
	var out []*tester.Result
	for r := range ch {
		out = append(out, r)
	}
	return out, nil
}
