// Package baseline records the failures a set of policies has today so that
// a check can report only the ones that are new: a team with an imperfect
// legacy policy can still gate pull requests on regressions.
//
// A failure is recognised by its file and its fingerprint (package
// fingerprint), never by its line, so edits elsewhere in the policy do not
// make a baselined failure look new.
package baseline

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/fingerprint"
	"github.com/policylint/policylint/linter/source"
	"github.com/policylint/policylint/linter/suppress"
)

// DefaultPath is where `policylint baseline` writes when not told otherwise.
const DefaultPath = ".policylint-baseline.json"

// Version is the version of the file format. A reader refuses other
// versions rather than guessing what they mean.
const Version = 1

// File is the content of a baseline file.
type File struct {
	Version  int     `json:"version"`
	Failures []Entry `json:"failures"`
}

// Entry is one baselined failure. File and Fingerprint identify it; Rule and
// Message are there for the humans who review the file.
type Entry struct {
	File        string `json:"file"`
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
	Message     string `json:"message"`
}

// Summary says how a baseline matched the failures of a run.
type Summary struct {
	Path    string // the baseline file, as given
	Matched int    // failures the baseline suppressed
	Stale   int    // entries of files that were checked that no longer fail
	// StaleEntries are those entries, in the file's order.
	StaleEntries []Entry
}

// Key is the name a checked file has in a baseline: its path relative to
// the baseline's directory, slash-separated, so that the file matches from
// any working directory and on any OS (CI checks out elsewhere). When no
// relative path exists (another Windows volume) it is the path as given;
// a policy fetched from a URL is named by its URL.
func Key(file, dir string) string {
	if source.IsURL(file) {
		return file
	}
	if absFile, err := filepath.Abs(file); err == nil {
		if absDir, err := filepath.Abs(dir); err == nil {
			if rel, err := filepath.Rel(absDir, absFile); err == nil {
				return filepath.ToSlash(rel)
			}
		}
	}
	return path.Clean(filepath.ToSlash(file))
}

// Build returns the baseline of results: every failure that still counts
// (inline suppressions already removed), files named relative to dir, in a
// stable order so that the file diffs well.
func Build(results []linter.Result, dir string) *File {
	f := &File{Version: Version, Failures: []Entry{}}
	for i := range results {
		r := &results[i]
		if r.Err != nil {
			continue
		}
		key := Key(r.Path, dir)
		for j := range r.Checks {
			c := &r.Checks[j]
			if c.Status != engine.Fail {
				continue
			}
			f.Failures = append(f.Failures, Entry{File: key, Rule: c.Rule.ID, Fingerprint: fingerprint.For(c), Message: c.Message})
		}
	}
	f.sort()
	return f
}

func (f *File) sort() {
	sort.SliceStable(f.Failures, func(i, j int) bool {
		a, b := f.Failures[i], f.Failures[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Fingerprint < b.Fingerprint
	})
}

// Marshal encodes the file: indented, one entry per block, ending in a
// newline.
func (f *File) Marshal() ([]byte, error) {
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	return []byte(sb.String()), nil
}

// Write writes the file to name, replacing it in one step so that a failed
// write never leaves half a baseline behind.
func (f *File) Write(name string) error {
	data, err := f.Marshal()
	if err != nil {
		return fmt.Errorf("encoding the baseline: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".policylint-baseline-*.tmp")
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}

// Read reads and validates a baseline file. Its errors name the file and
// say what is wrong with it.
func Read(name string) (*File, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("baseline %s: no such file (create it with: policylint baseline -o %s FILE...)", name, name)
		}
		return nil, fmt.Errorf("baseline %s: %w", name, err)
	}
	f, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", name, err)
	}
	return f, nil
}

// Parse decodes and validates the content of a baseline file.
func Parse(data []byte) (*File, error) {
	var f *File
	if err := json.Unmarshal(data, &f); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line, col := lineCol(data, se.Offset)
			return nil, fmt.Errorf("not valid JSON at line %d, column %d: %w", line, col, err)
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, fmt.Errorf("not a policylint baseline: %w", err)
		}
		return nil, fmt.Errorf("not valid JSON: %w", err)
	}
	if f == nil {
		return nil, errors.New("not a policylint baseline: want an object with \"version\" and \"failures\"")
	}
	if f.Version != Version {
		if f.Version == 0 {
			return nil, fmt.Errorf("not a policylint baseline: \"version\" is missing (want %d)", Version)
		}
		return nil, fmt.Errorf("version %d is not supported (this policylint reads version %d)", f.Version, Version)
	}
	if f.Failures == nil {
		return nil, errors.New("not a policylint baseline: \"failures\" is missing")
	}
	for i, e := range f.Failures {
		switch {
		case e.File == "":
			return nil, fmt.Errorf("failure %d has no \"file\"", i+1)
		case e.Fingerprint == "":
			return nil, fmt.Errorf("failure %d (%s) has no \"fingerprint\"", i+1, e.File)
		}
	}
	return f, nil
}

