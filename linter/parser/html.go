package parser

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/policylint/policylint/linter/document"
)

// htmlParser reads HTML pages. x/net/html builds a correct tree but forgets
// where anything came from, so the source is also tokenized on its own to
// learn the offset of every decoded text character; the tree's text nodes
// are then matched against that stream (see aligner).
type htmlParser struct{}

// Parse implements Parser.
func (htmlParser) Parse(src string, b *document.Builder) (res Result, err error) {
	var root *html.Node
	src, err = parseShallow(src, func(s string) error {
		var err error
		root, err = html.Parse(strings.NewReader(s))
		return err
	})
	if err != nil {
		return Result{}, fmt.Errorf("reading html: %w", err)
	}
	doc := goquery.NewDocumentFromNode(root)
	res = Result{Language: htmlLanguage(doc)}

	x := newHTMLExtractor(&emitter{b: b}, alignText(scanText(src, 0), []*html.Node{root}))
	for _, n := range contentRoots(doc, x) {
		x.extract(n, document.Paragraph)
	}
	return res, nil
}

// parseShallow runs parse on src and, if it fails (x/net/html refuses
// elements nested deeper than 512), on copies of src whose deeper tags are
// blanked out. It returns the source that parsed. Blanking keeps every
// offset, so positions still refer to the original file.
func parseShallow(src string, parse func(string) error) (string, error) {
	err := parse(src)
	if err == nil {
		return src, nil
	}
	for _, limit := range []int{256, 64} {
		flat := flattenDeep(src, limit)
		if parse(flat) == nil {
			return flat, nil
		}
	}
	return src, err
}

// flattenDeep replaces with spaces the tags of elements opened more than
// limit levels deep. Depth is estimated from start and end tags alone,
// which is good enough for input no browser would render sensibly anyway.
func flattenDeep(src string, limit int) string {
	out := []byte(src)
	z := html.NewTokenizer(strings.NewReader(src))
	pos, depth := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		n := len(z.Raw())
		name, _ := z.TagName()
		a := atom.Lookup(name)
		deep := false
		switch {
		case tt == html.StartTagToken && !voidElements[a]:
			depth++
			deep = depth > limit
		case tt == html.EndTagToken && !voidElements[a]:
			deep = depth > limit
			if depth > 0 {
				depth--
			}
		}
		if deep {
			for i := pos; i < pos+n; i++ {
				if out[i] != '\n' && out[i] != '\r' {
					out[i] = ' '
				}
			}
		}
		pos += n
	}
	return string(out)
}

// rawTextElements hold text in which the tokenizer decodes no references.
var rawTextElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Xmp: true, atom.Iframe: true, atom.Noembed: true,
	atom.Noframes: true, atom.Noscript: true, atom.Plaintext: true,
}

var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Keygen: true,
}

// htmlLanguage returns the primary subtag of the <html> element's language.
func htmlLanguage(doc *goquery.Document) string {
	h := doc.Find("html").First()
	lang, ok := h.Attr("lang")
	if !ok || strings.TrimSpace(lang) == "" {
		lang, _ = h.Attr("xml:lang")
	}
	return primaryLanguage(lang)
}

