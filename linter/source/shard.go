package source

import (
	"fmt"
	"hash/fnv"
	"path/filepath"
	"strconv"
	"strings"
)

// Shard is one share of a batch of inputs, for spreading a large audit
// over the jobs of a CI matrix without a coordinator: every job expands
// the same arguments and keeps the inputs of its own shard.
type Shard struct {
	// Index is 1-based, as matrix jobs are usually numbered (1/4 … 4/4).
	Index, Count int
}

// ParseShard reads "i/n", 1 <= i <= n.
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, errI := strconv.Atoi(a)
	n, errN := strconv.Atoi(b)
	if !ok || errI != nil || errN != nil {
		return Shard{}, fmt.Errorf("%q is not a shard: write INDEX/COUNT, e.g. 1/4", s)
	}
	if n < 1 {
		return Shard{}, fmt.Errorf("shard %q: the count must be at least 1", s)
	}
	if i < 1 || i > n {
		return Shard{}, fmt.Errorf("shard %q: the index must be from 1 to %d (shards are numbered from 1)", s, n)
	}
	return Shard{Index: i, Count: n}, nil
}

func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.Index, s.Count) }

// Of returns the 1-based shard of count that an input name belongs to.
// It depends on the name alone, not on the other inputs or their order,
// so adding a policy to a directory moves no other policy to another
// shard, and jobs on Windows and Unix agree. Paths are cleaned and
// slash-separated first, so "./docs/a.md" and "docs/a.md" agree too.
func Of(name string, count int) int {
	if count <= 1 {
		return 1
	}
	h := fnv.New64a()
	_, _ = h.Write([]byte(shardKey(name)))
	return int(h.Sum64()%uint64(count)) + 1
}

func shardKey(name string) string {
	if name == "-" || IsURL(name) {
		return name
	}
	return filepath.ToSlash(filepath.Clean(name))
}

// Select returns the sources of srcs in shard s, in their order.
func (s Shard) Select(srcs []Source) []Source {
	if s.Count <= 1 {
		return srcs
	}
	var out []Source
	for _, src := range srcs {
		if Of(src.Name, s.Count) == s.Index {
			out = append(out, src)
		}
	}
	return out
}
