package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func write(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func names(srcs []Source) []string {
	var out []string
	for _, s := range srcs {
		out = append(out, s.Name)
	}
	return out
}

func TestExpandDirectories(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"b.md":                   "x",
		"a.html":                 "x",
		"A.TXT":                  "x",
		"notes.pdf":              "x",
		"sub/c.htm":              "x",
		"sub/deeper/d.markdown":  "x",
		"sub/drafts/e.md":        "x",
		".git/f.md":              "x",
		".hidden.md":             "x",
		"vendors/x/privacy.html": "x",
		"vendors/x/terms.html":   "x",
	})
	j := func(p string) string { return filepath.Join(root, filepath.FromSlash(p)) }
	tests := []struct {
		name             string
		include, exclude []string
		want             []string
	}{
		{name: "default extensions, sorted, hidden skipped", want: []string{
			j("A.TXT"), j("a.html"), j("b.md"), j("sub/c.htm"), j("sub/deeper/d.markdown"), j("sub/drafts/e.md"),
			j("vendors/x/privacy.html"), j("vendors/x/terms.html"),
		}},
		{name: "include by name at any depth", include: []string{"privacy*"}, want: []string{j("vendors/x/privacy.html")}},
		{name: "include by relative path", include: []string{"sub/**/*.m*"}, want: []string{j("sub/deeper/d.markdown"), j("sub/drafts/e.md")}},
		{name: "include replaces the extensions", include: []string{"*.pdf"}, want: []string{j("notes.pdf")}},
		{name: "exclude a directory", exclude: []string{"sub/drafts", "vendors/**/terms.html"}, want: []string{
			j("A.TXT"), j("a.html"), j("b.md"), j("sub/c.htm"), j("sub/deeper/d.markdown"), j("vendors/x/privacy.html"),
		}},
		{name: "exclude by name", include: []string{"**/*.html"}, exclude: []string{"terms.*"}, want: []string{j("a.html"), j("vendors/x/privacy.html")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srcs, err := Expand([]string{root}, Options{Include: tt.include, Exclude: tt.exclude})
			if err != nil {
				t.Fatal(err)
			}
			if got := names(srcs); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			for _, s := range srcs {
				if s.Path != s.Name || s.Err() != nil {
					t.Errorf("%s: path %q, err %v", s.Name, s.Path, s.Err())
				}
			}
		})
	}
}

// TestExpandKeepsArgumentOrder: arguments stay in the order given, each
// one's problems in its place, so that shards and reports line up.
func TestExpandKeepsArgumentOrder(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{"z.md": "x", "dir/b.md": "x", "dir/a.md": "x", "empty/image.png": "x", "file": "x"})
	args := []string{
		filepath.Join(root, "z.md"),
		filepath.Join(root, "dir"),
		filepath.Join(root, "missing.md"),
		"-",
		"https://example.com/privacy",
		"ftp://example.com/privacy.txt",
		filepath.Join(root, "empty"),
		filepath.Join(root, "file", "child.md"),
	}
	srcs, err := Expand(args, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{args[0], filepath.Join(root, "dir", "a.md"), filepath.Join(root, "dir", "b.md"), args[2], "-", args[4], args[5], args[6], args[7]}
	if got := names(srcs); !reflect.DeepEqual(got, want) {
		t.Fatalf("got  %q\nwant %q", got, want)
	}
	causes := map[string]string{
		args[2]: "no such file",
		args[5]: "ftp URLs are not supported",
		args[6]: "no policy file in this directory",
		args[7]: "part of the path is a file",
	}
	for _, s := range srcs {
		cause, bad := causes[s.Name]
		if !bad {
			if s.Err() != nil {
				t.Errorf("%s: unexpected %v", s.Name, s.Err())
			}
			continue
		}
		_, err := s.Read(context.Background())
		var se *Error
		if !errors.As(err, &se) || se.Name != s.Name || !strings.Contains(se.Err.Error(), cause) {
			t.Errorf("%s: err = %v, want an *Error with %q", s.Name, err, cause)
		}
		if s.Err() == nil {
			t.Errorf("%s: Err() is nil before reading", s.Name)
		}
	}
	if srcs[4].Path != "" || srcs[5].Path != "" {
		t.Error("standard input and URLs have no path")
	}
}

func TestExpandUsageErrors(t *testing.T) {
	if _, err := Expand([]string{"-", "a.md", "-"}, Options{}); err == nil {
		t.Error(`"-" twice: no error`)
	}
	if _, err := Expand([]string{"."}, Options{Include: []string{"[a-"}}); err == nil || !strings.Contains(err.Error(), "--include") {
		t.Errorf("invalid glob: err = %v", err)
	}
}

// TestReadIsLazy: expansion lists names only; the bytes are read, and read
// as they are then, when Read is called.
func TestReadIsLazy(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{"a.md": "first", "b.md": "second"})
	srcs, err := Expand([]string{root}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	write(t, root, map[string]string{"a.md": "changed"})
	if err := os.Remove(filepath.Join(root, "b.md")); err != nil {
		t.Fatal(err)
	}
	if c, err := srcs[0].Read(context.Background()); err != nil || c.Text != "changed" {
		t.Errorf("a.md: %q, %v", c.Text, err)
	}
	if _, err := srcs[1].Read(context.Background()); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("b.md: err = %v", err)
	}
}

func TestMaxSize(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{"small.md": "# Small\n", "big.md": strings.Repeat("word ", 1000)})
	srcs, err := Expand([]string{filepath.Join(root, "small.md"), filepath.Join(root, "big.md"), "-"},
		Options{MaxSize: 1024, Stdin: strings.NewReader(strings.Repeat("x", 2000))})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := srcs[0].Read(context.Background()); err != nil {
		t.Errorf("small: %v", err)
	}
	_, err = srcs[1].Read(context.Background())
	if err == nil || !strings.Contains(err.Error(), "the file is 4.9 KB, over the --max-size limit of 1 KB") {
		t.Errorf("big: err = %v", err)
	}
	_, err = srcs[2].Read(context.Background())
	if err == nil || !strings.Contains(err.Error(), "more than 1 KB, over the --max-size limit") {
		t.Errorf("stdin: err = %v", err)
	}
}

func TestStdin(t *testing.T) {
	srcs, err := Expand([]string{"-"}, Options{Stdin: strings.NewReader("<p>Hello</p><p>there</p>"), StdinFormat: "text"})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // read twice: standard input is read once and kept
		c, err := srcs[0].Read(context.Background())
		if err != nil || c.Format != "text" || c.Text != "<p>Hello</p><p>there</p>" {
			t.Errorf("stdin: %+v, %v", c, err)
		}
	}
	srcs, _ = Expand([]string{"-"}, Options{Stdin: strings.NewReader("<!doctype html><p>Hello</p>")})
	if c, err := srcs[0].Read(context.Background()); err != nil || c.Format != "html" {
		t.Errorf("sniffed stdin: %+v, %v", c, err)
	}
}

func TestFormatSize(t *testing.T) {
	for n, want := range map[int64]string{0: "0 bytes", 512: "512 bytes", 1024: "1 KB", 1536: "1.5 KB", 20 << 20: "20 MB", 5 << 30: "5 GB"} {
		if got := FormatSize(n); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{
		"http://x": true, "HTTPS://x/y": true, "ftp://x": false, "policy.md": false, "-": false, `C:\p.md`: false, "http:x": false,
	} {
		if IsURL(s) != want {
			t.Errorf("IsURL(%q) = %v", s, !want)
		}
	}
}