// primaryLanguage turns "de-DE", "en_US" or " FR " into "de", "en", "fr".
func primaryLanguage(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	for _, r := range tag {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return tag
}

// contentRoots picks the part of the page that holds the policy: the main
// element(s) when there are any, else a lone article, else the body. A
// candidate that holds only a sliver of the page's words is ignored, since
// some sites mark a teaser or a hero banner as main and keep the policy
// beside it.
func contentRoots(doc *goquery.Document, x *htmlExtractor) []*html.Node {
	body := doc.Find("body").First()
	if body.Length() == 0 {
		return doc.Nodes
	}
	total := x.visibleWords(body.Nodes[0])
	enough := func(nodes []*html.Node) bool {
		n := 0
		for _, m := range nodes {
			n += x.visibleWords(m)
		}
		return n > 0 && (n*5 >= total || n >= 300)
	}
	outermost := func(sel *goquery.Selection) []*html.Node {
		set := map[*html.Node]bool{}
		for _, n := range sel.Nodes {
			set[n] = true
		}
		var out []*html.Node
		for _, n := range sel.Nodes {
			if x.hiddenOrChrome(n) || insideAny(n, set) {
				continue
			}
			out = append(out, n)
		}
		return out
	}
	if mains := outermost(doc.Find(`main, [role="main"]`)); len(mains) > 0 && enough(mains) {
		return withTitle(body.Nodes[0], mains, x)
	}
	if arts := outermost(doc.Find("article")); len(arts) == 1 && enough(arts) {
		return withTitle(body.Nodes[0], arts, x)
	}
	return body.Nodes
}

// withTitle puts the page's h1 before the content roots when they have none
// of their own: many sites show the policy's title in a banner above the
// article.
func withTitle(body *html.Node, roots []*html.Node, x *htmlExtractor) []*html.Node {
	for _, r := range roots {
		if findH1(r) != nil {
			return roots
		}
	}
	var title *html.Node
	done := false
	walk([]*html.Node{body}, func(m *html.Node) bool {
		if done || m.Type != html.ElementNode {
			return false
		}
		for _, r := range roots {
			if m == r {
				done = true
				return false
			}
		}
		if m != body && x.hiddenOrChrome(m) || m.DataAtom == atom.Footer {
			return false
		}
		if m.DataAtom == atom.H1 {
			if !isLogo(m) {
				title = m
			}
			return false
		}
		return true
	}, nil)
	if title == nil {
		return roots
	}
	return append([]*html.Node{title}, roots...)
}

// isLogo tells a site's name set as a heading that links home (every word
// of it inside a link or an image) from a page title.
func isLogo(h *html.Node) bool {
	logo := true
	walk([]*html.Node{h}, func(m *html.Node) bool {
		if m.Type == html.ElementNode && (m.DataAtom == atom.A || m.DataAtom == atom.Img) {
			return false
		}
		if m.Type == html.TextNode && strings.TrimSpace(m.Data) != "" {
			logo = false
		}
		return logo
	}, nil)
	return logo
}

// insideAny reports whether n has a proper ancestor in set.
func insideAny(n *html.Node, set map[*html.Node]bool) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if set[p] {
			return true
		}
	}
	return false
}

// sourceText is the decoded text of every text token of an HTML source, in
// source order, with the source byte offset of the character each byte of
// text belongs to (for an entity, the offset of its "&").
type sourceText struct {
	text string
	offs []int
}

// scanText tokenizes src and decodes its text tokens the way the tokenizer
// does, keeping offsets. base is added to every offset, for HTML embedded in
// a larger source.
func scanText(src string, base int) sourceText {
	var sb strings.Builder
	// Text is typically a quarter to a third of a page's source; starting
	// there saves most of the copies of growing an offset per byte.
	offs := make([]int, 0, len(src)/3)
	sb.Grow(len(src) / 3)
	z := html.NewTokenizer(strings.NewReader(src))
	pos := 0
	// Text right after <script>, <style> and the like is raw: "&amp;" there
	// stays as it is.
	rawText := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		// Only a text token's source is kept, and copied before Text
		// decodes it in place.
		n := len(z.Raw())
		switch tt {
		case html.TextToken:
			raw := string(z.Raw())
			decoded := string(z.Text())
			sb.WriteString(decoded)
			offs = mapDecoded(offs, raw, decoded, base+pos, !rawText)
		case html.StartTagToken:
			name, _ := z.TagName()
			rawText = rawTextElements[atom.Lookup(name)]
		}
		if tt != html.StartTagToken {
			rawText = false
		}
		pos += n
	}
	return sourceText{text: sb.String(), offs: offs}
}

