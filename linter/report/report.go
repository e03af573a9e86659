// Package report writes check results in the output formats policylint
// supports. Every format implements Reporter.
package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/baseline"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/suppress"
)

// Reporter writes the results of one run.
type Reporter interface {
	Report(w io.Writer, results []linter.Result) error
}

// Options are the settings a reporter may use.
type Options struct {
	Verbose bool // text: also list passes and their evidence
	Color   bool // text: colour output

	// Version is policylint's version, for formats that name the tool.
	Version string
	// Rules are every rule that ran, for formats that describe them.
	Rules []*engine.Rule
	// BaseDir is the directory file URIs are made relative to (SARIF).
	BaseDir string
	// Passes includes passing checks as results (SARIF kind "pass").
	Passes bool
	// Category tells runs of different configurations apart
	// (SARIF runAutomationDetails.id).
	Category string
	// ExitCode is the exit status the run will end with, for formats that
	// record the invocation.
	ExitCode int
	// Baseline is how the run's baseline matched (check --baseline); nil
	// when none was given.
	Baseline *baseline.Summary
	// StepSummary is the file a Markdown summary is appended to (github:
	// $GITHUB_STEP_SUMMARY); "" for none.
	StepSummary string
}

// formats maps each format name to its constructor.
var formats = map[string]func(Options) Reporter{
	"text":   func(o Options) Reporter { return &Text{Verbose: o.Verbose, Color: o.Color, Baseline: o.Baseline} },
	"json":   func(o Options) Reporter { return JSON{Baseline: o.Baseline} },
	"jsonl":  func(Options) Reporter { return JSONL{} },
	"github": func(o Options) Reporter { return &GitHub{BaseDir: o.BaseDir, StepSummary: o.StepSummary} },
	"junit":  func(Options) Reporter { return JUnit{} },
	"sarif":  func(o Options) Reporter { return SARIF{Opts: o} },
}

// Formats lists the format names New accepts, sorted.
func Formats() []string {
	names := make([]string, 0, len(formats))
	for name := range formats {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// New returns the reporter of a format.
func New(format string, opts Options) (Reporter, error) {
	mk, ok := formats[format]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats(), ", "))
	}
	return mk(opts), nil
}

// Summary counts the checks of one file or of a whole run.
type Summary struct {
	Files         int            `json:"files,omitempty"`
	Pass          int            `json:"pass"`
	Fail          int            `json:"fail"`
	NotApplicable int            `json:"not_applicable"`
	FailBySev     map[string]int `json:"failures_by_severity"`
	Unsupported   int            `json:"unsupported_language,omitempty"`
	InputErrors   int            `json:"input_errors,omitempty"`
	// Suppressed and Baselined count failures that do not count: by an
	// inline directive, by the baseline. They are not in Fail.
	Suppressed int `json:"suppressed,omitempty"`
	Baselined  int `json:"baselined,omitempty"`
}

// Summarize counts a file's checks.
func Summarize(r *linter.Result) Summary {
	s := Summary{FailBySev: map[string]int{engine.SeverityError: 0, engine.SeverityWarning: 0, engine.SeverityNote: 0}}
	for _, c := range r.Checks {
		switch c.Status {
		case engine.Pass:
			s.Pass++
		case engine.Fail:
			s.Fail++
			s.FailBySev[c.Rule.Severity]++
		case engine.NotApplicable:
			s.NotApplicable++
		}
	}
	for _, sp := range r.Suppressed {
		if sp.Kind == suppress.Baseline {
			s.Baselined++
		} else {
			s.Suppressed++
		}
	}
	if r.Unsupported {
		s.Unsupported = 1
	}
	if r.Err != nil {
		s.InputErrors = 1
	}
	return s
}

// Total adds up the summaries of every file.
func Total(results []linter.Result) Summary {
	t := emptyTotal()
	for i := range results {
		t.add(Summarize(&results[i]))
	}
	return t
}

func emptyTotal() Summary {
	return Summary{FailBySev: map[string]int{engine.SeverityError: 0, engine.SeverityWarning: 0, engine.SeverityNote: 0}}
}

// add counts one more file, of summary s, into a total.
func (t *Summary) add(s Summary) {
	t.Files++
	t.Pass += s.Pass
	t.Fail += s.Fail
	t.NotApplicable += s.NotApplicable
	t.Unsupported += s.Unsupported
	t.InputErrors += s.InputErrors
	t.Suppressed += s.Suppressed
	t.Baselined += s.Baselined
	for k, v := range s.FailBySev {
		t.FailBySev[k] += v
	}
}

// failuresBySeverity returns a file's failing checks, most severe first,
// then by location and rule ID, so that output order is stable.
func failuresBySeverity(r *linter.Result) []engine.Check {
	var out []engine.Check
	for _, c := range r.Checks {
		if c.Status == engine.Fail {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if ra, rb := engine.SeverityRank(a.Rule.Severity), engine.SeverityRank(b.Rule.Severity); ra != rb {
			return ra > rb
		}
		if a.Location.Line != b.Location.Line {
			return a.Location.Line < b.Location.Line
		}
		return a.Rule.ID < b.Rule.ID
	})
	return out
}
