package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/spf13/cobra"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/config"
	"github.com/policylint/policylint/linter/scaffold"
)

// The commands of this file serve rule authors and the people who set
// policylint up: init, test and new rule.

type initOptions struct {
	Path  string
	Force bool
}

func newInitCmd(s streams) *cobra.Command {
	opts := &initOptions{}
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a commented starter .policylint.yaml",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runInit(opts, s)
		},
	}
	cmd.Flags().StringVarP(&opts.Path, "output", "o", config.FileNames[0], "the `file` to write")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "overwrite an existing file")
	return cmd
}

func runInit(opts *initOptions, s streams) error {
	if _, err := os.Stat(opts.Path); err == nil && !opts.Force {
		return usageError{fmt.Errorf("%s already exists; use --force to overwrite it", opts.Path)}
	}
	if err := os.WriteFile(opts.Path, []byte(config.Starter), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", opts.Path, err)
	}
	fmt.Fprintf(s.Out, "Wrote %s. Edit it, then run: policylint check <policy>\n", opts.Path)
	return nil
}

type testOptions struct {
	Dirs    []string
	Run     string
	Verbose bool
	Format  string
	Timeout time.Duration
}

func newTestCmd(s streams) *cobra.Command {
	opts := &testOptions{}
	cmd := &cobra.Command{
		Use:   "test DIR...",
		Short: "Run the Rego unit tests of custom rule directories",
		Long: `test runs the test rules (test_*) of the *_test.rego files in each DIR with
OPA's test runner. The built-in library (data.policylint.lib), the built-in
rules, the policylint.parse builtin, the directories' data files and the
rules' default parameters are available, under the same sandbox as a check.
The exit status is 1 when a test fails, 2 when the rules do not load.`,
		Example: `  policylint test policy-rules/
  policylint test -v --run dpo policy-rules/`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dirs = args
			return runTest(cmd.Context(), opts, s)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Run, "run", "", "run only the tests whose name matches this `regex`")
	f.BoolVarP(&opts.Verbose, "verbose", "v", false, "list passing tests too")
	f.StringVarP(&opts.Format, "format", "f", "text", "output `format`: text or json")
	f.DurationVar(&opts.Timeout, "timeout", 30*time.Second, "fail a test that runs longer than this `duration`")
	return cmd
}

// testFailures means some rule tests failed; the report says which.
type testFailures struct{ n int }

func (e testFailures) Error() string { return fmt.Sprintf("%d test(s) failed", e.n) }

