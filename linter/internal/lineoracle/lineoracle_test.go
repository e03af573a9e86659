package lineoracle

import (
	"slices"
	"testing"

	"github.com/policylint/policylint/linter/document"
)

func TestLinesAndPositions(t *testing.T) {
	src := "ab\r\ncé\rx\n"
	lines := Lines(src)
	if want := []Span{{0, 2}, {4, 7}, {8, 9}, {10, 10}}; !slices.Equal(lines, want) {
		t.Fatalf("lines %v, want %v", lines, want)
	}
	for off, want := range map[int]document.Position{0: {Line: 1, Column: 1}, 1: {Line: 1, Column: 2}, 5: {Line: 2, Column: 2}, 8: {Line: 3, Column: 1}} {
		if got := Position(src, lines, off); got != want {
			t.Errorf("offset %d: %+v, want %+v", off, got, want)
		}
	}
}
