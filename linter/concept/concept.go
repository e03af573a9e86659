// Package concept tags clauses with the vocabulary concepts a language pack
// defines, so that rules look facts up instead of scanning text. Matching is
// the expensive part of a check; it happens here once per document, in Go.
package concept

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"regexp/syntax"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"gopkg.in/yaml.v3"

	"github.com/policylint/policylint/linter/dfa"
	"github.com/policylint/policylint/linter/document"
)

// Definition is one concept of a language pack file.
type Definition struct {
	// Match lists RE2 patterns; a sentence carries the concept when any
	// matches its normalised (lower-cased, quote-folded) text.
	Match []string `yaml:"match"`
	// Unless lists patterns that veto the concept for the sentence they
	// match, e.g. negations ("we do not transfer").
	Unless []string `yaml:"unless"`
	// Scope limits where the concept is looked for: "sentence" (default)
	// matches each sentence on its own, "clause" the clause's whole text.
	Scope string `yaml:"scope"`
	// Kinds limits the concept to clauses of these kinds (e.g. heading).
	// Metadata clauses are only looked at by concepts that list "metadata".
	Kinds []string `yaml:"kinds"`
	// Links has the concept looked for in the clause's link targets too,
	// each matched as the sentence "link: <target>": an e-mail address
	// given only as a mailto: link, a "contact us" link to a contact page.
	// Only concepts that say so see them, so that a URL's words do not
	// tag a clause with what its text does not say.
	Links bool `yaml:"links"`
}

// File is the shape of one language pack file.
type File struct {
	Concepts map[string]Definition `yaml:"concepts"`
}

type compiled struct {
	name string
	// all matches when any of the concept's patterns does: one automaton,
	// one pass over the text, however many patterns the concept has.
	// It is nil for a concept with counted gaps ("[^.;]{0,60}"), whose
	// patterns are matched one by one instead, only those whose literal
	// gates passed: combining such patterns in one automaton made a state
	// for every combination of their progress, thousands per concept,
	// built anew for every new text.
	all      textMatcher
	first    int // global index of the first pattern (pack.gates)
	patterns []pattern
	// unless patterns are gated by their literals too.
	unless []pattern
	clause bool
	links  bool // also matched against link targets
	kinds  map[document.Kind]bool
	// ungated is true when a pattern has no literal gate: the concept is
	// always a candidate.
	ungated bool
}

// textMatcher answers whether a pattern matches anywhere in a text.
type textMatcher interface{ MatchString(string) bool }

// pattern is one match pattern with the literals that gate it.
type pattern struct {
	// gate holds sets of literal IDs: for the pattern to match, one literal
	// of each set must occur in the text. Empty means the pattern always runs.
	gate [][]int
	// lits are the same sets as literals, before the pack numbers them.
	lits [][]string
	// pre, for a pattern with counted gaps, is its relaxed automaton (every
	// gap unbounded): small, and a text it rejects cannot match. exact
	// confirms what pre accepts; its states count, so building them is
	// only paid for texts that nearly match.
	pre, exact textMatcher
	src        *source
}

// newPattern prepares one pattern. Its gates come from the cache when the
// cache knows it; otherwise it is parsed now, which also reports a pattern
// that does not parse when the pack loads.
func newPattern(src *source, cache gateCache) (pattern, error) {
	if e, ok := cache[patternKey(src.text)]; ok {
		pt := pattern{lits: e.Gates, exact: lazyExact(src), src: src}
		if e.Gaps {
			pt.pre = lazyRelaxed(src)
		}
		return pt, nil
	}
	re, err := src.parse()
	if err != nil {
		return pattern{}, fmt.Errorf("pattern %q: %w", src.text, err)
	}
	pt := pattern{lits: gatesOf(re), exact: lazyExact(src), src: src}
	if _, gaps := relax(re); gaps {
		pt.pre = lazyRelaxed(src)
	}
	return pt, nil
}

