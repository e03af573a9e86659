package main

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The profiles are what a user sends when a run is slow: they must be
// written whole (pprof's format is a gzipped protocol buffer).
func TestProfilesAreWritten(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.pprof"), filepath.Join(dir, "mem.pprof")
	_, stderr, code := run(t, "check", "--no-color", "--cpu-profile", cpu, "--mem-profile", mem, example)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, p := range []string{cpu, mem} {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			t.Fatalf("%s: %v", p, err)
		}
		n, err := io.Copy(io.Discard, zr)
		f.Close()
		if err != nil || n == 0 {
			t.Errorf("%s: %d bytes, %v", p, n, err)
		}
	}
}

func TestProfileToABadPathIsAnError(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "missing", "cpu.pprof")
	_, stderr, code := run(t, "check", "--no-color", "--cpu-profile", bad, example)
	if code != 2 || !strings.Contains(stderr, "--cpu-profile") {
		t.Fatalf("exit %d, stderr %q; want 2 naming the flag", code, stderr)
	}
}
