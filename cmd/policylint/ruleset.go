package main

import (
	"context"
	"time"

	"github.com/spf13/pflag"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/config"
)

// ruleSetFlags choose the rules a command runs: the configuration file and
// the flags that override it. Every command that loads rules takes them.
type ruleSetFlags struct {
	Config   string
	NoConfig bool
	RuleDirs []string
	Enable   []string
	Disable  []string
}

func (f *ruleSetFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.Config, "config", "", "configuration `file` (default: the .policylint.yaml found by walking up from each policy)")
	fs.BoolVar(&f.NoConfig, "no-config", false, "ignore .policylint.yaml files")
	fs.StringArrayVar(&f.RuleDirs, "rules", nil, "load custom Rego rules (and their data files) from `dir`; repeatable")
	fs.StringSliceVar(&f.Enable, "enable", nil, "enable rules or packs by ID, e.g. gdpr/children, policy, all; repeatable, comma-separated; wins over the configuration")
	fs.StringSliceVar(&f.Disable, "disable", nil, "disable rules or packs by ID; repeatable, comma-separated; wins over the configuration")
}

// set returns the linters for these flags and the options every linter
// shares.
func (f *ruleSetFlags) set(opts linter.Options) (*linter.Set, error) {
	if f.Config != "" && f.NoConfig {
		return nil, usageError{errFlags("--config and --no-config exclude each other")}
	}
	opts.RuleDirs = f.RuleDirs
	opts.Overrides = config.Overrides{Enable: f.Enable, Disable: f.Disable}
	return linter.NewSet(opts, f.Config, f.NoConfig), nil
}

// linterFor returns the linter for policies in dir: the configuration
// found from there, with the flags applied.
func (f *ruleSetFlags) linterFor(ctx context.Context, dir string) (*linter.Linter, error) {
	set, err := f.set(linter.Options{})
	if err != nil {
		return nil, err
	}
	return set.For(ctx, dir+"/.")
}

type errFlags string

func (e errFlags) Error() string { return string(e) }

// timeoutFlag registers --timeout, the per-document evaluation bound that
// keeps a slow or hostile custom rule from stalling a whole audit.
func timeoutFlag(fs *pflag.FlagSet, d *time.Duration) {
	fs.DurationVar(d, "timeout", 30*time.Second, "stop evaluating the rules on one policy after this `duration` (0: no limit)")
}
