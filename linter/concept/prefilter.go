package concept

import (
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

// maxExpansion caps how many strings a factored alternation is expanded
// into: more would be selective literals, but each is a path in the
// literal automaton, which a cold start builds.
const maxExpansion = maxTriggers

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
		if all, ok := finite(re, maxExpansion); ok && allSelective(all) {
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
