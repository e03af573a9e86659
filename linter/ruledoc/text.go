package ruledoc

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/policylint/policylint/linter/palette"

	"github.com/policylint/policylint/linter/engine"
)

// Width is the column at which Text wraps prose: a terminal's usual width,
// fixed so the output does not depend on where it is printed.
const Width = 80

// indent is how far Text sets section bodies in from their headings.
const indent = "  "

// Text writes the terminal form of a rule's page, for `policylint
// explain`: the content of Markdown in plain text, wrapped at Width.
// Colour is used only when useColor is true.
func Text(w io.Writer, r *engine.Rule, useColor bool) error {
	p := palette.New(useColor)
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\n", p.Bold.Sprint(r.ID), p.Bold.Sprint(r.Title))

	facts := [][2]string{
		{"Severity", p.Severity(r.Severity)},
		{"GDPR article", orDash(r.Article)},
		{"Pack", packOf(r)},
		{"Conditional", conditionalText(r)},
		{"Rule", sourceText(r)},
	}
	if !r.Enabled {
		facts = append(facts, [2]string{"Status", "disabled by the configuration"})
	}
	for _, f := range facts {
		// Pad before colouring: escape codes would throw the alignment off.
		fmt.Fprintf(&b, "%s%s %s\n", indent, p.Dim.Sprint(fmt.Sprintf("%-13s", f[0])), f[1])
	}

	section := func(title, body string) {
		if body == "" {
			return
		}
		fmt.Fprintf(&b, "\n%s\n%s", p.Heading.Sprint(title), body)
	}
	section("What it requires", wrap(r.Description, indent, indent))
	section("Passing example", wrap(r.Example, indent+"> ", indent+"> "))
	section("How to fix a failure", wrap(r.Fix, indent, indent))
	section("What a failure says", wrap(r.Message, indent, indent))

	if len(r.Params) > 0 {
		var pb strings.Builder
		for _, prm := range r.Params {
			fmt.Fprintf(&pb, "%s%s (default %s)\n", indent, p.Identifier.Sprint(prm.Name), jsonValue(prm.Default))
			pb.WriteString(wrap(prm.Description, indent+"    ", indent+"    "))
		}
		fmt.Fprintf(&pb, "%sSet them in .policylint.yaml:\n", indent)
		for _, l := range strings.SplitAfter(strings.TrimSuffix(settingsYAML(r), "\n"), "\n") {
			pb.WriteString(indent + "    " + l)
		}
		pb.WriteString("\n")
		section("Parameters", pb.String())
	}

	section("Disabling or suppressing it", strings.Join([]string{
		indent + "For every policy, in .policylint.yaml:",
		indent + "    disable: [" + r.ID + "]",
		indent + "For one run:",
		indent + "    policylint check --disable " + r.ID + " FILE...",
		indent + "In one policy, with the reason, by a comment anywhere in it:",
		indent + "    <!-- policylint-disable " + r.ID + " -- reason -->",
		indent + "(a plain-text policy takes that line without <!-- and -->)",
		"",
	}, "\n"))

	var refs []string
	for _, ref := range references(r) {
		if ref.Description != "" {
			refs = append(refs, indent+ref.Description+": "+ref.URL)
		} else {
			refs = append(refs, indent+ref.URL)
		}
	}
	if doc := docURL(r); doc != "" {
		refs = append(refs, indent+"Documentation: "+doc)
	}
	if len(refs) > 0 {
		section("References", strings.Join(refs, "\n")+"\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// docURL is where the rule's page is: the published page of a built-in
// rule, else the rule's help link when its references do not already list
// it.
func docURL(r *engine.Rule) string {
	if r.Builtin {
		return URL(r.ID)
	}
	if r.HelpURI == "" {
		return ""
	}
	for _, ref := range r.References {
		if ref.URL == r.HelpURI {
			return ""
		}
	}
	return r.HelpURI
}

func conditionalText(r *engine.Rule) string {
	if r.Conditional {
		return "yes: may be not applicable"
	}
	return "no"
}

func sourceText(r *engine.Rule) string {
	switch {
	case r.Builtin && r.File() != "":
		return "built-in (rules/" + r.File() + ")"
	case r.Builtin:
		return "built-in"
	case r.File() != "":
		return "custom (" + r.File() + ")"
	default:
		return "custom"
	}
}

// wrap fills text to Width, the first line after first and the others
// after rest. A blank line separates paragraphs, as in the METADATA
// descriptions; other newlines are soft, as in Markdown. Words longer than
// a line (URLs) are not broken.
func wrap(text, first, rest string) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return ""
	}
	var b strings.Builder
	for i, para := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			continue
		}
		if i > 0 {
			b.WriteString(strings.TrimRight(rest, " ") + "\n")
		}
		prefix := rest
		if i == 0 {
			prefix = first
		}
		line := prefix + words[0]
		for _, word := range words[1:] {
			if utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > Width {
				b.WriteString(line + "\n")
				line = rest + word
				continue
			}
			line += " " + word
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}
