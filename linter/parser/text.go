package parser

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/suppress"
)

// textParser reads plain-text policies. Most of them are text copied or
// extracted from web pages, so the markup is gone and headings, list items
// and paragraphs have to be told apart by the shape of the lines alone.
//
// The parser works in three passes: lines are grouped into blocks (a blank
// line, a list marker or a finished sentence ends a block), blocks are
// classified (a heading is recognised by its form and by what follows it),
// and heading levels are given by heading style, the way reStructuredText
// does: each new style (numbered "1.", "2.1", ALL CAPS, title-like line,
// underlined...) gets the level below the innermost open section when it is
// first seen and keeps it for the rest of the document.
type textParser struct{}

// Parse implements Parser. Plain text declares no language.
func (textParser) Parse(src string, b *document.Builder) (Result, error) {
	d := newTextDoc(src)
	d.group()
	d.classify()
	d.emit(b)
	return Result{}, nil
}

// txtLine is one line of the source.
type txtLine struct {
	start  int // offset of the line's first byte
	first  int // offset of the first visible character
	last   int // offset just after the last visible character
	indent int // visual width of the leading white space
	width  int // code points from the line start to last
	blank  bool
}

type txtMarkKind int

const (
	txtNoMark   txtMarkKind = iota
	txtBullet               // • - * –
	txtNumber               // 1. 1) 2.1 2.1.3
	txtRoman                // IV.
	txtAlpha                // A.
	txtSection              // Section 4 - / Article 5: / § 3
	txtItemOnly             // a) (i) (1): only ever list items
	txtHash                 // # Title
)

// txtMark is the marker a line starts with.
type txtMark struct {
	kind  txtMarkKind
	depth int // numbers in "2.1.3", hashes in "##"
	num   int // value of the last number, to tell a list's next item
	sep   byte
	text  int // offset of the text after the marker
}

// txtBlock is a run of lines that becomes one clause.
type txtBlock struct {
	first, last int // line indices
	mark        txtMark
	indent      int
	start       int // offset of the first visible character, marker included
	body        int // offset of the text after the marker
	end         int // offset just after the last visible character
	blankBefore bool
	setext      byte // '=' or '-' when the next line underlines this one
	text        string
	words       int

	kind     document.Kind
	heading  bool
	anchored bool // a heading because body text follows, not because a heading does
	title    bool
	style    string
	level    int
}

type txtDoc struct {
	src            string
	lines          []txtLine
	blocks         []txtBlock
	blankSeparated bool // blocks are mostly separated by blank lines
	wrapWidth      int  // >0 when the text is hard-wrapped at about this width
	minIndent      int
}

func newTextDoc(src string) *txtDoc {
	d := &txtDoc{src: src}
	d.lines = txtSplitLines(src)
	d.measure()
	return d
}

// txtSplitLines splits at "\n", "\r\n" and a lone "\r", as LineIndex does.
func txtSplitLines(src string) []txtLine {
	var lines []txtLine
	start := 0
	for {
		end := start
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
		lines = append(lines, txtMakeLine(src, start, end))
		if end >= len(src) {
			return lines
		}
		if src[end] == '\r' && end+1 < len(src) && src[end+1] == '\n' {
			end++
		}
		start = end + 1
	}
}

func txtMakeLine(src string, start, end int) txtLine {
	l := txtLine{start: start, first: end, last: end}
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(src[i:end])
		if !txtIsSpace(r) {
			break
		}
		switch r {
		case '\t':
			l.indent = (l.indent/4 + 1) * 4
		case '\ufeff', '\u200b', '\u2060':
			// zero width: a BOM or a stray joiner does not indent
		default:
			l.indent++
		}
		i += size
	}
	// A suppression directive is an instruction to policylint, not policy
	// text: the line reads as blank, so it neither becomes a clause nor
	// joins the paragraph next to it.
	if i >= end || suppress.IsDirectiveLine(src[i:end]) {
		l.blank = true
		l.first, l.last = start, start
		return l
	}
	l.first = i
	j := end
	for j > i {
		r, size := utf8.DecodeLastRuneInString(src[i:j])
		if !txtIsSpace(r) {
			break
		}
		j -= size
	}
	l.last = j
	l.width = utf8.RuneCountInString(src[start:j])
	return l
}

