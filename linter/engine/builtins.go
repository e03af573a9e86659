package engine

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/types"

	"github.com/policylint/policylint/linter/document"
)

// ParseFunc turns policy text of a format ("markdown", "html", "text") into
// a tagged document.
type ParseFunc func(text, format string) (*document.Document, error)

// ParseBuiltin declares policylint.parse(text, format): the document a rule
// sees for that text. Rule tests use it so that they exercise the parser and
// the vocabulary, not a hand-made input.
var ParseBuiltin = &ast.Builtin{
	Name: "policylint.parse",
	Decl: types.NewFunction(types.Args(types.S, types.S), types.A),
}

// Builtins returns the rego options that register policylint's builtins.
func Builtins(parse ParseFunc) []func(*rego.Rego) {
	if parse == nil {
		return nil
	}
	return []func(*rego.Rego){ParseFunction(parse)}
}

// ParseFunction implements ParseBuiltin with parse.
func ParseFunction(parse ParseFunc) func(*rego.Rego) {
	return rego.Function2(&rego.Function{
		Name:             ParseBuiltin.Name,
		Decl:             ParseBuiltin.Decl,
		Memoize:          true,
		Nondeterministic: false,
	}, func(_ rego.BuiltinContext, text, format *ast.Term) (*ast.Term, error) {
		t, ok := text.Value.(ast.String)
		if !ok {
			return nil, fmt.Errorf("policylint.parse: text must be a string")
		}
		f, ok := format.Value.(ast.String)
		if !ok {
			return nil, fmt.Errorf("policylint.parse: format must be a string")
		}
		doc, err := parse(string(t), string(f))
		if err != nil {
			return nil, err
		}
		return ast.NewTerm(Input(doc)), nil
	})
}