func runTest(ctx context.Context, opts *testOptions, s streams) error {
	if opts.Format != "text" && opts.Format != "json" {
		return usageError{fmt.Errorf("--format must be text or json, not %q", opts.Format)}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	results, err := linter.TestRuleDirs(ctx, opts.Dirs, opts.Run, opts.Timeout)
	if err != nil {
		return err
	}
	if len(results) == 0 {
		return fmt.Errorf("no tests found in %v: tests are rules named test_* in *_test.rego files", opts.Dirs)
	}
	failed := 0
	for _, r := range results {
		if !r.Pass() {
			failed++
		}
	}
	if opts.Format == "json" {
		if err := writeTestJSON(s, results); err != nil {
			return err
		}
	} else {
		writeTestText(s, results, opts.Verbose)
	}
	if failed > 0 {
		return testFailures{failed}
	}
	return nil
}

func writeTestText(s streams, results []*tester.Result, verbose bool) {
	byFile := map[string][]*tester.Result{}
	var files []string
	for _, r := range results {
		f := r.Location.File
		if _, ok := byFile[f]; !ok {
			files = append(files, f)
		}
		byFile[f] = append(byFile[f], r)
	}
	sort.Strings(files)
	passed, failed, errored := 0, 0, 0
	for _, f := range files {
		header := false
		for _, r := range byFile[f] {
			status := "PASS"
			switch {
			case r.Error != nil:
				status = "ERROR"
				errored++
			case r.Fail:
				status = "FAIL"
				failed++
			case r.Skip:
				status = "SKIP"
				failed++
			default:
				passed++
			}
			if status == "PASS" && !verbose {
				continue
			}
			if !header {
				fmt.Fprintf(s.Out, "%s:\n", f)
				header = true
			}
			fmt.Fprintf(s.Out, "  %-5s %s (line %d, %s)\n", status, r.Name, r.Location.Row, r.Duration.Round(time.Microsecond))
			if r.Error != nil {
				fmt.Fprintf(s.Out, "        %v\n", r.Error)
			}
			if len(r.Output) > 0 && status != "PASS" {
				fmt.Fprintf(s.Out, "        print output:\n%s", indent(string(r.Output), "          "))
			}
		}
	}
	total := len(results)
	fmt.Fprintf(s.Out, "%d test%s: %d passed, %d failed, %d errors\n", total, pluralS(total), passed, failed, errored)
}

func indent(text, prefix string) string {
	out := ""
	for _, line := range splitLines(text) {
		out += prefix + line + "\n"
	}
	return out
}

func splitLines(s string) []string {
	var lines []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			lines = append(lines, s[start:i])
			start = i + 1
		}
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

func writeTestJSON(s streams, results []*tester.Result) error {
	type item struct {
		File       string  `json:"file"`
		Line       int     `json:"line"`
		Package    string  `json:"package"`
		Name       string  `json:"name"`
		Result     string  `json:"result"`
		Error      string  `json:"error,omitempty"`
		DurationMS float64 `json:"duration_ms"`
		Output     string  `json:"output,omitempty"`
	}
	out := make([]item, 0, len(results))
	for _, r := range results {
		it := item{File: r.Location.File, Line: r.Location.Row, Package: r.Package, Name: r.Name,
			Result: "pass", DurationMS: float64(r.Duration.Microseconds()) / 1000, Output: string(r.Output)}
		switch {
		case r.Error != nil:
			it.Result, it.Error = "error", r.Error.Error()
		case r.Fail:
			it.Result = "fail"
		case r.Skip:
			it.Result = "skip"
		}
		out = append(out, it)
	}
	enc := json.NewEncoder(s.Out)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

type newRuleOptions struct {
	ID       string
	Dir      string
	Title    string
	Severity string
}

func newNewCmd(s streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Scaffold something new (a rule)",
	}
	opts := &newRuleOptions{}
	rule := &cobra.Command{
		Use:   "rule --id PACK/NAME",
		Short: "Scaffold a custom rule and its test",
		Long: `new rule writes DIR/<pack>/<name>.rego, a rule with its METADATA block, and
<name>_test.rego beside it. Both work as written: "policylint test DIR"
passes, and "policylint check --rules DIR" runs the rule. Change the
pattern, the metadata and the tests to what your rule requires.`,
		Example: `  policylint new rule --id acme/dpo-named
  policylint new rule --id acme/vendors-named --dir policy-rules --severity warning`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runNewRule(opts, s)
		},
	}
	f := rule.Flags()
	f.StringVar(&opts.ID, "id", "", "the rule's ID, <pack>/<name>, e.g. acme/dpo-named (required)")
	f.StringVar(&opts.Dir, "dir", "policy-rules", "the rule `directory` to write into")
	f.StringVar(&opts.Title, "title", "", "the rule's title (default: from its name)")
	f.StringVar(&opts.Severity, "severity", "error", "error, warning or note")
	cmd.AddCommand(rule)
	return cmd
}

func runNewRule(opts *newRuleOptions, s streams) error {
	if opts.ID == "" {
		return usageError{errors.New("--id is required, e.g. --id acme/dpo-named")}
	}
	files, err := scaffold.Files(scaffold.Rule{ID: opts.ID, Title: opts.Title, Severity: opts.Severity})
	if err != nil {
		return usageError{err}
	}
	written, err := scaffold.Write(opts.Dir, files)
	if err != nil {
		return err
	}
	for _, p := range written {
		fmt.Fprintf(s.Out, "Wrote %s\n", p)
	}
	fmt.Fprintf(s.Out, "Next: policylint test %s && policylint check --rules %s <policy>\n",
		filepath.Clean(opts.Dir), filepath.Clean(opts.Dir))
	return nil
}