// mapDecoded appends to offs, for every byte of decoded (the tokenizer's
// Text() of a token whose source bytes are raw, starting at offset start),
// the source offset of the character it came from. The decoding rules (newline
// normalisation, character references, NUL replacement) are replayed by
// comparing both strings; where they cannot be matched up, the rest maps to
// the last known position rather than failing.
func mapDecoded(dst []int, raw, decoded string, start int, references bool) []int {
	base := len(dst)
	dst = slices.Grow(dst, len(decoded))
	offs := dst[base : base+len(decoded)]
	i, j := 0, 0
	for j < len(decoded) {
		if i >= len(raw) {
			break
		}
		c := raw[i]
		switch {
		case c == '\r':
			if decoded[j] != '\n' {
				goto fallback
			}
			offs[j] = start + i
			j++
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
			continue
		case c == '&' && references:
			if n, k := matchReference(raw[i:], decoded[j:]); n > 0 {
				for m := 0; m < k; m++ {
					offs[j+m] = start + i
				}
				i += n
				j += k
				continue
			}
		case c == 0 && strings.HasPrefix(decoded[j:], "\ufffd"):
			for m := 0; m < 3; m++ {
				offs[j+m] = start + i
			}
			i++
			j += 3
			continue
		}
		if raw[i] != decoded[j] {
			goto fallback
		}
		offs[j] = start + i
		i++
		j++
	}
fallback:
	last := start + i
	if i >= len(raw) && len(raw) > 0 {
		last = start + len(raw) - 1
	}
	for ; j < len(decoded); j++ {
		offs[j] = last
	}
	return dst[:base+len(decoded)]
}

// matchReference finds the character reference at the start of raw that
// decodes to the start of decoded. It returns the reference's length in raw
// and the length of what it decodes to, or 0, 0 when raw's "&" is literal.
// The longest reference wins, since "&amp;" and its legacy form "&amp" both
// decode to "&".
func matchReference(raw, decoded string) (int, int) {
	limit := min(len(raw), 40)
	// A reference never holds a second "&".
	if i := strings.IndexByte(raw[1:limit], '&'); i >= 0 {
		limit = i + 1
	}
	for n := limit; n >= 2; n-- {
		u := html.UnescapeString(raw[:n])
		if u == raw[:n] || !strings.HasPrefix(decoded, u) {
			continue
		}
		// A prefix of the reference that decodes while leaving text behind
		// (like "&noti" giving "¬i") is not the reference itself.
		_, size := utf8.DecodeRuneInString(u)
		if tail := u[size:]; utf8.RuneCountInString(u) > 2 || tail != "" && strings.HasSuffix(raw[:n], tail) {
			continue
		}
		return n, len(u)
	}
	return 0, 0
}

// aligner maps the tree's text nodes to offsets in the source.
type aligner struct {
	st sourceText
	// used marks the stream bytes already given to a text node; low is the
	// first byte not known to be used or white space, where searches start.
	used []bool
	low  int
	// last is the end of the latest match. jumped is whether that match
	// passed over unclaimed text, which text moved out of a table does;
	// after is where the next node is looked for first (-1: from low).
	last   int
	jumped bool
	after  int
	offs   map[*html.Node][]int
}

// alignText walks every text node under roots, hidden or not, so that text
// that will be dropped still claims its place (menus repeat words of the
// policy; left unclaimed, they would attract the policy's own text).
func alignText(st sourceText, roots []*html.Node) *aligner {
	a := &aligner{st: st, used: make([]bool, len(st.text)), after: -1, offs: map[*html.Node][]int{}}
	walk(roots, func(n *html.Node) bool {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
			// Text moved out of a table comes in pieces that follow one
			// another in the source, while the table's own cells start back
			// at its beginning.
			a.after = -1
			if a.jumped && !inCell(n) {
				a.after = a.last
			}
			a.offs[n] = a.locate(n.Data)
		}
		return true
	}, nil)
	return a
}

