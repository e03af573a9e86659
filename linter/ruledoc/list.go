package ruledoc

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/policylint/policylint/linter/engine"
)

// formats are List's output formats, in the order usage messages give them.
var formats = []string{"text", "json", "markdown"}

// CheckFormat reports whether List knows format, so a command can refuse
// a bad flag before it loads any rule.
func CheckFormat(format string) error {
	for _, f := range formats {
		if f == format {
			return nil
		}
	}
	return fmt.Errorf("unknown format %q: want %s", format, strings.Join(formats, ", "))
}

// List writes a catalog of rules in format: "text" (an aligned table),
// "json" (an array of objects, a stable shape for programs) or "markdown"
// (a table linking each built-in rule's page, relative to docs/rules).
// Rules are listed by ID whatever order they come in.
func List(w io.Writer, rules []*engine.Rule, format string) error {
	if err := CheckFormat(format); err != nil {
		return err
	}
	rules = sortedByID(rules)
	switch format {
	case "json":
		return listJSON(w, rules)
	case "markdown":
		var b strings.Builder
		markdownTable(&b, rules, true)
		_, err := io.WriteString(w, b.String())
		return err
	default:
		return listText(w, rules)
	}
}

func sortedByID(rules []*engine.Rule) []*engine.Rule {
	out := append([]*engine.Rule(nil), rules...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// notes marks what sets a rule apart from a built-in rule that runs, for
// the listings that show every rule.
func notes(r *engine.Rule) string {
	var n []string
	if !r.Builtin {
		n = append(n, "custom")
	}
	if !r.Enabled {
		n = append(n, "disabled")
	}
	if len(n) == 0 {
		return ""
	}
	return " (" + strings.Join(n, ", ") + ")"
}

func listText(w io.Writer, rules []*engine.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSEVERITY\tARTICLE\tTITLE")
	custom, disabled := 0, 0
	for _, r := range rules {
		if !r.Builtin {
			custom++
		}
		if !r.Enabled {
			disabled++
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s%s\n", r.ID, r.Severity, orDash(r.Article), r.Title, notes(r))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%d rules: %d built-in, %d custom; %d disabled\n",
		len(rules), len(rules)-custom, custom, disabled)
	return err
}

// jsonRule is the shape of `policylint rules --format json`; programs
// rely on its field names.
type jsonRule struct {
	ID          string          `json:"id"`
	Title       string          `json:"title"`
	Severity    string          `json:"severity"`
	Article     string          `json:"article"`
	Pack        string          `json:"pack"`
	Builtin     bool            `json:"builtin"`
	Enabled     bool            `json:"enabled"`
	Conditional bool            `json:"conditional"`
	Description string          `json:"description"`
	Message     string          `json:"message"`
	Fix         string          `json:"fix"`
	Example     string          `json:"example"`
	HelpURI     string          `json:"help_uri"`
	Params      []jsonParam     `json:"params"`
	References  []jsonReference `json:"references"`
	File        string          `json:"file,omitempty"`
}

type jsonParam struct {
	Name        string `json:"name"`
	Default     any    `json:"default"`
	Description string `json:"description"`
}

type jsonReference struct {
	URL         string `json:"url"`
	Description string `json:"description,omitempty"`
}

func listJSON(w io.Writer, rules []*engine.Rule) error {
	out := make([]jsonRule, 0, len(rules))
	for _, r := range rules {
		j := jsonRule{
			ID: r.ID, Title: r.Title, Severity: r.Severity, Article: r.Article, Pack: packOf(r),
			Builtin: r.Builtin, Enabled: r.Enabled, Conditional: r.Conditional,
			Description: r.Description, Message: r.Message, Fix: r.Fix, Example: r.Example,
			HelpURI: r.HelpURI,
			// Empty arrays rather than null: consumers iterate them.
			Params:     []jsonParam{},
			References: []jsonReference{},
		}
		// A built-in rule's file is a path inside the binary, of no use to
		// a program reading this.
		if !r.Builtin {
			j.File = r.File()
		}
		for _, p := range r.Params {
			j.Params = append(j.Params, jsonParam{Name: p.Name, Default: p.Default, Description: p.Description})
		}
		for _, ref := range r.References {
			j.References = append(j.References, jsonReference{URL: ref.URL, Description: ref.Description})
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// markdownTable writes one table row per rule; built-in rules link their
// page, which lives at <id>.md relative to docs/rules. withNotes marks
// custom and disabled rules, which the generated docs never hold.
func markdownTable(b *strings.Builder, rules []*engine.Rule, withNotes bool) {
	b.WriteString("| Rule | Severity | Article | Title |\n")
	b.WriteString("|---|---|---|---|\n")
	for _, r := range rules {
		id := "`" + r.ID + "`"
		if r.Builtin {
			id = fmt.Sprintf("[`%s`](%s.md)", r.ID, r.ID)
		}
		title := r.Title
		if withNotes {
			title += notes(r)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", id, cell(r.Severity), cell(orDash(r.Article)), cell(title))
	}
}
