// Package dfa answers "does this regular expression match anywhere in the
// text?" with a lazily built deterministic automaton, as RE2 does. Go's
// regexp simulates the NFA (or backtracks) for every byte of every call,
// which costs tens of nanoseconds per byte on the vocabulary's long
// alternations; a DFA state, once built, costs one table lookup per byte,
// and the states are kept from one call to the next, so after a few
// policies most texts run on cached states only.
//
// The syntax is RE2's (regexp/syntax, Perl flags) without case folding
// ((?i)): the tagger lower-cases text before matching, and folding would
// make the byte classes rune-dependent. Matching is over runes; empty-width
// assertions (\b, \B, ^, $, \A, \z) are supported with RE2's technique of
// carrying the previous character's class in the state.
package dfa

import (
	"errors"
	"fmt"
	"regexp/syntax"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// maxStates bounds the cache of one matcher. When a text would need more,
// the cache is dropped and rebuilt, which is slow but correct, and Resets
// tells the caller, who may prefer another way to match.
const maxStates = 8192

// flags describe the character before the current position.
type flags uint8

const (
	flagStart   flags = 1 << iota // at the beginning of the text
	flagWord                      // the previous character is a word character
	flagNewline                   // the previous character is '\n'
)

// Transition values: 0 is "not computed yet", 1 is "a match has been
// found" (the answer is yes whatever follows), 2 is "no match can come"
// (the answer is no whatever follows), and v >= firstState is state v.
const (
	unknown    = 0
	matched    = 1
	dead       = 2
	firstState = 3
)

// state is a set of NFA instructions waiting for the next character, with
// what the previous character was.
type state struct {
	pcs   []uint32
	flags flags
}

// table holds every state's transitions in one flat array, row by row (one
// column per byte class, the last for the end of the text): a step is one
// load from one array, which keeps a policy's scan in cache. Slots are
// written once, atomically, under the matcher's lock; a table that fills up
// is copied into a bigger one, and scans still holding the old one fall
// back to the lock when they meet a slot not yet computed there.
type table struct {
	next   []int32
	states int // rows in use, including the two reserved values
	epoch  int // how many times the cache was reset before this table
	start  int32
}

// Matcher is a compiled expression; it is safe for concurrent use.
type Matcher struct {
	prog *syntax.Prog
	// anchored is set when every match starts at the beginning of the
	// text ("^none$"): the search does not restart at each position, and
	// stops as soon as no thread is left.
	anchored bool
	classes  classMap
	nclass   int // byte classes, plus one for the end of the text

	tab atomic.Pointer[table]

	resets atomic.Int64

	mu     sync.Mutex
	epoch  int
	byKey  map[uint64][]int32 // hash of a state's key → state numbers
	states []state            // by number
	start  int32

	// scratch for building states; guarded by mu.
	stack []uint32
	seen  []uint32 // generation per pc
	gen   uint32
}

// ErrFoldCase is returned for expressions that fold case.
var ErrFoldCase = errors.New("dfa: case-folding expressions ((?i)) are not supported")

// Compile compiles an RE2 expression.
func Compile(expr string) (*Matcher, error) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, err
	}
	return CompileParsed(re)
}

// CompileParsed compiles an expression already parsed with syntax.Perl.
func CompileParsed(re *syntax.Regexp) (*Matcher, error) {
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, err
	}
	for _, in := range prog.Inst {
		if (in.Op == syntax.InstRune || in.Op == syntax.InstRune1) && syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
			return nil, fmt.Errorf("%w: %s", ErrFoldCase, re)
		}
	}
	m := &Matcher{prog: prog, seen: make([]uint32, len(prog.Inst)),
		anchored: anchoredAtStart(prog)}
	m.classes = newClassMap(prog)
	m.nclass = m.classes.n + 1
	m.mu.Lock()
	m.reset()
	m.mu.Unlock()
	return m, nil
}

