package ruledoc

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/policylint/policylint/linter/engine"
)

// Regenerate is the command that rewrites docs/rules; the pages and the
// staleness test name it.
const Regenerate = "go test ./linter/ruledoc -run TestDocsUpToDate -update"

// generatedNote heads every generated page so that nobody edits one by
// hand only to see the change reverted.
const generatedNote = "<!-- Generated from the rule's METADATA by `" + Regenerate + "`; do not edit. -->\n\n"

// Pages returns the docs tree for the built-in rules among rules: each
// rule's page at <id>.md and an index at README.md, keyed by
// slash-separated path relative to the docs directory. Custom rules are
// left out: their pages belong to whoever wrote them.
func Pages(rules []*engine.Rule) map[string]string {
	var builtin []*engine.Rule
	for _, r := range sortedByID(rules) {
		if r.Builtin {
			builtin = append(builtin, r)
		}
	}
	pages := make(map[string]string, len(builtin)+1)
	for _, r := range builtin {
		pages[r.ID+".md"] = generatedNote + Markdown(r)
	}
	pages["README.md"] = index(builtin)
	return pages
}

// index is docs/rules/README.md: the built-in rules by pack, in the order
// of the packs' names.
func index(rules []*engine.Rule) string {
	byPack := map[string][]*engine.Rule{}
	var packs []string
	for _, r := range rules {
		p := packOf(r)
		if _, ok := byPack[p]; !ok {
			packs = append(packs, p)
		}
		byPack[p] = append(byPack[p], r)
	}
	sort.Strings(packs)
	var b strings.Builder
	b.WriteString(generatedNote)
	b.WriteString("# Rules\n\n")
	fmt.Fprintf(&b, "policylint ships %d rules in %d packs. Each page says what the rule requires,\n", len(rules), len(packs))
	b.WriteString("the GDPR article behind it, an example of passing text, how to fix a failure\n")
	b.WriteString("and how to disable or suppress the rule. `policylint rules` lists the rules\n")
	b.WriteString("from the command line, `policylint explain RULE` shows one page.\n")
	for _, p := range packs {
		fmt.Fprintf(&b, "\n## %s\n\n", p)
		markdownTable(&b, byPack[p], false)
	}
	return b.String()
}

// Write makes dir hold exactly Pages(rules): every page is written, and
// any other .md file below dir (the page of a rule since removed or
// renamed) is deleted, with the directories that leaves empty. dir holds
// nothing but generated pages, so nothing hand-written is lost.
func Write(dir string, rules []*engine.Rule) error {
	pages := Pages(rules)
	names := make([]string, 0, len(pages))
	for name := range pages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(pages[name]), 0o644); err != nil {
			return err
		}
	}
	stale, err := Stale(dir, pages)
	if err != nil {
		return err
	}
	for _, name := range stale {
		if err := os.Remove(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			return err
		}
		removeEmptyParents(dir, path.Dir(name))
	}
	return nil
}

// Stale lists the .md files below dir that pages does not hold,
// slash-separated and relative to dir, sorted. A missing dir has none.
func Stale(dir string, pages map[string]string) ([]string, error) {
	var stale []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == dir {
				return fs.SkipAll
			}
			return err
		}
		if d.IsDir() || filepath.Ext(p) != ".md" {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if _, ok := pages[rel]; !ok {
			stale = append(stale, rel)
		}
		return nil
	})
	return stale, err
}

// removeEmptyParents removes rel (relative to dir) and its parents while
// they are empty, stopping at dir itself.
func removeEmptyParents(dir, rel string) {
	for rel != "." && rel != "/" && rel != "" {
		// Remove fails on a directory that is not empty, which is the
		// stopping condition.
		if os.Remove(filepath.Join(dir, filepath.FromSlash(rel))) != nil {
			return
		}
		rel = path.Dir(rel)
	}
}
