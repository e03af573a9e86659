package testpolicies

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestFilesSkipsSchemasAndOtherFiles(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"corpus/a.html", "corpus/b.MD", "c.txt", "sarif/x.txt", "spec/y.md", "corpus/labels.json", "example/deep/d.htm"} {
		full := filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Files(root)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		got[i], _ = filepath.Rel(root, got[i])
		got[i] = filepath.ToSlash(got[i])
	}
	want := []string{"c.txt", "corpus/a.html", "corpus/b.MD", "example/deep/d.htm"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if _, err := Files(filepath.Join(root, "missing")); err == nil {
		t.Error("a missing root is no error")
	}
}
