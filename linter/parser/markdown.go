package parser

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/policylint/policylint/linter/document"
)

// markdownParser reads CommonMark with GitHub tables. goldmark keeps the
// source segment of every piece of inline text, which gives exact offsets;
// raw HTML blocks go through the HTML extractor.
type markdownParser struct{}

// Parse implements Parser.
func (markdownParser) Parse(src string, b *document.Builder) (res Result, err error) {
	body, lang := stripFrontMatter(src)
	if body != src {
		frontMatterDates(src, len(src)-len(strings.TrimPrefix(src, "\ufeff")), len(body)-len(strings.TrimLeft(body, " \t\r\n")), b)
	}
	source := blankAttributeLists([]byte(body))
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	root := md.Parser().Parse(text.NewReader(source))
	m := &mdExtractor{src: source, e: &emitter{b: b}}
	m.blocks(root)
	return Result{Language: lang}, nil
}

// stripFrontMatter blanks a leading YAML (---) or TOML (+++) block with
// spaces, keeping line breaks, so that offsets into the result are offsets
// into src, and returns the language it declares.
func stripFrontMatter(src string) (string, string) {
	start := 0
	if strings.HasPrefix(src, "\ufeff") {
		start = len("\ufeff")
	}
	firstEnd := strings.IndexByte(src[start:], '\n')
	if firstEnd < 0 {
		return src, ""
	}
	delim := strings.TrimRight(src[start:start+firstEnd], " \t\r")
	if delim != "---" && delim != "+++" {
		return src, ""
	}
	pos := start + firstEnd + 1
	end := -1
	var lines []string
	for pos < len(src) {
		next := strings.IndexByte(src[pos:], '\n')
		lineEnd := len(src)
		if next >= 0 {
			lineEnd = pos + next
		}
		line := strings.TrimRight(src[pos:lineEnd], " \t\r")
		if line == delim || delim == "---" && line == "..." {
			end = lineEnd
			break
		}
		lines = append(lines, line)
		pos = lineEnd + 1
	}
	if end < 0 || !looksLikeMetadata(lines) {
		return src, ""
	}
	blank := []byte(src)
	for i := 0; i < end; i++ {
		if blank[i] != '\n' && blank[i] != '\r' {
			blank[i] = ' '
		}
	}
	return string(blank), frontMatterLanguage(lines)
}

// dateKey matches the front-matter keys that hold the page's date, which
// static site generators show readers as "Last updated" (Hugo's lastmod,
// Gatsby and Docusaurus sites' lastEdited or date_modified among them).
var dateKey = regexp.MustCompile(`(?i)^(last[_-]?(updated|modified|modified[_-]at|revised|reviewed|edited|mod)|updated([_-]at|[_-]on|[_-]?date)?|modified([_-]?date)?|date[_-]?modified|edited|revised|effective([_-]date)?|date|last[_-]?update)$`)

// frontMatterDates adds the date fields of the front matter (the first
// blanked bytes of src, up to the end of the blanked part) as metadata
// clauses: the policy shows them as its date although they are not text.
func frontMatterDates(src string, bom, blanked int, b *document.Builder) {
	if blanked <= bom {
		return
	}
	pos := bom
	for pos < blanked {
		end := strings.IndexByte(src[pos:], '\n')
		if end < 0 {
			end = len(src) - pos
		}
		line := src[pos : pos+end]
		if i := strings.IndexAny(line, ":="); i > 0 && line[0] != ' ' && line[0] != '\t' {
			key := strings.TrimSpace(line[:i])
			value := strings.Trim(strings.TrimSpace(line[i+1:]), `"'`)
			if dateKey.MatchString(key) && value != "" {
				text := strings.TrimRight(line, " \t\r")
				b.Add(document.Metadata, 0, text, pos, pos+len(text)-1)
			}
		}
		pos += end + 1
	}
}

// looksLikeMetadata tells front matter from a thematic break followed by a
// setext heading: its first line is a key.
func looksLikeMetadata(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		return strings.ContainsAny(l, ":=")
	}
	return true
}

