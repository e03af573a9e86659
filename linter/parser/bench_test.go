package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// Parsing alone, per format, on real policies of each: the clause
// structure, positions and sentences, before any tagging.
func BenchmarkParse(b *testing.B) {
	for _, c := range []struct{ format, file string }{
		{"html", "spotify-2018.html"},
		{"html", "keybase-2018.html"},
		{"markdown", "github-privacy-2019.md"},
		{"markdown", "basecamp-2020.md"},
		{"text", "inngest.txt"},
		{"text", "integromat.txt"},
	} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "corpus", c.file))
		if err != nil {
			b.Fatal(err)
		}
		src := string(data)
		b.Run(c.format+"/"+c.file, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, _, err := Parse(c.file, src, c.format); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
