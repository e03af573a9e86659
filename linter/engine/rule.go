package engine

import (
	"fmt"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Rule is a rule's identity and documentation, read from the METADATA
// annotation of its package.
type Rule struct {
	ID          string // e.g. gdpr/right-access
	Title       string
	Description string
	Severity    string
	Article     string // e.g. "Art. 15"
	Message     string // what a failure says is missing
	Fix         string // how to fix a failure
	Example     string // passing text
	HelpURI     string // first related resource
	// References are the related resources of the METADATA block.
	References  []Reference
	Conditional bool // may report not applicable
	// Params are the settings a configuration may give the rule.
	Params []Param
	// Builtin is true for the rules policylint ships.
	Builtin bool
	// Enabled is false for a rule the configuration disables.
	Enabled bool

	pack, name, key string
	file            string
}

// Reference is a link from a rule's METADATA related_resources.
type Reference struct {
	URL         string
	Description string
}

// Param is a rule parameter declared in METADATA custom.params, with the
// value it takes when no configuration sets it.
type Param struct {
	Name        string
	Default     any
	Description string
}

// Pack is the rule pack the rule belongs to ("gdpr", "policy", or a
// custom pack's name): the first part of its ID and package.
func (r *Rule) Pack() string { return r.pack }

// File is the Rego file that defines the rule.
func (r *Rule) File() string { return r.file }

// Param returns the rule's parameter called name.
func (r *Rule) Param(name string) (Param, bool) {
	for _, p := range r.Params {
		if p.Name == name {
			return p, true
		}
	}
	return Param{}, false
}

// ruleFromModule returns the rule a module defines, or nil for modules
// outside data.policylint.rules (the library, tests).
func ruleFromModule(m *ast.Module) (*Rule, error) {
	pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
	if !strings.HasPrefix(pkg, rulesPrefix) || strings.HasSuffix(pkg, "_test") {
		return nil, nil
	}
	parts := strings.Split(strings.TrimPrefix(pkg, rulesPrefix), ".")
	if len(parts) != 2 {
		return nil, fmt.Errorf("package %s: a rule package is policylint.rules.<pack>.<name>", pkg)
	}
	var a *ast.Annotations
	for _, ann := range m.Annotations {
		if ann.Scope == "package" {
			a = ann
			break
		}
	}
	if a == nil {
		return nil, fmt.Errorf("package %s has no package-scoped # METADATA block", pkg)
	}
	str := func(k string) string {
		v, _ := a.Custom[k].(string)
		return strings.TrimSpace(v)
	}
	r := &Rule{
		ID:          str("id"),
		Title:       a.Title,
		Description: strings.TrimSpace(a.Description),
		Severity:    str("severity"),
		Article:     str("article"),
		Message:     str("message"),
		Fix:         str("fix"),
		Example:     str("example"),
		pack:        parts[0],
		name:        parts[1],
		key:         parts[0] + "." + parts[1],
		file:        m.Package.Location.File,
	}
	r.Conditional, _ = a.Custom["conditional"].(bool)
	for _, rr := range a.RelatedResources {
		r.References = append(r.References, Reference{URL: rr.Ref.String(), Description: rr.Description})
	}
	if len(r.References) > 0 {
		r.HelpURI = r.References[0].URL
	}
	if r.ID == "" {
		r.ID = parts[0] + "/" + strings.ReplaceAll(parts[1], "_", "-")
	}
	if pack, _, ok := strings.Cut(r.ID, "/"); !ok || pack != parts[0] {
		return nil, fmt.Errorf("rule %s: the ID must be <pack>/<name> with the pack of its package (%s), e.g. %s/%s",
			r.ID, pkg, parts[0], strings.ReplaceAll(parts[1], "_", "-"))
	}
	params, err := readParams(a.Custom["params"])
	if err != nil {
		return nil, fmt.Errorf("rule %s: METADATA custom.params: %w", r.ID, err)
	}
	r.Params = params
	if r.Title == "" {
		return nil, fmt.Errorf("rule %s: METADATA needs a title", r.ID)
	}
	if SeverityRank(r.Severity) == 0 {
		return nil, fmt.Errorf("rule %s: METADATA custom.severity must be error, warning or note, not %q", r.ID, r.Severity)
	}
	if r.Message == "" {
		r.Message = r.Title + " is missing"
	}
	return r, nil
}

// readParams reads custom.params: a map from parameter name to
// {default: value, description: text}.
func readParams(v any) ([]Param, error) {
	if v == nil {
		return nil, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("must map each parameter name to {default, description}")
	}
	var out []Param
	for name, spec := range m {
		s, ok := spec.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("parameter %s must be {default: ..., description: ...}", name)
		}
		def, ok := s["default"]
		if !ok {
			return nil, fmt.Errorf("parameter %s has no default", name)
		}
		desc, _ := s["description"].(string)
		out = append(out, Param{Name: name, Default: def, Description: strings.TrimSpace(desc)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}