// txtIsSpace matches what document.Fold treats as white space.
func txtIsSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' || r == '\u202f' || r == '\u2060'
}

func (d *txtDoc) lineText(l txtLine) string { return d.src[l.first:l.last] }

// measure learns how the document separates its blocks: by blank lines, by
// line breaks alone (text extracted from web pages), or by blank lines in
// hard-wrapped text where a paragraph spans many lines.
func (d *txtDoc) measure() {
	nonBlank, blankAfter, pairs, lowerCont := 0, 0, 0, 0
	var widths []int
	d.minIndent = -1
	for i, l := range d.lines {
		if l.blank {
			continue
		}
		nonBlank++
		widths = append(widths, l.width)
		if d.minIndent < 0 || l.indent < d.minIndent {
			d.minIndent = l.indent
		}
		if i+1 >= len(d.lines) {
			continue
		}
		next := d.lines[i+1]
		if next.blank {
			blankAfter++
			continue
		}
		if d.marker(next).kind != txtNoMark {
			continue
		}
		pairs++
		if !txtEndsSentence(d.lineText(l)) && txtStartsLower(d.lineText(next)) {
			lowerCont++
		}
	}
	if d.minIndent < 0 {
		d.minIndent = 0
	}
	d.blankSeparated = nonBlank > 0 && blankAfter*3 >= nonBlank
	// Wrapped text breaks mostly before lowercase words; text with one
	// paragraph a line almost never does.
	if lowerCont >= 3 && lowerCont*4 >= pairs {
		sort.Ints(widths)
		if w := widths[len(widths)*9/10]; w <= 120 {
			d.wrapWidth = w
		}
	}
}

var (
	txtNumRe     = regexp.MustCompile(`^(\d{1,3})((?:\.\d{1,3})*)([.)])?[ \t\p{Zs}]+`)
	txtRomanRe   = regexp.MustCompile(`^([IVXLC]{1,7})([.)])[ \t\p{Zs}]+`)
	txtRomanOK   = regexp.MustCompile(`^(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$`)
	txtAlphaRe   = regexp.MustCompile(`^([A-Z])([.)])[ \t\p{Zs}]+`)
	txtItemRe    = regexp.MustCompile(`^(?:\((?:[a-z]{1,4}|\d{1,3}|[A-Z])\)|(?:[a-z]|[ivx]{1,5})[.)])[ \t\p{Zs}]+`)
	txtHashRe    = regexp.MustCompile(`^(#{1,6})(?:[ \t\p{Zs}]+|$)`)
	txtSectionRe = regexp.MustCompile(`^(?i:section|article|chapter|part|abschnitt|artikel|kapitel|chapitre|artículo|articolo|sección|capítulo|capitolo|hoofdstuk|rozdział|§)[ \t\p{Zs}]*(\d{1,3}[a-z]?)((?:\.\d{1,3})*)[ \t\p{Zs}]*(?:[-–—:.)][ \t\p{Zs}]*)?`)
)

// txtBullets can stand right before the text; ASCII markers need a space
// after them so that "-5%" or "*emphasis*" are not list items.
const (
	txtBullets      = "•◦▪‣●○■□▫►▸▹➢➤✓✔·∙⁃"
	txtSpacedBullet = "-*+–"
)

