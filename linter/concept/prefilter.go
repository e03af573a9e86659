package concept

import (
	"math/bits"
	"regexp/syntax"
	"sort"
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
const maxTriggers = 400

// maxClass is the largest character class turned into one-byte literals.
const maxClass = 16

// selective says whether a literal is worth gating on: two bytes or more
// ("cv", "uk" are rare; "we" is common but cheap to look for), or one byte
// that is not a letter or a space (a digit, "@", ":"), which most
// sentences lack.
func selective(lit string) bool {
	if len(lit) >= 2 {
		return true
	}
	for i := 0; i < len(lit); i++ {
		if c := lit[i]; !(c >= 'a' && c <= 'z' || c == ' ' || c >= 0x80) {
			return true
		}
	}
	return false
}

// weight is how selective a literal is, for choosing between sets: its
// length, except that a short one holding a digit or punctuation counts as
// long, since few sentences hold it.
func weight(lit string) int {
	if len(lit) < minTrigger {
		for i := 0; i < len(lit); i++ {
			if c := lit[i]; !(c >= 'a' && c <= 'z' || c == ' ' || c >= 0x80) {
				return minTrigger + 1
			}
		}
	}
	return len(lit)
}

// maxGates caps how many literal sets gate one pattern; the most selective
// are kept.
const maxGates = 4

// gatesOf returns literal sets that every match of the pattern meets: the
// match contains at least one literal of each set. A pattern like
// "you ... (access|view) ... (data|information)" is gated on all three
// parts, so its regexp runs only on sentences that hold one word of each,
// which are few. nil means the pattern always runs.
func gatesOf(re *syntax.Regexp) [][]string {
	var out [][]string
	seen := map[string]bool{}
	for _, set := range requiredAll(re) {
		if !allSelective(set) {
			continue
		}
		key := strings.Join(set, "\x00")
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, set)
	}
	sort.SliceStable(out, func(i, j int) bool { return better(out[i], out[j]) && !better(out[j], out[i]) })
	if len(out) > maxGates {
		out = out[:maxGates]
	}
	return out
}

// requiredAll returns the literal sets a match must meet, one per part of
// the pattern that must match.
func requiredAll(re *syntax.Regexp) [][]string {
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return requiredAll(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredAll(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var all [][]string
		for _, sub := range re.Sub {
			all = append(all, requiredAll(sub)...)
		}
		return all
	}
	if t := required(re); t != nil {
		return [][]string{t}
	}
	return nil
}

// triggers returns literals one of which occurs in every match of the
// pattern, or nil when no useful set exists (then the pattern always runs).
func triggers(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	t := required(re)
	if !allSelective(t) {
		return nil
	}
	return t
}

func allSelective(set []string) bool {
	for _, lit := range set {
		if !selective(lit) {
			return false
		}
	}
	return len(set) > 0
}

func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}
	case syntax.OpCharClass:
		// A small class of digits or punctuation ([0-9], [@]) gates on its
		// bytes, one of which must be present.
		var lits []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if r >= 0x80 || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == ' ' || len(lits) >= maxClass {
					return nil
				}
				lits = append(lits, string(r))
			}
		}
		return lits
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		// RE2's parser factors common prefixes out of alternations ("keep|
		// kept" becomes "ke(ep|pt)"), leaving short pieces; the strings the
		// whole concatenation spells are better literals when they are few.
		if all, ok := finite(re, maxTriggers); ok && allSelective(all) {
			return all
		}
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

// finite returns every string re matches when there are at most limit,
// empty-width assertions matching the empty string.
func finite(re *syntax.Regexp, limit int) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return []string{""}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) >= maxClass {
					return nil, false
				}
				out = append(out, strings.ToLower(string(r)))
			}
		}
		return out, true
	case syntax.OpCapture:
		return finite(re.Sub[0], limit)
	case syntax.OpQuest:
		sub, ok := finite(re.Sub[0], limit-1)
		if !ok {
			return nil, false
		}
		return append([]string{""}, sub...), true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := finite(sub, limit-len(out))
			if !ok {
				return nil, false
			}
			out = append(out, s...)
			if len(out) > limit {
				return nil, false
			}
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			s, ok := finite(sub, limit)
			if !ok || len(out)*len(s) > limit {
				return nil, false
			}
			next := make([]string, 0, len(out)*len(s))
			for _, a := range out {
				for _, b := range s {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
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
		if w := weight(s); m < 0 || w < m {
			m = w
		}
	}
	return m
}

