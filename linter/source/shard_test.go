package source

import (
	"fmt"
	"path/filepath"
	"testing"
)

func TestParseShard(t *testing.T) {
	for in, want := range map[string]Shard{"1/4": {1, 4}, "4/4": {4, 4}, "1/1": {1, 1}, "2/3": {2, 3}} {
		if got, err := ParseShard(in); err != nil || got != want {
			t.Errorf("ParseShard(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"0/4", "5/4", "a/b", "1/0", "-1/4", "2", "", "1/4/2", "1/-4", " 2/3"} {
		if got, err := ParseShard(in); err == nil {
			t.Errorf("ParseShard(%q) = %v, want an error", in, got)
		}
	}
}

// TestShardIsStable pins the assignment: jobs of one CI matrix may run
// different builds, and a changed hash would move every policy at once.
func TestShardIsStable(t *testing.T) {
	for _, c := range []struct {
		name     string
		of4, of3 int
	}{
		{"docs/privacy.md", 1, 2},
		{"./docs/privacy.md", 1, 2},
		{"docs//privacy.md", 1, 2},
		{"vendors/acme/privacy.html", 4, 3},
		{"https://example.com/privacy", 1, 1},
	} {
		if got := Of(c.name, 4); got != c.of4 {
			t.Errorf("Of(%q, 4) = %d, want %d", c.name, got, c.of4)
		}
		if got := Of(c.name, 3); got != c.of3 {
			t.Errorf("Of(%q, 3) = %d, want %d", c.name, got, c.of3)
		}
	}
}

// TestShardsPartition: the shards of a list are disjoint, cover it, keep
// its order, and are roughly even.
func TestShardsPartition(t *testing.T) {
	var srcs []Source
	for i := range 400 {
		p := filepath.Join("vendors", fmt.Sprintf("v%03d.html", i))
		srcs = append(srcs, Source{Name: p, Path: p})
	}
	seen := map[string]int{}
	for i := 1; i <= 4; i++ {
		part := Shard{i, 4}.Select(srcs)
		if len(part) < 60 || len(part) > 140 {
			t.Errorf("shard %d/4 has %d of 400 inputs", i, len(part))
		}
		for j, s := range part {
			seen[s.Name]++
			if j > 0 && part[j-1].Name >= s.Name {
				t.Errorf("shard %d/4 is out of order at %s", i, s.Name)
			}
		}
	}
	for _, s := range srcs {
		if seen[s.Name] != 1 {
			t.Errorf("%s is in %d shards", s.Name, seen[s.Name])
		}
	}
	if got := (Shard{1, 1}).Select(srcs); len(got) != len(srcs) {
		t.Errorf("shard 1/1 has %d of %d inputs", len(got), len(srcs))
	}
}
