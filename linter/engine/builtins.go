package engine

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/open-policy-agent/opa/v1/types"

	"github.com/policylint/policylint/linter/document"
)

// ParseFunc turns policy text of a format ("markdown", "html", "text") into
// a tagged document, in the given language, or the detected one when
// language is "".
type ParseFunc func(text, format, language string) (*document.Document, error)

// ParseBuiltin declares policylint.parse(text, format): the document a rule
// sees for that text. Rule tests use it so that they exercise the parser and
// the vocabulary, not a hand-made input.
var ParseBuiltin = &ast.Builtin{
	Name: "policylint.parse",
	Decl: types.NewFunction(types.Args(types.S, types.S), types.A),
}

// ParseAsBuiltin declares policylint.parse_as(text, format, language): the
// same in a given language ("de", "fr"), for tests of one phrase, too short
// for the language to be told from the text.
var ParseAsBuiltin = &ast.Builtin{
	Name: "policylint.parse_as",
	Decl: types.NewFunction(types.Args(types.S, types.S, types.S), types.A),
}

// Builtins returns the rego options that register policylint's builtins.
func Builtins(parse ParseFunc) []func(*rego.Rego) {
	if parse == nil {
		return nil
	}
	return []func(*rego.Rego){ParseFunction(parse), ParseAsFunction(parse)}
}

// TestBuiltins are the same builtins for OPA's test runner, with their
// declarations for its compiler.
func TestBuiltins(parse ParseFunc) ([]*tester.Builtin, []*ast.Builtin) {
	if parse == nil {
		return nil, nil
	}
	return []*tester.Builtin{
		{Decl: ParseBuiltin, Func: ParseFunction(parse)},
		{Decl: ParseAsBuiltin, Func: ParseAsFunction(parse)},
	}, []*ast.Builtin{ParseBuiltin, ParseAsBuiltin}
}

// ParseFunction implements ParseBuiltin with parse.
func ParseFunction(parse ParseFunc) func(*rego.Rego) {
	return rego.Function2(&rego.Function{
		Name:    ParseBuiltin.Name,
		Decl:    ParseBuiltin.Decl,
		Memoize: true,
	}, func(_ rego.BuiltinContext, text, format *ast.Term) (*ast.Term, error) {
		return callParse(parse, ParseBuiltin.Name, text, format, nil)
	})
}

// ParseAsFunction implements ParseAsBuiltin with parse.
func ParseAsFunction(parse ParseFunc) func(*rego.Rego) {
	return rego.Function3(&rego.Function{
		Name:    ParseAsBuiltin.Name,
		Decl:    ParseAsBuiltin.Decl,
		Memoize: true,
	}, func(_ rego.BuiltinContext, text, format, language *ast.Term) (*ast.Term, error) {
		return callParse(parse, ParseAsBuiltin.Name, text, format, language)
	})
}

func callParse(parse ParseFunc, name string, text, format, language *ast.Term) (*ast.Term, error) {
	t, ok := text.Value.(ast.String)
	if !ok {
		return nil, fmt.Errorf("%s: text must be a string", name)
	}
	f, ok := format.Value.(ast.String)
	if !ok {
		return nil, fmt.Errorf("%s: format must be a string", name)
	}
	lang := ""
	if language != nil {
		l, ok := language.Value.(ast.String)
		if !ok || l == "" {
			return nil, fmt.Errorf("%s: language must be a language code such as \"de\"", name)
		}
		lang = string(l)
	}
	doc, err := parse(string(t), string(f), lang)
	if err != nil {
		return nil, err
	}
	return ast.NewTerm(Input(doc)), nil
}