// matches reports whether the pattern matches s, its gates aside.
func (pt *pattern) matches(s string) bool {
	return (pt.pre == nil || pt.pre.MatchString(s)) && pt.exact.MatchString(s)
}

// pack is one language's compiled concepts and the literal index shared by
// their patterns.
type pack struct {
	concepts []compiled
	lits     *literalIndex
	// triggers maps a literal ID to the patterns whose first (most
	// selective) gate set holds it. Only a pattern whose first set is met
	// has its other sets checked, so a common literal that many patterns
	// need, but none relies on, costs nothing.
	triggers [][]int32
	gates    [][][]int // gate sets of each pattern, by global pattern index
	owner    []int32   // concept index of each pattern
	ungated  []int32   // concepts that are always candidates
}

// Tagger holds the compiled concepts of every language pack.
type Tagger struct {
	packs map[string]*lazyPack // by language
}

// lazyPack is a language pack compiled the first time a policy in its
// language needs it: a run over English policies does not pay for the
// German, French and Spanish vocabularies.
type lazyPack struct {
	once sync.Once
	load func() (*pack, error)
	p    *pack
	err  error
}

func (l *lazyPack) get() (*pack, error) {
	l.once.Do(func() { l.p, l.err = l.load() })
	return l.p, l.err
}