func frontMatterLanguage(lines []string) string {
	for _, l := range lines {
		if l == "" || l[0] == ' ' || l[0] == '\t' {
			continue
		}
		i := strings.IndexAny(l, ":=")
		if i < 0 {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(l[:i])) {
		case "lang", "language", "locale":
			v := strings.TrimSpace(l[i+1:])
			if j := strings.Index(v, " #"); j >= 0 {
				v = v[:j]
			}
			if lang := primaryLanguage(strings.Trim(v, `"'`)); lang != "" {
				return lang
			}
		}
	}
	return ""
}

// blankAttributeLists blanks kramdown attribute lists ("{: #id .class}")
// standing on a line of their own: Jekyll sites use them, and they are
// markup, not text. Blanking keeps every offset.
func blankAttributeLists(src []byte) []byte {
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		line := bytes.TrimSpace(src[start:end])
		if bytes.HasPrefix(line, []byte("{:")) && bytes.HasSuffix(line, []byte("}")) {
			for i := start; i < end; i++ {
				if src[i] != '\r' {
					src[i] = ' '
				}
			}
		}
		start = end + 1
	}
	return src
}

// mdExtractor walks a goldmark tree.
type mdExtractor struct {
	src []byte
	e   *emitter
	// cursor is the end of the last text segment read; text goldmark keeps
	// no segment for (autolink labels) is searched for from there.
	cursor int
}

// walkAST visits nodes in document order without recursion. enter returns
// false to skip a node's children; exit (optional) runs after them.
func walkAST(root ast.Node, enter func(ast.Node) bool, exit func(ast.Node)) {
	type frame struct {
		n    ast.Node
		exit bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.exit {
			exit(f.n)
			continue
		}
		if !enter(f.n) {
			continue
		}
		if exit != nil {
			stack = append(stack, frame{n: f.n, exit: true})
		}
		for c := f.n.LastChild(); c != nil; c = c.PreviousSibling() {
			stack = append(stack, frame{n: c})
		}
	}
}

func (m *mdExtractor) blocks(root ast.Node) {
	walkAST(root, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Heading:
			m.inline(n, document.Heading, n.Level)
		case *ast.Paragraph, *ast.TextBlock:
			m.inline(n, m.kindOf(n), 0)
		case *east.TableCell:
			m.inline(n, document.TableCell, 0)
		case *ast.HTMLBlock:
			m.htmlBlock(n)
		case *ast.CodeBlock:
			m.codeBlock(n)
		case *ast.FencedCodeBlock:
			// A fence without a programming language (```, ```plain,
			// ```text) is how some policies keep an address's line breaks.
			if plainFence[strings.ToLower(string(n.Language(m.src)))] {
				m.codeBlock(n)
			}
		case *ast.ThematicBreak:
		default:
			return true
		}
		return false
	}, nil)
}

// plainFence holds the info strings of fenced blocks that hold text, not
// code.
var plainFence = map[string]bool{"": true, "plain": true, "plaintext": true, "text": true, "txt": true}

// codeBlock keeps a code block whose lines read as prose: in a policy, four
// leading spaces are nearly always stray indentation, not code, and a fence
// without a language keeps an address's lines.
func (m *mdExtractor) codeBlock(n ast.Node) {
	lines := n.Lines()
	var text strings.Builder
	first, last := -1, -1
	flush := func() {
		if first >= 0 && looksLikeProse(text.String()) {
			m.e.add(m.kindOf(n), 0, text.String(), first, last)
		}
		text.Reset()
		first, last = -1, -1
	}
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		line := string(seg.Value(m.src))
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			flush()
			continue
		}
		if first < 0 {
			first = seg.Start + len(line) - len(strings.TrimLeft(line, " \t"))
		}
		body := strings.TrimRight(line, " \t\r\n")
		_, size := utf8.DecodeLastRuneInString(body)
		last = seg.Start + len(body) - size
		text.WriteString(trimmed)
		text.WriteByte(' ')
	}
	flush()
}

// looksLikeProse is true for text of words with no code punctuation.
func looksLikeProse(s string) bool {
	if strings.ContainsAny(s, "{};=<>$`\\") {
		return false
	}
	letters, words := 0, len(strings.Fields(s))
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return words >= 2 && letters*10 >= utf8.RuneCountInString(s)*6
}

