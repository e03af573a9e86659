package main

import (
	"github.com/policylint/policylint/linter/source"
)

// shardFlag is --shard i/n; the zero value checks every input.
type shardFlag struct{ source.Shard }

func (f *shardFlag) Set(v string) error {
	s, err := source.ParseShard(v)
	if err != nil {
		return err
	}
	f.Shard = s
	return nil
}

func (f *shardFlag) String() string {
	if f.Count == 0 {
		return ""
	}
	return f.Shard.String()
}

func (f *shardFlag) Type() string { return "i/n" }

// set reports whether --shard was given.
func (f *shardFlag) set() bool { return f.Count > 0 }
