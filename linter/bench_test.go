package linter

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/policylint/policylint/linter/engine"
)

// referencePolicies are the four policies the speed target names:
// typical policies of 1,000 to 3,000 words in plain text.
var referencePolicies = []string{"inngest.txt", "integromat.txt", "integrava.txt", "internalize.txt"}

func benchLinter(b *testing.B) *Linter {
	b.Helper()
	l, err := New(context.Background(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	return l
}

func readCorpus(b *testing.B, name string) []byte {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", name))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkCheck is the whole check of one typical policy in-process: parse,
// tag, evaluate, suppressions. The target is under 2 ms.
func BenchmarkCheck(b *testing.B) {
	l := benchLinter(b)
	for _, name := range referencePolicies {
		data := readCorpus(b, name)
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if r := l.CheckSource(ctx, name, data); r.Err != nil {
					b.Fatal(r.Err)
				}
			}
		})
	}
}

// BenchmarkParse is parsing and tagging alone.
func BenchmarkParse(b *testing.B) {
	l := benchLinter(b)
	for _, name := range referencePolicies {
		data := readCorpus(b, name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := l.Parse(name, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEval is rule evaluation of one parsed, tagged document.
func BenchmarkEval(b *testing.B) {
	l := benchLinter(b)
	for _, name := range referencePolicies {
		doc, err := l.Parse(name, readCorpus(b, name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if _, err := l.engine.Eval(ctx, doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// forgetPacks drops the process's loaded language packs, so that the next
// New loads them as a fresh process does.
func forgetPacks() {
	builtinTagger = sync.OnceValues(loadBuiltinTagger)
}

// BenchmarkNew is what a cold run pays before reading a policy: loading
// the language packs and preparing the rule query.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		forgetPacks()
		if _, err := New(context.Background(), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInput is the conversion of a parsed document to OPA's value,
// done once per document.
func BenchmarkInput(b *testing.B) {
	l := benchLinter(b)
	doc, err := l.Parse("inngest.txt", readCorpus(b, "inngest.txt"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		engine.Input(doc)
	}
}

// BenchmarkCheckCorpus checks every policy of the labelled corpus once per
// iteration, one after the other: HTML, Markdown and text of all sizes,
// English and the languages without a pack.
func BenchmarkCheckCorpus(b *testing.B) {
	l := benchLinter(b)
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "corpus", "*"))
	if err != nil {
		b.Fatal(err)
	}
	type policy struct {
		name string
		data []byte
	}
	var policies []policy
	size := 0
	for _, p := range paths {
		switch filepath.Ext(p) {
		case ".html", ".md", ".txt":
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			policies = append(policies, policy{filepath.Base(p), data})
			size += len(data)
		}
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, p := range policies {
			if r := l.CheckSource(ctx, p.name, p.data); r.Err != nil {
				b.Fatal(r.Err)
			}
		}
	}
	b.ReportMetric(float64(len(policies)), "policies/op")
}

// BenchmarkColdCheck is a fresh process's work for one policy: loading the
// rules, then checking with automata that have no state cached yet.
func BenchmarkColdCheck(b *testing.B) {
	data := readCorpus(b, "inngest.txt")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		forgetPacks()
		l, err := New(ctx, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if r := l.CheckSource(ctx, "inngest.txt", data); r.Err != nil {
			b.Fatal(r.Err)
		}
	}
}
