package source

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/policylint/policylint/linter/parser"
)

// Hint is what is known about content besides its bytes.
type Hint struct {
	// Name gives the extension the format is chosen by when Format is "".
	Name string
	// Format is the declared format ("html", "markdown", "text"); ""
	// chooses by Name's extension, else by the content.
	Format string
	// Charset is the charset the transport declared (an HTTP
	// Content-Type's charset parameter); "" for none.
	Charset string
}

// Content is a policy's text.
type Content struct {
	// Text is UTF-8 without a byte order mark. Transcoding maps each
	// character of the original to one code point and keeps every line
	// break, so lines and columns (in code points) are those of the file.
	Text string
	// Format is "html", "markdown" or "text".
	Format string
	// Charset is the encoding the bytes were read as ("utf-8",
	// "windows-1252", "utf-16le"…).
	Charset string
}

// ErrEmpty is the cause given for a file with nothing but white space.
var ErrEmpty = errors.New("the file is empty")

// Decode turns the bytes of a policy into UTF-8 text and chooses its
// format. It refuses binary content (naming its kind when it is a known
// one) and empty content; it never fails on bad encoding, which is
// replaced by U+FFFD.
func Decode(data []byte, h Hint) (Content, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Content{}, ErrEmpty
	}
	if kind := binaryKind(data); kind != "" {
		return Content{}, fmt.Errorf("the file is binary: %s, not a policy", kind)
	}
	if bytes.IndexByte(data, 0) >= 0 && !isUTF16(data) {
		return Content{}, errors.New("the file is binary (it contains NUL bytes), not a policy")
	}
	text, cs := decodeText(data, h)
	if strings.TrimSpace(text) == "" {
		return Content{}, ErrEmpty
	}
	format := h.Format
	if format == "" {
		format = parser.Detect(h.Name, []byte(head(text, sniffLen)))
	}
	return Content{Text: text, Format: format, Charset: cs}, nil
}

// sniffLen is how much of a document format and charset sniffing read;
// parser.Sniff reads no more than 4 KB either.
const sniffLen = 4096

func head(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// magic are the signatures of the binary files people most often point a
// linter at by mistake: a policy saved as PDF or Word, a screenshot, an
// archive of the site.
var magic = []struct {
	prefix string
	kind   string
}{
	{"%PDF-", "a PDF document"},
	{"\x89PNG\r\n\x1a\n", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF87a", "a GIF image"},
	{"GIF89a", "a GIF image"},
	{"PK\x03\x04", "a ZIP archive (or a document packed as one: .docx, .odt, .epub)"},
	{"PK\x05\x06", "an empty ZIP archive"},
	{"\x1f\x8b", "a gzip-compressed file"},
	{"\xfd7zXZ\x00", "an xz-compressed file"},
	{"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
	{"Rar!\x1a\x07", "a RAR archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (.doc, .xls, .ppt)"},
	{"\x7fELF", "an executable"},
	{"\x00asm", "a WebAssembly module"},
	{"SQLite format 3\x00", "an SQLite database"},
}

// binaryKind names the kind of a binary file by its signature; "" for
// content that may be text. Content with NUL bytes that no signature
// names is refused after decoding, since UTF-16 text has them too.
func binaryKind(data []byte) string {
	for _, m := range magic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.kind
		}
	}
	if len(data) > 8 && bytes.HasPrefix(data, []byte("RIFF")) && string(data[8:min(len(data), 12)]) == "WEBP" {
		return "a WebP image"
	}
	return ""
}

var (
	bomUTF8    = []byte{0xef, 0xbb, 0xbf}
	bomUTF16LE = []byte{0xff, 0xfe}
	bomUTF16BE = []byte{0xfe, 0xff}
)

// decodeText returns data as UTF-8 and the name of the encoding it was
// read in. The order is the HTML standard's (byte order mark, transport,
// then the document's own declaration), with two departures that real
// files call for: bytes that are valid UTF-8 are read as UTF-8 whatever a
// legacy label says (servers and editors often claim ISO-8859-1 for UTF-8
// files, while Latin-1 text that happens to be valid UTF-8 does not
// occur), and undeclared bytes that are not UTF-8 at all are read as
// windows-1252, the encoding of most such files.
func decodeText(data []byte, h Hint) (string, string) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return validUTF8(data[len(bomUTF8):]), "utf-8"
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeWith(xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), data[2:]), "utf-16le"
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeWith(xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), data[2:]), "utf-16be"
	}
	if enc, name := bomlessUTF16(data); enc != nil {
		return decodeWith(enc, data), name
	}
	label := h.Charset
	if label == "" {
		// Looked for whatever the format: a <meta charset> only occurs
		// in HTML (or HTML inside Markdown), and decoding that does not
		// depend on the name keeps a file's positions the same under
		// --input-format and in CheckSource.
		label = declaredCharset(data)
	}
	var enc encoding.Encoding
	name := ""
	if label != "" {
		enc, name = charset.Lookup(label)
		if strings.HasPrefix(name, "utf-16") {
			// The label was readable as ASCII, so the bytes are not UTF-16
			// (the HTML standard reads such a page as UTF-8).
			enc, name = nil, "utf-8"
		}
	}
	if utf8.Valid(data) {
		return strings.TrimPrefix(string(data), "\ufeff"), "utf-8"
	}
	if enc != nil && name != "utf-8" {
		return decodeWith(enc, data), name
	}
	if enc == nil && name == "" && !hasMultibyteUTF8(data) {
		return decodeWith(charmap.Windows1252, data), "windows-1252"
	}
	return validUTF8(data), "utf-8"
}

