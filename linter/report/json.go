package report

import (
	"bytes"
	"errors"
	"io"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/baseline"
	"github.com/policylint/policylint/linter/fingerprint"
	"github.com/policylint/policylint/linter/suppress"
)

// JSON writes the machine-readable report. Its shape is documented in the
// README and read by ../shared/eval/score: keep it stable. Suppressed
// failures, directive notices and the baseline are added only when present.
type JSON struct {
	Baseline *baseline.Summary // check --baseline; nil for none
}

type jsonReport struct {
	Files    []jsonFile    `json:"files"`
	Summary  Summary       `json:"summary"`
	Baseline *jsonBaseline `json:"baseline,omitempty"`
}

type jsonBaseline struct {
	Path    string `json:"path"`
	Matched int    `json:"matched"`
	Stale   int    `json:"stale"`
	// StaleFailures are the entries that no longer fail: drop them by
	// running policylint baseline again.
	StaleFailures []baseline.Entry `json:"stale_failures"`
}

// jsonSuppressed is a failure that does not count, with why.
type jsonSuppressed struct {
	Rule        string        `json:"rule"`
	Severity    string        `json:"severity"`
	Message     string        `json:"message"`
	Article     string        `json:"article"`
	Location    jsonPosition  `json:"location"`
	Fingerprint string        `json:"fingerprint"`
	Kind        string        `json:"kind"`
	Reason      string        `json:"reason,omitempty"`
	Directive   *jsonPosition `json:"directive,omitempty"`
}

// jsonNotice is a problem with a suppression directive.
type jsonNotice struct {
	Level   string `json:"level"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Rule    string `json:"rule,omitempty"`
	Message string `json:"message"`
}

type jsonFile struct {
	Path     string      `json:"path"`
	Format   string      `json:"format,omitempty"`
	Language string      `json:"language,omitempty"`
	Note     string      `json:"note,omitempty"`
	Error    string      `json:"error,omitempty"`
	Checks   []jsonCheck `json:"checks"`
	// Suppressed are failures an inline directive or the baseline
	// suppresses; they are not in Checks.
	Suppressed []jsonSuppressed `json:"suppressed,omitempty"`
	Notices    []jsonNotice     `json:"notices,omitempty"`
	Summary    Summary          `json:"summary"`
}

type jsonCheck struct {
	Rule     string         `json:"rule"`
	Status   string         `json:"status"`
	Severity string         `json:"severity"`
	Message  string         `json:"message"`
	Article  string         `json:"article"`
	HelpURI  string         `json:"help_uri,omitempty"`
	Location jsonPosition   `json:"location"`
	Evidence []jsonEvidence `json:"evidence"`
}

type jsonPosition struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type jsonEvidence struct {
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Text   string `json:"text"`
}

// Report writes every result as one JSON document.
func (j JSON) Report(w io.Writer, results []linter.Result) error {
	files := make([]jsonFile, 0, len(results))
	for i := range results {
		files = append(files, jsonFileOf(&results[i]))
	}
	return encodeIndented(w, jsonDocument(files, Total(results), j.Baseline))
}

func jsonDocument(files []jsonFile, total Summary, b *baseline.Summary) jsonReport {
	out := jsonReport{Files: files, Summary: total}
	if b != nil {
		out.Baseline = &jsonBaseline{Path: b.Path, Matched: b.Matched, Stale: b.Stale, StaleFailures: b.StaleEntries}
		if out.Baseline.StaleFailures == nil {
			out.Baseline.StaleFailures = []baseline.Entry{}
		}
	}
	return out
}

// Begin starts a report that writes each file as it comes, keeping only
// the totals; the totals and the baseline follow the files, at End, from
// the Outcome's baseline rather than j.Baseline.
func (j JSON) Begin(w io.Writer, _ string) (Stream, error) {
	// The files come first, so the head of a document without any is the
	// head of every document.
	var skel bytes.Buffer
	if err := encodeIndented(&skel, jsonDocument([]jsonFile{}, emptyTotal(), nil)); err != nil {
		return nil, err
	}
	gap, err := findGap(skel.Bytes(), "files")
	if err != nil {
		return nil, err
	}
	return &jsonStream{w: w, head: gap.head, files: newElemWriter(gap), total: emptyTotal()}, nil
}

type jsonStream struct {
	w     io.Writer
	head  []byte // written with the first file, so that a run that fails before any writes nothing
	files *elemWriter
	total Summary
}

func (s *jsonStream) WriteResult(r *linter.Result) error {
	elem, err := s.files.encode(jsonFileOf(r))
	if err != nil {
		return err
	}
	if s.total.Files == 0 {
		if _, err := s.w.Write(s.head); err != nil {
			return err
		}
	}
	s.total.add(Summarize(r))
	_, err = s.w.Write(elem)
	return err
}

func (s *jsonStream) Live() bool { return true }

func (s *jsonStream) End(o Outcome) error {
	var doc bytes.Buffer
	if err := encodeIndented(&doc, jsonDocument([]jsonFile{}, s.total, o.Baseline)); err != nil {
		return err
	}
	if s.total.Files == 0 {
		_, err := s.w.Write(doc.Bytes())
		return err
	}
	gap, err := findGap(doc.Bytes(), "files")
	if err != nil {
		return err
	}
	if !bytes.Equal(gap.head, s.head) || gap.indent != s.files.gap.indent {
		return errors.New("report: the JSON report's head changed with its content; it cannot be streamed")
	}
	_, err = io.WriteString(s.w, gap.closing(s.total.Files)+string(gap.tail))
	return err
}

func (s *jsonStream) Close() error { return nil }

// jsonFileOf is the report of one file: an element of the JSON report's
// files, and a line of the jsonl report.
func jsonFileOf(r *linter.Result) jsonFile {
	f := jsonFile{
		Path: r.Path, Format: r.Format, Language: r.Language,
		Note: r.Note(), Checks: []jsonCheck{}, Summary: Summarize(r),
	}
	if r.Err != nil {
		f.Error = r.Err.Error()
	}
	for _, c := range r.Checks {
		jc := jsonCheck{
			Rule: c.Rule.ID, Status: string(c.Status), Severity: c.Rule.Severity,
			Message: c.Message, Article: c.Rule.Article, HelpURI: c.Rule.HelpURI,
			Location: jsonPosition{c.Location.Line, c.Location.Column},
			Evidence: []jsonEvidence{},
		}
		for _, e := range c.Evidence {
			jc.Evidence = append(jc.Evidence, jsonEvidence{e.Start.Line, e.Start.Column, e.Text})
		}
		f.Checks = append(f.Checks, jc)
	}
	for k := range r.Suppressed {
		sp := &r.Suppressed[k]
		js := jsonSuppressed{
			Rule: sp.Check.Rule.ID, Severity: sp.Check.Rule.Severity, Message: sp.Check.Message,
			Article: sp.Check.Rule.Article, Location: jsonPosition{sp.Check.Location.Line, sp.Check.Location.Column},
			Fingerprint: fingerprint.For(&sp.Check), Kind: string(sp.Kind), Reason: sp.Reason,
		}
		if sp.Kind == suppress.Inline {
			js.Directive = &jsonPosition{sp.Position.Line, sp.Position.Column}
		}
		f.Suppressed = append(f.Suppressed, js)
	}
	for _, n := range r.Notices {
		f.Notices = append(f.Notices, jsonNotice{n.Level, n.Position.Line, n.Position.Column, n.Rule, n.Message})
	}
	return f
}
