package main

import (
	"context"

	"github.com/spf13/pflag"

	"github.com/policylint/policylint/linter"
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
	fs.StringVar(&f.Config, "config", "", "configuration `file` (default: .policylint.yaml found by walking up from each policy)")
	fs.BoolVar(&f.NoConfig, "no-config", false, "ignore .policylint.yaml files")
	fs.StringArrayVar(&f.RuleDirs, "rules", nil, "load custom Rego rules from `dir` (repeatable)")
	fs.StringSliceVar(&f.Enable, "enable", nil, "enable rules or packs by ID, e.g. gdpr/children or policy (repeatable, comma-separated)")
	fs.StringSliceVar(&f.Disable, "disable", nil, "disable rules or packs by ID (repeatable, comma-separated)")
}

// linterFor returns the linter for policies in dir (the configuration found
// from there, with the flags applied).
// TODO(issue 4): configuration discovery; for now the built-in rules only.
func (f *ruleSetFlags) linterFor(ctx context.Context, dir string) (*linter.Linter, error) {
	_ = dir
	return linter.New(ctx, linter.Options{})
}
