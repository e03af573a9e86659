package linter

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/policylint/policylint/linter/document"
)

// TestEncodedPositions: a policy in windows-1252 or UTF-16 has its clauses
// at the lines and columns (in code points) an editor shows for the file,
// the same as for the UTF-8 file.
func TestEncodedPositions(t *testing.T) {
	const page = "<html><body>\n<h1>Privacy</h1>\n<table><tr><td>Café crème</td><td>Your data is ours</td></tr></table>\n</body></html>\n"
	w1252, err := charmap.Windows1252.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	u16, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	l, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	type span struct {
		text       string
		start, end document.Position
	}
	want := []span{
		{"Privacy", document.Position{Line: 2, Column: 5}, document.Position{Line: 2, Column: 11}},
		{"Café crème", document.Position{Line: 3, Column: 16}, document.Position{Line: 3, Column: 25}},
		{"Your data is ours", document.Position{Line: 3, Column: 35}, document.Position{Line: 3, Column: 51}},
	}
	dir := t.TempDir()
	for name, data := range map[string][]byte{"utf-8.html": []byte(page), "windows-1252.html": w1252, "utf-16le.html": u16} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		doc, err := l.ParseFile(path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(doc.Clauses) != len(want) {
			t.Fatalf("%s: %d clauses, want %d", name, len(doc.Clauses), len(want))
		}
		for i, w := range want {
			c := doc.Clauses[i]
			if c.Text != w.text || c.Start != w.start || c.End != w.end {
				t.Errorf("%s: clause %d = %q %v-%v, want %q %v-%v", name, i, c.Text, c.Start, c.End, w.text, w.start, w.end)
			}
		}
	}
}

// TestWindows1252Markdown: an undeclared windows-1252 Markdown file, "é"
// on line 3, is read as such by every entry point, at line 3.
func TestWindows1252Markdown(t *testing.T) {
	data := []byte("# Privacy\n\nCaf\xe9 owners: we collect your email address.\n")
	l, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "policy.md")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, r := range []Result{l.CheckFile(context.Background(), path), l.CheckSource(context.Background(), "policy.md", data)} {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		c := r.Document.Clauses[1]
		if c.Text != "Café owners: we collect your email address." || c.Start != (document.Position{Line: 3, Column: 1}) ||
			c.End != (document.Position{Line: 3, Column: 43}) {
			t.Errorf("%s: clause %q at %v-%v", r.Path, c.Text, c.Start, c.End)
		}
	}
}
