package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/ruledoc"
)

type rulesOptions struct {
	Format string
	Rules  ruleSetFlags
}

func newRulesCmd(s streams) *cobra.Command {
	opts := &rulesOptions{}
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List every rule: built-in and custom, enabled and disabled",
		Long: `rules lists every rule policylint knows with the configuration and flags
given: its ID, severity, GDPR article and title, marking custom and disabled
rules. --format json gives each rule's full documentation for programs,
--format markdown a table linking the built-in rules' pages.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRules(cmd.Context(), opts, s)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "text", "text, json or markdown")
	opts.Rules.register(cmd.Flags())
	return cmd
}

func runRules(ctx context.Context, opts *rulesOptions, s streams) error {
	if err := ruledoc.CheckFormat(opts.Format); err != nil {
		return usageError{fmt.Errorf("--format: %w", err)}
	}
	rules, err := allRules(ctx, &opts.Rules)
	if err != nil {
		return err
	}
	return ruledoc.List(s.Out, rules, opts.Format)
}

// allRules loads the rules as a check from the current directory would
// see them: the same configuration and flags, disabled rules included.
func allRules(ctx context.Context, f *ruleSetFlags) ([]*engine.Rule, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	l, err := f.linterFor(ctx, ".")
	if err != nil {
		return nil, fmt.Errorf("loading the rules: %w", err)
	}
	return l.AllRules(), nil
}

type explainOptions struct {
	ID      string
	Format  string
	NoColor bool
	Rules   ruleSetFlags
}

func newExplainCmd(s streams) *cobra.Command {
	opts := &explainOptions{}
	cmd := &cobra.Command{
		Use:   "explain RULE",
		Short: "Show a rule's documentation: what it requires, how to fix a failure, how to disable it",
		Long: `explain prints the documentation of one rule (built-in or custom): what it
requires and under which GDPR article, an example of passing text, how to fix
a failure, its parameters, and how to disable or suppress it. --format
markdown prints the page as it appears under docs/rules.`,
		Example: "  policylint explain gdpr/children",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			return runExplain(cmd.Context(), opts, s)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "text", "text or markdown")
	cmd.Flags().BoolVar(&opts.NoColor, "no-color", false, "never colour the output")
	opts.Rules.register(cmd.Flags())
	return cmd
}

func runExplain(ctx context.Context, opts *explainOptions, s streams) error {
	if opts.Format != "text" && opts.Format != "markdown" {
		return usageError{fmt.Errorf("--format: unknown format %q: want text or markdown", opts.Format)}
	}
	rules, err := allRules(ctx, &opts.Rules)
	if err != nil {
		return err
	}
	var rule *engine.Rule
	for _, r := range rules {
		if r.ID == opts.ID {
			rule = r
			break
		}
	}
	if rule == nil {
		return unknownRuleError(opts.ID, rules)
	}
	if opts.Format == "markdown" {
		_, err := fmt.Fprint(s.Out, ruledoc.Markdown(rule))
		return err
	}
	return ruledoc.Text(s.Out, rule, s.colorEnabled(opts.NoColor))
}

// unknownRuleError names the rule asked for and the IDs it may have meant,
// so a typo is fixed without a trip to `policylint rules`.
func unknownRuleError(id string, rules []*engine.Rule) error {
	msg := fmt.Sprintf("unknown rule %q", id)
	if sugg := ruledoc.Suggest(id, rules); len(sugg) > 0 {
		msg += "; did you mean " + strings.Join(sugg, ", ") + "?"
	} else {
		msg += "; policylint rules lists them all"
	}
	return usageError{errors.New(msg)}
}
