package report

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/baseline"
	"github.com/policylint/policylint/linter/engine"
)

// Incremental is a Reporter that can write its report while the run goes
// on, result by result, so that a run need not keep the results for it.
type Incremental interface {
	Reporter
	// Begin starts the report of a run on w. tmpDir is where a format whose
	// document puts before the results what only the end of the run knows
	// (SARIF: the rules and the exit status) keeps the results meanwhile;
	// "" is the system's temporary directory.
	Begin(w io.Writer, tmpDir string) (Stream, error)
}

// Stream is a report being written. WriteResult for every result in input
// order, then End, writes the bytes Report writes from the same results
// with Options whose ExitCode, Baseline and Rules are the Outcome's.
type Stream interface {
	WriteResult(r *linter.Result) error
	// Live reports whether w gets each result as it is written; when false,
	// w gets nothing before End.
	Live() bool
	// End writes what follows the last result.
	End(o Outcome) error
	// Close releases the stream's temporary files: after End, or instead
	// of it when the run does not complete. It may be called again.
	Close() error
}

// Outcome is what a report learns only when the run is over. Its fields
// take the place of the Options fields of the same names.
type Outcome struct {
	ExitCode int
	Baseline *baseline.Summary
	Rules    []*engine.Rule
}

// encodeIndented is how the json and sarif reports encode their document.
func encodeIndented(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// arrayGap is a document encoded by encodeIndented with one array empty,
// split where its elements go, so that a stream can write the elements one
// at a time and still produce the bytes of the whole document.
type arrayGap struct {
	head []byte // up to and including the array's "["
	tail []byte // from the array's "]" to the end
	// indent is that of the array's key; its elements are one level in.
	indent string
}

// findGap finds the empty array of key. Only a key can match at the start
// of a line: a string value never holds a raw line break or an unescaped
// quote.
func findGap(doc []byte, key string) (arrayGap, error) {
	marker := []byte(`"` + key + `": []`)
	for from := 0; ; {
		i := bytes.Index(doc[from:], marker)
		if i < 0 {
			return arrayGap{}, fmt.Errorf("report: no empty %q array in the document", key)
		}
		i += from
		start := i
		for start > 0 && doc[start-1] == ' ' {
			start--
		}
		if start > 0 && doc[start-1] == '\n' {
			open := i + len(marker) - 1
			return arrayGap{head: doc[:open], tail: doc[open:], indent: string(doc[start:i])}, nil
		}
		from = i + 1
	}
}

// closing is what follows n elements, before the tail.
func (g arrayGap) closing(n int) string {
	if n == 0 {
		return ""
	}
	return "\n" + g.indent
}

// elemWriter encodes the elements of a gap's array one at a time, as
// encodeIndented would inside the whole document.
type elemWriter struct {
	gap arrayGap
	buf bytes.Buffer
	enc *json.Encoder
	n   int // elements encoded so far
}

func newElemWriter(g arrayGap) *elemWriter {
	e := &elemWriter{gap: g}
	e.enc = json.NewEncoder(&e.buf)
	// Indented from where the element sits in the document.
	e.enc.SetIndent(g.indent+"  ", "  ")
	e.enc.SetEscapeHTML(false)
	return e
}

// encode returns the next element with the separator and line break before
// it; the bytes are valid until the next call.
func (e *elemWriter) encode(v any) ([]byte, error) {
	e.buf.Reset()
	if e.n > 0 {
		e.buf.WriteByte(',')
	}
	e.buf.WriteString("\n" + e.gap.indent + "  ")
	if err := e.enc.Encode(v); err != nil {
		return nil, err
	}
	e.n++
	b := e.buf.Bytes()
	return b[:len(b)-1], nil // the Encoder's newline ends a document, not an element
}

// spool keeps encoded records in a temporary file until the end of a run,
// created when the first record comes.
type spool struct {
	dir string
	f   *os.File
	w   *bufio.Writer
	n   int
	hdr []byte
}

// spoolRecord is an element encoded before its final form is known: the
// key of what is missing, and where it goes in data.
type spoolRecord struct {
	key  string
	at   int
	data []byte
}

func (s *spool) write(r spoolRecord) error {
	if s.f == nil {
		f, err := os.CreateTemp(s.dir, ".policylint-spool-*.tmp")
		if err != nil {
			return fmt.Errorf("spooling results: %w", err)
		}
		s.f, s.w = f, bufio.NewWriter(f)
	}
	s.hdr = binary.AppendUvarint(s.hdr[:0], uint64(len(r.key)))
	s.hdr = append(s.hdr, r.key...)
	s.hdr = binary.AppendUvarint(s.hdr, uint64(r.at))
	s.hdr = binary.AppendUvarint(s.hdr, uint64(len(r.data)))
	if _, err := s.w.Write(s.hdr); err != nil {
		return fmt.Errorf("spooling results: %w", err)
	}
	if _, err := s.w.Write(r.data); err != nil {
		return fmt.Errorf("spooling results: %w", err)
	}
	s.n++
	return nil
}

// each reads the records back in the order they were written; the record
// passed to fn is valid only during the call.
func (s *spool) each(fn func(spoolRecord) error) error {
	if s.n == 0 {
		return nil
	}
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("spooling results: %w", err)
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("reading spooled results: %w", err)
	}
	br := bufio.NewReader(s.f)
	field := func(buf []byte) ([]byte, error) {
		n, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		if uint64(cap(buf)) < n {
			buf = make([]byte, n)
		}
		buf = buf[:n]
		_, err = io.ReadFull(br, buf)
		return buf, err
	}
	var key, data []byte
	for range s.n {
		var (
			at  uint64
			err error
		)
		if key, err = field(key); err == nil {
			if at, err = binary.ReadUvarint(br); err == nil {
				data, err = field(data)
			}
		}
		if err == nil && at > uint64(len(data)) {
			err = errors.New("a record is corrupt")
		}
		if err != nil {
			return fmt.Errorf("reading spooled results: %w", err)
		}
		if err := fn(spoolRecord{key: string(key), at: int(at), data: data}); err != nil {
			return err
		}
	}
	return nil
}

func (s *spool) close() error {
	if s.f == nil {
		return nil
	}
	name := s.f.Name()
	cerr := s.f.Close()
	rerr := os.Remove(name)
	s.f, s.w = nil, nil
	if err := errors.Join(cerr, rerr); err != nil {
		return fmt.Errorf("removing spooled results: %w", err)
	}
	return nil
}
