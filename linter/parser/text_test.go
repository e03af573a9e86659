package parser

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter/document"
)

func parseText(t *testing.T, src string) []document.Clause {
	t.Helper()
	b := document.NewBuilder(src)
	if _, err := (textParser{}).Parse(src, b); err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return b.Clauses()
}

func TestTextDump(t *testing.T) {
	f := os.Getenv("TEXT_DUMP")
	if f == "" {
		t.Skip("set TEXT_DUMP to a file to print its clause tree")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range parseText(t, string(src)) {
		txt := c.Text
		if len([]rune(txt)) > 60 {
			txt = string([]rune(txt)[:60])
		}
		ind := strings.Repeat("  ", len(c.Path))
		fmt.Printf("%3d:%-3d %-9s L%d %s%q   [%s]\n", c.Start.Line, c.Start.Column, c.Kind, c.Level, ind, txt, strings.Join(c.Path, " > "))
	}
}
