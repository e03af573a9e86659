package source

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

func latin(t *testing.T, cm *charmap.Charmap, s string) []byte {
	t.Helper()
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func utf16(t *testing.T, s string, e xunicode.Endianness, bom bool) []byte {
	t.Helper()
	policy := xunicode.IgnoreBOM
	if bom {
		policy = xunicode.UseBOM
	}
	b, err := xunicode.UTF16(e, policy).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const policyText = "# Privacy\r\n\nWe collect data.\n\nCafé résumé — 10 € naïve\n"

// TestDecodeEncodings: each way a file says (or does not say) its
// encoding gives the same UTF-8 text.
func TestDecodeEncodings(t *testing.T) {
	html := func(meta, body string) string {
		return "<html><head>" + meta + "<title>P</title></head><body><p>" + body + "</p></body></html>\n"
	}
	const latin1Body = "Café résumé naïve"
	tests := []struct {
		name     string
		data     []byte
		hint     Hint
		want     string
		charset  string
		contains bool // want is a substring of the text
	}{
		{name: "utf-8", data: []byte(policyText), want: policyText, charset: "utf-8"},
		{name: "utf-8 BOM", data: append([]byte{0xef, 0xbb, 0xbf}, policyText...), want: policyText, charset: "utf-8"},
		{name: "utf-16le BOM", data: utf16(t, policyText, xunicode.LittleEndian, true), want: policyText, charset: "utf-16le"},
		{name: "utf-16be BOM", data: utf16(t, policyText, xunicode.BigEndian, true), want: policyText, charset: "utf-16be"},
		{name: "utf-16le without BOM", data: utf16(t, policyText, xunicode.LittleEndian, false), want: policyText, charset: "utf-16le"},
		{name: "utf-16be without BOM", data: utf16(t, policyText, xunicode.BigEndian, false), want: policyText, charset: "utf-16be"},
		{
			name: "windows-1252 undeclared",
			data: latin(t, charmap.Windows1252, "Caf\u00e9 \u201cquoted\u201d \u20ac5\n"),
			want: "Caf\u00e9 \u201cquoted\u201d \u20ac5\n", charset: "windows-1252",
		},
		{
			name: "meta charset iso-8859-1",
			data: latin(t, charmap.ISO8859_1, html(`<meta charset="iso-8859-1">`, latin1Body)),
			want: latin1Body, charset: "windows-1252", contains: true, // WHATWG reads ISO-8859-1 as its superset windows-1252
		},
		{
			name: "meta charset iso-8859-15",
			data: latin(t, charmap.ISO8859_15, html(`<meta charset=ISO-8859-15>`, "10 € Œuvre")),
			want: "10 € Œuvre", charset: "iso-8859-15", contains: true,
		},
		{
			name: "meta http-equiv",
			data: latin(t, charmap.ISO8859_15, html(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">`, "10 €")),
			want: "10 €", charset: "iso-8859-15", contains: true,
		},
		{
			name: "xml declaration",
			data: latin(t, charmap.ISO8859_15, `<?xml version="1.0" encoding="ISO-8859-15"?>`+"\n"+html("", "10 €")),
			want: "10 €", charset: "iso-8859-15", contains: true,
		},
		{
			name: "header charset",
			data: latin(t, charmap.ISO8859_15, "Prices in €.\n"),
			hint: Hint{Charset: "ISO-8859-15"},
			want: "Prices in €.\n", charset: "iso-8859-15",
		},
		{
			name: "header charset wins over meta",
			data: latin(t, charmap.ISO8859_15, html(`<meta charset="windows-1252">`, "10 €")),
			hint: Hint{Charset: "iso-8859-15"},
			want: "10 €", charset: "iso-8859-15", contains: true,
		},
		{
			// Servers that label every page ISO-8859-1 serve UTF-8 files.
			name: "legacy label on UTF-8 bytes",
			data: []byte(html(`<meta charset="iso-8859-1">`, "Café")),
			want: "Café", charset: "utf-8", contains: true,
		},
		{
			name: "invalid UTF-8 replaced",
			data: []byte("Café \xff\xfe policy\nsecond line \xc3\n"),
			want: "Café \uFFFD policy\nsecond line \uFFFD\n", charset: "utf-8",
		},
		{
			name: "declared utf-8, invalid bytes replaced",
			data: []byte(html(`<meta charset="utf-8">`, "Caf\xe9")),
			want: "Caf\uFFFD", charset: "utf-8", contains: true,
		},
		{
			name: "meta utf-16 on ASCII bytes",
			data: []byte(html(`<meta charset="utf-16">`, "plain")),
			want: "plain", charset: "utf-8", contains: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Decode(tt.data, tt.hint)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.ValidString(c.Text) {
				t.Errorf("text is not valid UTF-8: %q", c.Text)
			}
			if tt.contains && !strings.Contains(c.Text, tt.want) || !tt.contains && c.Text != tt.want {
				t.Errorf("text = %q, want %q", c.Text, tt.want)
			}
			if c.Charset != tt.charset {
				t.Errorf("charset = %q, want %q", c.Charset, tt.charset)
			}
		})
	}
}

// TestDecodeKeepsLines: transcoding keeps every line, and each character
// of the original is one code point, so positions computed on the text are
// the file's.
func TestDecodeKeepsLines(t *testing.T) {
	orig := "Title\r\n\nline three: Café, ½, “quotes”\nfour\rfive\n\nlast é"
	for name, data := range map[string][]byte{
		"windows-1252": latin(t, charmap.Windows1252, orig),
		"utf-16le":     utf16(t, orig, xunicode.LittleEndian, true),
		"utf-16be":     utf16(t, orig, xunicode.BigEndian, false),
		"utf-8 BOM":    append([]byte{0xef, 0xbb, 0xbf}, orig...),
	} {
		c, err := Decode(data, Hint{Name: "p.txt"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, want := strings.Split(c.Text, "\n"), strings.Split(orig, "\n")
		if len(got) != len(want) {
			t.Fatalf("%s: %d lines, want %d", name, len(got), len(want))
		}
		for i := range want {
			if utf8.RuneCountInString(got[i]) != utf8.RuneCountInString(want[i]) {
				t.Errorf("%s: line %d has %d code points, want %d", name, i+1, utf8.RuneCountInString(got[i]), utf8.RuneCountInString(want[i]))
			}
		}
	}
}

func TestDecodeRefusesBinaryAndEmpty(t *testing.T) {
	tests := map[string]struct {
		data []byte
		want string
	}{
		"pdf":        {[]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "a PDF document"},
		"png":        {[]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "a PNG image"},
		"jpeg":       {[]byte("\xff\xd8\xff\xe0\x00\x10JFIF"), "a JPEG image"},
		"gif":        {[]byte("GIF89a\x01\x00\x01\x00"), "a GIF image"},
		"zip":        {[]byte("PK\x03\x04\x14\x00\x06\x00"), "a ZIP archive"},
		"gzip":       {[]byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), "a gzip-compressed file"},
		"nul":        {[]byte("Privacy\x00Policy\x00\x01\x02\x03"), "binary (it contains NUL bytes)"},
		"empty":      {nil, "the file is empty"},
		"blank":      {[]byte(" \r\n\t\n"), "the file is empty"},
		"bom only":   {[]byte{0xef, 0xbb, 0xbf, '\n'}, "the file is empty"},
		"utf-16 ws":  {utf16(t, "  \n ", xunicode.LittleEndian, true), "the file is empty"},
		"utf-16 bom": {[]byte{0xff, 0xfe}, "the file is empty"},
	}
	for name, tt := range tests {
		_, err := Decode(tt.data, Hint{Name: "policy.html"})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", name, err, tt.want)
		}
		if strings.HasPrefix(tt.want, "the file is empty") && !errors.Is(err, ErrEmpty) {
			t.Errorf("%s: err = %v, want ErrEmpty", name, err)
		}
	}
}

func TestDecodeFormat(t *testing.T) {
	for _, tt := range []struct {
		data string
		hint Hint
		want string
	}{
		{"# T\n\ntext", Hint{Name: "a.md"}, "markdown"},
		{"# T\n\ntext", Hint{Name: "a.txt"}, "text"},
		{"<p>x</p>", Hint{Name: "a.HTM"}, "html"},
		{"<!doctype html><html><body><p>x</p>", Hint{}, "html"},
		{"# T\n\n## U\n\ntext", Hint{}, "markdown"},
		{"<p>x</p>", Hint{Name: "a.html", Format: "text"}, "text"},
	} {
		c, err := Decode([]byte(tt.data), tt.hint)
		if err != nil || c.Format != tt.want {
			t.Errorf("Decode(%q, %+v) = %q, %v; want %q", tt.data, tt.hint, c.Format, err, tt.want)
		}
	}
}
