package engine

import (
	"sort"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/policylint/policylint/linter/document"
)

// Input converts a document to OPA's value directly. ast.InterfaceToValue
// would round-trip the document through JSON, which costs more than
// evaluating the whole rule pack. The shape is exactly the document's JSON
// (what `policylint parse` prints); TestInputMatchesJSON holds the two
// together.
func Input(doc *document.Document) ast.Value {
	clauses := make([]*ast.Term, len(doc.Clauses))
	for i := range doc.Clauses {
		clauses[i] = ast.NewTerm(clauseValue(&doc.Clauses[i]))
	}
	return ast.NewObject(
		str("path", doc.Path),
		str("format", doc.Format),
		str("language", doc.Language),
		ast.Item(ast.StringTerm("clauses"), ast.ArrayTerm(clauses...)),
		ast.Item(ast.StringTerm("index"), indexTerm(doc.Index)),
		ast.Item(ast.StringTerm("context_index"), indexTerm(doc.ContextIndex)),
	)
}

func clauseValue(c *document.Clause) ast.Value {
	items := [][2]*ast.Term{
		num("id", c.ID),
		str("kind", string(c.Kind)),
		ast.Item(ast.StringTerm("path"), stringList(c.Path)),
		num("section", c.Section),
		str("text", c.Text),
		ast.Item(ast.StringTerm("sentences"), stringList(c.Sentences)),
		ast.Item(ast.StringTerm("start"), position(c.Start)),
		ast.Item(ast.StringTerm("end"), position(c.End)),
		ast.Item(ast.StringTerm("concepts"), stringList(c.Concepts)),
		ast.Item(ast.StringTerm("context"), stringList(c.Context)),
	}
	if c.Level != 0 {
		items = append(items, num("level", c.Level))
	}
	return ast.NewObject(items...)
}

func str(k, v string) [2]*ast.Term { return ast.Item(ast.StringTerm(k), ast.StringTerm(v)) }
func num(k string, v int) [2]*ast.Term {
	return ast.Item(ast.StringTerm(k), ast.IntNumberTerm(v))
}

func position(p document.Position) *ast.Term {
	return ast.ObjectTerm(num("line", p.Line), num("column", p.Column))
}

func stringList(ss []string) *ast.Term {
	terms := make([]*ast.Term, len(ss))
	for i, s := range ss {
		terms[i] = ast.StringTerm(s)
	}
	return ast.ArrayTerm(terms...)
}

func indexTerm(idx map[string][]int) *ast.Term {
	keys := make([]string, 0, len(idx))
	for k := range idx {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	items := make([][2]*ast.Term, len(keys))
	for i, k := range keys {
		ids := make([]*ast.Term, len(idx[k]))
		for j, id := range idx[k] {
			ids[j] = ast.IntNumberTerm(id)
		}
		items[i] = ast.Item(ast.StringTerm(k), ast.ArrayTerm(ids...))
	}
	return ast.ObjectTerm(items...)
}
