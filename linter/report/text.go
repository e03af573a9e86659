package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/engine"
)

// Text writes the human-readable report: per file, its failures grouped by
// severity, then a one-line summary.
type Text struct {
	Verbose bool
	Color   bool
}

type palette struct {
	sev             map[string]*color.Color
	pass, dim, bold *color.Color
}

func newPalette(enabled bool) palette {
	mk := func(attrs ...color.Attribute) *color.Color {
		c := color.New(attrs...)
		if enabled {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return palette{
		sev: map[string]*color.Color{
			engine.SeverityError:   mk(color.FgRed, color.Bold),
			engine.SeverityWarning: mk(color.FgYellow, color.Bold),
			engine.SeverityNote:    mk(color.FgCyan),
		},
		pass: mk(color.FgGreen),
		dim:  mk(color.Faint),
		bold: mk(color.Bold),
	}
}

// Report writes every file's section and, for more than one file, a total.
func (t *Text) Report(w io.Writer, results []linter.Result) error {
	p := newPalette(t.Color)
	ew := &errWriter{w: w}
	for i := range results {
		t.file(ew, p, &results[i])
	}
	if len(results) > 1 {
		s := Total(results)
		ew.printf("%s %d files: %s\n", p.bold.Sprint("Total:"), s.Files, counts(s))
	}
	return ew.err
}

func (t *Text) file(w *errWriter, p palette, r *linter.Result) {
	header := r.Path
	if r.Format != "" {
		header += p.dim.Sprintf(" (%s, %s)", r.Format, r.Language)
	}
	w.printf("%s\n", p.bold.Sprint(header))
	if r.Err != nil {
		w.printf("  %s %s\n\n", p.sev[engine.SeverityError].Sprint("input error:"), r.Err)
		return
	}
	if note := r.Note(); note != "" {
		w.printf("  %s %s\n\n", p.sev[engine.SeverityNote].Sprint("note:"), note)
		return
	}
	current := ""
	for _, c := range failuresBySeverity(r) {
		if c.Rule.Severity != current {
			current = c.Rule.Severity
			w.printf("  %s\n", p.sev[current].Sprint(strings.ToUpper(current[:1])+current[1:]+"s"))
		}
		w.printf("    %s  %s  %s%s\n", p.dim.Sprintf("%s:%d:%d", r.Path, c.Location.Line, c.Location.Column),
			p.sev[current].Sprint(c.Rule.ID), c.Message, article(p, c))
	}
	if t.Verbose {
		t.others(w, p, r)
	}
	w.printf("  %s\n\n", counts(Summarize(r)))
}

// others lists the passes, with the evidence that proves them, and the rules
// that did not apply.
func (t *Text) others(w *errWriter, p palette, r *linter.Result) {
	for _, status := range []engine.Status{engine.Pass, engine.NotApplicable} {
		header := false
		for _, c := range r.Checks {
			if c.Status != status {
				continue
			}
			if !header {
				header = true
				if status == engine.Pass {
					w.printf("  %s\n", p.pass.Sprint("Passed"))
				} else {
					w.printf("  %s\n", p.dim.Sprint("Not applicable"))
				}
			}
			if status == engine.NotApplicable {
				w.printf("    %s  %s\n", c.Rule.ID, p.dim.Sprint(c.Message))
				continue
			}
			w.printf("    %s%s\n", p.pass.Sprint(c.Rule.ID), article(p, c))
			for _, e := range c.Evidence {
				w.printf("      %s  %s\n", p.dim.Sprintf("%s:%d:%d", r.Path, e.Start.Line, e.Start.Column), excerpt(e.Text, 100))
			}
		}
	}
}

// article is the " [Art. n]" suffix.
func article(p palette, c engine.Check) string {
	if c.Rule.Article == "" {
		return ""
	}
	return " " + p.dim.Sprintf("[%s]", c.Rule.Article)
}

func counts(s Summary) string {
	var parts []string
	for _, sev := range []string{engine.SeverityError, engine.SeverityWarning, engine.SeverityNote} {
		if n := s.FailBySev[sev]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s%s", n, sev, plural(n)))
		}
	}
	line := fmt.Sprintf("%d passed, %d failed", s.Pass, s.Fail)
	if len(parts) > 0 {
		line += " (" + strings.Join(parts, ", ") + ")"
	}
	line += fmt.Sprintf(", %d not applicable", s.NotApplicable)
	if s.Unsupported > 0 {
		line += fmt.Sprintf(", %d in an unsupported language", s.Unsupported)
	}
	if s.InputErrors > 0 {
		line += fmt.Sprintf(", %d input error%s", s.InputErrors, plural(s.InputErrors))
	}
	return line
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func excerpt(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// errWriter keeps the first write error so that callers check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
