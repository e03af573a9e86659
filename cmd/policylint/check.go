package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/report"
)

type checkOptions struct {
	Paths []string
	// Outputs holds --format and -o in command-line order (see output.go).
	Outputs           outputFlags
	SarifBase         string
	SarifPasses       bool
	Category          string
	InputFormat       string
	Verbose           bool
	NoColor           bool
	FailLevel         string
	FailOnUnsupported bool
	Jobs              int
	Baseline          string
	Timeout           time.Duration
	Rules             ruleSetFlags
	Inputs            inputFlags
}

func newCheckCmd(s streams) *cobra.Command {
	opts := &checkOptions{}
	cmd := &cobra.Command{
		Use:   "check {FILE | DIR | - | URL}...",
		Short: "Check privacy policies and report what they fail to disclose",
		Example: `  policylint check privacy.html
  policylint check --format json docs/
  policylint check --include '**/privacy*.html' vendors/
  curl -s https://example.com/privacy | policylint check --stdin-format html -
  policylint check https://example.com/privacy
  policylint check --fail-level warning -v policy.txt
  policylint check --format text --format sarif -o policylint.sarif privacy.md`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			return runCheck(cmd.Context(), opts, s)
		},
	}
	f := cmd.Flags()
	f.VarP(orderedFlag{&opts.Outputs, false}, "format", "f",
		"output `format`: "+strings.Join(report.Formats(), ", ")+"; repeat it to write several reports from one check")
	f.VarP(orderedFlag{&opts.Outputs, true}, "output", "o", "write the report of the --format before it to `file`. "+outputRule)
	f.StringVar(&opts.SarifBase, "sarif-base", "", "`dir` that SARIF and github paths are relative to (default: the Git repository root, else the current directory)")
	f.BoolVar(&opts.SarifPasses, "sarif-passes", false, "sarif: include passing checks as results of kind pass")
	f.StringVar(&opts.Category, "category", "", "sarif: runAutomationDetails.id, telling apart runs of different configurations on one commit")
	f.StringVar(&opts.InputFormat, "input-format", "", "parse every input as html, markdown or text instead of detecting it")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "also list passing checks with their evidence")
	f.BoolVar(&opts.NoColor, "no-color", false, "never colour the output (NO_COLOR is also respected)")
	f.StringVar(&opts.FailLevel, "fail-level", "error", "lowest severity that makes the exit status 1: error, warning or note")
	f.BoolVar(&opts.FailOnUnsupported, "fail-on-unsupported-language", false, "exit 1 when a policy is in a language the rules do not read")
	f.IntVar(&opts.Jobs, "jobs", 0, "files checked at once (default: one per CPU)")
	f.StringVar(&opts.Baseline, "baseline", "", "report only failures not in this baseline file (see policylint baseline)")
	timeoutFlag(f, &opts.Timeout)
	opts.Rules.register(f)
	opts.Inputs.register(f)
	return cmd
}

func runCheck(ctx context.Context, opts *checkOptions, s streams) error {
	if engine.SeverityRank(opts.FailLevel) == 0 {
		return usageError{fmt.Errorf("--fail-level must be error, warning or note, not %q", opts.FailLevel)}
	}
	outs, err := planOutputs(opts.Outputs.events)
	if err != nil {
		return usageError{err}
	}
	srcs, err := opts.Inputs.expand(opts.Paths, s.In)
	if err != nil {
		return err
	}
	if err := checkOutputPaths(outs, paths(srcs)); err != nil {
		return usageError{err}
	}
	root, err := baseDir(opts.SarifBase)
	if err != nil {
		return usageError{err}
	}
	if err := checkInputFormat(opts.InputFormat); err != nil {
		return err
	}
	base, err := readBaseline(opts.Baseline)
	if err != nil {
		return err
	}
	if ctx == nil {
		ctx = context.Background()
	}
	set, err := opts.Rules.set(linter.Options{Jobs: opts.Jobs, Format: opts.InputFormat, Timeout: opts.Timeout})
	if err != nil {
		return err
	}
	results, ignored, err := set.CheckSources(ctx, srcs)
	if err != nil {
		return err
	}
	if opts.Verbose {
		for _, p := range ignored {
			fmt.Fprintf(s.Err, "policylint: %s: ignored by the configuration\n", p)
		}
	}
	if len(results) == 0 && len(ignored) > 0 {
		// Saying nothing would look like a pass of files never read.
		fmt.Fprintf(s.Err, "policylint: every input (%d) is ignored by the configuration's ignore globs; nothing was checked\n", len(ignored))
	}
	baseSummary := applyBaseline(base, opts.Baseline, results)
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(s.Err, "policylint: %v\n", r.Err)
		}
	}
	// The outcome is known before the report is written, so that formats
	// which record the invocation can give its exit status.
	result := outcome(results, opts)
	ropts := report.Options{
		Verbose:  opts.Verbose,
		Version:  version,
		Rules:    set.Rules(),
		BaseDir:  root,
		Passes:   opts.SarifPasses,
		Category: opts.Category,
		ExitCode: exitCode(result),
		Baseline: baseSummary,
	}
	if err := writeReports(outs, ropts, results, s, opts.NoColor); err != nil {
		return err
	}
	return result
}

// outcome turns results into the error that decides the exit status: input
// errors first (2), then failures at or above the fail level (1).
func outcome(results []linter.Result, opts *checkOptions) error {
	inputErrs, findings := 0, 0
	threshold := engine.SeverityRank(opts.FailLevel)
	for _, r := range results {
		if r.Err != nil {
			inputErrs++
			continue
		}
		if r.Unsupported && opts.FailOnUnsupported {
			findings++
		}
		for _, c := range r.Checks {
			if c.Status == engine.Fail && engine.SeverityRank(c.Rule.Severity) >= threshold {
				findings++
			}
		}
	}
	if inputErrs > 0 {
		return inputError{inputErrs}
	}
	if findings > 0 {
		return findingsError{findings}
	}
	return nil
}