func (d *txtDoc) marker(l txtLine) txtMark {
	if l.blank {
		return txtMark{}
	}
	s := d.src[l.first:l.last]
	head := s
	if len(head) > 96 {
		head = head[:96]
	}
	r, size := utf8.DecodeRuneInString(s)
	if r == '#' {
		if m := txtHashRe.FindStringSubmatch(head); m != nil {
			return txtMark{kind: txtHash, depth: len(m[1]), text: d.skipSpace(l.first+len(m[0]), l.last)}
		}
	}
	if strings.ContainsRune(txtBullets, r) || strings.ContainsRune(txtSpacedBullet, r) {
		rest := s[size:]
		nr, _ := utf8.DecodeRuneInString(rest)
		if rest == "" {
			// A marker alone on its line: the item's text, if any, is on
			// the indented lines below.
			return txtMark{kind: txtBullet, text: l.last}
		}
		if strings.ContainsRune(txtBullets, r) || txtIsSpace(nr) {
			return txtMark{kind: txtBullet, text: d.skipSpace(l.first+size, l.last)}
		}
		return txtMark{}
	}
	if m := txtSectionRe.FindStringSubmatchIndex(head); m != nil {
		t := d.skipSpace(l.first+m[1], l.last)
		if t < l.last {
			if fr, _ := utf8.DecodeRuneInString(d.src[t:l.last]); unicode.IsUpper(fr) {
				n, _ := strconv.Atoi(strings.TrimRight(head[m[2]:m[3]], "abcdefghijklmnopqrstuvwxyz"))
				return txtMark{kind: txtSection, depth: 1 + strings.Count(head[m[4]:m[5]], "."), num: n, text: t}
			}
		}
	}
	if m := txtNumRe.FindStringSubmatch(head); m != nil {
		depth := 1 + strings.Count(m[2], ".")
		// "1 day" is not a list item; "2.1 Cookies" is a numbered heading.
		if m[3] != "" || depth > 1 {
			nums := strings.Split(m[1]+m[2], ".")
			n, _ := strconv.Atoi(nums[len(nums)-1])
			var sep byte
			if m[3] != "" {
				sep = m[3][0]
			}
			if t := d.skipSpace(l.first+len(m[0]), l.last); t < l.last {
				return txtMark{kind: txtNumber, depth: depth, num: n, sep: sep, text: t}
			}
		}
		return txtMark{}
	}
	if m := txtRomanRe.FindStringSubmatch(head); m != nil && txtRomanOK.MatchString(m[1]) &&
		(len(m[1]) > 1 || m[1] == "I" || m[1] == "V" || m[1] == "X") {
		if t := d.skipSpace(l.first+len(m[0]), l.last); t < l.last {
			return txtMark{kind: txtRoman, depth: 1, num: txtRomanValue(m[1]), sep: m[2][0], text: t}
		}
	}
	if m := txtAlphaRe.FindStringSubmatch(head); m != nil {
		if t := d.skipSpace(l.first+len(m[0]), l.last); t < l.last {
			return txtMark{kind: txtAlpha, depth: 1, num: int(m[1][0] - 'A' + 1), sep: m[2][0], text: t}
		}
	}
	if m := txtItemRe.FindString(head); m != "" {
		if t := d.skipSpace(l.first+len(m), l.last); t < l.last {
			return txtMark{kind: txtItemOnly, text: t}
		}
	}
	return txtMark{}
}

func txtRomanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	n := 0
	for i := 0; i < len(s); i++ {
		v := vals[s[i]]
		if i+1 < len(s) && vals[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

func (d *txtDoc) skipSpace(i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(d.src[i:end])
		if !txtIsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// ruleChar returns the character of a horizontal rule or underline line
// ("=====", "-----", "* * *"), 0 for any other line.
func (d *txtDoc) ruleChar(l txtLine) byte {
	if l.blank {
		return 0
	}
	var c rune
	n := 0
	for _, r := range d.lineText(l) {
		if txtIsSpace(r) {
			continue
		}
		if !strings.ContainsRune("-=_*~─━═", r) || (c != 0 && r != c) {
			return 0
		}
		c = r
		n++
	}
	if n < 3 {
		return 0
	}
	switch c {
	case '=', '═':
		return '='
	case '-', '─', '━':
		return '-'
	}
	return '*'
}

func txtListLike(k txtMarkKind) bool {
	return k == txtBullet || k == txtNumber || k == txtRoman || k == txtAlpha || k == txtItemOnly
}

// group splits the lines into blocks.
func (d *txtDoc) group() {
	brk := true // the start of the text counts as a blank line
	for i := 0; i < len(d.lines); i++ {
		l := d.lines[i]
		if l.blank {
			brk = true
			continue
		}
		if c := d.ruleChar(l); c != 0 {
			if (c == '=' || c == '-') && !brk && len(d.blocks) > 0 {
				pb := &d.blocks[len(d.blocks)-1]
				if pb.first == pb.last && pb.last == i-1 && pb.mark.kind == txtNoMark && pb.setext == 0 {
					pb.setext = c
				}
			}
			brk = true
			continue
		}
		b := txtBlock{first: i, last: i, mark: d.marker(l), indent: l.indent, blankBefore: brk}
		brk = false
		if b.mark.kind != txtHash {
			for i+1 < len(d.lines) {
				nx := d.lines[i+1]
				if nx.blank || d.ruleChar(nx) != 0 || d.marker(nx).kind != txtNoMark {
					break
				}
				if !d.continues(&b, d.lines[i], nx) {
					break
				}
				i++
				b.last = i
			}
		}
		d.blocks = append(d.blocks, b)
	}
}

// continues tells whether line nx carries on block b, whose last line so far
// is prev.
func (d *txtDoc) continues(b *txtBlock, prev, nx txtLine) bool {
	pt, nt := d.lineText(prev), d.lineText(nx)
	if txtListLike(b.mark.kind) && nx.indent > b.indent {
		// An indented line under a list item belongs to it, except under a
		// numbered line that reads as a heading: "1. Scope" over an
		// indented sentence is a heading and its first paragraph.
		if b.mark.kind == txtBullet || b.mark.kind == txtItemOnly || b.first != b.last ||
			!txtTitleLike(d.src[b.mark.text:prev.last]) || txtStartsLower(nt) {
			return true
		}
	}
	ended := txtEndsSentence(pt)
	if !ended && txtStartsLower(nt) {
		return true
	}
	if d.wrapWidth == 0 {
		return false
	}
	// In hard-wrapped text set off by blank lines, a paragraph runs to the
	// next blank line; only a heading run into its body stays apart.
	if d.blankSeparated {
		return b.first != b.last || !txtTitleLike(pt)
	}
	// Without blank lines, a line that reaches about the wrap width was
	// broken by the wrapping, a shorter one by the author.
	return !ended && prev.width*10 >= d.wrapWidth*6
}

// classify decides what each block is.
func (d *txtDoc) classify() {
	for i := range d.blocks {
		b := &d.blocks[i]
		fl, ll := d.lines[b.first], d.lines[b.last]
		b.start, b.body, b.end = fl.first, fl.first, ll.last
		if b.mark.kind != txtNoMark && b.mark.kind != txtSection {
			b.body = b.mark.text
			if b.body >= fl.last && b.last > b.first {
				b.body = d.lines[b.first+1].first
			}
		}
		if b.mark.kind == txtHash {
			// "## Title ##": the closing hashes are decoration.
			t := d.src[b.body:b.end]
			if c := strings.TrimRight(t, "#"); len(c) < len(t) && (c == "" || strings.TrimRightFunc(c, txtIsSpace) != c) {
				b.end = b.body + len(strings.TrimRightFunc(c, txtIsSpace))
			}
		}
		if b.mark.kind == txtSection {
			b.text = document.Fold(d.src[b.mark.text:b.end])
		} else {
			b.text = document.Fold(d.src[b.body:b.end])
		}
		b.words = len(strings.Fields(b.text))
		b.kind = document.Paragraph
	}
	d.classifyMarked()
	d.classifyBulletHeadings()
	d.classifyPlain()
	d.pickTitle()
	d.assignLevels()
}

func (d *txtDoc) setHeading(b *txtBlock, style string, anchored bool) {
	b.kind = document.Heading
	b.heading = true
	b.anchored = anchored
	b.style = style
}

// classifyMarked classifies the blocks that start with a marker.
func (d *txtDoc) classifyMarked() {
	for i := range d.blocks {
		b := &d.blocks[i]
		switch b.mark.kind {
		case txtHash:
			d.setHeading(b, "#"+strconv.Itoa(b.mark.depth), true)
		case txtBullet, txtItemOnly:
			b.kind = document.ListItem
		case txtNumber, txtRoman, txtAlpha:
			if d.numberedHeading(i) {
				style := map[txtMarkKind]string{txtNumber: "n", txtRoman: "R", txtAlpha: "A"}[b.mark.kind]
				if b.mark.kind == txtNumber {
					style += strconv.Itoa(b.mark.depth)
				}
				d.setHeading(b, style, true)
			} else {
				b.kind = document.ListItem
			}
		case txtSection:
			if b.first == b.last && txtTitleLike(b.text) {
				d.setHeading(b, "S"+strconv.Itoa(b.mark.depth), true)
			}
		default:
			if b.setext != 0 {
				d.setHeading(b, "u"+string(b.setext), true)
			}
		}
	}
}

func txtSameSeq(a, b txtMark) bool {
	return a.kind == b.kind && a.depth == b.depth && a.sep == b.sep
}

// numberedHeading tells a numbered heading ("3. How We Use Data", followed
// by its body) from a numbered list item (a sentence, a line under "...:",
// or one of a run of consecutive numbers).
func (d *txtDoc) numberedHeading(i int) bool {
	b := &d.blocks[i]
	if b.first != b.last || !txtTitleLike(b.text) || b.words > 14 {
		return false
	}
	if i > 0 {
		p := &d.blocks[i-1]
		if p.kind == document.Paragraph && txtLastRune(p.text) == ':' {
			return false
		}
		if p.kind == document.ListItem && txtSameSeq(p.mark, b.mark) && p.mark.num+1 == b.mark.num {
			return false
		}
	}
	if i+1 >= len(d.blocks) {
		return false
	}
	n := &d.blocks[i+1]
	if txtSameSeq(n.mark, b.mark) && n.mark.num == b.mark.num+1 {
		return false
	}
	return true
}

// classifyBulletHeadings finds bullets that introduce an indented section
// rather than a list item: "• Analytics", then, indented below it after a
// blank line, paragraphs and sub-headings (iubenda-generated policies).
func (d *txtDoc) classifyBulletHeadings() {
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.mark.kind != txtBullet || b.first != b.last || b.words > 10 || !txtTitleLike(b.text) {
			continue
		}
		if i+1 >= len(d.blocks) || !d.blocks[i+1].blankBefore || d.blocks[i+1].mark.kind != txtNoMark {
			continue
		}
		n := 0
		for j := i + 1; j < len(d.blocks) && d.blocks[j].indent > b.indent && n < 2; j++ {
			n++
		}
		if n >= 2 {
			d.setHeading(b, "•", true)
		}
	}
}

// classifyPlain decides which unmarked single lines are headings. It runs
// backwards because a line is a heading when what follows it is body text,
// or a heading that has body text (a subheading right under its section's
// heading).
func (d *txtDoc) classifyPlain() {
	for i := len(d.blocks) - 1; i >= 0; i-- {
		b := &d.blocks[i]
		if b.kind != document.Paragraph || b.mark.kind != txtNoMark || b.first != b.last || i+1 >= len(d.blocks) {
			continue
		}
		if !txtTitleLike(b.text) {
			continue
		}
		n := &d.blocks[i+1]
		caps := txtAllCaps(b.text)
		ratio := txtTitleRatio(b.text)
		style := "T"
		if caps {
			style = "C"
		}
		if b.indent > d.minIndent {
			style += "/i"
		}
		// Where headings are set off by blank lines, one run into its body
		// is a lesser heading (bold text at the start of a paragraph).
		if d.blankSeparated && !n.blankBefore {
			style += "/a"
		}
		switch {
		case n.heading:
			if n.anchored && txtLastRune(b.text) != '?' && b.words <= 12 && (!d.blankSeparated || n.blankBefore) && d.afterBreak(i) {
				d.setHeading(b, style, false)
			}
		case caps, i == 0 && txtNamesPolicy(b.text):
			d.setHeading(b, style, true)
		case d.strongBody(n):
			if ratio >= 0.6 || d.introduces(b, n) {
				d.setHeading(b, style, true)
			}
		default:
			// "Contact" over "Email: privacy@example.com" is a heading; a
			// short line over another short title-like line is a row of
			// links or labels.
			if b.words <= 5 && ratio >= 0.6 && !txtTitleLike(n.text) {
				d.setHeading(b, style, true)
			}
		}
	}
}

// afterBreak tells whether block i starts after a finished block: the
// start of the text, a heading, a list item, a finished sentence or a
// "Label: value" line. A short line after an unfinished one is more likely
// a link or button label on a web page than a section heading.
func (d *txtDoc) afterBreak(i int) bool {
	if i == 0 {
		return true
	}
	p := &d.blocks[i-1]
	if p.kind != document.Paragraph || p.mark.kind != txtNoMark || txtEndsSentence(p.text) {
		return true
	}
	c := strings.Index(p.text, ": ")
	return c > 0 && len(strings.Fields(p.text[:c])) <= 5
}

// strongBody tells whether a block reads as body text: a list item, a
// finished sentence or a long run of words. A short question is not: on web
// pages it is a call to action ("Didn't find what you were looking for?").
func (d *txtDoc) strongBody(n *txtBlock) bool {
	if n.kind == document.ListItem || n.words >= 10 {
		return true
	}
	return txtEndsSentence(n.text) && txtLastRune(n.text) != '?'
}

// introduces tells whether a sentence-case line b reads as the heading of
// the body n below it rather than as a sentence missing its period: it is
// short and n is clearly longer and finished.
func (d *txtDoc) introduces(b, n *txtBlock) bool {
	if b.words > 12 {
		return false
	}
	if n.kind == document.ListItem {
		return b.words <= 6
	}
	if txtLastRune(b.text) == '?' {
		// "How do we use your information?" over its answer.
		return txtEndsSentence(n.text) && txtLastRune(n.text) != '?'
	}
	return txtEndsSentence(n.text) && 2*utf8.RuneCountInString(n.text) >= 3*utf8.RuneCountInString(b.text)
}

// txtTitleWords mark the first line of a document as its title.
var txtTitleWords = []string{
	"privacy", "policy", "notice", "statement", "gdpr", "datenschutz", "dsgvo", "confidentialité",
	"données personnelles", "rgpd", "privacidad", "privacidade", "protección de datos", "riservatezza",
	"informativa", "privacyverklaring", "privacybeleid", "integritet", "personuppgift", "privatliv",
	"persondata", "prywatności", "rodo", "política", "politique",
}

// pickTitle makes the first block the document's title (level 1) when it is
// a heading that names the document or sits right above another heading.
// Otherwise the first heading is an ordinary section heading, so that a
// policy starting with "Introduction" does not nest every later section
// under it.
func (d *txtDoc) pickTitle() {
	if len(d.blocks) == 0 {
		return
	}
	b := &d.blocks[0]
	if !b.heading || (b.mark.kind != txtNoMark && !(b.mark.kind == txtHash && b.mark.depth == 1)) {
		return
	}
	if len(d.blocks) > 1 && d.blocks[1].heading && !b.anchored && !txtNamesPolicy(b.text) &&
		d.blocks[1].mark.kind == txtNoMark && txtNamesPolicy(d.blocks[1].text) {
		// "Legal" above "Privacy Policy" is a breadcrumb or eyebrow line, not
		// the title.
		b.heading, b.kind, b.style = false, document.Paragraph, ""
		d.blocks[1].title = true
		return
	}
	if txtNamesPolicy(b.text) || (len(d.blocks) > 1 && d.blocks[1].heading) {
		b.title = true
	}
}

func txtNamesPolicy(s string) bool {
	lower := strings.ToLower(s)
	for _, w := range txtTitleWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// assignLevels gives each heading style a level when it is first seen: one
// below the innermost open heading. Numbered headings nest by the depth of
// their number, and a first numbered style is placed under the title or
// numbered heading it is in, not under an unnumbered one: "Introduction"
// before "1. Scope" is its sibling. An unnumbered heading right under
// another heading, with no body between them, is its subheading.
func (d *txtDoc) assignLevels() {
	type open struct {
		level    int
		numbered bool
	}
	styleLevel := map[string]int{}
	var stack []open
	prev := 0 // level of the previous block when it was a heading
	for i := range d.blocks {
		b := &d.blocks[i]
		if !b.heading {
			if b.text != "" {
				prev = 0
			}
			continue
		}
		numbered := strings.ContainsRune("nRAS#", rune(b.style[0]))
		lvl := 1
		switch {
		case b.title:
		case b.mark.kind == txtHash:
			// "#" counts give the level outright, below a title written in
			// another style.
			lvl = b.mark.depth
			for k := 0; k < i && k < 2; k++ {
				if d.blocks[k].title && d.blocks[k].mark.kind != txtHash {
					lvl++
				}
			}
		default:
			l, ok := styleLevel[b.style]
			if !ok {
				l = 2
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].numbered || !numbered {
						l = stack[k].level + 1
						break
					}
				}
				if depth := b.mark.depth; depth > 1 && strings.ContainsRune("nS", rune(b.style[0])) {
					if pl, ok := styleLevel[b.style[:1]+strconv.Itoa(depth-1)]; ok {
						l = pl + 1
					}
				}
				styleLevel[b.style] = l
			}
			lvl = l
			if prev > 0 && !numbered && lvl <= prev {
				lvl = prev + 1
			}
		}
		lvl = min(max(lvl, 1), 6)
		for len(stack) > 0 && stack[len(stack)-1].level >= lvl {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, open{level: lvl, numbered: numbered || b.title})
		b.level = lvl
		prev = lvl
	}
}

func (d *txtDoc) emit(bld *document.Builder) {
	for i := range d.blocks {
		b := &d.blocks[i]
		start := b.body
		end := b.end
		if b.kind == document.Heading {
			// A heading keeps its number ("3. How We Use Data"); a list
			// item loses its marker as it does in HTML and Markdown.
			switch b.mark.kind {
			case txtNumber, txtRoman, txtAlpha, txtSection:
				start = b.start
			}
			end = min(end, d.lines[b.first].last)
		}
		if b.kind == document.Paragraph {
			start = b.start
		}
		if end <= start {
			continue
		}
		_, size := utf8.DecodeLastRuneInString(d.src[start:end])
		bld.Add(b.kind, b.level, d.src[start:end], start, end-size)
	}
}

// txtClosers may follow a sentence's final punctuation. Brackets are not
// among them: "(Amazon Web Services, Inc.)" ends a heading, not a sentence.
const txtClosers = "\"'”’»"

// txtLastRune is the last character of s that is not a closing quote.
func txtLastRune(s string) rune {
	s = strings.TrimRightFunc(s, txtIsSpace)
	for s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if !strings.ContainsRune(txtClosers, r) {
			return r
		}
		s = s[:len(s)-size]
	}
	return 0
}

