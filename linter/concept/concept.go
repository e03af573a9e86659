// Package concept tags clauses with the vocabulary concepts a language pack
// defines, so that rules look facts up instead of scanning text. Matching is
// the expensive part of a check; it happens here once per document, in Go.
package concept

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

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
}

// File is the shape of one language pack file.
type File struct {
	Concepts map[string]Definition `yaml:"concepts"`
}

type compiled struct {
	name     string
	patterns []pattern
	unless   *regexp.Regexp
	clause   bool
	kinds    map[document.Kind]bool
}

// pattern is one match pattern with the literals that gate it.
type pattern struct {
	re *regexp.Regexp
	// gate holds literal IDs one of which must occur in the text for the
	// pattern to match; nil means the pattern always runs.
	gate []int
}

// pack is one language's compiled concepts and the literal index shared by
// their patterns.
type pack struct {
	concepts []compiled
	lits     *literalIndex
}

// Tagger holds the compiled concepts of every language pack.
type Tagger struct {
	packs map[string]*pack // by language
}

// Load reads every language pack below root in fsys: each directory
// root/<lang> holds YAML files of concepts. Two files of one language may
// not define the same concept.
func Load(fsys fs.FS, root string) (*Tagger, error) {
	t := &Tagger{packs: map[string]*pack{}}
	langs, err := fs.ReadDir(fsys, root)
	if err != nil {
		return nil, fmt.Errorf("reading language packs: %w", err)
	}
	for _, l := range langs {
		if !l.IsDir() {
			continue
		}
		if err := t.loadPack(fsys, path.Join(root, l.Name()), l.Name()); err != nil {
			return nil, err
		}
	}
	return t, nil
}

func (t *Tagger) loadPack(fsys fs.FS, dir, lang string) error {
	files, err := fs.Glob(fsys, path.Join(dir, "*.yaml"))
	if err != nil {
		return fmt.Errorf("language pack %s: %w", lang, err)
	}
	seen := map[string]string{}
	var list []compiled
	lits := newLiteralIndex()
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return fmt.Errorf("language pack %s: %w", f, err)
		}
		var file File
		dec := yaml.NewDecoder(strings.NewReader(string(data)))
		dec.KnownFields(true)
		if err := dec.Decode(&file); err != nil {
			return fmt.Errorf("language pack %s: %w", f, err)
		}
		for name, def := range file.Concepts {
			if other, dup := seen[name]; dup {
				return fmt.Errorf("language pack %s: concept %q is already defined in %s", f, name, other)
			}
			seen[name] = f
			c, err := compile(name, def, lits)
			if err != nil {
				return fmt.Errorf("language pack %s: %w", f, err)
			}
			list = append(list, c)
		}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
	t.packs[lang] = &pack{concepts: list, lits: lits}
	return nil
}

func compile(name string, def Definition, lits *literalIndex) (compiled, error) {
	c := compiled{name: name, clause: def.Scope == "clause"}
	if def.Scope != "" && def.Scope != "clause" && def.Scope != "sentence" {
		return c, fmt.Errorf("concept %q: scope must be sentence or clause, not %q", name, def.Scope)
	}
	if len(def.Match) == 0 {
		return c, fmt.Errorf("concept %q has no match patterns", name)
	}
	for _, p := range def.Match {
		re, err := regexp.Compile(p)
		if err != nil {
			return c, fmt.Errorf("concept %q: pattern %q: %w", name, p, err)
		}
		pt := pattern{re: re}
		for _, lit := range triggers(p) {
			pt.gate = append(pt.gate, lits.add(lit))
		}
		c.patterns = append(c.patterns, pt)
	}
	var err error
	if len(def.Unless) > 0 {
		if c.unless, err = alternation(def.Unless); err != nil {
			return c, fmt.Errorf("concept %q unless: %w", name, err)
		}
	}
	if len(def.Kinds) > 0 {
		c.kinds = map[document.Kind]bool{}
		for _, k := range def.Kinds {
			c.kinds[document.Kind(k)] = true
		}
	}
	return c, nil
}

func alternation(patterns []string) (*regexp.Regexp, error) {
	parts := make([]string, len(patterns))
	for i, p := range patterns {
		if _, err := regexp.Compile(p); err != nil {
			return nil, fmt.Errorf("pattern %q: %w", p, err)
		}
		parts[i] = "(?:" + p + ")"
	}
	return regexp.Compile(strings.Join(parts, "|"))
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

// Tag fills every clause's Concepts and Context and the document's indexes,
// using the pack of lang. Without a pack for lang nothing is tagged.
func (t *Tagger) Tag(doc *document.Document, lang string) {
	doc.Index = map[string][]int{}
	doc.ContextIndex = map[string][]int{}
	p := t.packs[lang]
	if p != nil {
		m := &matcher{pack: p, found: make([]bool, len(p.lits.lits))}
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
}

// matcher tags the clauses of one document; it reuses its buffers.
type matcher struct {
	pack   *pack
	found  []bool // by literal ID: present in the current text
	marked []int
}

func (m *matcher) tagClause(doc *document.Document, c *document.Clause) {
	c.Concepts = c.Concepts[:0]
	hit := map[string]bool{}
	// Sentence-scoped concepts, one sentence at a time: the literal scan is
	// shared by every concept.
	for _, sentence := range c.Sentences {
		m.scan(Normalize(sentence), c, hit, false)
	}
	m.scan(Normalize(c.Text), c, hit, true)
	for _, def := range m.pack.concepts { // keep the pack's (sorted) order
		if hit[def.name] {
			c.Concepts = append(c.Concepts, def.name)
			doc.Index[def.name] = append(doc.Index[def.name], c.ID)
		}
	}
}

func (m *matcher) scan(s string, c *document.Clause, hit map[string]bool, clauseScope bool) {
	for _, id := range m.marked {
		m.found[id] = false
	}
	m.marked = m.pack.lits.present(s, m.found, m.marked[:0])
	for i := range m.pack.concepts {
		def := &m.pack.concepts[i]
		if def.clause != clauseScope || hit[def.name] {
			continue
		}
		if def.kinds != nil && !def.kinds[c.Kind] || def.kinds == nil && c.Kind == document.Metadata {
			continue
		}
		if def.matches(s, m.found) {
			hit[def.name] = true
		}
	}
}

func (c *compiled) matches(s string, found []bool) bool {
	for _, p := range c.patterns {
		if p.gate != nil && !anyFound(p.gate, found) {
			continue
		}
		if p.re.MatchString(s) {
			return c.unless == nil || !c.unless.MatchString(s)
		}
	}
	return false
}

func anyFound(ids []int, found []bool) bool {
	for _, id := range ids {
		if found[id] {
			return true
		}
	}
	return false
}

var folder = strings.NewReplacer(
	"’", "'", "‘", "'", "“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`,
	"–", "-", "—", "-", "\u00ad", "",
)

// Normalize lower-cases text and folds typographic quotes and dashes, which
// is the form every pattern is written against.
func Normalize(s string) string {
	return folder.Replace(strings.ToLower(s))
}
