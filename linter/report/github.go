package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/source"
	"github.com/policylint/policylint/linter/suppress"
)

// GitHub writes GitHub Actions workflow commands
// (https://docs.github.com/actions/reference/workflow-commands-for-github-actions):
// one annotation per failure, input error and unsupported-language note, so
// that findings show on the pull request's diff and in the run's summary.
// When StepSummary names a file (the runner's $GITHUB_STEP_SUMMARY), a
// Markdown table of every file's results is appended to it.
type GitHub struct {
	// BaseDir is the directory annotation paths are made relative to: the
	// repository root, as GitHub resolves them from there.
	BaseDir string
	// StepSummary is the file the Markdown summary is appended to; "" for
	// none.
	StepSummary string
}

// githubLevel maps a severity to its workflow command.
var githubLevel = map[string]string{
	engine.SeverityError:   "error",
	engine.SeverityWarning: "warning",
	engine.SeverityNote:    "notice",
}

// Report writes the annotations to w, then appends the step summary.
func (g *GitHub) Report(w io.Writer, results []linter.Result) error {
	ew := &errWriter{w: w}
	for i := range results {
		g.annotate(ew, &results[i])
	}
	if ew.err != nil {
		return ew.err
	}
	if g.StepSummary == "" {
		return nil
	}
	if err := appendFile(g.StepSummary, g.summary(results)); err != nil {
		return fmt.Errorf("appending the step summary: %w", err)
	}
	return nil
}

func (g *GitHub) annotate(w *errWriter, r *linter.Result) {
	path := RelativePath(g.BaseDir, r.Path)
	if r.Err != nil {
		w.printf("::error file=%s::%s\n", escapeProperty(path), escapeData(inputCause(r.Err)))
		return
	}
	if note := r.Note(); note != "" {
		w.printf("::notice file=%s,title=%s::%s\n", escapeProperty(path), escapeProperty("unsupported language"), escapeData(note))
		return
	}
	for _, c := range failuresBySeverity(r) {
		props := []string{"file=" + escapeProperty(path)}
		props = append(props, githubRegion(c)...)
		props = append(props, "title="+escapeProperty(c.Rule.ID))
		msg := c.Message
		if c.Rule.Article != "" {
			msg += " [" + c.Rule.Article + "]"
		}
		if c.Rule.Fix != "" {
			msg += "\nFix: " + c.Rule.Fix
		}
		w.printf("::%s %s::%s\n", githubLevel[c.Rule.Severity], strings.Join(props, ","), escapeData(msg))
	}
	// Problems with suppression directives point at the directive.
	for _, n := range r.Notices {
		title := suppress.Keyword
		if n.Rule != "" {
			title += " " + n.Rule
		}
		w.printf("::%s file=%s,line=%d,col=%d,title=%s::%s\n", githubLevel[n.Level], escapeProperty(path),
			max(n.Position.Line, 1), max(n.Position.Column, 1), escapeProperty(title), escapeData(n.Message))
	}
}

// githubRegion gives the line and column properties of a failure. GitHub
// accepts columns only for an annotation on a single line, and its end
// column is the last character, where a clause's End is the position after
// it.
func githubRegion(c engine.Check) []string {
	line, col := max(c.Location.Line, 1), max(c.Location.Column, 1)
	props := []string{fmt.Sprintf("line=%d", line)}
	lc := c.LocationClause
	if lc == nil || lc.Start != c.Location || lc.End.Line < line {
		return append(props, fmt.Sprintf("col=%d", col))
	}
	if lc.End.Line != line {
		return append(props, fmt.Sprintf("endLine=%d", lc.End.Line))
	}
	props = append(props, fmt.Sprintf("col=%d", col), fmt.Sprintf("endLine=%d", line))
	if end := lc.End.Column - 1; end >= col {
		props = append(props, fmt.Sprintf("endColumn=%d", end))
	}
	return props
}

// inputCause is what went wrong with an input, without the path the
// annotation already names.
func inputCause(err error) string {
	var ie *linter.InputError
	if errors.As(err, &ie) {
		return ie.Err.Error()
	}
	return err.Error()
}

// escapeData and escapeProperty follow @actions/core's command.ts: the
// runner decodes exactly these sequences, so a message may span lines and a
// property may hold ':' and ','.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func escapeData(s string) string     { return dataEscaper.Replace(s) }
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }

// RelativePath is path relative to base, with forward slashes, as code
// scanning and annotations expect. A path outside base, or any path when
// base is "", is given as it was, with forward slashes; a URL as it is.
func RelativePath(base, path string) string {
	if source.IsURL(path) {
		return path
	}
	if base == "" {
		return filepath.ToSlash(path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(base, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(rel)
}

// summary is the Markdown appended to the step summary: a table of every
// file, then each file's failures.
func (g *GitHub) summary(results []linter.Result) []byte {
	var b bytes.Buffer
	b.WriteString("## policylint\n\n")
	fmt.Fprintf(&b, "%d file%s: %s\n\n", len(results), plural(len(results)), counts(Total(results)))
	b.WriteString("| File | Passed | Failed: error | Failed: warning | Failed: note | Not applicable | Suppressed | Remark |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---|\n")
	for i := range results {
		r := &results[i]
		path := mdCell(RelativePath(g.BaseDir, r.Path))
		switch {
		case r.Err != nil:
			fmt.Fprintf(&b, "| %s | – | – | – | – | – | – | input error: %s |\n", path, mdCell(inputCause(r.Err)))
		case r.Unsupported:
			fmt.Fprintf(&b, "| %s | – | – | – | – | – | – | %s |\n", path, mdCell(r.Note()))
		default:
			s := Summarize(r)
			fmt.Fprintf(&b, "| %s | %d | %d | %d | %d | %d | %d |  |\n", path, s.Pass,
				s.FailBySev[engine.SeverityError], s.FailBySev[engine.SeverityWarning], s.FailBySev[engine.SeverityNote],
				s.NotApplicable, s.Suppressed+s.Baselined)
		}
	}
	for i := range results {
		r := &results[i]
		fails := failuresBySeverity(r)
		if len(fails) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n### %s\n\n", mdCell(RelativePath(g.BaseDir, r.Path)))
		b.WriteString("| Rule | Severity | Article | Line | Message |\n|---|---|---|---:|---|\n")
		for _, c := range fails {
			fmt.Fprintf(&b, "| %s | %s | %s | %d | %s |\n", mdCell(c.Rule.ID), c.Rule.Severity, mdCell(c.Rule.Article), c.Location.Line, mdCell(c.Message))
		}
	}
	return b.Bytes()
}

// mdCell escapes text for a Markdown table cell: no line breaks, and the
// punctuation that would start markup (or end the cell) backslash-escaped.
var mdEscaper = strings.NewReplacer(
	"\r\n", " ", "\n", " ", "\r", " ",
	`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "<", `\<`, ">", `\>`, "[", `\[`, "]", `\]`, "#", `\#`,
)

func mdCell(s string) string { return mdEscaper.Replace(s) }

// appendFile appends data to the file at path, creating it if needed and
// never truncating what is there; a blank line keeps the appended Markdown
// apart from what other steps wrote.
func appendFile(path string, data []byte) (err error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	if st, serr := f.Stat(); serr == nil && st.Size() > 0 {
		data = append([]byte("\n"), data...)
	}
	_, err = f.Write(data)
	return err
}
