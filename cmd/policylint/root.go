package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/policylint/policylint/linter/parser"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit statuses: the contract CI pipelines rely on.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

// streams are where a command reads and writes; the terminal and colour
// decisions are made here, once.
type streams struct {
	// In is what "-" reads; nil is os.Stdin.
	In            io.Reader
	Out, Err      io.Writer
	OutIsTerminal bool
	// ErrIsTerminal allows the progress line, which only makes sense where
	// a carriage return redraws it: a log file or CI console would keep
	// every update.
	ErrIsTerminal bool
}

func defaultStreams() streams {
	return streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		OutIsTerminal: term.IsTerminal(int(os.Stdout.Fd())),
		ErrIsTerminal: term.IsTerminal(int(os.Stderr.Fd()))}
}

// colorEnabled decides whether text output is coloured: only on a terminal,
// never with NO_COLOR set to a value (https://no-color.org) or --no-color, never for
// TERM=dumb.
func (s streams) colorEnabled(noColorFlag bool) bool {
	if noColorFlag || !s.OutIsTerminal {
		return false
	}
	if os.Getenv("NO_COLOR") != "" { // no-color.org: set and not empty
		return false
	}
	return os.Getenv("TERM") != "dumb"
}

// findingsError means the check ran and found failures at or above the fail
// level.
type findingsError struct{ n int }

func (e findingsError) Error() string {
	return fmt.Sprintf("%d failure(s) at or above the fail level", e.n)
}

// inputError means some inputs could not be checked; their messages were
// already printed.
type inputError struct{ n int }

func (e inputError) Error() string { return fmt.Sprintf("%d input(s) could not be checked", e.n) }

// usageError is a mistake in the command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// Main runs the command line and maps its outcome to an exit status.
func Main(args []string, s streams) int {
	root := newRootCmd(s)
	var prof profileFlags
	prof.register(root)
	root.PersistentPreRunE = func(*cobra.Command, []string) error { return prof.start() }
	root.SetArgs(args)
	err := root.Execute()
	if perr := prof.stop(); perr != nil && err == nil {
		err = perr
	}
	code := exitCode(err)
	var (
		fe findingsError
		ie inputError
		tf testFailures
	)
	if code != exitOK && !errors.As(err, &fe) && !errors.As(err, &ie) && !errors.As(err, &tf) {
		// Findings and input errors were already reported; anything else
		// is said here, once.
		fmt.Fprintf(s.Err, "policylint: %v\n", err)
	}
	return code
}

// exitCode maps a command's outcome to an exit status, in this one place.
func exitCode(err error) int {
	var (
		fe findingsError
		ie inputError
		tf testFailures
	)
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ie):
		return exitError
	case errors.As(err, &fe), errors.As(err, &tf):
		return exitFindings
	default:
		return exitError
	}
}

func newRootCmd(s streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "policylint",
		Short: "Lint privacy policies against the GDPR's disclosure requirements",
		Long: `policylint reads privacy policies (HTML, Markdown or plain text), splits them
into clauses and checks, with Rego rules, that they disclose what GDPR
Articles 8, 12, 13, 14 and 27 require.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newCheckCmd(s), newBaselineCmd(s), newParseCmd(s), newRulesCmd(s), newExplainCmd(s),
		newInitCmd(s), newTestCmd(s), newNewCmd(s))
	return root
}

// checkInputFormat validates --input-format against the parsers that exist,
// for every command that takes the flag.
func checkInputFormat(format string) error {
	if format == "" {
		return nil
	}
	if _, err := parser.ForFormat(format); err != nil {
		return usageError{fmt.Errorf("--input-format: %w", err)}
	}
	return nil
}
