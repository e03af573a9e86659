package concept

import (
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
		found := make([]bool, len(lits))
		marked := x.present(text, found, nil)
		var got, want []int
		got = append(got, marked...)
		for id, l := range lits {
			if strings.Contains(text, l) {
				want = append(want, id)
			}
		}
		sort.Ints(got)
		if !slices.Equal(got, want) {
			t.Fatalf("%q: found %v, want %v", text, got, want)
		}
	}
}