// reset empties the cache; called with mu held.
func (m *Matcher) reset() {
	m.epoch++
	m.byKey = map[uint64][]int32{}
	m.states = make([]state, firstState, 64)
	m.tab.Store(&table{next: make([]int32, 64*m.nclass), states: firstState, epoch: m.epoch})
	m.start = m.intern([]uint32{uint32(m.prog.Start)}, flagStart|flagNewline)
	t := m.tab.Load()
	m.tab.Store(&table{next: t.next, states: t.states, epoch: t.epoch, start: m.start})
}

// MustCompile is Compile that panics on error, for expressions known good.
func MustCompile(expr string) *Matcher {
	m, err := Compile(expr)
	if err != nil {
		panic(err)
	}
	return m
}

// MatchString reports whether the expression matches anywhere in s.
func (m *Matcher) MatchString(s string) bool {
	t := m.tab.Load()
	nclass := int32(m.nclass)
	ascii := &m.classes.ascii
	st := t.start
	for i := 0; i < len(s); {
		var c int32
		if b := s[i]; b < utf8.RuneSelf {
			c = int32(ascii[b])
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			c = int32(m.classes.class(r))
			i += size
		}
		next := atomic.LoadInt32(&t.next[st*nclass+c])
		if next == unknown {
			next, t = m.step(st, c, t)
			if next < 0 { // the cache was reset: start this text again
				return m.MatchString(s)
			}
		}
		if next < firstState {
			return next == matched
		}
		st = next
	}
	next := atomic.LoadInt32(&t.next[st*nclass+nclass-1])
	if next == unknown {
		next, _ = m.step(st, nclass-1, t)
		if next < 0 {
			return m.MatchString(s)
		}
	}
	return next == matched
}

// step computes, under the lock, the transition of state st on byte class
// c, and returns it with the current table. It returns -1 when the cache
// was reset, so that st no longer means what the caller thinks.
func (m *Matcher) step(st, c int32, seen *table) (int32, *table) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t := m.tab.Load()
	if t.epoch != seen.epoch {
		return -1, t // st is a state of a cache since dropped
	}
	slot := int(st)*m.nclass + int(c)
	if next := atomic.LoadInt32(&t.next[slot]); next != unknown {
		return next, t
	}
	if len(m.states) >= maxStates {
		// Drop the cache and let the caller start again on the new one.
		m.resets.Add(1)
		m.reset()
		return -1, m.tab.Load()
	}
	r := m.classes.rep[c] // a rune of the class; -1 for the end of the text
	ctx := emptyContext(m.states[st].flags, r)
	// Follow the empty transitions the next character allows, collecting
	// the instructions that consume a character.
	m.gen++
	if m.gen == 0 {
		clear(m.seen)
		m.gen = 1
	}
	var next []uint32
	found := false
	pcs := m.states[st].pcs
	m.stack = m.stack[:0]
	for i := len(pcs) - 1; i >= 0; i-- {
		m.stack = append(m.stack, pcs[i])
	}
	for len(m.stack) > 0 && !found {
		pc := m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-1]
		if m.seen[pc] == m.gen {
			continue
		}
		m.seen[pc] = m.gen
		in := &m.prog.Inst[pc]
		switch in.Op {
		case syntax.InstMatch:
			found = true
		case syntax.InstAlt, syntax.InstAltMatch:
			m.stack = append(m.stack, in.Arg, in.Out)
		case syntax.InstCapture, syntax.InstNop:
			m.stack = append(m.stack, in.Out)
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&^ctx == 0 {
				m.stack = append(m.stack, in.Out)
			}
		case syntax.InstFail:
		default: // a rune instruction
			if r >= 0 && matchRune(in, r) {
				next = append(next, in.Out)
			}
		}
	}
	out := int32(matched)
	if !found && m.anchored && len(next) == 0 {
		out = dead
	} else if !found {
		if !m.anchored {
			// A match may start at every position.
			next = append(next, uint32(m.prog.Start))
		}
		f := flags(0)
		if r >= 0 && syntax.IsWordChar(r) {
			f |= flagWord
		}
		if r == '\n' {
			f |= flagNewline
		}
		out = m.intern(next, f)
	}
	t = m.tab.Load() // intern may have grown the table
	atomic.StoreInt32(&t.next[slot], out)
	return out, t
}