// locate finds d in the decoded stream and returns the offsets of its bytes.
// Text nodes come in source order except when the tree builder moves them
// (text foster-parented out of a table), so each takes the first occurrence
// no earlier node has claimed: in order, that is the next one; for moved
// text, the table's own text is still found where it is. A node the tree
// builder glued together from distant pieces (moved text joining the white
// space before a table, or two moved fragments) is placed as its longest
// leading piece that occurs, then the rest likewise.
func (a *aligner) locate(d string) []int {
	if p := a.search(d); p >= 0 {
		a.claim(p, len(d))
		return a.st.offs[p : p+len(d)]
	}
	offs := make([]int, len(d))
	last := a.guess()
	for i := 0; i < len(d); {
		r, size := utf8.DecodeRuneInString(d[i:])
		if isSpace(r) {
			for k := i; k < i+size; k++ {
				offs[k] = last
			}
			i += size
			continue
		}
		// A prefix occurs wherever a longer one does, so the longest
		// occurring prefix can be found by bisection.
		lo, hi := 0, len(d)-i
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if a.search(d[i:i+mid]) >= 0 {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		for lo > 0 && i+lo < len(d) && !utf8.RuneStart(d[i+lo]) {
			lo--
		}
		if lo == 0 {
			// Not even this character occurs: the tree builder made it up
			// (NUL became U+FFFD, say). Guess from the latest match.
			for k := i; k < i+size; k++ {
				offs[k] = last
			}
			i += size
			continue
		}
		p := a.search(d[i : i+lo])
		a.claim(p, lo)
		copy(offs[i:i+lo], a.st.offs[p:p+lo])
		last = offs[i+lo-1]
		i += lo
	}
	return offs
}

// search returns the first occurrence of d in the stream that no node has
// claimed, or -1.
func (a *aligner) search(d string) int {
	text := a.st.text
	if a.after >= 0 {
		if p := a.searchFrom(a.after, d); p >= 0 {
			return p
		}
	}
	// low skips white space, which may begin d itself.
	from := a.low
	for from > 0 && !a.used[from-1] {
		r, size := utf8.DecodeLastRuneInString(text[:from])
		if !isSpace(r) {
			break
		}
		from -= size
	}
	return a.searchFrom(from, d)
}

// searchFrom returns the first unclaimed occurrence of d at or after from.
func (a *aligner) searchFrom(from int, d string) int {
	text := a.st.text
	for from < len(text) {
		i := strings.Index(text[from:], d)
		if i < 0 {
			return -1
		}
		p := from + i
		if !slices.Contains(a.used[p:p+len(d)], true) {
			return p
		}
		from = p + 1
	}
	return -1
}

// inCell reports whether n is inside a table cell or caption.
func inCell(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Td, atom.Th, atom.Caption:
			return true
		case atom.Table:
			return false
		}
	}
	return false
}

// claim gives n bytes of the stream at p to a node.
func (a *aligner) claim(p, n int) {
	text := a.st.text
	for k := p; k < p+n; k++ {
		a.used[k] = true
	}
	// low is the first unclaimed character that is not white space.
	a.jumped = p > a.low
	a.last = p + n
	for a.low < len(text) {
		if a.used[a.low] {
			a.low++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[a.low:])
		if !isSpace(r) {
			break
		}
		a.low += size
	}
}

// guess is the source offset of the end of the latest match.
func (a *aligner) guess() int {
	if len(a.st.offs) == 0 {
		return 0
	}
	return a.st.offs[min(a.last, len(a.st.offs)-1)]
}

// walk visits the nodes under roots in document order without recursion, so
// that absurdly deep pages cannot exhaust the stack. enter returns false to
// skip a node's children; exit (optional) runs after them.
func walk(roots []*html.Node, enter func(*html.Node) bool, exit func(*html.Node)) {
	type frame struct {
		n    *html.Node
		exit bool
	}
	stack := make([]frame, 0, 64)
	for i := len(roots) - 1; i >= 0; i-- {
		stack = append(stack, frame{n: roots[i]})
	}
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
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
}

// emitter hands blocks to the Builder and remembers the deepest real heading
// level, which bold pseudo-headings are placed under.
type emitter struct {
	b          *document.Builder
	maxHeading int
}

func (e *emitter) add(kind document.Kind, level int, text string, start, end int) {
	e.noteHeading(kind, level)
	e.b.Add(kind, level, text, start, end)
}

// noteHeading records the deepest heading level seen, for pseudoLevel.
func (e *emitter) noteHeading(kind document.Kind, level int) {
	if kind == document.Heading {
		e.maxHeading = max(e.maxHeading, level)
	}
}

// pseudoLevel is the level given to a bold line used as a section title.
func (e *emitter) pseudoLevel() int {
	return min(e.maxHeading+1, 6)
}

// looksLikeTitle tells whether bold text standing alone reads as a section
// title rather than an emphasised sentence.
func looksLikeTitle(text string) bool {
	t := document.Fold(text)
	if t == "" || len(strings.Fields(t)) > 12 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".;,", last)
}

// run is the text of the block being collected.
type run struct {
	text        strings.Builder
	first, last int
	chars       bool
	allBold     bool
	brs         int
	// alnum and linkAlnum count letters and digits, in all and inside
	// links; links counts the links opened in the run.
	alnum, linkAlnum, links int
	// hrefs are the targets of those links.
	hrefs []string
}

