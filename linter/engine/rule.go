package engine

import (
	"fmt"
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
	Conditional bool   // may report not applicable

	pack, name, key string
	file            string
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
	if len(a.RelatedResources) > 0 {
		r.HelpURI = a.RelatedResources[0].Ref.String()
	}
	if r.ID == "" {
		r.ID = parts[0] + "/" + strings.ReplaceAll(parts[1], "_", "-")
	}
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