// txtEndsSentence tells whether s ends with sentence punctuation (or the
// colon that introduces a list).
func txtEndsSentence(s string) bool {
	return strings.ContainsRune(".!?:;…。！？", txtLastRune(s))
}

// txtFirstLetter is the first letter or digit of s.
func txtFirstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		if !strings.ContainsRune(`"'“‘«([¿¡`, r) && !txtIsSpace(r) {
			return r
		}
	}
	return 0
}

func txtStartsLower(s string) bool {
	return unicode.IsLower(txtFirstLetter(s))
}

var (
	txtMetaRe = regexp.MustCompile(`(?i)^(last\s+(updated|modified|revised|changed)|updated|effective|revised|version|stand|zuletzt|mis à jour|dernière mise à jour|última actualización|ultimo aggiornamento)\b`)
)

// txtAbbrev end with a period inside a heading without ending a sentence.
var txtAbbrev = map[string]bool{
	"inc": true, "ltd": true, "llc": true, "corp": true, "co": true, "st": true, "no": true,
	"nr": true, "art": true, "abs": true, "etc": true, "vs": true, "gmbh": true, "dr": true,
}

// txtTitleLike tells whether s has the form of a heading: short, starting
// with a capital, not ending a sentence, not a "Label: value" line, a date
// line, an address or a file name.
func txtTitleLike(s string) bool {
	if s == "" || len(s) > 480 {
		return false
	}
	if utf8.RuneCountInString(s) > 120 {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) > 16 {
		return false
	}
	if f := txtFirstLetter(s); !unicode.IsUpper(f) && !unicode.IsTitle(f) {
		return false
	}
	if strings.ContainsRune(".!:;,…", txtLastRune(s)) {
		return false
	}
	if i := strings.Index(s, ": "); i > 0 && i <= 60 && len(strings.Fields(s[:i])) <= 5 {
		return false
	}
	if strings.Contains(s, "@") || strings.Contains(s, "://") || strings.Contains(strings.ToLower(s), "www.") {
		return false
	}
	if txtMetaRe.MatchString(s) || txtImageName(s) {
		return false
	}
	// "Account data. Email address, name" is a run-in heading and its text.
	for k := 0; k+1 < len(ws); k++ {
		w := strings.TrimRight(ws[k], ")]}"+txtClosers)
		if w == "" || !strings.ContainsRune(".!?;", rune(w[len(w)-1])) {
			continue
		}
		core := strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if utf8.RuneCountInString(core) >= 3 && !txtAbbrev[core] && unicode.IsUpper(txtFirstLetter(ws[k+1])) {
			return false
		}
	}
	return true
}

