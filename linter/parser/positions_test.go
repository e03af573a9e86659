package parser

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/internal/lineoracle"
)

// corpusChecks are, per corpus file, strings of page chrome that must not
// reach any clause and headings the policy must keep.
var corpusChecks = map[string]struct {
	chrome   []string
	headings []string
}{
	"spotify-2018.html": {
		chrome:   []string{"Toggle navigation", "Log In", "Sign up", "Copyright Policy", "Useful links", "© 2018 Spotify AB", "Communities"},
		headings: []string{"Spotify Privacy Policy", "1. Introduction", "8. Data retention and deletion", "14. How to contact us"},
	},
	"keybase-2018.html": {
		chrome:   []string{"install Keybase", "read our blog", "Login", "Search Keybase", "jobs @ keybase"},
		headings: []string{"Keybase – Privacy Policy", "1. COLLECTION OF INFORMATION", "4. COOKIES", "10. CONTACT US"},
	},
	"duckduckgo-2012.html": {
		chrome:   []string{"Try a search!", "[top]", "The search engine that doesn't track you"},
		headings: []string{"We don't collect or share personal information.", "Search Leakage", "Information Collected", "Feedback"},
	},
	"amivi-app.html": {
		chrome:   []string{"Übersicht", "font-family"},
		headings: []string{"Datenschutzerklärung", "Verantwortlicher", "Löschung des Nutzerkontos"},
	},
	"antennapod-es.html": {
		chrome:   []string{"El gestor de podcast flexible", "location.pathname", "Descargar AntennaPod"},
		headings: []string{"Política de privacidad", "Permisos de aplicaciones", "Actualizaciones de esta Política de Privacidad"},
	},
	"chiche-aperogames-fr.html": {
		chrome:   []string{"© Apérogames", "CGU", "border-collapse"},
		headings: []string{"Politique de confidentialité — Chiche !", "1. Qui est responsable du traitement ?", "11. Modifications"},
	},
	"koeb-bilfingen.html": {
		chrome:   []string{"Katholische öffentliche Bücherei Hl. Dreieinigkeit Bilfingen", "jquery"},
		headings: []string{"Datenschutzerklärung", "Server-Log-Files", "Recht auf Datenübertragbarkeit"},
	},
	"labuenaleche-es.html": {
		chrome:   []string{"layout: default", "noindex"},
		headings: []string{"Política de privacidad", "Responsable del tratamiento: ¿Quiénes somos?"},
	},
	"opp115-dogbreedinfo.html": {
		chrome: []string{"|||"},
	},
	"opp115-geocaching.html": {
		chrome:   []string{"|||"},
		headings: []string{"PRIVACY POLICY", "1. WHAT INFORMATION DO WE COLLECT FROM YOU?", "12. CHANGES"},
	},
	"basecamp-2020.md": {
		chrome:   []string{"title: Privacy policy", "description:"},
		headings: []string{"Privacy policy", "What we collect and why"},
	},
	"polymny-studio-fr.md": {
		chrome:   []string{"extra-large-page", "<td>", "is-size-7"},
		headings: []string{"Responsable du traitement", "Traitements mis en oeuvre"},
	},
	"buffer-2019.md": {
		chrome:   []string{"**"},
		headings: []string{"Privacy Policy | Buffer", "2. PERSONAL INFORMATION PROVIDED BY YOU", "Registration"},
	},
	"mozilla-websites-en.md": {
		chrome:   []string{"{:", "datetime="},
		headings: []string{"Websites, Communications & Cookies Privacy Notice"},
	},
}