// Load finds every language pack below root in fsys: each directory
// root/<lang> holds YAML files of concepts. The first language (sorted) is
// compiled now, so that a broken pack is an error at once; the others when
// first used (LoadAll compiles all of them). Two files of one language may
// not define the same concept.
func Load(fsys fs.FS, root string) (*Tagger, error) {
	t := &Tagger{packs: map[string]*lazyPack{}}
	langs, err := fs.ReadDir(fsys, root)
	if err != nil {
		return nil, fmt.Errorf("reading language packs: %w", err)
	}
	for _, l := range langs {
		if !l.IsDir() {
			continue
		}
		dir, lang := path.Join(root, l.Name()), l.Name()
		t.packs[lang] = &lazyPack{load: func() (*pack, error) { return loadPack(fsys, dir, lang) }}
	}
	if p, ok := t.packs["en"]; ok {
		if _, err := p.get(); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// LoadAll is Load with every pack compiled now, for tests and tools that
// must see every error.
func LoadAll(fsys fs.FS, root string) (*Tagger, error) {
	t, err := Load(fsys, root)
	if err != nil {
		return nil, err
	}
	for _, lang := range t.Languages() {
		if _, err := t.packs[lang].get(); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// definition is one concept of a pack, with the file defining it.
type definition struct {
	file, name string
	def        Definition
}

// readDefinitions reads the concepts of the pack in dir.
func readDefinitions(fsys fs.FS, dir string) ([]definition, error) {
	files, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return nil, fmt.Errorf("language pack %s: %w", dir, err)
	}
	seen := map[string]string{}
	var defs []definition
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("language pack %s: %w", f, err)
		}
		var file File
		dec := yaml.NewDecoder(strings.NewReader(string(data)))
		dec.KnownFields(true)
		if err := dec.Decode(&file); err != nil {
			return nil, fmt.Errorf("language pack %s: %w", f, err)
		}
		for name, def := range file.Concepts {
			if other, dup := seen[name]; dup {
				return nil, fmt.Errorf("language pack %s: concept %q is already defined in %s", f, name, other)
			}
			seen[name] = f
			defs = append(defs, definition{f, name, def})
		}
	}
	return defs, nil
}

func loadPack(fsys fs.FS, dir, lang string) (*pack, error) {
	jobs, err := readDefinitions(fsys, dir)
	if err != nil {
		return nil, err
	}
	cache, err := readGateCache(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("language pack %s: %w", lang, err)
	}
	// Compiling runs on every core: the patterns the gate cache does not
	// know (an edited pack) are parsed here, and parsing all ~650 of them
	// was once most of a cold start.
	list := make([]compiled, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				list[i], errs[i] = compile(jobs[i].name, jobs[i].def, cache)
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("language pack %s: %w", jobs[i].file, err)
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
	lits := newLiteralIndex()
	number := func(pt *pattern) {
		for _, set := range pt.lits {
			ids := make([]int, len(set))
			for i, lit := range set {
				ids[i] = lits.add(lit)
			}
			pt.gate = append(pt.gate, ids)
		}
		pt.lits = nil
	}
	for ci := range list {
		for pi := range list[ci].patterns {
			number(&list[ci].patterns[pi])
		}
		for pi := range list[ci].unless {
			number(&list[ci].unless[pi])
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
	lits.build()
	p := &pack{concepts: list, lits: lits, triggers: make([][]int32, len(lits.lits))}
	for ci := range list {
		list[ci].first = len(p.gates)
		if list[ci].ungated {
			p.ungated = append(p.ungated, int32(ci))
		}
		for _, pt := range list[ci].patterns {
			pi := int32(len(p.gates))
			p.gates = append(p.gates, pt.gate)
			p.owner = append(p.owner, int32(ci))
			if len(pt.gate) > 0 {
				for _, id := range pt.gate[0] {
					p.triggers[id] = append(p.triggers[id], pi)
				}
			}
		}
	}
	return p, nil
}

func compile(name string, def Definition, cache gateCache) (compiled, error) {
	c := compiled{name: name, clause: def.Scope == "clause", links: def.Links}
	if c.links && c.clause {
		return c, fmt.Errorf("concept %q: links apply to sentence-scoped concepts, not to scope: clause", name)
	}
	if def.Scope != "" && def.Scope != "clause" && def.Scope != "sentence" {
		return c, fmt.Errorf("concept %q: scope must be sentence or clause, not %q", name, def.Scope)
	}
	if len(def.Match) == 0 {
		return c, fmt.Errorf("concept %q has no match patterns", name)
	}
	gaps := false
	var srcs []*source
	for _, text := range def.Match {
		src := &source{text: text}
		pt, err := newPattern(src, cache)
		if err != nil {
			return c, fmt.Errorf("concept %q: %w", name, err)
		}
		srcs = append(srcs, src)
		c.patterns = append(c.patterns, pt)
		if len(pt.lits) == 0 {
			c.ungated = true
		}
		gaps = gaps || pt.pre != nil
	}
	if !gaps {
		c.all = lazyAlternation(srcs)
	}
	for _, text := range def.Unless {
		pt, err := newPattern(&source{text: text}, cache)
		if err != nil {
			return c, fmt.Errorf("concept %q unless: %w", name, err)
		}
		c.unless = append(c.unless, pt)
	}
	if len(def.Kinds) > 0 {
		c.kinds = map[document.Kind]bool{}
		for _, k := range def.Kinds {
			c.kinds[document.Kind(k)] = true
		}
	}
	return c, nil
}

// lazyAlternation matches when any of the patterns does. Its automaton is
// built the first time a text needs it: a check of one policy uses a
// fraction of the vocabulary, and building all of it would be most of a
// cold run's time.
func lazyAlternation(srcs []*source) textMatcher {
	if len(srcs) == 1 {
		return lazyExact(srcs[0])
	}
	return &lazyMatcher{build: func() textMatcher {
		parsed := make([]*syntax.Regexp, len(srcs))
		parts := make([]string, len(srcs))
		for i, src := range srcs {
			re, err := src.parse()
			if err != nil {
				return never{}
			}
			parsed[i] = re
			parts[i] = "(?:" + src.text + ")"
		}
		alt := &syntax.Regexp{Op: syntax.OpAlternate, Sub: parsed, Flags: syntax.Perl}
		return exactMatcher(alt, strings.Join(parts, "|"))
	}}
}

// lazyExact matches src with a DFA built on first use.
func lazyExact(src *source) textMatcher {
	return &lazyMatcher{build: func() textMatcher {
		re, err := src.parse()
		if err != nil {
			return never{}
		}
		return exactMatcher(re, src.text)
	}}
}

// exactMatcher matches re (whose source is text) with a DFA, or with Go's
// regexp when the DFA cannot take the expression.
func exactMatcher(re *syntax.Regexp, text string) textMatcher {
	exact := func() *regexp.Regexp { return regexp.MustCompile(text) }
	m, err := dfa.CompileParsed(re)
	if err != nil {
		// Case folding, which the DFA does not take: Go's regexp. The
		// pattern parsed, so it compiles.
		return exact()
	}
	return &adaptive{exact: m, build: exact}
}

// never matches nothing. It stands for a pattern that does not parse,
// which only a gate cache out of step with Go's regexp syntax could let
// through load (TestGateCachesUpToDate parses every built-in pattern).
type never struct{}

func (never) MatchString(string) bool { return false }

// lazyRelaxed is the relaxed automaton of src, built on first use, for a
// pattern with counted gaps.
func lazyRelaxed(src *source) textMatcher {
	return &lazyMatcher{build: func() textMatcher {
		re, err := src.parse()
		if err != nil {
			return never{}
		}
		loose, _ := relax(re)
		m, err := dfa.CompileParsed(loose)
		if err != nil {
			return nil // no filter: the exact matcher decides
		}
		return m
	}}
}

// adaptive matches with the exact automaton until its cache overflows,
// which happens to the few concepts whose counted gaps make a state per
// count and per overlap of counts; from then on it matches with Go's
// regexp, which builds nothing, so memory stays bounded however many
// policies a run reads.
type adaptive struct {
	exact *dfa.Matcher
	build func() *regexp.Regexp
	once  sync.Once
	slow  atomic.Pointer[regexp.Regexp]
}

func (a *adaptive) MatchString(s string) bool {
	if re := a.slow.Load(); re != nil {
		return re.MatchString(s)
	}
	ok := a.exact.MatchString(s)
	if a.exact.Resets() > 0 {
		a.once.Do(func() { a.slow.Store(a.build()) })
	}
	return ok
}

// relax returns re with every bounded repetition made unbounded ("[^;]{0,60}"
// becomes "[^;]*"), and whether anything changed. The relaxed expression
// matches everything re matches. A DFA for a counted gap needs a state per
// count and per overlap of counts, so the vocabulary's gaps made its
// automata grow with every new text; the relaxed automaton stays small, and
// the exact expression only confirms the rare texts it accepts.
func relax(re *syntax.Regexp) (*syntax.Regexp, bool) {
	changed := false
	var walk func(*syntax.Regexp) *syntax.Regexp
	walk = func(r *syntax.Regexp) *syntax.Regexp {
		out := *r
		if len(r.Sub) > 0 {
			out.Sub = make([]*syntax.Regexp, len(r.Sub))
			for i, sub := range r.Sub {
				out.Sub[i] = walk(sub)
			}
		}
		if out.Op == syntax.OpRepeat && out.Max > out.Min {
			changed = true
			switch out.Min {
			case 0:
				out.Op = syntax.OpStar
			case 1:
				out.Op = syntax.OpPlus
			default:
				out.Max = -1
			}
		}
		return &out
	}
	relaxed := walk(re)
	return relaxed, changed
}

type lazyMatcher struct {
	once  sync.Once
	build func() textMatcher
	m     textMatcher
}

func (l *lazyMatcher) MatchString(s string) bool {
	l.once.Do(func() { l.m = l.build() })
	if l.m == nil { // a relaxed automaton that could not be built: no filter
		return true
	}
	return l.m.MatchString(s)
}

// Languages lists the languages that have a pack.
func (t *Tagger) Languages() []string {
	out := make([]string, 0, len(t.packs))
	for l := range t.packs {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Has reports whether a pack exists for lang.
func (t *Tagger) Has(lang string) bool { return t.packs[lang] != nil }

// pack returns the compiled pack of lang, nil when there is none.
func (t *Tagger) pack(lang string) (*pack, error) {
	l := t.packs[lang]
	if l == nil {
		return nil, nil
	}
	return l.get()
}

// Tag fills every clause's Concepts and Context and the document's indexes,
// using the pack of lang. Without a pack for lang nothing is tagged.
func (t *Tagger) Tag(doc *document.Document, lang string) error {
	doc.Index = map[string][]int{}
	doc.ContextIndex = map[string][]int{}
	p, err := t.pack(lang)
	if err != nil {
		return err
	}
	if p != nil {
		m := newMatcher(p)
		for i := range doc.Clauses {
			m.tagClause(doc, &doc.Clauses[i])
		}
	}
	for i := range doc.Clauses {
		c := &doc.Clauses[i]
		seen := map[string]bool{}
		c.Context = c.Context[:0]
		for s := c.Section; s >= 0; s = doc.Clauses[s].Section {
			for _, name := range doc.Clauses[s].Concepts {
				if !seen[name] {
					seen[name] = true
					c.Context = append(c.Context, name)
				}
			}
		}
		sort.Strings(c.Context)
		for _, name := range c.Context {
			doc.ContextIndex[name] = append(doc.ContextIndex[name], c.ID)
		}
	}
	return nil
}

// matcher tags the clauses of one document; it reuses its buffers.
type matcher struct {
	pack   *pack
	found  []bool // by literal ID: present in the current text
	marked []int
	// occ are the literal occurrences of the current clause's text; occ2
	// those of a sentence that is not a stretch of it.
	occ, occ2 []occurrence
	// Per scan (gen): the patterns looked at and those whose gates all
	// passed, by global pattern index; the concepts that became candidates,
	// by index and as a list.
	seen, passed, candidate []uint32
	cands                   []int32
	gen                     uint32
	// Per clause (clauseGen): the concepts found.
	hit       []uint32
	hits      []int
	clauseGen uint32
}

func newMatcher(p *pack) *matcher {
	return &matcher{pack: p, found: make([]bool, len(p.lits.lits)),
		seen: make([]uint32, len(p.gates)), passed: make([]uint32, len(p.gates)),
		candidate: make([]uint32, len(p.concepts)), hit: make([]uint32, len(p.concepts))}
}

func (m *matcher) tagClause(doc *document.Document, c *document.Clause) {
	c.Concepts = c.Concepts[:0]
	m.clauseGen++
	if m.clauseGen == 0 { // wrapped: old marks could look current
		clear(m.hit)
		m.clauseGen = 1
	}
	m.hits = m.hits[:0]
	// One literal scan of the clause serves its sentences too: a sentence
	// is a stretch of the clause's text, and holds the literals found
	// inside that stretch.
	text := Normalize(c.Text)
	lits := m.pack.lits
	m.occ = lits.occurrences(text, m.occ[:0])
	from := 0
	for _, sentence := range c.Sentences {
		s := Normalize(sentence)
		if k := strings.Index(text[from:], s); k >= 0 {
			from += k
			m.mark(m.occ, from, from+len(s))
			from += len(s)
		} else { // not a stretch of the text: scan it on its own
			m.occ2 = lits.occurrences(s, m.occ2[:0])
			m.mark(m.occ2, 0, len(s))
		}
		m.scan(s, c, inSentence)
	}
	// A link's target is a sentence of its own, "link: <target>", so that
	// "email us" pointing at mailto:privacy@... gives the address, and
	// patterns can tell a target from text.
	for _, target := range c.Links {
		s := Normalize(LinkPrefix + target)
		m.occ2 = lits.occurrences(s, m.occ2[:0])
		m.mark(m.occ2, 0, len(s))
		m.scan(s, c, inLink)
	}
	m.mark(m.occ, 0, len(text))
	m.scan(text, c, inClause)
	sort.Ints(m.hits) // the pack's (sorted) order
	for _, i := range m.hits {
		name := m.pack.concepts[i].name
		c.Concepts = append(c.Concepts, name)
		doc.Index[name] = append(doc.Index[name], c.ID)
	}
}

// mark sets found to the literals of occ lying within [from, to).
func (m *matcher) mark(occ []occurrence, from, to int) {
	for _, id := range m.marked {
		m.found[id] = false
	}
	m.marked = m.marked[:0]
	lits := m.pack.lits.lits
	for _, o := range occ {
		end := int(o.end)
		if end > to {
			break // occurrences come in the order they end
		}
		if id := int(o.id); end-len(lits[id]) >= from && !m.found[id] {
			m.found[id] = true
			m.marked = append(m.marked, id)
		}
	}
}

// scope is what a scanned text is: a sentence, a whole clause or a link's
// target.
type scope int

const (
	inSentence scope = iota
	inClause
	inLink
)

// looks reports whether def is looked for in a text of scope sc.
func (def *compiled) looks(sc scope) bool {
	switch sc {
	case inClause:
		return def.clause
	case inLink:
		return def.links
	}
	return !def.clause
}

// scan tags s with the concepts of the given scope, the literals of s
// having been marked.
func (m *matcher) scan(s string, c *document.Clause, sc scope) {
	m.gen++
	if m.gen == 0 { // wrapped: old marks could look current
		clear(m.seen)
		clear(m.passed)
		clear(m.candidate)
		m.gen = 1
	}
	p := m.pack
	m.cands = m.cands[:0]
	for _, id := range m.marked {
		for _, g := range p.triggers[id] {
			if m.seen[g] == m.gen {
				continue
			}
			m.seen[g] = m.gen
			if !m.gatesPass(p.gates[g][1:]) {
				continue
			}
			m.passed[g] = m.gen
			if o := p.owner[g]; m.candidate[o] != m.gen {
				m.candidate[o] = m.gen
				m.cands = append(m.cands, o)
			}
		}
	}
	for _, i := range p.ungated {
		if m.candidate[i] != m.gen {
			m.candidate[i] = m.gen
			m.cands = append(m.cands, i)
		}
	}
	for _, i := range m.cands {
		def := &p.concepts[i]
		if !def.looks(sc) || m.hit[i] == m.clauseGen {
			continue
		}
		if def.kinds != nil && !def.kinds[c.Kind] || def.kinds == nil && c.Kind == document.Metadata {
			continue
		}
		if m.matches(def, s) && !m.vetoed(def, s) {
			m.hit[i] = m.clauseGen
			m.hits = append(m.hits, int(i))
		}
	}
}

// matches reports whether a pattern of def matches s. A pattern whose gates
// fail cannot match, so only the patterns that passed are tried.
func (m *matcher) matches(def *compiled, s string) bool {
	if def.all != nil {
		return def.all.MatchString(s)
	}
	p := m.pack
	for j := range def.patterns {
		g := def.first + j
		if len(p.gates[g]) > 0 && m.passed[g] != m.gen {
			continue
		}
		if def.patterns[j].matches(s) {
			return true
		}
	}
	return false
}

// vetoed reports whether an unless pattern of def matches s; the literals
// of s are those of the last scan.
func (m *matcher) vetoed(def *compiled, s string) bool {
	for j := range def.unless {
		pt := &def.unless[j]
		if m.gatesPass(pt.gate) && pt.matches(s) {
			return true
		}
	}
	return false
}

// gatesPass reports whether one literal of each gate set was found.
func (m *matcher) gatesPass(gate [][]int) bool {
	for _, set := range gate {
		ok := false
		for _, id := range set {
			if m.found[id] {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// LinkPrefix starts the sentence a link's target is matched as.
const LinkPrefix = "link: "

var folder = strings.NewReplacer(
	"’", "'", "‘", "'", "“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`,
	"–", "-", "—", "-", "\u00ad", "",
)

// Normalize lower-cases text and folds typographic quotes and dashes, which
// is the form every pattern is written against.
func Normalize(s string) string {
	return folder.Replace(strings.ToLower(s))
}

// Concepts lists the concept names the pack of lang defines.
func (t *Tagger) Concepts(lang string) ([]string, error) {
	p, err := t.pack(lang)
	if err != nil || p == nil {
		return nil, err
	}
	out := make([]string, len(p.concepts))
	for i, c := range p.concepts {
		out[i] = c.name
	}
	return out, nil
}