func (r *run) reset() {
	r.text.Reset()
	r.first, r.last = -1, -1
	r.chars = false
	r.allBold = true
	r.brs = 0
	r.alnum, r.linkAlnum, r.links = 0, 0, 0
	r.hrefs = r.hrefs[:0]
}

// appendText adds s, whose bytes came from offs (nil when unknown).
func (r *run) appendText(s string, offs []int, bold bool) {
	r.appendLinkText(s, offs, bold, false)
}

func (r *run) appendLinkText(s string, offs []int, bold, link bool) {
	r.text.WriteString(s)
	for k, c := range s {
		if isSpace(c) {
			continue
		}
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			r.alnum++
			if link {
				r.linkAlnum++
			}
		}
		r.brs = 0
		r.chars = true
		if !bold {
			r.allBold = false
		}
		if offs != nil && k < len(offs) {
			if r.first < 0 {
				r.first = offs[k]
			}
			r.last = offs[k]
		}
	}
}

// isSpace matches what document.Fold treats as white space.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' || r == '\u202f'
}

// blockCtx is an element whose text becomes clauses.
type blockCtx struct {
	kind  document.Kind
	level int
	// atomic blocks (headings, paragraphs) keep nested blocks in their own
	// text instead of splitting at them.
	atomic bool
	// titles is whether an all-bold run here may be a pseudo-heading.
	titles bool
}

// htmlExtractor turns an aligned tree into clauses.
type htmlExtractor struct {
	e     *emitter
	a     *aligner
	run   run
	stack []blockCtx
	// nodes opened as a context, so their exit pops it.
	ctxNodes map[*html.Node]bool
	bold     int
	link     int
	inMain   int
	lastOff  int
}

func newHTMLExtractor(e *emitter, a *aligner) *htmlExtractor {
	x := &htmlExtractor{e: e, a: a, ctxNodes: map[*html.Node]bool{}}
	x.run.reset()
	return x
}

// extract emits the clauses of the subtree at n; rootKind is the kind of
// loose text (ListItem for HTML embedded in a Markdown list item).
func (x *htmlExtractor) extract(n *html.Node, rootKind document.Kind) {
	x.stack = append(x.stack[:0], blockCtx{kind: rootKind, titles: rootKind == document.Paragraph})
	x.inMain = 0
	for p := n.Parent; p != nil; p = p.Parent {
		if isMainLike(p) {
			x.inMain++
		}
	}
	walk([]*html.Node{n}, x.enter, x.exit)
	x.flush()
}

func (x *htmlExtractor) top() blockCtx { return x.stack[len(x.stack)-1] }

func (x *htmlExtractor) enter(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		x.text(n)
		return false
	case html.DocumentNode:
		return true
	case html.ElementNode:
	default:
		return false
	}
	if x.skip(n) {
		return false
	}
	if isMainLike(n) {
		x.inMain++
	}
	if isBold(n) {
		x.bold++
	}
	if href := attr(n, "href"); n.DataAtom == atom.A && href != "" {
		x.link++
		x.run.links++
		x.run.hrefs = append(x.run.hrefs, href)
	}
	top := x.top()
	switch {
	case n.DataAtom == atom.Br:
		if top.kind != document.Heading {
			x.run.brs++
			// Two breaks end a paragraph; so does one after a bold title
			// ("<p><b>Cookies</b><br>We use...").
			if x.run.brs >= 2 || x.boldTitle() {
				x.flush()
				return true
			}
		}
		x.run.text.WriteByte(' ')
	case clauseKind(n) != "":
		if top.atomic {
			x.run.text.WriteByte(' ')
			break
		}
		x.flush()
		x.stack = append(x.stack, x.newCtx(n, top))
		x.ctxNodes[n] = true
	case isBlock(n):
		if top.atomic {
			x.run.text.WriteByte(' ')
		} else {
			x.flush()
		}
	}
	return true
}

func (x *htmlExtractor) exit(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	if isMainLike(n) {
		x.inMain--
	}
	if isBold(n) {
		x.bold--
	}
	if n.DataAtom == atom.A && attr(n, "href") != "" {
		x.link--
	}
	if x.ctxNodes[n] {
		x.flush()
		delete(x.ctxNodes, n)
		x.stack = x.stack[:len(x.stack)-1]
		return
	}
	if clauseKind(n) != "" || isBlock(n) {
		if x.top().atomic {
			x.run.text.WriteByte(' ')
		} else {
			x.flush()
		}
	}
}