// lineCol turns the offset of a JSON syntax error (the bytes read, the
// offending one included) into the position of the offending byte.
func lineCol(data []byte, off int64) (line, col int) {
	i := int(min(max(off-1, 0), int64(len(data))))
	before := string(data[:i])
	return 1 + strings.Count(before, "\n"), i - strings.LastIndexByte(before, '\n')
}

// Apply suppresses the failures of results that the baseline holds, moving
// them to each result's Suppressed (kind baseline) so that they no longer
// count, and returns how many matched and which entries are stale. dir is
// the directory of the baseline file: entries name files relative to it.
// Only entries of files checked in this run can be stale; a file that could
// not be checked, or whose language has no rules, decides nothing.
func (f *File) Apply(results []linter.Result, dir string) Summary {
	m := f.Matcher(dir)
	for i := range results {
		m.Apply(&results[i])
	}
	return m.Summary()
}

// Matcher applies a baseline to results one at a time, for runs that
// stream their results rather than hold them all: the results given to
// Apply in order end as File.Apply leaves them.
type Matcher struct {
	f         *File
	dir       string
	remaining map[matchKey]int
	checked   map[string]bool
	matched   int
}

type matchKey struct{ file, fp string }

// Matcher starts applying the baseline; dir is as for Apply.
func (f *File) Matcher(dir string) *Matcher {
	m := &Matcher{f: f, dir: dir, remaining: make(map[matchKey]int, len(f.Failures)), checked: map[string]bool{}}
	for _, e := range f.Failures {
		m.remaining[matchKey{entryFile(e.File), e.Fingerprint}]++
	}
	return m
}

// Apply suppresses the baselined failures of one result and returns how
// many it suppressed.
func (m *Matcher) Apply(r *linter.Result) int {
	if r.Err != nil || r.Unsupported {
		return 0
	}
	file := Key(r.Path, m.dir)
	m.checked[file] = true
	kept := make([]engine.Check, 0, len(r.Checks))
	var matched []suppress.Suppression
	for _, c := range r.Checks {
		k := matchKey{file, fingerprint.For(&c)}
		if c.Status == engine.Fail && m.remaining[k] > 0 {
			m.remaining[k]--
			matched = append(matched, suppress.Suppression{Check: c, Kind: suppress.Baseline})
			continue
		}
		kept = append(kept, c)
	}
	if len(matched) == 0 {
		return 0
	}
	m.matched += len(matched)
	r.Checks = kept
	r.Suppressed = mergeByRule(r.Suppressed, matched)
	return len(matched)
}

// Summary says how the baseline matched the results applied so far: the
// stale entries are those of files applied that nothing matched.
func (m *Matcher) Summary() Summary {
	s := Summary{Matched: m.matched}
	remaining := make(map[matchKey]int, len(m.remaining))
	for k, n := range m.remaining {
		remaining[k] = n
	}
	for _, e := range m.f.Failures {
		k := matchKey{entryFile(e.File), e.Fingerprint}
		if m.checked[k.file] && remaining[k] > 0 {
			remaining[k]--
			s.Stale++
			s.StaleEntries = append(s.StaleEntries, e)
		}
	}
	return s
}

// entryFile is an entry's file as Key names it: cleaning would turn a
// URL's "//" into "/".
func entryFile(file string) string {
	if source.IsURL(file) {
		return file
	}
	return path.Clean(file)
}

// mergeByRule merges two lists of suppressions, each ordered by rule ID,
// keeping that order.
func mergeByRule(a, b []suppress.Suppression) []suppress.Suppression {
	out := make([]suppress.Suppression, 0, len(a)+len(b))
	out = append(out, a...)
	out = append(out, b...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Check.Rule.ID < out[j].Check.Rule.ID })
	return out
}