// literalIndex finds which of many literals occur in a text. Literals of
// minTrigger bytes or more are found by their first minTrigger bytes, looked
// up at every position in an open-addressing table (a Go map costs several
// times more per lookup, and this lookup runs for every byte of a policy).
type literalIndex struct {
	lits []string
	// heads: slot → head key+1 (0 is empty); ids: slot → literal IDs.
	heads []uint32
	ids   [][]int
	mask  uint32
	n     int // heads stored
	// Literals shorter than minTrigger (digits, punctuation, pairs of
	// letters) are found in the same pass: one-byte ones by a table of the
	// bytes seen, two-byte ones by a bitmap of their pairs and a map.
	one     [256][]int
	oneBits [4]uint64
	two     map[uint16][]int
	twoBits [1024]uint64
}

func newLiteralIndex() *literalIndex {
	x := &literalIndex{two: map[uint16][]int{}}
	x.resize(1024)
	return x
}

func headKey(s string) uint32 { return uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2]) }

func (x *literalIndex) slot(key uint32) uint32 {
	h := (key * 2654435761) & x.mask
	for x.heads[h] != 0 && x.heads[h] != key+1 {
		h = (h + 1) & x.mask
	}
	return h
}

func (x *literalIndex) resize(size int) {
	oldHeads, oldIDs := x.heads, x.ids
	x.heads, x.ids, x.mask = make([]uint32, size), make([][]int, size), uint32(size-1)
	for i, h := range oldHeads {
		if h != 0 {
			s := x.slot(h - 1)
			x.heads[s], x.ids[s] = h, oldIDs[i]
		}
	}
}

// add registers a literal and returns its ID; equal literals share one.
func (x *literalIndex) add(lit string) int {
	if len(lit) == 1 {
		b := lit[0]
		if ids := x.one[b]; len(ids) > 0 {
			return ids[0]
		}
		id := len(x.lits)
		x.lits = append(x.lits, lit)
		x.one[b] = append(x.one[b], id)
		x.oneBits[b/64] |= 1 << (b % 64)
		return id
	}
	if len(lit) == 2 {
		k := uint16(lit[0])<<8 | uint16(lit[1])
		if ids := x.two[k]; len(ids) > 0 {
			return ids[0]
		}
		id := len(x.lits)
		x.lits = append(x.lits, lit)
		x.two[k] = append(x.two[k], id)
		x.twoBits[k/64] |= 1 << (k % 64)
		return id
	}
	key := headKey(lit)
	s := x.slot(key)
	for _, id := range x.ids[s] {
		if x.lits[id] == lit {
			return id
		}
	}
	if x.heads[s] == 0 {
		if (x.n+1)*2 > len(x.heads) { // keep the table at most half full
			x.resize(len(x.heads) * 2)
			s = x.slot(key)
		}
		x.heads[s] = key + 1
		x.n++
	}
	id := len(x.lits)
	x.lits = append(x.lits, lit)
	x.ids[s] = append(x.ids[s], id)
	return id
}

// present marks in found (indexed by literal ID) every literal occurring in
// text, and returns the IDs it marked so the caller can reset them.
func (x *literalIndex) present(text string, found []bool, marked []int) []int {
	mark := func(id int) {
		if !found[id] {
			found[id] = true
			marked = append(marked, id)
		}
	}
	var seen [4]uint64 // bytes present, for one-byte literals
	var key uint32
	for i := 0; i < len(text); i++ {
		b := text[i]
		seen[b/64] |= 1 << (b % 64)
		key = (key<<8 | uint32(b)) & 0xffffff
		if i >= 1 {
			if k2 := uint16(key); x.twoBits[k2/64]&(1<<(k2%64)) != 0 {
				for _, id := range x.two[k2] {
					mark(id)
				}
			}
		}
		if i < minTrigger-1 {
			continue
		}
		h := (key * 2654435761) & x.mask
		for {
			k := x.heads[h]
			if k == 0 {
				break
			}
			if k == key+1 {
				start := i - (minTrigger - 1)
				for _, id := range x.ids[h] {
					if !found[id] && strings.HasPrefix(text[start:], x.lits[id]) {
						mark(id)
					}
				}
				break
			}
			h = (h + 1) & x.mask
		}
	}
	for w := range seen {
		hits := seen[w] & x.oneBits[w]
		for hits != 0 {
			b := w*64 + bits.TrailingZeros64(hits)
			hits &= hits - 1
			for _, id := range x.one[b] {
				mark(id)
			}
		}
	}
	return marked
}
