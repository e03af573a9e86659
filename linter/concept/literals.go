package concept

// literalIndex finds which of many literals occur in a text, in one pass,
// with an Aho-Corasick automaton: the gate of every pattern is a literal,
// and looking each up on its own (or by its first bytes) cost more than
// everything else tagging does.
type literalIndex struct {
	lits  []string
	byLit map[string]int

	// The automaton, built by build: a dense transition table over byte
	// classes (the bytes that occur in some literal, plus one class for all
	// others), and for each node the literals that end there, directly or
	// through a shorter suffix.
	class  [256]uint8
	nclass int
	next   []int32 // node*nclass + class → node
	out    [][]int // node → literal IDs ending at it
}

func newLiteralIndex() *literalIndex {
	return &literalIndex{byLit: map[string]int{}}
}

// add registers a literal and returns its ID; equal literals share one.
func (x *literalIndex) add(lit string) int {
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
	// Byte classes: class 0 is every byte no literal holds.
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
	// The trie; -1 is "no edge yet".
	nc := x.nclass
	empty := make([]int32, nc) // a node with no edges yet
	for i := range empty {
		empty[i] = -1
	}
	size := 1
	for _, lit := range x.lits {
		size += len(lit)
	}
	trie := make([]int32, 0, size*nc)
	trie = append(trie, empty...)
	x.out = [][]int{nil}
	for id, lit := range x.lits {
		node := int32(0)
		for i := 0; i < len(lit); i++ {
			c := int(x.class[lit[i]])
			if trie[int(node)*nc+c] < 0 {
				n := int32(len(x.out))
				x.out = append(x.out, nil)
				trie = append(trie, empty...)
				trie[int(node)*nc+c] = n
			}
			node = trie[int(node)*nc+c]
		}
		x.out[node] = append(x.out[node], id)
	}
	// Breadth first: complete the missing edges through failure links, and
	// inherit the outputs of each node's failure node.
	fail := make([]int32, len(x.out))
	queue := make([]int32, 0, len(x.out))
	for c := 0; c < nc; c++ {
		if n := trie[c]; n < 0 {
			trie[c] = 0
		} else {
			fail[n] = 0
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		node := queue[0]
		queue = queue[1:]
		if f := fail[node]; len(x.out[f]) > 0 {
			x.out[node] = append(x.out[node], x.out[f]...)
		}
		for c := 0; c < nc; c++ {
			n := trie[int(node)*nc+c]
			if n < 0 {
				trie[int(node)*nc+c] = trie[int(fail[node])*nc+c]
				continue
			}
			fail[n] = trie[int(fail[node])*nc+c]
			queue = append(queue, n)
		}
	}
	x.next = trie
}

// present marks in found (indexed by literal ID) every literal occurring in
// text, and returns the IDs it marked so the caller can reset them.
// The automaton must have been built after the last add.
func (x *literalIndex) present(text string, found []bool, marked []int) []int {
	nc := int32(x.nclass)
	next, out := x.next, x.out
	node := int32(0)
	for i := 0; i < len(text); i++ {
		node = next[node*nc+int32(x.class[text[i]])]
		for _, id := range out[node] {
			if !found[id] {
				found[id] = true
				marked = append(marked, id)
			}
		}
	}
	return marked
}
