package concept

import (
	"math/rand"
	"reflect"
	"regexp"
	"regexp/syntax"
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

const testPack = `concepts:
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
	tg, err := load(t, map[string]string{"lang/en/a.yaml": testPack})
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
	if err := tg.Tag(d, "en"); err != nil {
		t.Fatal(err)
	}
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
	tg, err := load(t, map[string]string{"lang/en/a.yaml": testPack})
	if err != nil {
		t.Fatal(err)
	}
	d := doc([2]string{"p", "We transfer data."})
	if err := tg.Tag(d, "xx"); err != nil {
		t.Fatal(err)
	}
	if len(d.Index) != 0 || tg.Has("xx") || !tg.Has("en") {
		t.Errorf("index %v, Has(xx)=%v", d.Index, tg.Has("xx"))
	}
}

func TestLoadErrors(t *testing.T) {
	cases := map[string]struct {
		files map[string]string
		want  string
	}{
		"duplicate":   {map[string]string{"lang/en/a.yaml": testPack, "lang/en/b.yaml": testPack}, "already defined"},
		"bad regexp":  {map[string]string{"lang/en/a.yaml": "concepts:\n  x:\n    match: ['(unclosed']\n"}, "pattern \"(unclosed\""},
		"unknown key": {map[string]string{"lang/en/a.yaml": "concepts:\n  x:\n    matches: ['a']\n"}, "field matches not found"},
		"no patterns": {map[string]string{"lang/en/a.yaml": "concepts:\n  x:\n    kinds: [heading]\n"}, "no match patterns"},
		"bad scope":   {map[string]string{"lang/en/a.yaml": "concepts:\n  x:\n    scope: page\n    match: ['a']\n"}, "scope must be"},
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

func TestTriggers(t *testing.T) {
	cases := map[string][]string{
		`\bright (of|to) access\b`:           {"right of access", "right to access"},
		`e-?mail address`:                    {"email address", "e-mail address"},
		`(withdraw|revoke) (your )?consent`:  {"withdraw consent", "withdraw your consent", "revoke consent", "revoke your consent"},
		`\b(you|users?) may .{0,20}object\b`: {"object"},
		`[a-z]+@[a-z]+`:                      {"@"}, // a rare byte gates well
		`[a-z]+ [a-z]+`:                      nil,
		`(data|x)`:                           nil, // "x" is too short to filter on
		`(foo)?bar?`:                         {"ba", "bar", "fooba", "foobar"},
	}
	for p, want := range cases {
		got := triggers(p)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("triggers(%q) = %q, want %q", p, got, want)
		}
	}
}

// TestPrefilterAgreesWithRegexp: gating patterns by their literals never
// changes what they match.
func TestPrefilterAgreesWithRegexp(t *testing.T) {
	patterns := []string{`\bright (of|to) access\b`, `e-?mail address`, `(withdraw|revoke) (your )?consent`, `\b(you|users?) may .{0,20}object\b`, `\d+ (days|months|years)`}
	texts := []string{"you have the right to access data", "send an email address", "you may withdraw consent", "users may at any time object", "kept for 30 days", "nothing here", "right of accession"}
	var yaml strings.Builder
	yaml.WriteString("concepts:\n")
	for i, p := range patterns {
		yaml.WriteString("  c" + string(rune('a'+i)) + ":\n    match: ['" + p + "']\n")
	}
	tg, err := load(t, map[string]string{"lang/en/a.yaml": yaml.String()})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
		d := doc([2]string{"p", text})
		if err := tg.Tag(d, "en"); err != nil {
			t.Fatal(err)
		}
		for i, p := range patterns {
			name := "c" + string(rune('a'+i))
			want := regexp.MustCompile(p).MatchString(text)
			got := len(d.Index[name]) > 0
			if got != want {
				t.Errorf("%q on %q: tagged %v, regexp says %v", p, text, got, want)
			}
		}
	}
}

// A concept whose automaton overflows switches to Go's regexp; its answers
// must not change.
func TestAdaptiveAgreesAfterOverflow(t *testing.T) {
	pattern := `\b(?:you|users?)\b[^;]{0,60}\b(?:access|delete)\b[^;]{0,60}\b(?:data|information)\b`
	m := lazyExact(&source{text: pattern})
	re := regexp.MustCompile(pattern)
	words := strings.Fields("you users access delete data information we the your to of and ; may can")
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 4000; i++ {
		var b strings.Builder
		for j := 0; j < 40; j++ {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteByte(' ')
		}
		s := b.String()
		if got, want := m.MatchString(s), re.MatchString(s); got != want {
			t.Fatalf("text %d %q: matcher %v, regexp %v", i, s, got, want)
		}
	}
	a := m.(*lazyMatcher).m.(*adaptive)
	if a.slow.Load() == nil {
		t.Fatal("the automaton never overflowed: the test does not exercise the switch")
	}
}

func TestRelaxMatchesASuperset(t *testing.T) {
	for _, p := range []string{`a[^;]{0,5}b`, `\d{1,5} (?:st|rd)`, `x{2,4}y`, `(?: [a-z]+){0,6} data`} {
		re, _ := syntax.Parse(p, syntax.Perl)
		loose, changed := relax(re)
		if !changed {
			t.Errorf("%s: nothing relaxed", p)
		}
		exact, relaxed := regexp.MustCompile(p), regexp.MustCompile(loose.String())
		for _, s := range []string{"ab", "a12345b", "a123456b", "12 st", "123456 rd", "xxy", "xxxxxy", " a b c data", " a b c d e f g data"} {
			if exact.MatchString(s) && !relaxed.MatchString(s) {
				t.Errorf("%s matches %q but relaxed %s does not", p, s, loose)
			}
		}
	}
}

// A concept of several counted-gap patterns is matched by its relaxed
// automaton and then only the patterns whose gates passed; with unless
// patterns of the same kind, it must answer as Go's regexp does.
func TestConfirmedPatternsAgreeWithRegexp(t *testing.T) {
	match := []string{
		`\b(?:you|users?)\b[^;]{0,12}\b(?:access|delete)\b`,
		`\bwe\b[^;]{0,8}\bkeep\b[^;]{0,10}\bdata\b`,
		`\bdelete\b[^.]{0,6}\binformation\b`,
	}
	unless := []string{`\bnot\b[^;]{0,6}\b(?:access|keep)\b`, `\bnever\b`}
	var y strings.Builder
	y.WriteString("concepts:\n  c:\n    match:\n")
	for _, p := range match {
		y.WriteString("      - '" + p + "'\n")
	}
	y.WriteString("    unless:\n")
	for _, p := range unless {
		y.WriteString("      - '" + p + "'\n")
	}
	tg, err := load(t, map[string]string{"lang/en/a.yaml": y.String()})
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(strings.Join(match, "|"))
	u := regexp.MustCompile(strings.Join(unless, "|"))
	words := strings.Fields("you users access delete data information we keep the not never to ; . a")
	rng := rand.New(rand.NewSource(5))
	seen := map[bool]int{}
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for j := 0; j < 2+rng.Intn(14); j++ {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteByte(' ')
		}
		text := strings.TrimSpace(b.String())
		if strings.ContainsAny(text, ".") {
			continue // a sentence of its own for the tagger
		}
		d := doc([2]string{"p", text})
		if err := tg.Tag(d, "en"); err != nil {
			t.Fatal(err)
		}
		want := m.MatchString(text) && !u.MatchString(text)
		seen[want]++
		if got := len(d.Index["c"]) > 0; got != want {
			t.Fatalf("%q: tagged %v, regexp says %v", text, got, want)
		}
	}
	if seen[true] < 100 || seen[false] < 100 {
		t.Fatalf("texts that match: %d, that do not: %d; the test needs many of both", seen[true], seen[false])
	}
}

// Sentences take their literals from the one scan of their clause: a
// sentence-scoped concept must match exactly where it matches a sentence
// on its own, literals that straddle two sentences included.
func TestSentencesShareTheClauseScan(t *testing.T) {
	pack := `concepts:
  straddle:
    match: ['data\. we', '\bwe keep\b']
  gap:
    match: ['\bkeep\b[^.]{0,12}\bdata\b']
  whole:
    scope: clause
    match: ['data\. we keep']
`
	tg, err := load(t, map[string]string{"lang/en/a.yaml": pack})
	if err != nil {
		t.Fatal(err)
	}
	res := map[string]*regexp.Regexp{
		"straddle": regexp.MustCompile(`data\. we|\bwe keep\b`),
		"gap":      regexp.MustCompile(`\bkeep\b[^.]{0,12}\bdata\b`),
	}
	whole := regexp.MustCompile(`data\. we keep`)
	words := strings.Fields("We we keep Keep data the ’quoted’ Data")
	rng := rand.New(rand.NewSource(9))
	seen := map[string]int{}
	for i := 0; i < 2000; i++ {
		var sentences []string
		for n := 1 + rng.Intn(3); n > 0; n-- {
			var b strings.Builder
			for j := 1 + rng.Intn(5); j > 0; j-- {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(words[rng.Intn(len(words))])
			}
			sentences = append(sentences, b.String()+".")
		}
		if rng.Intn(2) == 0 { // a last sentence without its period
			last := len(sentences) - 1
			sentences[last] = strings.TrimSuffix(sentences[last], ".")
		}
		text := strings.Join(sentences, " ")
		d := doc([2]string{"p", text})
		if err := tg.Tag(d, "en"); err != nil {
			t.Fatal(err)
		}
		for name, re := range res {
			want := false
			for _, s := range d.Clauses[0].Sentences {
				want = want || re.MatchString(Normalize(s))
			}
			if want {
				seen[name]++
			}
			if got := len(d.Index[name]) > 0; got != want {
				t.Fatalf("%s on %q (sentences %q): tagged %v, want %v", name, text, d.Clauses[0].Sentences, got, want)
			}
		}
		want := whole.MatchString(Normalize(text))
		if want {
			seen["whole"]++
		}
		if got := len(d.Index["whole"]) > 0; got != want {
			t.Fatalf("whole on %q: tagged %v, want %v", text, got, want)
		}
	}
	for _, name := range []string{"straddle", "gap", "whole"} {
		if seen[name] < 20 {
			t.Errorf("%s matched %d texts; the test needs more", name, seen[name])
		}
	}
}

// A link's target is looked at by the concepts that ask for links, as the
// sentence "link: <target>", and by no other: the words of a URL do not tag
// the clause.
func TestLinkTargets(t *testing.T) {
	pack := `concepts:
  email:
    links: true
    match: ['[a-z0-9.]+@[a-z0-9.]+\.[a-z]{2,}']
  contact_page:
    links: true
    match: ['^link: \S*/contact$']
  rights:
    match: ['\brights\b']
`
	tg, err := load(t, map[string]string{"lang/en/a.yaml": pack})
	if err != nil {
		t.Fatal(err)
	}
	d := doc([2]string{"p", "Email us or contact us."}, [2]string{"p", "Read more."}, [2]string{"p", "We say contact/ here."})
	d.Clauses[0].Links = []string{"mailto:Privacy@Example.com", "https://example.com/contact"}
	d.Clauses[1].Links = []string{"https://example.com/your-rights"}
	if err := tg.Tag(d, "en"); err != nil {
		t.Fatal(err)
	}
	if got := d.Clauses[0].Concepts; !reflect.DeepEqual(got, []string{"contact_page", "email"}) {
		t.Errorf("clause with a mailto: and a contact link: %v", got)
	}
	if got := d.Clauses[1].Concepts; len(got) != 0 {
		t.Errorf("a URL's words tagged the clause: %v", got)
	}
	if got := d.Clauses[2].Concepts; len(got) != 0 {
		t.Errorf("text that is no link matched a link pattern: %v", got)
	}
}

func TestLinksNeedSentenceScope(t *testing.T) {
	_, err := load(t, map[string]string{"lang/en/a.yaml": "concepts:\n  c:\n    scope: clause\n    links: true\n    match: ['x']\n"})
	if err == nil || !strings.Contains(err.Error(), "links") {
		t.Fatalf("want an error about links on a clause-scoped concept, got %v", err)
	}
}
