package concept

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The automaton finds exactly the literals a substring search finds,
// overlapping, nested and repeated ones included.
func TestLiteralIndexAgreesWithContains(t *testing.T) {
	lits := []string{"he", "she", "his", "hers", "data", "at", "personal data", "person", "@", "1", "uk", "a",
		// Many children under one node, so that a node's edges need the
		// sorted search.
		"pz", "py", "pl", "pk", "pj", "pi", "ph", "pg", "pf", "pe", "pd", "pc", "pb", "pa"}
	x := newLiteralIndex()
	for _, l := range lits {
		x.add(l)
	}
	if x.add("she") != 1 {
		t.Error("an equal literal got a new ID")
	}
	x.build()
	rng := rand.New(rand.NewSource(4))
	alphabet := []string{"h", "e", "s", "r", "i", "data", " ", "personal ", "@", "1", "u", "k", "é", "a", "p", "z", "l", "y", "j"}
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for j := rng.Intn(12); j > 0; j-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		text := b.String()
		occ := x.occurrences(text, nil)
		var got, want []string
		last := int32(0)
		for _, o := range occ {
			if o.end < last {
				t.Fatalf("%q: occurrences out of order: %v", text, occ)
			}
			last = o.end
			got = append(got, fmt.Sprintf("%d:%s", o.end, x.lits[o.id]))
		}
		for _, l := range x.lits { // as the index holds them, cut to maxLiteral
			for i := 0; i+len(l) <= len(text); i++ {
				if text[i:i+len(l)] == l {
					want = append(want, fmt.Sprintf("%d:%s", i+len(l), l))
				}
			}
		}
		sort.Strings(got)
		sort.Strings(want)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: found %v, want %v", text, got, want)
		}
	}
}