// TestCorpusPositions checks, for every clause of every policy file in
// testdata (the corpus, the example, any fixture), that its start position
// points at its first word in the original file.
func TestCorpusPositions(t *testing.T) {
	var files []string
	err := filepath.WalkDir(filepath.Join("..", "..", "testdata"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, path := range files {
		name := filepath.Base(path)
		switch filepath.Ext(name) {
		case ".html", ".md", ".txt":
		default:
			continue
		}
		seen++
		rel, _ := filepath.Rel(filepath.Join("..", "..", "testdata"), path)
		t.Run(rel, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			src := string(data)
			format := Detect(name, data)
			doc, _, err := Parse(path, src, format)
			if err != nil {
				t.Fatal(err)
			}
			// A couple of corpus files are one-screen policies; every real
			// policy still has more than a handful of blocks.
			want := 6
			if len(src) < 2000 {
				want = 3
			}
			if len(doc.Clauses) < want {
				t.Errorf("%d clauses, want at least %d", len(doc.Clauses), want)
			}
			lines := lineoracle.Lines(src)
			for _, c := range doc.Clauses {
				checkClausePosition(t, src, lines, format, c)
			}
			checkCorpusContent(t, name, doc.Clauses)
		})
	}
	if seen < 20 {
		t.Fatalf("only %d corpus files found", seen)
	}
}

func checkCorpusContent(t *testing.T, name string, clauses []document.Clause) {
	t.Helper()
	checks, ok := corpusChecks[name]
	if !ok {
		return
	}
	headings := map[string]bool{}
	for _, c := range clauses {
		for _, s := range checks.chrome {
			if strings.Contains(c.Text, s) {
				t.Errorf("clause %d (%s) holds page chrome %q: %q", c.ID, c.Kind, s, c.Text)
			}
		}
		if c.Kind == document.Heading {
			headings[c.Text] = true
		}
	}
	for _, h := range checks.headings {
		if !headings[h] {
			t.Errorf("heading %q missing", h)
		}
	}
}

func checkClausePosition(t *testing.T, src string, lines []lineoracle.Span, format string, c document.Clause) {
	t.Helper()
	if c.Start.Line < 1 || c.Start.Line > len(lines) {
		t.Errorf("clause %d starts on line %d of %d", c.ID, c.Start.Line, len(lines))
		return
	}
	if c.End.Line < c.Start.Line || c.End.Line == c.Start.Line && c.End.Column < c.Start.Column {
		t.Errorf("clause %d ends at %v, before its start %v", c.ID, c.End, c.Start)
	}
	line := lines[c.Start.Line-1]
	off := line.Start
	for col := 1; col < c.Start.Column; col++ {
		if off >= line.End {
			t.Errorf("clause %d: column %d is past the end of line %d", c.ID, c.Start.Column, c.Start.Line)
			return
		}
		_, size := utf8.DecodeRuneInString(src[off:])
		off += size
	}
	word := strings.Fields(c.Text)[0]
	if got, ok := visibleAt(src, off, format, word); !ok {
		t.Errorf("clause %d (%s) at %d:%d starts with %q, but the source there reads %q",
			c.ID, c.Kind, c.Start.Line, c.Start.Column, word, got)
	}
}

// visibleAt tells whether the source at off reads word. The first character
// must be the word's first, exactly at off (or the character reference that
// decodes to it); after it, markup inside the word is passed over: tags in
// HTML, emphasis and escapes in Markdown. It returns what it read.
func visibleAt(src string, off int, format, word string) (string, bool) {
	var read strings.Builder
	want := word
	first := true
	for i := off; i < len(src) && want != ""; {
		r, n := nextChar(src[i:], format)
		if !strings.HasPrefix(want, r) {
			// "_" and "*" may be text or markup: text is tried first.
			if m := markupLen(src[i:], format); !first && m > 0 {
				i += m
				continue
			}
			read.WriteString(r)
			return read.String(), false
		}
		read.WriteString(r)
		want = want[len(r):]
		i += n
		first = false
	}
	return read.String(), want == ""
}

// markupLen is the length of markup starting src that is not text.
func markupLen(src, format string) int {
	switch format {
	case HTML, Markdown:
		if strings.HasPrefix(src, "<!--") {
			if end := strings.Index(src, "-->"); end >= 0 {
				return end + 3
			}
		}
		if len(src) > 1 && src[0] == '<' && (src[1] == '/' || src[1] >= 'a' && src[1] <= 'z' || src[1] >= 'A' && src[1] <= 'Z') {
			if end := strings.IndexByte(src, '>'); end >= 0 {
				return end + 1
			}
		}
		if format == Markdown && strings.HasPrefix(src, "](") {
			// The destination of a link whose text ends inside the word.
			if end := strings.IndexByte(src, ')'); end >= 0 {
				return end + 1
			}
		}
		if format == Markdown && len(src) > 0 && strings.IndexByte("*_`~[]", src[0]) >= 0 {
			return 1
		}
	}
	return 0
}

// nextChar decodes one visible character at the start of src: a character
// reference in HTML and Markdown, a backslash escape in Markdown.
func nextChar(src, format string) (string, int) {
	if format != Text && src[0] == '&' {
		for n := min(len(src), 40); n >= 3; n-- {
			// CommonMark only knows references ending in ";".
			if format == Markdown && src[n-1] != ';' {
				continue
			}
			if u := html.UnescapeString(src[:n]); u != src[:n] && utf8.RuneCountInString(u) == 1 {
				return u, n
			}
		}
	}
	if format == Markdown && src[0] == '\\' && len(src) > 1 && isASCIIPunct(src[1]) {
		return src[1:2], 2
	}
	_, n := utf8.DecodeRuneInString(src)
	return src[:n], n
}
