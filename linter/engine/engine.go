// Package engine loads the Rego rule pack, prepares its query once and
// evaluates documents against it.
package engine

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/policylint/policylint/linter/document"
)

// Status is a rule's conclusion on one document.
type Status string

// The three conclusions a rule can reach.
const (
	Pass          Status = "pass"
	Fail          Status = "fail"
	NotApplicable Status = "not_applicable"
)

// Severity levels, most severe first.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityNote    = "note"
)

// SeverityRank orders severities: higher is more severe; unknown is 0.
func SeverityRank(s string) int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityNote:
		return 1
	}
	return 0
}

// rulesPrefix is where every rule package lives: data.policylint.rules.<pack>.<name>.
const rulesPrefix = "policylint.rules."

// Module is one Rego source file.
type Module struct {
	Name   string
	Source string
	// Builtin marks the modules policylint ships, as opposed to a user's.
	Builtin bool
}

// ReadModules returns every .rego file below root in fsys, tests included
// only when tests is true, in path order; builtin marks them as shipped
// with policylint.
func ReadModules(fsys fs.FS, root string, tests, builtin bool) ([]Module, error) {
	var mods []Module
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || path.Ext(p) != ".rego" {
			return nil
		}
		if strings.HasSuffix(p, "_test.rego") && !tests {
			return nil
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		mods = append(mods, Module{Name: p, Source: string(src), Builtin: builtin})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading rules: %w", err)
	}
	return mods, nil
}

// ParseModules parses Rego v1 sources with their METADATA annotations.
func ParseModules(mods []Module) (map[string]*ast.Module, error) {
	out := make(map[string]*ast.Module, len(mods))
	for _, m := range mods {
		parsed, err := ast.ParseModuleWithOpts(m.Name, m.Source, ast.ParserOptions{
			ProcessAnnotation: true,
			RegoVersion:       ast.RegoV1,
		})
		if err != nil {
			return nil, fmt.Errorf("parsing %s: %w", m.Name, err)
		}
		out[m.Name] = parsed
	}
	return out, nil
}

// Options configure an Engine built in one step by New.
type Options struct {
	Modules []Module
	// Parse backs the policylint.parse builtin that rule tests use to turn
	// policy text into the input a rule sees. Optional for checking.
	Parse ParseFunc
}

// Engine holds the prepared query; it is safe for concurrent use.
type Engine struct {
	all   []*Rule          // every rule of the pack, ordered by ID
	rules []*Rule          // the enabled ones
	byKey map[string]*Rule // enabled rules by "pack.name"
	query rego.PreparedEvalQuery
}

// New loads the modules and prepares them with every rule enabled.
func New(ctx context.Context, opts Options) (*Engine, error) {
	p, err := Load(opts.Modules)
	if err != nil {
		return nil, err
	}
	return p.Prepare(ctx, Settings{Parse: opts.Parse})
}

// Pack is a set of parsed rule modules with their rules' metadata, checked
// against the sandbox but not yet compiled: configuration is validated
// against it before a query is prepared.
type Pack struct {
	modules map[string]*ast.Module
	rules   []*Rule // ordered by ID
}

// Load parses the modules, reads every rule's metadata and refuses modules
// that call a builtin outside the sandbox.
func Load(mods []Module) (*Pack, error) {
	parsed, err := ParseModules(mods)
	if err != nil {
		return nil, err
	}
	builtin := map[string]bool{}
	for _, m := range mods {
		builtin[m.Name] = m.Builtin
	}
	p := &Pack{modules: parsed}
	ids := map[string]string{}
	names := make([]string, 0, len(parsed))
	for name := range parsed {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := checkSandbox(parsed[name]); err != nil {
			return nil, err
		}
		r, err := ruleFromModule(parsed[name])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if r == nil {
			continue
		}
		if other, dup := ids[r.ID]; dup {
			return nil, fmt.Errorf("%s: rule ID %s is already used by %s", name, r.ID, other)
		}
		r.Builtin = builtin[name]
		ids[r.ID] = name
		p.rules = append(p.rules, r)
	}
	sort.Slice(p.rules, func(i, j int) bool { return p.rules[i].ID < p.rules[j].ID })
	return p, nil
}

