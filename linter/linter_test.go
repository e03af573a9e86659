package linter

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
)

func corpusFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"*.md", "*.html", "*.txt"} {
		m, err := filepath.Glob(filepath.Join("..", "testdata", "corpus", pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 20 {
		t.Fatalf("only %d corpus files", len(files))
	}
	return files
}

type summary struct {
	Path, Language string
	Statuses       []string
}

func summarize(rs []Result) []summary {
	out := make([]summary, len(rs))
	for i, r := range rs {
		out[i] = summary{Path: r.Path, Language: r.Language}
		for _, c := range r.Checks {
			out[i].Statuses = append(out[i].Statuses, c.Rule.ID+"="+string(c.Status))
		}
	}
	return out
}

// TestParallelMatchesSequential: evaluating files in parallel gives the same
// results, in the order the files were given.
func TestParallelMatchesSequential(t *testing.T) {
	ctx := context.Background()
	files := corpusFiles(t)
	seq, err := New(ctx, Options{Jobs: 1})
	if err != nil {
		t.Fatal(err)
	}
	par, err := New(ctx, Options{Jobs: 4})
	if err != nil {
		t.Fatal(err)
	}
	a, b := seq.CheckFiles(ctx, files), par.CheckFiles(ctx, files)
	for i, r := range b {
		if r.Path != files[i] {
			t.Fatalf("result %d is %s, want %s", i, r.Path, files[i])
		}
		if r.Err != nil {
			t.Errorf("%s: %v", r.Path, r.Err)
		}
	}
	if !reflect.DeepEqual(summarize(a), summarize(b)) {
		t.Error("parallel results differ from sequential ones")
	}
}

func TestInputErrors(t *testing.T) {
	ctx := context.Background()
	l, err := New(ctx, Options{})
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{
		"empty.md":   []byte(" \n\t\n"),
		"nul.txt":    []byte("Privacy\x00Policy"),
		"markup.htm": []byte("<html><body><div> </div><script>var x = 1;</script></body></html>"),
	}
	for name, data := range cases {
		r := l.CheckSource(ctx, name, data)
		var ie *InputError
		if !errors.As(r.Err, &ie) || ie.Path != name {
			t.Errorf("%s: err = %v, want an InputError naming the file", name, r.Err)
		}
	}
	r := l.CheckFile(ctx, filepath.Join(t.TempDir(), "missing.md"))
	if r.Err == nil {
		t.Error("missing file: no error")
	}
}

// A page's language is the language of its policy text: an English site
// template around a German policy is German, whatever <html lang> says.
func TestLanguageOfThePolicyText(t *testing.T) {
	l, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	page := `<html lang="en"><body>
<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/blog">Our blog</a></nav>
<main><h1>Datenschutzerklärung</h1>
<p>Wir nehmen den Schutz Ihrer persönlichen Daten sehr ernst. Verantwortlicher für die Verarbeitung Ihrer Daten ist die Beispiel GmbH.</p>
<p>Sie haben das Recht auf Auskunft über die bei uns gespeicherten Daten sowie auf Berichtigung und Löschung. Außerdem können Sie sich bei einer Aufsichtsbehörde beschweren.</p>
<p>Wir erheben und speichern die Daten, die Sie uns bei der Registrierung mitteilen, und nutzen sie nur, um den Dienst für Sie bereitzustellen. Eine Weitergabe an Dritte findet nur statt, wenn dies für die Erfüllung des Vertrags erforderlich ist oder wenn Sie eingewilligt haben.</p>
<p>Die Daten werden gelöscht, sobald sie für den Zweck ihrer Verarbeitung nicht mehr erforderlich sind und keine gesetzlichen Aufbewahrungspflichten bestehen. Bei Fragen können Sie sich jederzeit an unseren Datenschutzbeauftragten wenden.</p>
</main><footer>Copyright 2024. All rights reserved. Terms of use.</footer></body></html>`
	doc, err := l.Parse("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Language != "de" {
		t.Errorf("language = %q, want de", doc.Language)
	}
	// Front matter decides when the text is too short to tell.
	doc, err = l.Parse("short.md", []byte("---\nlang: fr-FR\n---\n# Vos droits\n\nContact.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Language != "fr" {
		t.Errorf("front matter: language = %q, want fr", doc.Language)
	}
	// --language wins over everything.
	forced, err := New(context.Background(), Options{Language: "es"})
	if err != nil {
		t.Fatal(err)
	}
	doc, err = forced.Parse("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Language != "es" {
		t.Errorf("forced: language = %q, want es", doc.Language)
	}
}
