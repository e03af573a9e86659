package report

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/policylint/policylint/linter"
)

// Streamer is a Reporter that can also write each result on its own, as
// soon as it is ready, so that a run need not keep the results for it.
type Streamer interface {
	Reporter
	// WriteResult writes the report of one result; results come in input
	// order, and Report of the same results writes what the WriteResult
	// calls would have written together.
	WriteResult(w io.Writer, r *linter.Result) error
}

// JSONL writes JSON Lines for pipelines: one line per file, each the object
// the JSON report has for that file in its "files" array, and nothing else,
// so a consumer (jq, a log shipper) can act on each policy while the rest
// of the batch is still being checked. A run's totals and the baseline's
// stale entries are in the JSON report only.
type JSONL struct{}

// Report writes a line for each result.
func (j JSONL) Report(w io.Writer, results []linter.Result) error {
	for i := range results {
		if err := j.WriteResult(w, &results[i]); err != nil {
			return err
		}
	}
	return nil
}

// WriteResult writes the line of one result in a single Write: on an
// unbuffered standard output, that is the line leaving at once, whole,
// rather than a write per JSON token.
func (JSONL) WriteResult(w io.Writer, r *linter.Result) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(jsonFileOf(r)); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// Begin starts a report whose every line is out as soon as its result is.
func (j JSONL) Begin(w io.Writer, _ string) (Stream, error) {
	return jsonlStream{w}, nil
}

type jsonlStream struct{ w io.Writer }

func (s jsonlStream) WriteResult(r *linter.Result) error { return JSONL{}.WriteResult(s.w, r) }
func (jsonlStream) Live() bool                           { return true }
func (jsonlStream) End(Outcome) error                    { return nil }
func (jsonlStream) Close() error                         { return nil }