// newCtx opens the context of clause element n inside parent. Paragraphs
// inside a list item or a table cell keep the item's or cell's kind.
func (x *htmlExtractor) newCtx(n *html.Node, parent blockCtx) blockCtx {
	kind := clauseKind(n)
	c := blockCtx{kind: kind}
	switch kind {
	case document.Heading:
		c.level = int(n.Data[1] - '0')
		c.atomic = true
	case document.Paragraph:
		if parent.kind == document.ListItem || parent.kind == document.TableCell {
			c.kind = parent.kind
		}
		c.atomic = n.DataAtom == atom.P || n.DataAtom == atom.Pre || n.DataAtom == atom.Dt ||
			n.DataAtom == atom.Figcaption || n.DataAtom == atom.Caption || n.DataAtom == atom.Summary
		c.titles = c.kind == document.Paragraph && parent.titles && n.DataAtom != atom.Pre
	}
	return c
}

// text appends a text node. "|||" is the segment separator of the OPP-115
// corpus pages and never prose, so it splits paragraphs.
func (x *htmlExtractor) text(n *html.Node) {
	offs := x.a.offs[n]
	d := n.Data
	for {
		i := strings.Index(d, "|||")
		if i < 0 || x.top().kind == document.Heading {
			x.run.appendLinkText(d, offs, x.bold > 0, x.link > 0)
			return
		}
		x.run.appendLinkText(d[:i], sub(offs, 0, i), x.bold > 0, x.link > 0)
		x.flush()
		d = d[i+3:]
		offs = sub(offs, i+3, len(offs))
	}
}

func sub(offs []int, i, j int) []int {
	if offs == nil || i > j || j > len(offs) {
		return nil
	}
	return offs[i:j]
}

// flush emits the collected run as a clause of the current context.
func (x *htmlExtractor) flush() {
	defer x.run.reset()
	if !x.run.chars {
		return
	}
	text := x.run.text.String()
	start, end := x.run.first, x.run.last
	if start < 0 {
		// No character of the run could be placed; point at the previous
		// clause instead of at the top of the file.
		start, end = x.lastOff, x.lastOff
	}
	x.lastOff = end
	top := x.top()
	kind, level := top.kind, top.level
	if kind == document.Paragraph && x.inMain == 0 && x.run.links >= 2 && x.run.linkAlnum*2 > x.run.alnum {
		// A row of links outside the main content ("blog | docs | terms")
		// is site navigation that no landmark marked as such.
		return
	}
	if x.boldTitle() {
		kind, level = document.Heading, x.e.pseudoLevel()
		x.e.b.Add(kind, level, text, start, end)
		return
	}
	x.e.b.AddLinked(kind, level, text, start, end, x.run.hrefs)
	x.e.noteHeading(kind, level)
}

// boldTitle tells whether the run so far is a bold line that reads as a
// section title.
func (x *htmlExtractor) boldTitle() bool {
	top := x.top()
	return top.kind == document.Paragraph && top.titles && x.run.chars && x.run.allBold &&
		looksLikeTitle(x.run.text.String())
}

// visibleWords counts the words a subtree would contribute.
func (x *htmlExtractor) visibleWords(n *html.Node) int {
	words := 0
	walk([]*html.Node{n}, func(m *html.Node) bool {
		switch m.Type {
		case html.TextNode:
			words += len(strings.Fields(m.Data))
			return false
		case html.ElementNode:
			return m == n || !x.hiddenOrChrome(m)
		}
		return m.Type == html.DocumentNode
	}, nil)
	return words
}

// clauseKind is the kind of clause an element opens, "" when it opens none.
func clauseKind(n *html.Node) document.Kind {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return document.Heading
	case atom.Li, atom.Dd:
		return document.ListItem
	case atom.Td, atom.Th:
		return document.TableCell
	case atom.P, atom.Dt, atom.Blockquote, atom.Pre, atom.Address, atom.Figcaption,
		atom.Caption, atom.Summary, atom.Legend:
		return document.Paragraph
	}
	return ""
}

