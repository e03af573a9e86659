// Package testpolicies finds the policy files under the repository's
// testdata, which several packages' tests (fuzz seeds, the input schema)
// run over; the SARIF schema and the specification there are not policies.
package testpolicies

import (
	"io/fs"
	"path/filepath"
	"strings"
)

// Files lists, in walk order, the HTML, Markdown and text files below root
// (a testdata directory), leaving out its sarif and spec directories.
func Files(root string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if rel, _ := filepath.Rel(root, p); rel == "sarif" || rel == "spec" {
				return filepath.SkipDir
			}
			return nil
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".html", ".htm", ".md", ".markdown", ".txt":
			files = append(files, p)
		}
		return nil
	})
	return files, err
}
