package concept

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp/syntax"
	"sort"
	"sync"
)

// GateCacheFile is the file, in each language pack's directory, that holds
// what loading a pack would otherwise compute by parsing every pattern:
// each pattern's literal gates and whether it has counted gaps. With it, a
// pattern is parsed the first time a text gets past its gates, and a cold
// run parses the few dozen its policy needs instead of all ~650, which was
// most of the time it spent loading. Patterns missing from the file (an
// edited pack) are parsed at load as before; a test keeps the built-in
// files in step with the packs.
const GateCacheFile = "gates.json"

// gateEntry is what the cache knows of one pattern.
type gateEntry struct {
	Gates [][]string `json:"gates,omitempty"`
	Gaps  bool       `json:"gaps,omitempty"`
}

// gateCache maps patternKey(source) to its entry.
type gateCache map[string]gateEntry

// patternKey names a pattern by its text, so that an edited pattern misses
// the cache rather than finding stale gates.
func patternKey(src string) string {
	h := sha256.Sum256([]byte(src))
	return hex.EncodeToString(h[:10])
}

// readGateCache reads the cache of the pack in dir; a pack without one
// gets an empty cache.
func readGateCache(fsys fs.FS, dir string) (gateCache, error) {
	data, err := fs.ReadFile(fsys, path.Join(dir, GateCacheFile))
	if errors.Is(err, fs.ErrNotExist) {
		return gateCache{}, nil
	}
	if err != nil {
		return nil, err
	}
	var c gateCache
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("%s: %w", path.Join(dir, GateCacheFile), err)
	}
	return c, nil
}

// BuildGateCache computes the gate cache of the language pack in dir from
// its patterns, in the form GateCacheFile holds.
func BuildGateCache(fsys fs.FS, dir string) ([]byte, error) {
	defs, err := readDefinitions(fsys, dir)
	if err != nil {
		return nil, err
	}
	c := gateCache{}
	add := func(src string) error {
		re, err := syntax.Parse(src, syntax.Perl)
		if err != nil {
			return fmt.Errorf("pattern %q: %w", src, err)
		}
		_, gaps := relax(re)
		c[patternKey(src)] = gateEntry{Gates: gatesOf(re), Gaps: gaps}
		return nil
	}
	for _, d := range defs {
		for _, src := range append(append([]string(nil), d.def.Match...), d.def.Unless...) {
			if err := add(src); err != nil {
				return nil, fmt.Errorf("%s: concept %q: %w", d.file, d.name, err)
			}
		}
	}
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// One entry per line, so that a change to a pack is a small diff.
	var b bytes.Buffer
	b.WriteString("{\n")
	for i, k := range keys {
		v, err := json.Marshal(c[k])
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "%q: %s", k, v)
		if i < len(keys)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("}\n")
	return b.Bytes(), nil
}

// source is a pattern's text with its parse, done once, when first needed.
type source struct {
	text string
	once sync.Once
	re   *syntax.Regexp
	err  error
}

func (s *source) parse() (*syntax.Regexp, error) {
	s.once.Do(func() { s.re, s.err = syntax.Parse(s.text, syntax.Perl) })
	return s.re, s.err
}