// isBlock reports elements that separate text without opening a clause.
func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Div, atom.Section, atom.Article, atom.Main, atom.Aside,
		atom.Header, atom.Footer, atom.Nav, atom.Ul, atom.Ol, atom.Dl, atom.Menu, atom.Dir,
		atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Colgroup, atom.Hr,
		atom.Form, atom.Fieldset, atom.Details, atom.Figure, atom.Center, atom.Hgroup,
		atom.Img, atom.Video, atom.Audio, atom.Canvas, atom.Object, atom.Iframe, atom.Listing,
		atom.Xmp, atom.Plaintext, atom.Noscript, atom.Frameset, atom.Frame, atom.Dialog:
		return true
	}
	return false
}

func isMainLike(n *html.Node) bool {
	return n.Type == html.ElementNode &&
		(n.DataAtom == atom.Main || n.DataAtom == atom.Article || attr(n, "role") == "main")
}

// isBold reports elements that render their text bold.
func isBold(n *html.Node) bool {
	switch n.DataAtom {
	case atom.B, atom.Strong:
		return true
	case atom.Span, atom.Font:
		style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
		for _, w := range []string{"font-weight:bold", "font-weight:bolder", "font-weight:600", "font-weight:700", "font-weight:800", "font-weight:900"} {
			if strings.Contains(style, w) {
				return true
			}
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// skip decides whether an element's content is left out; chrome outside
// the main content (page header and footer) is known from x.inMain.
func (x *htmlExtractor) skip(n *html.Node) bool {
	if x.hiddenOrChrome(n) {
		return true
	}
	if x.inMain > 0 {
		return false
	}
	role := strings.ToLower(attr(n, "role"))
	switch {
	case n.DataAtom == atom.Footer || role == "contentinfo":
		return true
	case n.DataAtom == atom.Header || role == "banner":
		// A page header that holds the page's h1 is where simple pages put
		// the policy's title.
		return findH1(n) == nil
	}
	return looksLikeChrome(n)
}

// findH1 returns the first visible h1 under n that is not in a menu.
func findH1(n *html.Node) *html.Node {
	var found *html.Node
	walk([]*html.Node{n}, func(m *html.Node) bool {
		if found != nil || m.Type != html.ElementNode && m.Type != html.DocumentNode {
			return false
		}
		if m.DataAtom == atom.H1 {
			found = m
			return false
		}
		return m == n || m.Type == html.DocumentNode || !skippedElements[m.DataAtom]
	}, nil)
	return found
}

// chromeParts are parts of id and class names ("site-header", "blk--foot",
// "header__logo") that mark page chrome on sites without semantic elements.
var chromeParts = map[string]bool{
	"header": true, "footer": true, "foot": true, "masthead": true, "topbar": true, "navbar": true,
	"nav": true, "navigation": true, "menu": true, "breadcrumb": true, "breadcrumbs": true,
	"sidebar": true, "sitenav": true, "toolbar": true,
}

// looksLikeChrome recognises page header, footer and menus by id or class
// name. Only used outside main and article; a "page-header" that holds the
// page's title or a container holding much text is kept.
func looksLikeChrome(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section && n.DataAtom != atom.Ul &&
		n.DataAtom != atom.Table && n.DataAtom != atom.Span && n.DataAtom != atom.Td {
		return false
	}
	match := false
	for _, name := range strings.Fields(strings.ToLower(attr(n, "id") + " " + attr(n, "class"))) {
		for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r < 'a' || r > 'z' }) {
			if chromeParts[part] {
				match = true
			}
		}
	}
	return match && smallBlock(n)
}

// skippedElements never hold policy text.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Head: true, atom.Title: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Option: true, atom.Input: true,
	atom.Textarea: true, atom.Nav: true, atom.Aside: true, atom.Dialog: true, atom.Frameset: true,
	atom.Noembed: true, atom.Noframes: true, atom.Datalist: true, atom.Meter: true, atom.Progress: true,
}

// skippedRoles are landmarks and widgets of site chrome.
var skippedRoles = map[string]bool{
	"navigation": true, "search": true, "complementary": true, "menu": true, "menubar": true,
	"toolbar": true, "dialog": true, "alertdialog": true, "tablist": true,
}

