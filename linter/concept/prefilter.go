package concept

import (
	"regexp/syntax"
	"strings"
)

// Most patterns can only match text that contains one of a few literal
// words. Finding those words with a cheap scan, and running a pattern's
// regexp only when one of them is present, is what keeps tagging fast: Go's
// regexp engine is linear but slow on long alternations with gaps.

// minTrigger is the shortest literal worth filtering on; shorter ones occur
// in almost every sentence.
const minTrigger = 3

// maxTriggers caps the alternatives of one pattern's literal set.
const maxTriggers = 64

// triggers returns literals one of which occurs in every match of the
// pattern, or nil when no useful set exists (then the pattern always runs).
func triggers(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	t := required(re)
	for _, s := range t {
		if len(s) < minTrigger {
			return nil
		}
	}
	return t
}

func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if t := required(sub); t != nil && better(t, best) {
				best = t
			}
		}
		return best
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			t := required(sub)
			if t == nil {
				return nil
			}
			all = append(all, t...)
			if len(all) > maxTriggers {
				return nil
			}
		}
		return all
	}
	return nil
}

// better prefers the set whose shortest literal is longest (more selective),
// then the smaller set.
func better(a, b []string) bool {
	if b == nil {
		return true
	}
	ma, mb := shortest(a), shortest(b)
	if ma != mb {
		return ma > mb
	}
	return len(a) < len(b)
}

func shortest(set []string) int {
	m := -1
	for _, s := range set {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}

// literalIndex finds which of many literals occur in a text, indexed by
// their first minTrigger bytes.
type literalIndex struct {
	lits   []string
	byHead map[[minTrigger]byte][]int
}

func newLiteralIndex() *literalIndex {
	return &literalIndex{byHead: map[[minTrigger]byte][]int{}}
}

// add registers a literal and returns its ID; equal literals share one.
func (x *literalIndex) add(lit string) int {
	var head [minTrigger]byte
	copy(head[:], lit)
	for _, id := range x.byHead[head] {
		if x.lits[id] == lit {
			return id
		}
	}
	id := len(x.lits)
	x.lits = append(x.lits, lit)
	x.byHead[head] = append(x.byHead[head], id)
	return id
}

// present marks in found (indexed by literal ID) every literal occurring in
// text, and returns the IDs it marked so the caller can reset them.
func (x *literalIndex) present(text string, found []bool, marked []int) []int {
	var head [minTrigger]byte
	for i := 0; i+minTrigger <= len(text); i++ {
		copy(head[:], text[i:i+minTrigger])
		for _, id := range x.byHead[head] {
			if !found[id] && strings.HasPrefix(text[i:], x.lits[id]) {
				found[id] = true
				marked = append(marked, id)
			}
		}
	}
	return marked
}
