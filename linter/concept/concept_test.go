package concept

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/policylint/policylint/linter/document"
)

func doc(blocks ...[2]string) *document.Document {
	src := ""
	b := document.NewBuilder("")
	for _, bl := range blocks {
		kind, level := document.Paragraph, 0
		text := bl[1]
		if bl[0] != "p" {
			kind, level = document.Heading, len(bl[0])
		}
		b.Add(kind, level, text, len(src), len(src)+len(text))
	}
	return &document.Document{Clauses: b.Clauses()}
}

const pack = `concepts:
  transfer:
    match: ['\btransfer', 'outside the (eu|eea)']
    unless: ['\b(do|will) not transfer']
  rights_heading:
    kinds: [heading]
    match: ['\brights\b']
  whole:
    scope: clause
    match: ['first.*second']
`

func load(t *testing.T, files map[string]string) (*Tagger, error) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return Load(fsys, "lang")
}

func TestTag(t *testing.T) {
	tg, err := load(t, map[string]string{"lang/en/a.yaml": pack})
	if err != nil {
		t.Fatal(err)
	}
	d := doc(
		[2]string{"#", "Your Rights"},
		[2]string{"p", "We may TRANSFER data outside the EEA."},
		[2]string{"p", "We do not transfer data. Your rights are listed below."},
		[2]string{"p", "The first sentence. The second one."},
		[2]string{"#", "Other"},
		[2]string{"p", "We will not transfer anything."},
	)
	tg.Tag(d, "en")
	want := map[string][]int{"rights_heading": {0}, "transfer": {1}, "whole": {3}}
	if !reflect.DeepEqual(d.Index, want) {
		t.Errorf("index = %v, want %v", d.Index, want)
	}
	// "rights" in a paragraph is not a heading concept.
	if len(d.Clauses[2].Concepts) != 0 {
		t.Errorf("clause 2 concepts = %v", d.Clauses[2].Concepts)
	}
	if !reflect.DeepEqual(d.ContextIndex["rights_heading"], []int{1, 2, 3}) {
		t.Errorf("context index = %v", d.ContextIndex)
	}
	if len(d.Clauses[5].Context) != 0 {
		t.Errorf("a new section must not inherit the previous one's context: %v", d.Clauses[5].Context)
	}
}

func TestUnknownLanguageTagsNothing(t *testing.T) {
	tg, err := load(t, map[string]string{"lang/en/a.yaml": pack})
	if err != nil {
		t.Fatal(err)
	}
	d := doc([2]string{"p", "We transfer data."})
	tg.Tag(d, "xx")
	if len(d.Index) != 0 || tg.Has("xx") || !tg.Has("en") {
		t.Errorf("index %v, Has(xx)=%v", d.Index, tg.Has("xx"))
	}
}

func TestLoadErrors(t *testing.T) {
	cases := map[string]struct {
		files map[string]string
		want  string
	}{
		"duplicate": {map[string]string{"lang/en/a.yaml": pack, "lang/en/b.yaml": pack}, "already defined"},
		"bad regexp": {map[string]string{"lang/en/a.yaml": "concepts:\n  x:\n    match: ['(unclosed']\n"}, "pattern \"(unclosed\""},
		"unknown key": {map[string]string{"lang/en/a.yaml": "concepts:\n  x:\n    matches: ['a']\n"}, "field matches not found"},
		"no patterns":  {map[string]string{"lang/en/a.yaml": "concepts:\n  x:\n    kinds: [heading]\n"}, "no match patterns"},
		"bad scope":    {map[string]string{"lang/en/a.yaml": "concepts:\n  x:\n    scope: page\n    match: ['a']\n"}, "scope must be"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := load(t, c.files)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	if got := Normalize("We’re “GDPR”—Compliant"); got != `we're "gdpr"-compliant` {
		t.Errorf("Normalize = %q", got)
	}
}
