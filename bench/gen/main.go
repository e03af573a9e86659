// Command gen writes a batch of distinct policies for the throughput
// benchmark by varying the labelled corpus: each copy gets its own company
// name, a revision line and a reordered pair of paragraphs, so that no two
// files are the same text while each stays a real policy in size and shape.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	src := flag.String("from", "testdata/corpus", "directory of policies to vary")
	labels := flag.String("labels", "testdata/corpus/labels.json", "use only the policies these labels cover (the English ones); empty for all")
	out := flag.String("to", "", "directory to write the batch into (required)")
	n := flag.Int("n", 1000, "how many policies to write")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gen: -to is required")
		os.Exit(2)
	}
	if err := run(*src, *out, *labels, *n); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(src, out, labels string, n int) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	keep := func(string) bool { return true }
	if labels != "" {
		// Policies in a language without a pack skip the rules, which
		// would flatter the throughput: the batch holds labelled ones only.
		data, err := os.ReadFile(labels)
		if err != nil {
			return err
		}
		var l map[string]json.RawMessage
		if err := json.Unmarshal(data, &l); err != nil {
			return fmt.Errorf("%s: %w", labels, err)
		}
		keep = func(name string) bool {
			_, ok := l[strings.TrimSuffix(name, filepath.Ext(name))]
			return ok
		}
	}
	var names []string
	for _, e := range entries {
		switch filepath.Ext(e.Name()) {
		case ".html", ".md", ".txt":
			if keep(e.Name()) {
				names = append(names, e.Name())
			}
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		return fmt.Errorf("no policies in %s", src)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		name := names[i%len(names)]
		data, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			return err
		}
		text := vary(string(data), filepath.Ext(name), i)
		dst := filepath.Join(out, fmt.Sprintf("%05d-%s", i, name))
		if err := os.WriteFile(dst, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// vary makes copy i of a policy distinct without changing what it
// discloses.
func vary(text, ext string, i int) string {
	company := fmt.Sprintf("Example %d Ltd", i)
	revision := fmt.Sprintf("Revision %d of this notice applies to %s.", i, company)
	switch ext {
	case ".html":
		if k := strings.LastIndex(text, "</body>"); k >= 0 {
			return text[:k] + "<p>" + revision + "</p>\n" + text[k:]
		}
		return text + "\n<p>" + revision + "</p>\n"
	default:
		paras := strings.Split(text, "\n\n")
		// Swap two adjacent paragraphs near the end, away from headings at
		// the top, so line numbers and sections differ from copy to copy.
		if len(paras) > 6 {
			k := len(paras) - 2 - i%(len(paras)/3)
			if k > 1 && !strings.HasPrefix(paras[k], "#") && !strings.HasPrefix(paras[k+1], "#") {
				paras[k], paras[k+1] = paras[k+1], paras[k]
			}
		}
		return strings.Join(paras, "\n\n") + "\n\n" + revision + "\n"
	}
}