// intern returns the number of the state for a set of instructions,
// creating it once; called with mu held. The set is sorted: the order of
// threads matters for which match RE2 reports, not for whether one exists.
func (m *Matcher) intern(pcs []uint32, f flags) int32 {
	pcs = dedupe(pcs)
	// Keyed by a hash, not by the set itself: a string key per state
	// doubled the memory states take.
	h := uint64(14695981039346656037) ^ uint64(f)
	for _, pc := range pcs {
		h = (h ^ uint64(pc)) * 1099511628211
	}
	for _, id := range m.byKey[h] {
		if st := &m.states[id]; st.flags == f && slices.Equal(st.pcs, pcs) {
			return id
		}
	}
	id := int32(len(m.states))
	m.states = append(m.states, state{pcs: pcs, flags: f})
	m.byKey[h] = append(m.byKey[h], id)
	t := m.tab.Load()
	if need := len(m.states) * m.nclass; need > len(t.next) {
		// A quarter more each time: doubling left up to half of every
		// table unused, and the tables are most of a batch run's memory.
		grown := &table{next: make([]int32, need+need/4+m.nclass)}
		for i := range t.next {
			grown.next[i] = atomic.LoadInt32(&t.next[i])
		}
		t = grown
	}
	m.tab.Store(&table{next: t.next, states: len(m.states), epoch: m.epoch, start: m.start})
	return id
}

