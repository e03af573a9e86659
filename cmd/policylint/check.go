package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/baseline"
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
	Shard             shardFlag
	Quiet             bool
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
  policylint check --format text --format sarif -o policylint.sarif privacy.md
  policylint check --format jsonl vendors/ | jq -c 'select(.summary.fail > 0) | .path'
  policylint check --shard 2/4 --format sarif -o shard-2.sarif vendors/`,
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
	f.Var(&opts.Shard, "shard", "check only shard `i/n` of the inputs (1/4 … 4/4), chosen by a hash of each file's path after directories are expanded, to spread a large audit over CI jobs")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress line and no notes on stderr; errors are still printed")
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
	// Against every input, not only this shard's: no job of the matrix may
	// overwrite a policy another job checks.
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
	set, err := opts.Rules.set(linter.Options{Jobs: opts.Jobs, Format: opts.InputFormat, Timeout: opts.Timeout, Language: opts.Inputs.Language})
	if err != nil {
		return err
	}
	if opts.Shard.set() {
		all := len(srcs)
		srcs = opts.Shard.Select(srcs)
		if len(srcs) == 0 && !opts.Quiet {
			// An empty shard is normal when there are more jobs than
			// policies; the reports are still written, empty, so that the
			// job's upload steps find them.
			fmt.Fprintf(s.Err, "policylint: shard %s has none of the %d input%s; nothing to check\n", opts.Shard.String(), all, pluralS(all))
		}
	}

	tuneGC(len(srcs))
	// What the reports need to know before the run; the outcome is added
	// at the end.
	ropts := report.Options{
		Verbose:  opts.Verbose,
		Version:  version,
		BaseDir:  root,
		Passes:   opts.SarifPasses,
		Category: opts.Category,
	}
	streamed, whole := openStreamed(outs, ropts, s, opts.NoColor)
	run := &checkRun{
		opts:     opts,
		s:        s,
		streamed: streamed,
		keep:     len(whole) > 0,
		progress: newProgress(s, opts.Quiet, streamsToStdout(streamed), len(srcs)),
	}
	if base != nil {
		run.matcher = base.Matcher(filepath.Dir(opts.Baseline))
	}
	ignored, err := set.Stream(ctx, srcs, run.add)
	run.progress.clear()
	if err != nil {
		errs := finishStreamed(streamed, nil)
		if errors.Is(err, errNowhereToWrite) {
			return errors.Join(errs...)
		}
		return err
	}
	if opts.Verbose && !opts.Quiet {
		for _, p := range ignored {
			fmt.Fprintf(s.Err, "policylint: %s: ignored by the configuration\n", p)
		}
	}
	if run.checked == 0 && len(ignored) > 0 && !opts.Quiet {
		// Saying nothing would look like a pass of files never read.
		fmt.Fprintf(s.Err, "policylint: every input (%d) is ignored by the configuration's ignore globs; nothing was checked\n", len(ignored))
	}
	var baseSummary *baseline.Summary
	if run.matcher != nil {
		sum := run.matcher.Summary()
		sum.Path = opts.Baseline
		baseSummary = &sum
	}
	// The outcome is known before the report is written, so that formats
	// which record the invocation can give its exit status.
	result := run.tally.outcome()
	end := report.Outcome{ExitCode: exitCode(result), Baseline: baseSummary, Rules: set.Rules()}
	errs := finishStreamed(streamed, &end)
	ropts.ExitCode, ropts.Baseline, ropts.Rules = end.ExitCode, end.Baseline, end.Rules
	if err := writeReports(whole, ropts, run.results, s, opts.NoColor); err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	return result
}

// checkRun is what a check does with each result as it arrives, in input
// order: it holds no document, only the compact results that the reports
// written at the end need, and none when every report streams.
type checkRun struct {
	opts     *checkOptions
	s        streams
	matcher  *baseline.Matcher // nil without --baseline
	streamed []*streamedOutput
	keep     bool // a report written at the end needs the results
	results  []linter.Result
	tally    tally
	checked  int
	progress *progress
}

func (c *checkRun) add(i int, r linter.Result) error {
	c.checked++
	if c.matcher != nil {
		c.matcher.Apply(&r)
	}
	if r.Err != nil {
		c.progress.clear()
		fmt.Fprintf(c.s.Err, "policylint: %v\n", r.Err)
	}
	c.tally.add(&r, c.opts)
	for _, so := range c.streamed {
		so.write(&r)
	}
	if c.keep {
		c.results = append(c.results, r.Compact())
		c.progress.update(i+1, c.tally.inputErrs)
		return nil
	}
	for _, so := range c.streamed {
		if so.err == nil {
			c.progress.update(i+1, c.tally.inputErrs)
			return nil
		}
	}
	return errNowhereToWrite
}

// errNowhereToWrite stops a run whose every report has failed to write:
// checking the rest of a batch would be for nothing.
var errNowhereToWrite = errors.New("no report can be written")

// tally counts, as results arrive, what decides the exit status.
type tally struct {
	inputErrs, findings int
}

func (t *tally) add(r *linter.Result, opts *checkOptions) {
	if r.Err != nil {
		t.inputErrs++
		return
	}
	if r.Unsupported && opts.FailOnUnsupported {
		t.findings++
	}
	threshold := engine.SeverityRank(opts.FailLevel)
	for _, c := range r.Checks {
		if c.Status == engine.Fail && engine.SeverityRank(c.Rule.Severity) >= threshold {
			t.findings++
		}
	}
}

// outcome is the error that decides the exit status: input errors first
// (2), then failures at or above the fail level (1).
func (t *tally) outcome() error {
	if t.inputErrs > 0 {
		return inputError{t.inputErrs}
	}
	if t.findings > 0 {
		return findingsError{t.findings}
	}
	return nil
}