// skippedClasses are class names (whole tokens) of invisible or
// screen-reader-only text and of breadcrumbs and menus.
var skippedClasses = map[string]bool{
	"hidden": true, "d-none": true, "hide": true, "is-hidden": true, "visually-hidden": true,
	"visuallyhidden": true, "sr-only": true, "screen-reader-text": true, "screen-reader-only": true,
	"skip-link": true, "skip-links": true, "skiplink": true, "skip-to-content": true,
	"breadcrumb": true, "breadcrumbs": true, "navbar": true, "nav-menu": true, "site-nav": true,
	"menu": true, "main-menu": true, "sidebar": true, "share": true, "social-share": true,
	// Permalink and back-to-top anchors next to headings.
	"anchor--link": true, "anchorjs-link": true, "headerlink": true, "header-anchor": true,
	"anchor-link": true, "back-to-top": true, "backtotop": true, "to-top": true, "scroll-top": true,
	"scrolltop": true,
}

// hiddenOrChrome reports elements dropped wherever they appear.
func (x *htmlExtractor) hiddenOrChrome(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if skippedElements[n.DataAtom] || n.Namespace != "" {
		return true
	}
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		case "role":
			if skippedRoles[strings.ToLower(strings.TrimSpace(a.Val))] {
				return true
			}
		case "class":
			for _, c := range strings.Fields(strings.ToLower(a.Val)) {
				if skippedClasses[c] {
					return true
				}
			}
		}
	}
	return isCookieBanner(n)
}

// cookieVendors are id/class fragments of consent tools and banners.
var cookieVendors = []string{
	"onetrust", "ot-sdk", "optanon", "cookiebot", "cybotcookiebot", "truste", "didomi",
	"usercentrics", "tarteaucitron", "cmplz", "borlabs", "iubenda-cs", "qc-cmp", "cookieconsent",
	"cookie-consent", "cookie_consent", "cookielaw", "cookie-law", "cc-banner", "cc-window",
	"cc_banner", "gdpr-banner", "gdpr-consent", "gdpr-cookie", "eu-cookie", "moove_gdpr",
	"cookie-notice", "cookie_notice", "cookienotice", "cookie-banner", "cookie_banner",
	"cookiebanner", "cookie-bar", "cookiebar", "cookie_bar", "cookies-banner", "cookie-popup",
	"consent-banner", "consent-manager", "consent_banner", "cookie-message", "cookie-alert",
	"cookie-overlay", "cookie-modal", "cookie-dialog", "cookies-eu", "cookie-warning", "cookiewarning",
}

// isCookieBanner recognises consent banners by their id or class. A
// section of the policy about cookies may well be called "cookies", so the
// generic words only count next to a banner-like word, and anything holding
// a heading or many words is kept.
func isCookieBanner(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Dialog, atom.Form, atom.P, atom.Span, atom.Ul, 0:
	default:
		return false
	}
	names := strings.ToLower(attr(n, "id") + " " + attr(n, "class"))
	if strings.TrimSpace(names) == "" {
		return false
	}
	match := false
	for _, v := range cookieVendors {
		if strings.Contains(names, v) {
			match = true
			break
		}
	}
	if !match && (strings.Contains(names, "cookie") || strings.Contains(names, "consent") || strings.Contains(names, "gdpr")) {
		for _, w := range []string{"banner", "bar", "notice", "popup", "pop-up", "modal", "dialog", "overlay", "message", "alert", "accept", "notification", "layer", "wall"} {
			if strings.Contains(names, w) {
				match = true
				break
			}
		}
	}
	return match && smallBlock(n)
}

// smallBlock tells whether n holds no h1-h3 heading and few words, as
// chrome does; a policy section that happens to be called "cookies" or
// "header" holds a heading or much text. The walk is bounded so that deep
// nests of such elements stay linear.
func smallBlock(n *html.Node) bool {
	headings, words, nodes := 0, 0, 0
	walk([]*html.Node{n}, func(m *html.Node) bool {
		nodes++
		switch m.Type {
		case html.TextNode:
			words += len(strings.Fields(m.Data))
		case html.ElementNode:
			if m.DataAtom == atom.H1 || m.DataAtom == atom.H2 || m.DataAtom == atom.H3 {
				headings++
			}
			return words < 250 && headings == 0 && nodes < 2000
		}
		return false
	}, nil)
	return headings == 0 && words < 250 && nodes < 2000
}