// validUTF8 replaces each run of invalid bytes with U+FFFD; the line
// breaks around them stay where they were.
func validUTF8(data []byte) string {
	return strings.TrimPrefix(strings.ToValidUTF8(string(data), "\ufffd"), "\ufeff")
}

// decodeWith transcodes with enc; the decoders of x/text replace what they
// cannot map with U+FFFD, so an error only comes from a broken decoder,
// and then the bytes are kept as UTF-8 as far as they go.
func decodeWith(enc encoding.Encoding, data []byte) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return validUTF8(data)
	}
	return strings.TrimPrefix(validUTF8(out), "\ufeff")
}

// hasMultibyteUTF8 reports whether data holds at least one valid UTF-8
// sequence of two bytes or more: mostly-UTF-8 text with a few bad bytes,
// rather than a legacy 8-bit encoding.
func hasMultibyteUTF8(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRune(data[i:])
		if size > 1 {
			return true
		}
		i++
	}
	return false
}

func isUTF16(data []byte) bool {
	if bytes.HasPrefix(data, bomUTF16LE) || bytes.HasPrefix(data, bomUTF16BE) {
		return true
	}
	enc, _ := bomlessUTF16(data)
	return enc != nil
}

// bomlessUTF16 recognises UTF-16 without a byte order mark (Windows tools
// write it): in its first kilobytes one byte of each pair is zero for
// ASCII characters and the other never is, and what it decodes to is
// printable text.
func bomlessUTF16(data []byte) (encoding.Encoding, string) {
	sample := data[:min(len(data), sniffLen)&^1]
	if len(sample) < 4 {
		return nil, ""
	}
	var zeros [2]int
	for i, b := range sample {
		if b == 0 {
			zeros[i&1]++
		}
	}
	pairs := len(sample) / 2
	var enc encoding.Encoding
	var name string
	switch {
	case zeros[1]*10 >= pairs*3 && zeros[0] == 0:
		enc, name = xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "utf-16le"
	case zeros[0]*10 >= pairs*3 && zeros[1] == 0:
		enc, name = xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "utf-16be"
	default:
		return nil, ""
	}
	text, err := enc.NewDecoder().Bytes(sample)
	if err != nil {
		return nil, ""
	}
	bad, all := 0, 0
	for _, r := range string(text) {
		all++
		if r == utf8.RuneError || !unicode.IsPrint(r) && !unicode.IsSpace(r) {
			bad++
		}
	}
	if bad*20 > all {
		return nil, ""
	}
	return enc, name
}

var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// declaredCharset finds the charset a document declares for itself
// in its first kilobytes: <meta charset>, <meta http-equiv=Content-Type
// content="...; charset=X">, or an XHTML file's XML declaration.
func declaredCharset(data []byte) string {
	sample := data[:min(len(data), sniffLen)]
	if m := xmlEncoding.FindSubmatch(sample); m != nil {
		return string(m[1])
	}
	z := html.NewTokenizer(bytes.NewReader(sample))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
				if cs := metaCharset(z, hasAttr); cs != "" {
					return cs
				}
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); string(name) == "head" {
				return ""
			}
		}
	}
}

func metaCharset(z *html.Tokenizer, hasAttr bool) string {
	var httpEquiv bool
	var content string
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		switch strings.ToLower(string(k)) {
		case "charset":
			return strings.TrimSpace(string(v))
		case "http-equiv":
			httpEquiv = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
		case "content":
			content = string(v)
		}
	}
	if !httpEquiv || content == "" {
		return ""
	}
	if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
		return params["charset"]
	}
	// A sloppy content attribute ("text/html; charset = latin1;") still
	// names it.
	if i := strings.Index(strings.ToLower(content), "charset"); i >= 0 {
		rest := strings.TrimLeft(content[i+len("charset"):], " =")
		if f := strings.FieldsFunc(rest, func(r rune) bool { return r == ';' || r == ' ' }); len(f) > 0 {
			return strings.Trim(f[0], `"'`)
		}
	}
	return ""
}
