package concept

import "sync/atomic"

// literalIndex finds which of many literals occur in a text, in one pass,
// with an Aho-Corasick automaton: the gate of every pattern is a literal,
// and looking each up on its own (or by its first bytes) cost more than
// everything else tagging does.
//
// Transitions live in one dense table over byte classes (the bytes some
// literal holds, plus one class for all others). Only the trie's own edges
// and the failure links are computed when the automaton is built; every
// other transition is resolved through the failure links the first time a
// text needs it and then kept, so a cold start does not pay for the
// thousands of transitions no policy ever takes.
type literalIndex struct {
	lits  []string
	byLit map[string]int

	class  [256]uint8
	nclass int
	// next holds node*nclass+class → 1+node, or 0 when not resolved yet.
	// Entries are written with atomic stores: scans share the table, and
	// two scans resolving one entry write the same value.
	next []int32
	fail []int32
	out  [][]int // node → literal IDs ending at it, suffixes included
}

func newLiteralIndex() *literalIndex {
	return &literalIndex{byLit: map[string]int{}}
}

// maxLiteral is the longest prefix of a literal the automaton looks for.
// A gate only needs a condition every match meets, and a literal's prefix
// is one; cutting literals there bounds the automaton, whose table a cold
// start allocates, while twelve bytes stay nearly as selective.
const maxLiteral = 12

// add registers a literal and returns its ID; equal literals (once cut to
// maxLiteral bytes) share one.
func (x *literalIndex) add(lit string) int {
	if len(lit) > maxLiteral {
		lit = lit[:maxLiteral]
	}
	if id, ok := x.byLit[lit]; ok {
		return id
	}
	id := len(x.lits)
	x.lits = append(x.lits, lit)
	x.byLit[lit] = id
	x.next = nil // the automaton must be built again
	return id
}

// build makes the automaton for the literals added so far.
func (x *literalIndex) build() {
	x.class = [256]uint8{}
	x.nclass = 1
	for _, lit := range x.lits {
		for i := 0; i < len(lit); i++ {
			if x.class[lit[i]] == 0 {
				x.class[lit[i]] = uint8(x.nclass)
				x.nclass++
			}
		}
	}
	// The trie first, with its edges in a map, to learn how many nodes the
	// dense table needs: growing the table node by node copied it over and
	// over.
	nc := x.nclass
	type trieEdge struct{ parent, class, child int32 }
	var edges []trieEdge
	children := make(map[int64]int32, len(x.lits)*4)
	x.out = [][]int{nil}
	for id, lit := range x.lits {
		node := int32(0)
		for i := 0; i < len(lit); i++ {
			c := int32(x.class[lit[i]])
			key := int64(node)<<8 | int64(c)
			child, ok := children[key]
			if !ok {
				child = int32(len(x.out))
				children[key] = child
				x.out = append(x.out, nil)
				edges = append(edges, trieEdge{node, c, child})
			}
			node = child
		}
		x.out[node] = append(x.out[node], id)
	}
	x.next = make([]int32, len(x.out)*nc)
	for _, e := range edges {
		x.next[int(e.parent)*nc+int(e.class)] = e.child + 1
	}
	// The root's missing edges lead back to it.
	for c := 0; c < nc; c++ {
		if x.next[c] == 0 {
			x.next[c] = 1
		}
	}
	// Failure links, breadth first over the trie's edges.
	depth := make([]int32, len(x.out))
	for _, e := range edges {
		depth[e.child] = depth[e.parent] + 1
	}
	order := make([][]trieEdge, 1)
	for _, e := range edges {
		d := int(depth[e.child])
		for len(order) <= d {
			order = append(order, nil)
		}
		order[d] = append(order[d], e)
	}
	x.fail = make([]int32, len(x.out))
	for _, level := range order {
		for _, e := range level {
			if e.parent != 0 {
				x.fail[e.child] = x.step(x.fail[e.parent], e.class)
			}
			if o := x.out[x.fail[e.child]]; len(o) > 0 {
				x.out[e.child] = append(x.out[e.child], o...)
			}
		}
	}
}

// step is the transition from node on byte class c, resolved through the
// failure links and remembered.
func (x *literalIndex) step(node, c int32) int32 {
	slot := node*int32(x.nclass) + c
	if v := atomic.LoadInt32(&x.next[slot]); v != 0 {
		return v - 1
	}
	to := x.step(x.fail[node], c)
	atomic.StoreInt32(&x.next[slot], to+1)
	return to
}

// present marks in found (indexed by literal ID) every literal occurring in
// text, and returns the IDs it marked so the caller can reset them. The
// automaton must have been built after the last add.
func (x *literalIndex) present(text string, found []bool, marked []int) []int {
	nc := int32(x.nclass)
	node := int32(0)
	for i := 0; i < len(text); i++ {
		c := int32(x.class[text[i]])
		if v := atomic.LoadInt32(&x.next[node*nc+c]); v != 0 {
			node = v - 1
		} else {
			node = x.step(node, c)
		}
		for _, id := range x.out[node] {
			if !found[id] {
				found[id] = true
				marked = append(marked, id)
			}
		}
	}
	return marked
}
