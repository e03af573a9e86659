package ruledoc

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/policylint/policylint/linter/engine"
)

// repoBase is the repository's tree on GitHub, from which a built-in rule's
// page links its Rego source; derived from DocsBase so the two cannot
// disagree about where the project lives.
var repoBase = strings.TrimSuffix(DocsBase, "docs/rules/")

// Markdown returns the full page of one rule. The same text serves the
// committed pages under docs/rules and `policylint explain --format
// markdown`, so it holds no link relative to the docs tree and depends on
// nothing but the rule.
func Markdown(r *engine.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: %s\n\n", r.ID, r.Title)

	b.WriteString("| Severity | GDPR article | Pack | Conditional | Rule |\n")
	b.WriteString("|---|---|---|---|---|\n")
	fmt.Fprintf(&b, "| %s | %s | `%s` | %s | %s |\n",
		cell(r.Severity), cell(orDash(r.Article)), packOf(r), conditionalMD(r), cell(sourceMD(r)))
	if !r.Enabled {
		b.WriteString("\nThe configuration **disables** this rule.\n")
	}

	section := func(title, body string) {
		if body == "" {
			return
		}
		fmt.Fprintf(&b, "\n## %s\n\n%s\n", title, body)
	}
	section("What it requires", r.Description)
	section("Passing example", quote(r.Example))
	section("How to fix a failure", r.Fix)
	section("What a failure says", quote(r.Message))

	if len(r.Params) > 0 {
		b.WriteString("\n## Parameters\n\n")
		b.WriteString("| Parameter | Default | Description |\n")
		b.WriteString("|---|---|---|\n")
		for _, p := range r.Params {
			fmt.Fprintf(&b, "| `%s` | `%s` | %s |\n", p.Name, cell(jsonValue(p.Default)), cell(p.Description))
		}
		b.WriteString("\nSet them in `.policylint.yaml`:\n\n```yaml\n")
		b.WriteString(settingsYAML(r))
		b.WriteString("```\n")
	}

	fmt.Fprintf(&b, `
## Disabling or suppressing it

To turn the rule off for every policy, in `+"`.policylint.yaml`"+`:

`+"```yaml\ndisable: [%[1]s]\n```"+`

or for one run: `+"`policylint check --disable %[1]s FILE...`"+`.

When the disclosure genuinely does not apply to one policy, suppress the
rule in that policy, with the reason, by a comment anywhere in it (a
plain-text policy takes the same line without `+"`<!--` and `-->`"+`):

`+"```html\n<!-- policylint-disable %[1]s -- reason -->\n```"+`
`, r.ID)

	if refs := references(r); len(refs) > 0 {
		b.WriteString("\n## References\n\n")
		for _, ref := range refs {
			if ref.Description == "" {
				fmt.Fprintf(&b, "- <%s>\n", ref.URL)
			} else {
				fmt.Fprintf(&b, "- [%s](%s)\n", ref.Description, ref.URL)
			}
		}
	}
	return b.String()
}

// packOf is the rule's pack; a Rule built by hand (not loaded from Rego)
// has none recorded, and its ID carries it anyway.
func packOf(r *engine.Rule) string {
	if p := r.Pack(); p != "" {
		return p
	}
	p, _, _ := strings.Cut(r.ID, "/")
	return p
}

// references are the rule's related resources minus its own page, which a
// reader of that page (or of explain, which links it separately) has.
func references(r *engine.Rule) []engine.Reference {
	var out []engine.Reference
	for _, ref := range r.References {
		if ref.URL == URL(r.ID) {
			continue
		}
		out = append(out, ref)
	}
	return out
}

func conditionalMD(r *engine.Rule) string {
	if r.Conditional {
		return "yes: may be *not applicable*"
	}
	return "no"
}

// sourceMD says where the rule comes from; a built-in rule links its Rego
// source on GitHub, a custom one names its file as loaded.
func sourceMD(r *engine.Rule) string {
	switch {
	case r.Builtin && r.File() != "":
		return fmt.Sprintf("[built-in](%srules/%s)", repoBase, r.File())
	case r.Builtin:
		return "built-in"
	case r.File() != "":
		return fmt.Sprintf("custom (`%s`)", r.File())
	default:
		return "custom"
	}
}

// settingsYAML is the configuration that sets every parameter to its
// default: a starting point to edit. JSON scalars and flow collections are
// valid YAML, so the defaults need no YAML encoder.
func settingsYAML(r *engine.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "settings:\n  %s:\n", r.ID)
	for _, p := range r.Params {
		fmt.Fprintf(&b, "    %s: %s\n", p.Name, jsonValue(p.Default))
	}
	return b.String()
}

// jsonValue writes a parameter's default as JSON, which sorts map keys, so
// the pages are deterministic.
func jsonValue(v any) string {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(data)
}

func quote(s string) string {
	if s == "" {
		return ""
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight("> "+l, " ")
	}
	return strings.Join(lines, "\n")
}

// cell makes text safe inside one Markdown table cell.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