// Rules returns every rule of the pack, ordered by ID.
func (p *Pack) Rules() []*Rule { return p.rules }

// Settings tune a pack for one configuration.
type Settings struct {
	// Disabled rules are neither compiled nor reported.
	Disabled map[string]bool
	// Severity overrides a rule's severity, by rule ID.
	Severity map[string]string
	// Params overrides the defaults of rules' parameters, by rule ID.
	Params map[string]map[string]any
	// Data is merged into data. for custom rules (data files of a rule
	// directory). data.policylint is reserved.
	Data map[string]any
	// Parse backs the policylint.parse builtin (rule tests).
	Parse ParseFunc
}

// Data returns the base document the rules see: the settings' data plus
// data.policylint.params, every rule's parameters with overrides applied.
func (p *Pack) Data(s Settings) (map[string]any, error) {
	out := make(map[string]any, len(s.Data)+1)
	for k, v := range s.Data {
		if k == "policylint" {
			return nil, errors.New("data.policylint is reserved for policylint; rename the top-level key of your data file")
		}
		out[k] = v
	}
	params := map[string]any{}
	for _, r := range p.rules {
		vals := map[string]any{}
		for _, prm := range r.Params {
			vals[prm.Name] = prm.Default
		}
		for k, v := range s.Params[r.ID] {
			vals[k] = v
		}
		params[r.ID] = vals
	}
	out["policylint"] = map[string]any{"params": params}
	return out, nil
}

// Prepare compiles the enabled rules with the settings and prepares the one
// query that evaluates them all.
func (p *Pack) Prepare(ctx context.Context, s Settings) (*Engine, error) {
	e := &Engine{byKey: map[string]*Rule{}}
	skip := map[string]bool{} // packages of disabled rules
	for _, r := range p.rules {
		c := *r
		if sev, ok := s.Severity[r.ID]; ok {
			if SeverityRank(sev) == 0 {
				return nil, fmt.Errorf("rule %s: severity must be error, warning or note, not %q", r.ID, sev)
			}
			c.Severity = sev
		}
		c.Enabled = !s.Disabled[r.ID]
		e.all = append(e.all, &c)
		if !c.Enabled {
			skip[rulesPrefix+c.key] = true
			continue
		}
		e.rules = append(e.rules, &c)
		e.byKey[c.key] = &c
	}
	data, err := p.Data(s)
	if err != nil {
		return nil, err
	}
	args := []func(*rego.Rego){
		rego.Query(reportsQuery(e.rules)),
		rego.StrictBuiltinErrors(true),
		rego.Capabilities(Capabilities()),
		rego.Store(inmem.NewFromObject(data)),
	}
	names := make([]string, 0, len(p.modules))
	for name := range p.modules {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		m := p.modules[name]
		if skip[strings.TrimPrefix(m.Package.Path.String(), "data.")] {
			continue
		}
		args = append(args, rego.ParsedModule(m))
	}
	args = append(args, Builtins(s.Parse)...)
	q, err := rego.New(args...).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("compiling rules: %w", err)
	}
	e.query = q
	return e, nil
}

