package concept

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
)

var update = flag.Bool("update", false, "rewrite the built-in packs' gate caches")

// The built-in packs' gate caches must be what the packs' patterns give,
// and every pattern must parse (patterns in the cache are parsed lazily, so
// this is where a broken one shows). Run with -update after editing a pack.
func TestGateCachesUpToDate(t *testing.T) {
	root := filepath.Join("..", "..", "rules")
	dirs, err := filepath.Glob(filepath.Join(root, "lang", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no language packs under %s: %v", root, err)
	}
	fsys := os.DirFS(root)
	for _, dir := range dirs {
		rel, _ := filepath.Rel(root, dir)
		want, err := BuildGateCache(fsys, filepath.ToSlash(rel))
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(dir, GateCacheFile)
		if *update {
			if err := os.WriteFile(file, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (run go test ./linter/concept -run TestGateCachesUpToDate -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go test ./linter/concept -run TestGateCachesUpToDate -update", file)
		}
	}
}

// A pattern the cache knows is not parsed at load; one it does not know
// is, so that a broken pattern in an edited pack is still an error at once.
func TestGateCacheDefersParsing(t *testing.T) {
	yml := "concepts:\n  c:\n    match: ['\\bknown\\b[^.]{0,20}\\bpattern\\b', '\\bnew\\b']\n"
	fsys := fstest.MapFS{"lang/en/a.yaml": {Data: []byte(yml)}}
	cache, err := BuildGateCache(fsys, "lang/en")
	if err != nil {
		t.Fatal(err)
	}
	// Keep only the first pattern's entry.
	first := patternKey(`\bknown\b[^.]{0,20}\bpattern\b`)
	lines := bytes.Split(cache, []byte("\n"))
	var kept []byte
	for _, l := range lines {
		if bytes.Contains(l, []byte(first)) {
			kept = bytes.TrimSuffix(l, []byte(","))
		}
	}
	if kept == nil {
		t.Fatal("the first pattern is not in the cache")
	}
	fsys["lang/en/"+GateCacheFile] = &fstest.MapFile{Data: append(append([]byte("{"), kept...), '}')}
	p, err := loadPack(fsys, "lang/en", "en")
	if err != nil {
		t.Fatal(err)
	}
	c := p.concepts[0]
	if c.patterns[0].src.re != nil {
		t.Error("the cached pattern was parsed at load")
	}
	if c.patterns[1].src.re == nil {
		t.Error("the pattern missing from the cache was not parsed at load")
	}
	if len(c.patterns[0].gate) == 0 || c.patterns[0].pre == nil {
		t.Error("the cached pattern lost its gates or its relaxed automaton")
	}
	d := doc([2]string{"p", "A known and cached pattern."}, [2]string{"p", "Something new."}, [2]string{"p", "Nothing."})
	tg := &Tagger{packs: map[string]*lazyPack{"en": {load: func() (*pack, error) { return p, nil }}}}
	if err := tg.Tag(d, "en"); err != nil {
		t.Fatal(err)
	}
	if got := d.Index["c"]; len(got) != 2 || got[0] != 0 || got[1] != 1 {
		t.Errorf("tagged %v, want [0 1]", got)
	}

	// A pattern that does not parse is an error at load, cache or not.
	bad := fstest.MapFS{
		"lang/en/a.yaml":           {Data: []byte("concepts:\n  c:\n    match: ['(unclosed']\n")},
		"lang/en/" + GateCacheFile: fsys["lang/en/"+GateCacheFile],
	}
	if _, err := loadPack(bad, "lang/en", "en"); err == nil {
		t.Error("a pattern that does not parse loaded")
	}
}
