package rules_test

import (
	"io/fs"
	"path"
	"regexp"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"

	"github.com/policylint/policylint/linter/concept"
	"github.com/policylint/policylint/rules"
)

// Every language pack compiles, and defines every concept a rule names:
// the rules are one set for all languages, so a concept missing from a
// pack would make its rules fail every policy in that language.
func TestLanguagePacksCoverTheRules(t *testing.T) {
	tg, err := concept.LoadAll(rules.FS, "lang")
	if err != nil {
		t.Fatal(err)
	}
	english, err := tg.Concepts("en")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, c := range english {
		known[c] = true
	}
	// The concepts rules name: string literals that are English concepts.
	used := map[string]bool{}
	literal := regexp.MustCompile(`"([a-z_]+)"`)
	err = fs.WalkDir(rules.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".rego" || strings.HasSuffix(p, "_test.rego") {
			return err
		}
		src, err := fs.ReadFile(rules.FS, p)
		if err != nil {
			return err
		}
		for _, m := range literal.FindAllStringSubmatch(string(src), -1) {
			if known[m[1]] {
				used[m[1]] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(used) < 40 {
		t.Fatalf("found only %d concepts named by rules; the scan is broken", len(used))
	}
	for _, lang := range tg.Languages() {
		names, err := tg.Concepts(lang)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		have := map[string]bool{}
		for _, n := range names {
			have[n] = true
		}
		for c := range used {
			if !have[c] {
				t.Errorf("language pack %s does not define %s, which the rules use", lang, c)
			}
		}
	}
}

// RE2's \b knows only ASCII letters: "\büber" never matches after a space,
// because ü is not a word character to it. A pattern that puts \b next to
// a letter such as ä, é or ñ silently never fires; this finds them.
func TestNoWordBoundaryNextToNonASCII(t *testing.T) {
	files, err := fs.Glob(rules.FS, "lang/*/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	quoted := regexp.MustCompile(`'((?:[^']|'')*)'`)
	for _, f := range files {
		src, err := fs.ReadFile(rules.FS, f)
		if err != nil {
			t.Fatal(err)
		}
		for n, line := range strings.Split(string(src), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "#") {
				continue
			}
			for _, m := range quoted.FindAllStringSubmatch(line, -1) {
				pattern := strings.ReplaceAll(m[1], "''", "'")
				re, err := syntax.Parse(pattern, syntax.Perl)
				if err != nil {
					continue // the pack loader reports syntax errors
				}
				if r, ok := boundaryBesideNonASCII(re); ok {
					t.Errorf("%s:%d: \\b next to %q never matches (RE2's \\b is ASCII-only); use (?:^|[^\\p{L}]) or drop the \\b: %s", f, n+1, r, pattern)
				}
			}
		}
	}
}

func boundaryBesideNonASCII(re *syntax.Regexp) (rune, bool) {
	if re.Op == syntax.OpConcat {
		for i, sub := range re.Sub {
			if sub.Op != syntax.OpWordBoundary {
				continue
			}
			if i+1 < len(re.Sub) {
				for _, r := range edgeRunes(re.Sub[i+1], true) {
					if r > 127 && unicode.IsLetter(r) {
						return r, true
					}
				}
			}
			if i > 0 {
				for _, r := range edgeRunes(re.Sub[i-1], false) {
					if r > 127 && unicode.IsLetter(r) {
						return r, true
					}
				}
			}
		}
	}
	for _, sub := range re.Sub {
		if r, ok := boundaryBesideNonASCII(sub); ok {
			return r, true
		}
	}
	return 0, false
}

// edgeRunes are runes a match of re may start (first) or end with, as far
// as literals and alternations tell. Character classes are left out: in
// "[uú]ltima" the ASCII member still matches.
func edgeRunes(re *syntax.Regexp, first bool) []rune {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil
		}
		if first {
			return re.Rune[:1]
		}
		return re.Rune[len(re.Rune)-1:]
	case syntax.OpCapture, syntax.OpPlus, syntax.OpRepeat:
		return edgeRunes(re.Sub[0], first)
	case syntax.OpAlternate:
		var out []rune
		for _, sub := range re.Sub {
			out = append(out, edgeRunes(sub, first)...)
		}
		return out
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil
		}
		if first {
			return edgeRunes(re.Sub[0], true)
		}
		return edgeRunes(re.Sub[len(re.Sub)-1], false)
	}
	return nil
}
