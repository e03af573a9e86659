// Package lineoracle maps byte offsets to lines and columns on its own,
// without document.LineIndex, so that tests of the positions policylint
// reports do not trust the code they check.
package lineoracle

import (
	"sort"
	"unicode/utf8"

	"github.com/policylint/policylint/linter/document"
)

// Span is a line's byte range in the source, without its break.
type Span struct{ Start, End int }

// Lines breaks src at "\n", "\r\n" and a lone "\r".
func Lines(src string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			out = append(out, Span{start, i})
			start = i + 1
		case '\r':
			out = append(out, Span{start, i})
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	return append(out, Span{start, len(src)})
}

// Position is the 1-based line and code-point column of byte offset off of
// src, whose lines are lines.
func Position(src string, lines []Span, off int) document.Position {
	line := sort.Search(len(lines), func(i int) bool { return lines[i].Start > off }) - 1
	return document.Position{Line: line + 1, Column: utf8.RuneCountInString(src[lines[line].Start:off]) + 1}
}
