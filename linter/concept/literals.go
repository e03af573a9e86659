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
	// children holds the trie's own edges, node<<8|class → child.
	children map[int64]int32
	// next holds node*nclass+class → 1+node, or 0 when not resolved yet.
	// Entries are written with atomic stores: scans share the table, and
	// two scans resolving one entry write the same value. Nothing is
	// written when the pack loads: the table is fresh memory, which the
	// system maps a page at a time as texts reach its nodes, and writing
	// the trie's edges into it touched all 4 MB of it, most of a cold
	// start's loading time.
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

// build makes the automaton for the literals added so far: the trie and
// its failure links; transitions are resolved as texts need them.
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
	type trieEdge struct{ parent, class, child int32 }
	nodes := 1 // at most one per byte of the literals, and the root
	for _, lit := range x.lits {
		nodes += len(lit)
	}
	edges := make([]trieEdge, 0, nodes)
	x.children = make(map[int64]int32, nodes)
	x.out = make([][]int, 1, nodes)
	for id, lit := range x.lits {
		node := int32(0)
		for i := 0; i < len(lit); i++ {
			c := int32(x.class[lit[i]])
			key := int64(node)<<8 | int64(c)
			child, ok := x.children[key]
			if !ok {
				child = int32(len(x.out))
				x.children[key] = child
				x.out = append(x.out, nil)
				edges = append(edges, trieEdge{node, c, child})
			}
			node = child
		}
		x.out[node] = append(x.out[node], id)
	}
	x.next = make([]int32, len(x.out)*x.nclass)
	// Failure links, breadth first over the trie's edges. Edges were
	// appended in the order nodes were created, which is not breadth
	// first, so sort them by depth.
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
				x.fail[e.child] = x.trieStep(x.fail[e.parent], e.class)
			}
			if o := x.out[x.fail[e.child]]; len(o) > 0 {
				x.out[e.child] = append(x.out[e.child], o...)
			}
		}
	}
}

// trieStep is the transition from node on class c through the trie's
// edges and the failure links of nodes nearer the root, without the rows.
func (x *literalIndex) trieStep(node, c int32) int32 {
	for {
		if child, ok := x.children[int64(node)<<8|int64(c)]; ok {
			return child
		}
		if node == 0 {
			return 0
		}
		node = x.fail[node]
	}
}

// occurrence is a literal found in a text, by the offset where it ends.
type occurrence struct{ end, id int32 }

// occurrences appends to occ every literal occurring in text, in the order
// the occurrences end. The automaton must have been built after the last
// add.
func (x *literalIndex) occurrences(text string, occ []occurrence) []occurrence {
	nc := int32(x.nclass)
	node := int32(0)
	for i := 0; i < len(text); i++ {
		c := int32(x.class[text[i]])
		slot := node*nc + c
		if v := atomic.LoadInt32(&x.next[slot]); v != 0 {
			node = v - 1
		} else {
			node = x.trieStep(node, c)
			atomic.StoreInt32(&x.next[slot], node+1)
		}
		for _, id := range x.out[node] {
			occ = append(occ, occurrence{int32(i + 1), int32(id)})
		}
	}
	return occ
}