func dedupe(pcs []uint32) []uint32 {
	out := append([]uint32(nil), pcs...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	n := 0
	for i, pc := range out {
		if i == 0 || pc != out[n-1] {
			out[n] = pc
			n++
		}
	}
	return out[:n]
}

// anchoredAtStart reports whether every path from the program's start
// meets a beginning-of-text assertion before it consumes a character or
// matches: an alternation of anchored patterns ("^none$|^n/a$") is anchored
// too, which prog.StartCond does not see.
func anchoredAtStart(prog *syntax.Prog) bool {
	seen := make([]bool, len(prog.Inst))
	var walk func(pc uint32) bool
	walk = func(pc uint32) bool {
		if seen[pc] {
			return true // a loop of empty steps adds no new path
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&syntax.EmptyBeginText != 0 {
				return true
			}
			return walk(in.Out)
		case syntax.InstAlt, syntax.InstAltMatch:
			return walk(in.Out) && walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop:
			return walk(in.Out)
		case syntax.InstFail:
			return true
		}
		return false
	}
	return walk(uint32(prog.Start))
}

// matchRune is Inst.MatchRune, which does not answer for the "any
// character" instructions.
func matchRune(in *syntax.Inst, r rune) bool {
	switch in.Op {
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return r != '\n'
	}
	return in.MatchRune(r)
}

// emptyContext is the set of empty-width assertions that hold between the
// previous character (described by f) and r (-1 at the end of the text).
func emptyContext(f flags, r rune) syntax.EmptyOp {
	var op syntax.EmptyOp
	if f&flagStart != 0 {
		op |= syntax.EmptyBeginText | syntax.EmptyBeginLine
	}
	if f&flagNewline != 0 {
		op |= syntax.EmptyBeginLine
	}
	if r < 0 {
		op |= syntax.EmptyEndText | syntax.EmptyEndLine
	}
	if r == '\n' {
		op |= syntax.EmptyEndLine
	}
	if (f&flagWord != 0) != (r >= 0 && syntax.IsWordChar(r)) {
		op |= syntax.EmptyWordBoundary
	} else {
		op |= syntax.EmptyNoWordBoundary
	}
	return op
}

// classMap maps runes to byte classes: runes that every instruction treats
// alike (and that agree on being a word character or a newline) share a
// class, so a state needs one transition per class, not per rune.
type classMap struct {
	ascii  [utf8.RuneSelf]uint16
	bounds []rune // sorted starts of the classes above ASCII
	ids    []int  // class of each bound
	rep    []rune // a representative rune per class; the last class is the end (-1)
	n      int
}

func newClassMap(prog *syntax.Prog) classMap {
	// Boundaries: every rune where some instruction's answer may change.
	cut := map[rune]bool{0: true}
	for _, r := range []rune{'\n', '\n' + 1, '0', '9' + 1, 'A', 'Z' + 1, '_', '_' + 1, 'a', 'z' + 1, utf8.RuneSelf} {
		cut[r] = true
	}
	rangesOf := func(in *syntax.Inst) []rune {
		switch in.Op {
		case syntax.InstRune:
			if len(in.Rune) == 1 {
				return []rune{in.Rune[0], in.Rune[0]}
			}
			return in.Rune
		case syntax.InstRune1:
			return []rune{in.Rune[0], in.Rune[0]}
		case syntax.InstRuneAnyNotNL:
			return []rune{0, '\n' - 1, '\n' + 1, utf8.MaxRune}
		case syntax.InstRuneAny:
			return []rune{0, utf8.MaxRune}
		}
		return nil
	}
	for k := range prog.Inst {
		rs := rangesOf(&prog.Inst[k])
		for i := 0; i+1 < len(rs); i += 2 {
			cut[rs[i]] = true
			if rs[i+1] < utf8.MaxRune {
				cut[rs[i+1]+1] = true
			}
		}
	}
	starts := make([]rune, 0, len(cut))
	for r := range cut {
		starts = append(starts, r)
	}
	sort.Slice(starts, func(i, j int) bool { return starts[i] < starts[j] })
	// Intervals [starts[i], starts[i+1]) behave alike. Intervals that every
	// instruction answers the same way share a class: an interval's
	// signature hashes the instructions that accept it, collected by walking
	// each instruction's ranges over the intervals they cover.
	interval := func(r rune) int {
		return sort.Search(len(starts), func(i int) bool { return starts[i] > r }) - 1
	}
	hash := make([]uint64, len(starts))
	for k := range prog.Inst {
		rs := rangesOf(&prog.Inst[k])
		for i := 0; i+1 < len(rs); i += 2 {
			for iv := interval(rs[i]); iv < len(starts) && starts[iv] <= rs[i+1]; iv++ {
				hash[iv] = hash[iv]*1099511628211 + uint64(k) + 1
			}
		}
	}
	var cm classMap
	sig := map[[2]uint64]int{}
	for iv, lo := range starts {
		var extra uint64
		if syntax.IsWordChar(lo) {
			extra |= 1
		}
		if lo == '\n' {
			extra |= 2
		}
		key := [2]uint64{hash[iv], extra}
		id, ok := sig[key]
		if !ok {
			id = len(cm.rep)
			sig[key] = id
			cm.rep = append(cm.rep, lo)
		}
		if lo < utf8.RuneSelf {
			hi := rune(utf8.RuneSelf)
			if iv+1 < len(starts) && starts[iv+1] < hi {
				hi = starts[iv+1]
			}
			for r := lo; r < hi; r++ {
				cm.ascii[r] = uint16(id)
			}
			continue
		}
		cm.bounds = append(cm.bounds, lo)
		cm.ids = append(cm.ids, id)
	}
	cm.n = len(cm.rep)
	cm.rep = append(cm.rep, -1) // the end of the text
	return cm
}

func (cm *classMap) class(r rune) int {
	i := sort.Search(len(cm.bounds), func(i int) bool { return cm.bounds[i] > r }) - 1
	if i < 0 {
		return int(cm.ascii[0])
	}
	return cm.ids[i]
}

// Resets is how many times the cache overflowed and was dropped.
func (m *Matcher) Resets() int64 { return m.resets.Load() }

// States is how many states the cache holds, for tests and tuning.
func (m *Matcher) States() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.states) - firstState
}