// txtImageName tells whether s ends like an image's file name, which web
// pages leave behind as alt text.
func txtImageName(s string) bool {
	if len(s) > 5 {
		s = s[len(s)-5:]
	}
	s = strings.ToLower(s)
	for _, ext := range []string{".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"} {
		if strings.HasSuffix(s, ext) {
			return true
		}
	}
	return false
}

// txtAllCaps tells whether s is written in capitals ("YOUR RIGHTS").
func txtAllCaps(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 4
}

// txtSmallWords stay lowercase in title-case headings.
var txtSmallWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or nor but of to in on at by for from with as into onto via per vs
		und oder der die das des dem den von vom zu zur zum mit für im auf bei aus über
		et ou de du des la le les à au aux pour par sur en y o el los las del para por con e di da il lo gli dei delle su
		van het een voor met op te och i av för med på til og af`) {
		txtSmallWords[w] = true
	}
}

// txtTitleRatio is the share of capitalised words after the first, small
// words not counted: 1 for "Information We Collect", 0 for "Your rights".
func txtTitleRatio(s string) float64 {
	counted, caps := 0, 0
	for k, w := range strings.Fields(s) {
		if k == 0 {
			continue
		}
		f := txtFirstLetter(w)
		// Numbers and domain names ("inngest.com") have no case to speak of.
		if !unicode.IsLetter(f) || strings.Contains(strings.TrimRight(w, ".)"), ".") {
			continue
		}
		core := strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
		if txtSmallWords[core] {
			continue
		}
		counted++
		if unicode.IsUpper(f) {
			caps++
		}
	}
	if counted == 0 {
		return 1
	}
	return float64(caps) / float64(counted)
}
