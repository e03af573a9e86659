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
	t := terms{}
	for i := range doc.Clauses {
		clauses[i] = ast.NewTerm(clauseValue(&doc.Clauses[i], t))
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

// The keys and the words that recur in every clause (kinds, concept
// names) are made into terms once: terms are immutable, and most of the
// conversion's cost was allocating the same small terms again.
var (
	keyID, keyKind, keyPath, keySection = ast.StringTerm("id"), ast.StringTerm("kind"), ast.StringTerm("path"), ast.StringTerm("section")
	keyText, keySentences, keyStart     = ast.StringTerm("text"), ast.StringTerm("sentences"), ast.StringTerm("start")
	keyEnd, keyConcepts, keyContext     = ast.StringTerm("end"), ast.StringTerm("concepts"), ast.StringTerm("context")
	keyLevel, keyLine, keyColumn        = ast.StringTerm("level"), ast.StringTerm("line"), ast.StringTerm("column")
	keyLinks                            = ast.StringTerm("links")
	emptyArray                          = ast.InternedEmptyArray
)

// terms interns the strings of one conversion.
type terms map[string]*ast.Term

func (t terms) str(s string) *ast.Term {
	if x, ok := t[s]; ok {
		return x
	}
	x := ast.StringTerm(s)
	t[s] = x
	return x
}

func intTerm(n int) *ast.Term {
	if ast.HasInternedIntNumberTerm(n) {
		return ast.InternedTerm(n)
	}
	return ast.IntNumberTerm(n)
}

func clauseValue(c *document.Clause, t terms) ast.Value {
	items := [][2]*ast.Term{
		{keyID, intTerm(c.ID)},
		{keyKind, t.str(string(c.Kind))},
		{keyPath, t.list(c.Path)},
		{keySection, intTerm(c.Section)},
		{keyText, ast.StringTerm(c.Text)},
		{keySentences, stringList(c.Sentences)},
		{keyStart, position(c.Start)},
		{keyEnd, position(c.End)},
		{keyConcepts, t.list(c.Concepts)},
		{keyContext, t.list(c.Context)},
	}
	if c.Level != 0 {
		items = append(items, [2]*ast.Term{keyLevel, intTerm(c.Level)})
	}
	if len(c.Links) > 0 {
		items = append(items, [2]*ast.Term{keyLinks, stringList(c.Links)})
	}
	return ast.NewObject(items...)
}

func str(k, v string) [2]*ast.Term { return ast.Item(ast.StringTerm(k), ast.StringTerm(v)) }

func position(p document.Position) *ast.Term {
	return ast.ObjectTerm([2]*ast.Term{keyLine, intTerm(p.Line)}, [2]*ast.Term{keyColumn, intTerm(p.Column)})
}

func stringList(ss []string) *ast.Term { return listOf(ss, ast.StringTerm) }

// list is stringList for strings that recur (concept names, headings).
func (t terms) list(ss []string) *ast.Term { return listOf(ss, t.str) }

func listOf(ss []string, term func(string) *ast.Term) *ast.Term {
	if len(ss) == 0 {
		return emptyArray
	}
	out := make([]*ast.Term, len(ss))
	for i, s := range ss {
		out[i] = term(s)
	}
	return ast.ArrayTerm(out...)
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
			ids[j] = intTerm(id)
		}
		items[i] = ast.Item(ast.StringTerm(k), ast.ArrayTerm(ids...))
	}
	return ast.ObjectTerm(items...)
}
