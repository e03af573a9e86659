// Package document holds the clause model that every parser produces and
// every rule reads: the exact shape of the Rego input.
package document

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a clause was in its source.
type Kind string

// The kinds of clause a parser emits.
const (
	Heading   Kind = "heading"
	Paragraph Kind = "paragraph"
	ListItem  Kind = "list_item"
	TableCell Kind = "table_cell"
	// Metadata is a field of the page's metadata that is shown to readers
	// but is not policy text, such as a front-matter "last_updated" date.
	// Vocabulary concepts only look at metadata when they say so.
	Metadata Kind = "metadata"
)

// Position is a 1-based line and column in the original file. Columns count
// Unicode code points, which is what SARIF calls "unicodeCodePoints".
type Position struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// Clause is one unit of policy text: a heading, paragraph, list item or
// table cell.
type Clause struct {
	ID    int  `json:"id"`
	Kind  Kind `json:"kind"`
	Level int  `json:"level,omitempty"` // heading level 1-6; 0 for other kinds
	// Path holds the texts of the headings above the clause, outermost first.
	Path []string `json:"path"`
	// Section is the ID of the nearest enclosing heading (for a heading: its
	// parent heading), -1 when there is none. Following Section from clause
	// to clause walks up the section tree.
	Section   int      `json:"section"`
	Text      string   `json:"text"`
	Sentences []string `json:"sentences"`
	Start     Position `json:"start"`
	End       Position `json:"end"`
	// Concepts are the vocabulary concepts found in the clause's own text.
	Concepts []string `json:"concepts"`
	// Context are the concepts of the headings above the clause.
	Context []string `json:"context"`
	// Links are the targets of the links in the clause ("mailto:...",
	// "/contact"), in order, without repeats: a policy often gives its
	// contact address only as the target of "email us" or "contact us".
	Links []string `json:"links,omitempty"`

	// StartOffset and EndOffset are byte offsets into the source text; they
	// are kept for tools (suppressions, fingerprints) and not shown to rules.
	StartOffset int `json:"-"`
	EndOffset   int `json:"-"`
}

// Document is one parsed policy.
type Document struct {
	Path     string   `json:"path"`
	Format   string   `json:"format"`
	Language string   `json:"language"`
	Clauses  []Clause `json:"clauses"`
	// Index maps a concept to the IDs of the clauses whose text carries it.
	Index map[string][]int `json:"index"`
	// ContextIndex maps a concept to the IDs of the clauses under a heading
	// that carries it.
	ContextIndex map[string][]int `json:"context_index"`
}

// Builder turns the blocks a parser finds, in document order, into clauses
// with heading paths and positions. Parsers only find blocks; the section
// tree, text folding, sentence splitting and positions live here so that all
// formats agree on them.
type Builder struct {
	lines   *LineIndex
	clauses []Clause
	stack   []int // IDs of open headings, outermost first
}

// NewBuilder starts a document over src, the full source text the offsets
// passed to Add refer to.
func NewBuilder(src string) *Builder {
	return &Builder{lines: NewLineIndex(src)}
}

// Add appends a block. text is its visible text (entities decoded); start and
// end are byte offsets of the block's first and last visible characters in
// the source. Blocks whose folded text is empty are dropped.
func (b *Builder) Add(kind Kind, level int, text string, start, end int) {
	b.add(kind, level, text, start, end)
}

// maxLinks bounds the link targets kept per clause: a link farm in a
// footer says nothing more with its hundredth link.
const maxLinks = 16

// AddLinked is Add for a block holding links to targets.
func (b *Builder) AddLinked(kind Kind, level int, text string, start, end int, targets []string) {
	c := b.add(kind, level, text, start, end)
	if c == nil {
		return
	}
	for _, t := range targets {
		t = strings.TrimSpace(t)
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(strings.ToLower(t), "javascript:") || slices.Contains(c.Links, t) {
			continue
		}
		if len(c.Links) == maxLinks {
			break
		}
		c.Links = append(c.Links, t)
	}
}

func (b *Builder) add(kind Kind, level int, text string, start, end int) *Clause {
	folded := Fold(text)
	if folded == "" {
		return nil
	}
	if kind == Heading {
		if level < 1 {
			level = 1
		}
		for len(b.stack) > 0 && b.clauses[b.stack[len(b.stack)-1]].Level >= level {
			b.stack = b.stack[:len(b.stack)-1]
		}
	} else {
		level = 0
	}
	path := make([]string, 0, len(b.stack))
	for _, id := range b.stack {
		path = append(path, b.clauses[id].Text)
	}
	section := -1
	if len(b.stack) > 0 {
		section = b.stack[len(b.stack)-1]
	}
	if end < start {
		end = start
	}
	c := Clause{
		ID:          len(b.clauses),
		Kind:        kind,
		Level:       level,
		Path:        path,
		Section:     section,
		Text:        folded,
		Sentences:   Sentences(folded),
		Start:       b.lines.Position(start),
		End:         b.lines.Position(end),
		Concepts:    []string{},
		Context:     []string{},
		StartOffset: start,
		EndOffset:   end,
	}
	b.clauses = append(b.clauses, c)
	if kind == Heading {
		b.stack = append(b.stack, c.ID)
	}
	return &b.clauses[len(b.clauses)-1]
}

// Clauses returns the clauses added so far.
func (b *Builder) Clauses() []Clause { return b.clauses }

// Fold collapses every run of white space (including non-breaking and
// zero-width spaces) into one space and trims the ends.
func Fold(s string) string {
	if folded(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' || r == '\u202f' {
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

// folded reports whether s is ASCII already in folded form (single spaces,
// none at the ends), the common case, which then costs no allocation.
func folded(s string) bool {
	if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			return false
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	return true
}

// LineIndex converts byte offsets of a text into line and column positions.
type LineIndex struct {
	src    string
	starts []int // byte offset at which each line begins
	// The last position computed: parsers ask in document order, and a
	// file that is one long line would otherwise be counted from its start
	// for every clause.
	lastLine, lastOff, lastCol int
}

// NewLineIndex indexes src. A line ends at "\n"; "\r\n" and a lone "\r" are
// treated the same way editors do.
func NewLineIndex(src string) *LineIndex {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			starts = append(starts, i+1)
		}
	}
	return &LineIndex{src: src, starts: starts, lastCol: 1}
}

// Position returns the 1-based line and code-point column of a byte offset.
func (l *LineIndex) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(l.src) {
		off = len(l.src)
	}
	line := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	var col int
	if line == l.lastLine && off >= l.lastOff && l.lastOff >= l.starts[line] {
		col = l.lastCol + utf8.RuneCountInString(l.src[l.lastOff:off])
	} else {
		col = utf8.RuneCountInString(l.src[l.starts[line]:off]) + 1
	}
	l.lastLine, l.lastOff, l.lastCol = line, off, col
	return Position{Line: line + 1, Column: col}
}
