package rules_test

import (
	"io/fs"
	"path"
	"regexp"
	"strings"
	"testing"

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
