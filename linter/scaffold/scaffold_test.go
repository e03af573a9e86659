package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFiles(t *testing.T) {
	files, err := Files(Rule{ID: "acme/dpo-named", Severity: "warning"})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || files[0].Path != filepath.Join("acme", "dpo_named.rego") || files[1].Path != filepath.Join("acme", "dpo_named_test.rego") {
		t.Fatalf("files = %+v", files)
	}
	for _, want := range []string{"package policylint.rules.acme.dpo_named\n", "#   id: acme/dpo-named\n", "#   severity: warning\n", "# title: Dpo named\n"} {
		if !strings.Contains(files[0].Content, want) {
			t.Errorf("the rule lacks %q", want)
		}
	}
	if !strings.Contains(files[1].Content, "import data.policylint.rules.acme.dpo_named\n") || !strings.Contains(files[1].Content, "dpo_named.report with input") {
		t.Errorf("the test does not import the rule:\n%s", files[1].Content)
	}
}

func TestFilesRefusesBadIDs(t *testing.T) {
	for _, r := range []Rule{
		{ID: "dpo"}, {ID: "Acme/dpo"}, {ID: "acme/"}, {ID: "acme/dpo_named"}, {ID: "acme/-x"}, {ID: "acme/net-test"},
		{ID: "gdpr/mine"}, {ID: "policy/mine"}, {ID: "acme/x", Severity: "fatal"},
	} {
		if _, err := Files(r); err == nil {
			t.Errorf("%+v was accepted", r)
		}
	}
}

func TestWriteNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	files := []File{{Path: "a/x.rego", Content: "new"}, {Path: "a/x_test.rego", Content: "new"}}
	if err := os.MkdirAll(filepath.Join(dir, "a"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a", "x_test.rego"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(dir, files); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Fatalf("err = %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "a", "x.rego")); err == nil {
		t.Error("Write wrote one file before refusing the other")
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "a", "x_test.rego")); string(data) != "old" {
		t.Error("the existing file changed")
	}
}