// kindOf is ListItem for text inside a list item, else Paragraph.
func (m *mdExtractor) kindOf(n ast.Node) document.Kind {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Kind() == ast.KindListItem {
			return document.ListItem
		}
	}
	return document.Paragraph
}

// inline collects the text of block n and emits it as one clause.
func (m *mdExtractor) inline(n ast.Node, kind document.Kind, level int) {
	var r run
	r.reset()
	bold := 0
	// Searches for text without a segment must not start in a code block
	// skipped before this one.
	if lines := n.Lines(); lines != nil && lines.Len() > 0 {
		m.cursor = max(m.cursor, lines.At(0).Start)
	}
	titles := kind == document.Paragraph && n.Parent() != nil && n.Parent().Kind() == ast.KindDocument
	// A short bold line ending in a hard break ("**Cookies**  \n We use...")
	// titles the rest of the paragraph.
	lineBreak := func() {
		if titles && r.chars && r.allBold && r.first >= 0 && looksLikeTitle(r.text.String()) {
			m.e.b.Add(document.Heading, m.e.pseudoLevel(), r.text.String(), r.first, r.last)
			r.reset()
			return
		}
		r.text.WriteByte(' ')
	}
	walkAST(n, func(c ast.Node) bool {
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			if c.IsRaw() {
				r.appendText(string(seg.Value(m.src)), offsetsFrom(seg.Start, seg.Len()), bold > 0)
			} else {
				s, offs := decodeMarkdown(string(seg.Value(m.src)), seg.Start)
				r.appendText(s, offs, bold > 0)
			}
			m.cursor = max(m.cursor, seg.Stop)
			if c.HardLineBreak() {
				lineBreak()
			} else if c.SoftLineBreak() {
				r.text.WriteByte(' ')
			}
			return false
		case *ast.String:
			r.appendText(string(c.Value), m.find(c.Value), bold > 0)
			return false
		case *ast.AutoLink:
			if c.Pos() > m.cursor {
				m.cursor = c.Pos()
			}
			label := c.Label(m.src)
			r.appendText(string(label), m.find(label), bold > 0)
			target := string(c.URL(m.src))
			if c.AutoLinkType == ast.AutoLinkEmail && !strings.HasPrefix(strings.ToLower(target), "mailto:") {
				target = "mailto:" + target
			}
			r.hrefs = append(r.hrefs, target)
			return false
		case *ast.Link:
			r.hrefs = append(r.hrefs, string(c.Destination))
		case *ast.Emphasis:
			if c.Level >= 2 {
				bold++
			}
		case *ast.RawHTML:
			// Inline tags are markup, but a <br> still separates words.
			if c.Segments.Len() > 0 {
				seg := c.Segments.At(0)
				tag := bytes.ToLower(seg.Value(m.src))
				if bytes.HasPrefix(tag, []byte("<br")) {
					lineBreak()
				}
			}
			return false
		case *ast.Image, *east.TaskCheckBox:
			return false
		}
		return true
	}, func(c ast.Node) {
		if e, ok := c.(*ast.Emphasis); ok && e.Level >= 2 {
			bold--
		}
	})
	if !r.chars || r.first < 0 {
		return
	}
	t := r.text.String()
	if titles && r.allBold && looksLikeTitle(t) {
		m.e.b.Add(document.Heading, m.e.pseudoLevel(), t, r.first, r.last)
		return
	}
	m.e.b.AddLinked(kind, level, t, r.first, r.last, r.hrefs)
	m.e.noteHeading(kind, level)
}

// find locates text that goldmark gives no segment for, searching forward
// from the cursor.
func (m *mdExtractor) find(b []byte) []int {
	if len(b) == 0 || m.cursor > len(m.src) {
		return nil
	}
	i := bytes.Index(m.src[m.cursor:], b)
	if i < 0 {
		return nil
	}
	start := m.cursor + i
	m.cursor = start + len(b)
	return offsetsFrom(start, len(b))
}

func offsetsFrom(start, n int) []int {
	offs := make([]int, n)
	for i := range offs {
		offs[i] = start + i
	}
	return offs
}

