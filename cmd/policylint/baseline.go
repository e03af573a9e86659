package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/baseline"
)

type baselineOptions struct {
	Paths       []string
	Output      string
	InputFormat string
	Jobs        int
	Timeout     time.Duration
	Rules       ruleSetFlags
	Inputs      inputFlags
}

func newBaselineCmd(s streams) *cobra.Command {
	opts := &baselineOptions{}
	cmd := &cobra.Command{
		Use:   "baseline {FILE | DIR | - | URL}...",
		Short: "Record the current failures so that check --baseline reports only new ones",
		Long: `baseline checks the policies and writes their failures (those no inline
directive suppresses) to a baseline file. "policylint check --baseline FILE"
then reports only failures that are not in it, and counts the entries that
no longer fail (stale). Files are named relative to the baseline's directory,
so commit the baseline at the repository root and it matches from CI.`,
		Example: `  policylint baseline docs/privacy.md
  policylint baseline -o ci/policylint-baseline.json policies/*.html`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			return runBaseline(cmd.Context(), opts, s)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", baseline.DefaultPath, "the baseline file to write")
	f.StringVar(&opts.InputFormat, "input-format", "", "parse every input as html, markdown or text instead of detecting it")
	f.IntVar(&opts.Jobs, "jobs", 0, "files checked at once (default: one per CPU)")
	timeoutFlag(f, &opts.Timeout)
	opts.Rules.register(f)
	opts.Inputs.register(f)
	return cmd
}

// runBaseline writes the baseline, unless an input could not be checked: a
// baseline missing that file's failures would make them all look new later.
func runBaseline(ctx context.Context, opts *baselineOptions, s streams) error {
	if err := checkInputFormat(opts.InputFormat); err != nil {
		return err
	}
	srcs, err := opts.Inputs.expand(opts.Paths, s.In)
	if err != nil {
		return err
	}
	if err := checkBaselineOutput(opts.Output, paths(srcs)); err != nil {
		return usageError{err}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	set, err := opts.Rules.set(linter.Options{Jobs: opts.Jobs, Format: opts.InputFormat, Timeout: opts.Timeout, Language: opts.Inputs.Language})
	if err != nil {
		return err
	}
	// Results are kept compact, so that a baseline of thousands of
	// policies does not hold their parsed documents until it is written.
	var results []linter.Result
	inputErrs := 0
	_, err = set.Stream(ctx, srcs, func(_ int, r linter.Result) error {
		if r.Err != nil {
			inputErrs++
			fmt.Fprintf(s.Err, "policylint: %v\n", r.Err)
		} else {
			for _, n := range r.Notices {
				fmt.Fprintf(s.Err, "policylint: %s:%d:%d: %s: %s\n", r.Path, n.Position.Line, n.Position.Column, n.Level, n.Message)
			}
		}
		results = append(results, r.Compact())
		return nil
	})
	if err != nil {
		return err
	}
	if inputErrs > 0 {
		fmt.Fprintf(s.Err, "policylint: %s not written\n", opts.Output)
		return inputError{inputErrs}
	}
	b := baseline.Build(results, filepath.Dir(opts.Output))
	if err := b.Write(opts.Output); err != nil {
		return err
	}
	files := map[string]bool{}
	for _, e := range b.Failures {
		files[e.File] = true
	}
	fmt.Fprintf(s.Out, "Baseline %s: %d failure%s in %d of %d file%s\n",
		opts.Output, len(b.Failures), pluralS(len(b.Failures)), len(files), len(results), pluralS(len(results)))
	return nil
}

// checkBaselineOutput refuses, before any work, an output that cannot be
// written or that is one of the policies: nothing the user gave is modified.
func checkBaselineOutput(out string, inputs []string) error {
	if out == "" {
		return errors.New("-o must name a file")
	}
	if st, err := os.Stat(out); err == nil {
		if st.IsDir() {
			return fmt.Errorf("-o %s is a directory", out)
		}
		for _, in := range inputs {
			if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
				return fmt.Errorf("-o %s is also an input: policylint does not overwrite the files it checks", out)
			}
		}
	}
	if st, err := os.Stat(filepath.Dir(out)); err != nil || !st.IsDir() {
		return fmt.Errorf("-o %s: the directory %s does not exist", out, filepath.Dir(out))
	}
	return nil
}

// readBaseline reads the file given to check --baseline; "" means none. A
// baseline that cannot be read is a usage error: checking without it would
// fail on every old failure, or pass on the wrong ones.
func readBaseline(path string) (*baseline.File, error) {
	if path == "" {
		return nil, nil
	}
	b, err := baseline.Read(path)
	if err != nil {
		return nil, usageError{err}
	}
	return b, nil
}

// pluralS is "s" unless n is 1.
func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