// reportsQuery names every enabled rule's report in one object literal,
// {"gdpr": {"children": [r | r := data.policylint.rules.gdpr.children.report], ...}}.
// Naming each report directly lets OPA evaluate exactly those rules; a
// generic rule iterating data.policylint.rules[pack][name] made it walk and
// materialise every package's whole document first.
func reportsQuery(rules []*Rule) string {
	byPack := map[string][]*Rule{}
	var packs []string
	for _, r := range rules {
		if _, ok := byPack[r.pack]; !ok {
			packs = append(packs, r.pack)
		}
		byPack[r.pack] = append(byPack[r.pack], r)
	}
	sort.Strings(packs)
	var b strings.Builder
	b.WriteString("{")
	for i, p := range packs {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q: {", p)
		for j, r := range byPack[p] {
			if j > 0 {
				b.WriteString(", ")
			}
			// A comprehension, so that one undefined report leaves the
			// others defined and Eval can name the rule at fault.
			fmt.Fprintf(&b, "%q: [r | r := data.policylint.rules[%q][%q].report]", r.name, p, r.name)
		}
		b.WriteString("}")
	}
	b.WriteString("}")
	return b.String()
}

// AllRules returns every rule of the pack, disabled ones included, with
// the configured severities, ordered by ID.
func (e *Engine) AllRules() []*Rule { return e.all }

// Rules returns the enabled rules ordered by ID.
func (e *Engine) Rules() []*Rule { return e.rules }

// Evidence is a clause that supports a pass.
type Evidence struct {
	Clause *document.Clause
}

// Check is one rule's conclusion on one document.
type Check struct {
	Rule     *Rule
	Status   Status
	Message  string
	Location document.Position
	// LocationClause is the clause the location points to, nil for the
	// document's first line.
	LocationClause *document.Clause
	Evidence       []*document.Clause
}

// maxEvidence bounds how many clauses a pass quotes; more adds noise, not proof.
const maxEvidence = 12

// Eval evaluates every rule on doc (already tagged) and returns one check per
// rule, ordered by rule ID.
func (e *Engine) Eval(ctx context.Context, doc *document.Document) ([]Check, error) {
	rs, err := e.query.Eval(ctx, rego.EvalParsedInput(Input(doc)))
	if err != nil {
		return nil, fmt.Errorf("evaluating rules: %w", err)
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return nil, errors.New("evaluating rules: the rule pack returned no reports")
	}
	reports, ok := rs[0].Expressions[0].Value.(map[string]any)
	if !ok {
		return nil, errors.New("evaluating rules: reports are not an object")
	}
	checks := make([]Check, 0, len(e.rules))
	for _, r := range e.rules {
		pack, _ := reports[r.pack].(map[string]any)
		list, _ := pack[r.name].([]any)
		var raw map[string]any
		ok := len(list) == 1
		if ok {
			raw, ok = list[0].(map[string]any)
		}
		if !ok {
			return nil, fmt.Errorf("rule %s (%s) produced no report: its report rule is undefined for this document", r.ID, r.file)
		}
		c, err := toCheck(r, raw, doc)
		if err != nil {
			return nil, fmt.Errorf("rule %s: %w", r.ID, err)
		}
		checks = append(checks, c)
	}
	return checks, nil
}

func toCheck(r *Rule, raw map[string]any, doc *document.Document) (Check, error) {
	c := Check{Rule: r, Location: document.Position{Line: 1, Column: 1}}
	status, _ := raw["status"].(string)
	switch Status(status) {
	case Pass, Fail, NotApplicable:
		c.Status = Status(status)
	default:
		return c, fmt.Errorf("report has status %q; want pass, fail or not_applicable", status)
	}
	c.Message, _ = raw["message"].(string)
	if c.Message == "" {
		switch c.Status {
		case Fail:
			c.Message = r.Message
		case Pass:
			c.Message = r.Title + ": disclosed"
		default:
			c.Message = r.Title + ": not applicable"
		}
	}
	clauseAt := func(v any) *document.Clause {
		n, ok := toInt(v)
		if !ok || n < 0 || n >= len(doc.Clauses) {
			return nil
		}
		return &doc.Clauses[n]
	}
	if ev, ok := raw["evidence"].([]any); ok {
		seen := map[int]bool{}
		for _, v := range ev {
			cl := clauseAt(v)
			if cl == nil || seen[cl.ID] {
				continue
			}
			seen[cl.ID] = true
			c.Evidence = append(c.Evidence, cl)
		}
		sort.Slice(c.Evidence, func(i, j int) bool { return c.Evidence[i].ID < c.Evidence[j].ID })
		if len(c.Evidence) > maxEvidence {
			c.Evidence = c.Evidence[:maxEvidence]
		}
	}
	if cl := clauseAt(raw["location"]); cl != nil {
		c.LocationClause = cl
		c.Location = cl.Start
	} else if c.Status == Pass && len(c.Evidence) > 0 {
		c.LocationClause = c.Evidence[0]
		c.Location = c.Evidence[0].Start
	}
	return c, nil
}

func toInt(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), true
	case interface{ Int64() (int64, error) }: // json.Number
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}
