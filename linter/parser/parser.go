// Package parser turns policy files (HTML, Markdown, plain text) into
// documents of clauses with positions in the original file.
package parser

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/policylint/policylint/linter/document"
)

// Format names.
const (
	HTML     = "html"
	Markdown = "markdown"
	Text     = "text"
)

// Result is what a parser found besides clauses.
type Result struct {
	// Language is the language the markup declares (<html lang>, front
	// matter "lang"/"language"), "" when it declares none.
	Language string
}

// Parser finds the blocks of a document and adds them to b in document
// order. src is UTF-8; offsets given to b are byte offsets into src.
type Parser interface {
	Parse(src string, b *document.Builder) (Result, error)
}

var parsers = map[string]Parser{
	HTML:     htmlParser{},
	Markdown: markdownParser{},
	Text:     textParser{},
}

// ForFormat returns the parser of a format name.
func ForFormat(format string) (Parser, error) {
	p, ok := parsers[format]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want html, markdown or text)", format)
	}
	return p, nil
}

// Parse parses src as format into a document (not yet tagged).
func Parse(path, src, format string) (doc *document.Document, res Result, err error) {
	p, err := ForFormat(format)
	if err != nil {
		return nil, Result{}, err
	}
	defer func() {
		// A linter reports a file it cannot read; it never crashes on one,
		// whatever a parser or the library under it does.
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("parsing %s as %s: the %s parser failed: %v", path, format, format, r)
		}
	}()
	b := document.NewBuilder(src)
	res, err = p.Parse(src, b)
	if err != nil {
		return nil, res, fmt.Errorf("parsing %s as %s: %w", path, format, err)
	}
	return &document.Document{Path: path, Format: format, Clauses: b.Clauses()}, res, nil
}

// Detect chooses a format from the file name's extension and, when that is
// unknown, from the content.
func Detect(name string, src []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown
	case ".txt", ".text":
		return Text
	}
	return Sniff(src)
}

// Sniff guesses the format of content with no telling extension.
func Sniff(src []byte) string {
	head := src
	if len(head) > 4096 {
		head = head[:4096]
	}
	lower := bytes.ToLower(bytes.TrimSpace(head))
	for _, marker := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<?xml")} {
		if bytes.HasPrefix(lower, marker) || bytes.Contains(lower, []byte("<html")) {
			return HTML
		}
		_ = marker
	}
	if bytes.Count(lower, []byte("<p>"))+bytes.Count(lower, []byte("<div"))+bytes.Count(lower, []byte("<br")) >= 2 {
		return HTML
	}
	lines := bytes.Split(head, []byte("\n"))
	md := 0
	for _, l := range lines {
		t := bytes.TrimSpace(l)
		if bytes.HasPrefix(t, []byte("#")) || bytes.HasPrefix(t, []byte("---")) && len(t) == 3 ||
			bytes.Contains(t, []byte("](")) || bytes.HasPrefix(t, []byte("**")) || bytes.HasPrefix(t, []byte("|")) {
			md++
		}
	}
	if md >= 2 {
		return Markdown
	}
	return Text
}
