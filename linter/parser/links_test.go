package parser

import (
	"slices"
	"testing"
)

// A clause keeps the targets of its links, in order and once each, without
// in-page anchors and scripts: a contact address is often only a link's
// target ("email us").
func TestLinksKept(t *testing.T) {
	tests := []struct {
		name, format, src string
		want              []string
	}{
		{"html", HTML, `<main><p>Please <a href="mailto:privacy@example.com">email us</a>, <a href="/contact">contact us</a>, <a href="#top">go up</a>, <a href="javascript:void(0)">open chat</a> or <a href="/contact">write</a>.</p></main>`,
			[]string{"mailto:privacy@example.com", "/contact"}},
		{"markdown", Markdown, "Please [contact us](contact-details.md) or write to <privacy@example.com> or <https://example.com/form>.\n",
			[]string{"contact-details.md", "mailto:privacy@example.com", "https://example.com/form"}},
		{"no links", Markdown, "We keep your data for two years.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mustParse(t, tt.format, tt.src)
			if len(got) != 1 {
				t.Fatalf("%d clauses, want 1: %+v", len(got), got)
			}
			if !slices.Equal(got[0].Links, tt.want) {
				t.Errorf("links %q, want %q", got[0].Links, tt.want)
			}
		})
	}
}

// Links are kept per clause: those of one list item are not another's.
func TestLinksStayWithTheirClause(t *testing.T) {
	got, _ := mustParse(t, HTML, `<main><ul><li>Write to <a href="mailto:a@example.com">us</a>.</li><li>Or call us.</li></ul></main>`)
	if len(got) != 2 || !slices.Equal(got[0].Links, []string{"mailto:a@example.com"}) || got[1].Links != nil {
		t.Fatalf("got %+v", got)
	}
}
