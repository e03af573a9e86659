package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/policylint/policylint/linter/palette"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/baseline"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/suppress"
)

// Text writes the human-readable report: per file, its failures grouped by
// severity, then a one-line summary.
type Text struct {
	Verbose bool
	Color   bool
	// Baseline is how the run's baseline matched; nil for none.
	Baseline *baseline.Summary
}

// Report writes every file's section and, for more than one file, a total.
func (t *Text) Report(w io.Writer, results []linter.Result) error {
	st, _ := t.Begin(w, "")
	for i := range results {
		if err := st.WriteResult(&results[i]); err != nil {
			return err
		}
	}
	return st.End(Outcome{Baseline: t.Baseline})
}

// Begin starts a report that writes each file's section as its result
// comes, so that a long run shows its findings as it goes and keeps no
// results for the end; the total and the baseline follow at End.
func (t *Text) Begin(w io.Writer, _ string) (Stream, error) {
	return &textStream{t: t, p: palette.New(t.Color), w: &errWriter{w: w}, total: emptyTotal()}, nil
}

type textStream struct {
	t     *Text
	p     palette.Palette
	w     *errWriter
	total Summary
}

func (s *textStream) WriteResult(r *linter.Result) error {
	s.t.file(s.w, s.p, r)
	s.total.add(Summarize(r))
	return s.w.err
}

func (s *textStream) Live() bool { return true }

func (s *textStream) End(o Outcome) error {
	if s.total.Files > 1 {
		s.w.printf("%s %d files: %s\n", s.p.Bold.Sprint("Total:"), s.total.Files, counts(s.total))
	}
	t := *s.t
	t.Baseline = o.Baseline
	t.baseline(s.w, s.p)
	return s.w.err
}

func (s *textStream) Close() error { return nil }

// baseline says how the baseline matched and, verbosely, which of its
// entries no longer fail.
func (t *Text) baseline(w *errWriter, p palette.Palette) {
	b := t.Baseline
	if b == nil {
		return
	}
	line := fmt.Sprintf("%d matched (suppressed), %d stale", b.Matched, b.Stale)
	if b.Stale > 0 {
		line += " (fixed since the baseline was written; run policylint baseline to drop them)"
	}
	w.printf("%s %s\n", p.Bold.Sprintf("Baseline %s:", b.Path), line)
	if !t.Verbose {
		return
	}
	for _, e := range b.StaleEntries {
		w.printf("  %s  %s  %s\n", p.Dim.Sprint(e.File), p.Pass.Sprint(e.Rule), p.Dim.Sprint("fixed: "+e.Message))
	}
}

func (t *Text) file(w *errWriter, p palette.Palette, r *linter.Result) {
	header := r.Path
	if r.Format != "" {
		header += p.Dim.Sprintf(" (%s, %s)", r.Format, r.Language)
	}
	w.printf("%s\n", p.Bold.Sprint(header))
	if r.Err != nil {
		w.printf("  %s %s\n\n", p.Sev[engine.SeverityError].Sprint("input error:"), r.Err)
		return
	}
	if note := r.Note(); note != "" {
		w.printf("  %s %s\n", p.Sev[engine.SeverityNote].Sprint("note:"), note)
		t.notices(w, p, r)
		w.printf("\n")
		return
	}
	current := ""
	for _, c := range failuresBySeverity(r) {
		if c.Rule.Severity != current {
			current = c.Rule.Severity
			w.printf("  %s\n", p.Sev[current].Sprint(strings.ToUpper(current[:1])+current[1:]+"s"))
		}
		w.printf("    %s  %s  %s%s\n", p.Dim.Sprintf("%s:%d:%d", r.Path, c.Location.Line, c.Location.Column),
			p.Sev[current].Sprint(c.Rule.ID), c.Message, article(p, c))
	}
	t.notices(w, p, r)
	if t.Verbose {
		t.suppressed(w, p, r)
		t.others(w, p, r)
	}
	w.printf("  %s\n\n", counts(Summarize(r)))
}

// notices lists the problems with the file's suppression directives; they
// are always shown, since a directive that does nothing is a mistake.
func (t *Text) notices(w *errWriter, p palette.Palette, r *linter.Result) {
	if len(r.Notices) == 0 {
		return
	}
	w.printf("  %s\n", p.Bold.Sprint("Suppression directives"))
	for _, n := range r.Notices {
		w.printf("    %s  %s  %s\n", p.Dim.Sprintf("%s:%d:%d", r.Path, n.Position.Line, n.Position.Column),
			p.Sev[n.Level].Sprint(n.Level), n.Message)
	}
}

// suppressed lists the failures that do not count, with why.
func (t *Text) suppressed(w *errWriter, p palette.Palette, r *linter.Result) {
	if len(r.Suppressed) == 0 {
		return
	}
	w.printf("  %s\n", p.Dim.Sprint("Suppressed"))
	for _, sp := range r.Suppressed {
		c := sp.Check
		w.printf("    %s  %s  %s%s\n", p.Dim.Sprintf("%s:%d:%d", r.Path, c.Location.Line, c.Location.Column),
			c.Rule.ID, c.Message, article(p, c))
		why := "in the baseline"
		if sp.Kind == suppress.Inline {
			why = fmt.Sprintf("by the directive at %d:%d: %s", sp.Position.Line, sp.Position.Column, sp.Reason)
		}
		w.printf("      %s\n", p.Dim.Sprint("suppressed "+why))
	}
}

// others lists the passes, with the evidence that proves them, and the rules
// that did not apply.
func (t *Text) others(w *errWriter, p palette.Palette, r *linter.Result) {
	for _, status := range []engine.Status{engine.Pass, engine.NotApplicable} {
		header := false
		for _, c := range r.Checks {
			if c.Status != status {
				continue
			}
			if !header {
				header = true
				if status == engine.Pass {
					w.printf("  %s\n", p.Pass.Sprint("Passed"))
				} else {
					w.printf("  %s\n", p.Dim.Sprint("Not applicable"))
				}
			}
			if status == engine.NotApplicable {
				w.printf("    %s  %s\n", c.Rule.ID, p.Dim.Sprint(c.Message))
				continue
			}
			w.printf("    %s%s\n", p.Pass.Sprint(c.Rule.ID), article(p, c))
			for _, e := range c.Evidence {
				w.printf("      %s  %s\n", p.Dim.Sprintf("%s:%d:%d", r.Path, e.Start.Line, e.Start.Column), excerpt(e.Text, 100))
			}
		}
	}
}

// article is the " [Art. n]" suffix.
func article(p palette.Palette, c engine.Check) string {
	if c.Rule.Article == "" {
		return ""
	}
	return " " + p.Dim.Sprintf("[%s]", c.Rule.Article)
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
	if s.Suppressed > 0 {
		line += fmt.Sprintf(", %d suppressed", s.Suppressed)
	}
	if s.Baselined > 0 {
		line += fmt.Sprintf(", %d baselined", s.Baselined)
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
