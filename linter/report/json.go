package report

import (
	"encoding/json"
	"io"

	"github.com/policylint/policylint/linter"
)

// JSON writes the machine-readable report. Its shape is documented in the
// README and read by ../shared/eval/score: keep it stable.
type JSON struct{}

type jsonReport struct {
	Files   []jsonFile `json:"files"`
	Summary Summary    `json:"summary"`
}

type jsonFile struct {
	Path     string      `json:"path"`
	Format   string      `json:"format,omitempty"`
	Language string      `json:"language,omitempty"`
	Note     string      `json:"note,omitempty"`
	Error    string      `json:"error,omitempty"`
	Checks   []jsonCheck `json:"checks"`
	Summary  Summary     `json:"summary"`
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
func (JSON) Report(w io.Writer, results []linter.Result) error {
	out := jsonReport{Files: make([]jsonFile, 0, len(results)), Summary: Total(results)}
	for i := range results {
		r := &results[i]
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
		out.Files = append(out.Files, f)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
