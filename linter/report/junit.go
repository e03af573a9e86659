package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/suppress"
)

// JUnit writes JUnit XML, the test report most CI systems read (Jenkins,
// GitLab, Azure Pipelines, CircleCI): one <testsuite> per file and one
// <testcase> per rule. A failing rule is a <failure> whose type is its
// severity, a rule that does not apply is <skipped/>, a file that could not
// be checked is one testcase with an <error>. The class name is the file's
// path, so that a rule's testcases stay distinct across files.
type JUnit struct{}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name       string           `xml:"name,attr"`
	Tests      int              `xml:"tests,attr"`
	Failures   int              `xml:"failures,attr"`
	Errors     int              `xml:"errors,attr"`
	Skipped    int              `xml:"skipped,attr"`
	Properties *junitProperties `xml:"properties,omitempty"`
	Cases      []junitCase      `xml:"testcase"`
	// SystemOut holds the notices about suppression directives: they are
	// about the directives, not tests of the policy.
	SystemOut string `xml:"system-out,omitempty"`
}

type junitProperties struct {
	Property []junitProperty `xml:"property"`
}

type junitProperty struct {
	Name  string `xml:"name,attr"`
	Value string `xml:"value,attr"`
}

type junitCase struct {
	ClassName string        `xml:"classname,attr"`
	Name      string        `xml:"name,attr"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	// Body is CDATA so that its lines stay lines in the file.
	Body string `xml:",cdata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr,omitempty"`
}

// Test case names for a file that has no rule results.
const (
	junitInputCase    = "policylint/input"
	junitLanguageCase = "policylint/language"
)

// Report writes every result as one XML document.
func (JUnit) Report(w io.Writer, results []linter.Result) error {
	out := junitSuites{Name: "policylint", Suites: make([]junitSuite, 0, len(results))}
	for i := range results {
		s := junitFile(&results[i])
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Errors += s.Errors
		out.Skipped += s.Skipped
		out.Suites = append(out.Suites, s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func junitFile(r *linter.Result) junitSuite {
	s := junitSuite{Name: r.Path}
	if r.Format != "" {
		s.Properties = &junitProperties{[]junitProperty{{"format", r.Format}, {"language", r.Language}}}
	}
	switch {
	case r.Err != nil:
		cause := inputCause(r.Err)
		s.Cases = []junitCase{{ClassName: r.Path, Name: junitInputCase,
			Error: &junitProblem{Message: cause, Type: "input error", Body: xmlText(r.Err.Error())}}}
		s.Errors = 1
	case r.Unsupported:
		s.Cases = []junitCase{{ClassName: r.Path, Name: junitLanguageCase, Skipped: &junitSkipped{Message: r.Note()}}}
		s.Skipped = 1
	}
	for _, c := range r.Checks {
		tc := junitCase{ClassName: r.Path, Name: c.Rule.ID}
		switch c.Status {
		case engine.Fail:
			tc.Failure = &junitProblem{Message: c.Message, Type: c.Rule.Severity, Body: junitBody(r.Path, c)}
			s.Failures++
		case engine.NotApplicable:
			tc.Skipped = &junitSkipped{Message: c.Message}
			s.Skipped++
		}
		s.Cases = append(s.Cases, tc)
	}
	// A suppressed failure does not count, but its rule still ran: it is a
	// skipped testcase saying why, so every rule has its testcase.
	for _, sp := range r.Suppressed {
		msg := "suppressed: " + sp.Reason
		if sp.Kind == suppress.Baseline {
			msg = "in the baseline: " + sp.Check.Message
		}
		s.Cases = append(s.Cases, junitCase{ClassName: r.Path, Name: sp.Check.Rule.ID, Skipped: &junitSkipped{Message: msg}})
		s.Skipped++
	}
	sort.SliceStable(s.Cases, func(i, j int) bool { return s.Cases[i].Name < s.Cases[j].Name })
	var notes []string
	for _, n := range r.Notices {
		notes = append(notes, fmt.Sprintf("%s:%d:%d: %s: %s", r.Path, n.Position.Line, n.Position.Column, n.Level, n.Message))
	}
	s.SystemOut = xmlText(strings.Join(notes, "\n"))
	s.Tests = len(s.Cases)
	return s
}

// junitBody is the text of a failure: where, what, and how to fix it, one
// item a line.
func junitBody(path string, c engine.Check) string {
	lines := []string{fmt.Sprintf("%s:%d:%d: %s: %s", path, c.Location.Line, c.Location.Column, c.Rule.Severity, c.Message)}
	if c.Rule.Article != "" {
		lines = append(lines, "Article: "+c.Rule.Article)
	}
	if c.Rule.Fix != "" {
		lines = append(lines, "Fix: "+c.Rule.Fix)
	}
	if c.Rule.HelpURI != "" {
		lines = append(lines, "Help: "+c.Rule.HelpURI)
	}
	return xmlText(strings.Join(lines, "\n"))
}

// xmlText replaces the characters XML cannot hold (most control
// characters) with U+FFFD: encoding/xml does so for attributes and
// character data, but not inside CDATA.
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r',
			r >= 0x20 && r <= 0xD7FF,
			r >= 0xE000 && r <= 0xFFFD,
			r >= 0x10000 && r <= 0x10FFFF:
			return r
		}
		return '\uFFFD'
	}, s)
}