// decodeMarkdown resolves backslash escapes and character references in a
// text segment starting at offset start. An escaped character maps to its
// own offset (not the backslash's), so that a clause starts where its text
// does; a reference maps to its "&".
func decodeMarkdown(s string, start int) (string, []int) {
	if !strings.ContainsAny(s, `\&`) {
		return s, offsetsFrom(start, len(s))
	}
	var sb strings.Builder
	offs := make([]int, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
			sb.WriteByte(s[i+1])
			offs = append(offs, start+i+1)
			i += 2
			continue
		}
		if c == '&' {
			if n := referenceLen(s[i:]); n > 0 {
				// html.UnescapeString also decodes a legacy prefix ("&notit;"
				// gives "¬it;"), which CommonMark does not: only a full
				// reference, decoding to one or two code points, counts.
				if u := html.UnescapeString(s[i : i+n]); u != s[i:i+n] && utf8.RuneCountInString(u) <= 2 {
					sb.WriteString(u)
					for range len(u) {
						offs = append(offs, start+i)
					}
					i += n
					continue
				}
			}
		}
		sb.WriteByte(c)
		offs = append(offs, start+i)
		i++
	}
	return sb.String(), offs
}

// referenceLen is the length of the CommonMark character reference at the
// start of s (which must end with ";"), or 0.
func referenceLen(s string) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	i := 1
	digit := func(c byte, hex bool) bool {
		return '0' <= c && c <= '9' || hex && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F')
	}
	if s[i] == '#' {
		i++
		hex := i < len(s) && (s[i] == 'x' || s[i] == 'X')
		if hex {
			i++
		}
		j := i
		for i < len(s) && i-j < 7 && digit(s[i], hex) {
			i++
		}
		if i == j {
			return 0
		}
	} else {
		j := i
		for i < len(s) && i-j < 32 && (digit(s[i], false) || 'a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
			i++
		}
		if i == j {
			return 0
		}
	}
	if i < len(s) && s[i] == ';' {
		return i + 1
	}
	return 0
}

func isASCIIPunct(c byte) bool {
	return c > ' ' && c < 0x7f && !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z')
}

// htmlBlock extracts the text of a raw HTML block. Its lines are one span
// of the source except inside containers, where the container's markers
// (like "> ") are blanked out so that offsets stay those of the source.
func (m *mdExtractor) htmlBlock(n *ast.HTMLBlock) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	segs := make([]text.Segment, 0, lines.Len()+1)
	for i := 0; i < lines.Len(); i++ {
		segs = append(segs, lines.At(i))
	}
	if n.HasClosure() {
		segs = append(segs, n.ClosureLine)
	}
	start, stop := segs[0].Start, segs[0].Stop
	for _, s := range segs {
		start, stop = min(start, s.Start), max(stop, s.Stop)
	}
	if start < 0 || stop > len(m.src) || start >= stop {
		return
	}
	frag := make([]byte, stop-start)
	for i := range frag {
		frag[i] = ' '
		if c := m.src[start+i]; c == '\n' || c == '\r' {
			frag[i] = c
		}
	}
	for _, s := range segs {
		copy(frag[s.Start-start:], m.src[s.Start:s.Stop])
	}
	m.cursor = max(m.cursor, stop)
	kind := document.Paragraph
	if m.kindOf(n) == document.ListItem {
		kind = document.ListItem
	}
	extractFragment(string(frag), start, kind, m.e)
}

// extractFragment emits the clauses of an HTML fragment that starts at
// offset base of the source. The fragment is parsed in a body context and
// placed under a synthetic main element: it is content by definition, so
// header and footer elements in it are not page chrome.
func extractFragment(frag string, base int, kind document.Kind, e *emitter) {
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	var nodes []*html.Node
	frag, err := parseShallow(frag, func(s string) error {
		var err error
		nodes, err = html.ParseFragment(strings.NewReader(s), ctx)
		return err
	})
	if err != nil || len(nodes) == 0 {
		return
	}
	holder := &html.Node{Type: html.ElementNode, Data: "main", DataAtom: atom.Main}
	for _, c := range nodes {
		if c.Parent != nil {
			c.Parent.RemoveChild(c)
		}
		holder.AppendChild(c)
	}
	x := newHTMLExtractor(e, alignText(scanText(frag, base), []*html.Node{holder}))
	x.extract(holder, kind)
}
