// The schema is checked against documents the linter really produces, which
// needs package linter; linter imports engine, hence the external package.
package engine_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/internal/testpolicies"
	"github.com/policylint/policylint/linter/parser"
)

const schemaID = "https://github.com/policylint/policylint/blob/main/linter/engine/input.schema.json"

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

func inputSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	schemaOnce.Do(func() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(engine.InputSchema))
		if err != nil {
			schemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if err := c.AddResource(schemaID, doc); err != nil {
			schemaErr = err
			return
		}
		schema, schemaErr = c.Compile(schemaID)
	})
	if schemaErr != nil {
		t.Fatalf("compiling input.schema.json: %v", schemaErr)
	}
	return schema
}

func validate(t *testing.T, data []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	return inputSchema(t).Validate(inst)
}

// rawSchema is the schema as plain JSON, for the tests that hold it to the
// Go types.
func rawSchema(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(engine.InputSchema, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestInputSchemaCompiles(t *testing.T) {
	inputSchema(t)
	m := rawSchema(t)
	if m["$schema"] != "https://json-schema.org/draft/2020-12/schema" || m["$id"] != schemaID {
		t.Errorf("$schema %v, $id %v", m["$schema"], m["$id"])
	}
	for _, k := range []string{"title", "description"} {
		if s, _ := m[k].(string); s == "" {
			t.Errorf("the schema has no %s", k)
		}
	}
}

// TestInputSchemaDescribesEveryProperty: the descriptions are the rule
// author's documentation, so none may be missing.
func TestInputSchemaDescribesEveryProperty(t *testing.T) {
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case map[string]any:
			if props, ok := v["properties"].(map[string]any); ok && !strings.HasSuffix(path, "/if") {
				for name, p := range props {
					d, _ := p.(map[string]any)["description"].(string)
					if strings.TrimSpace(d) == "" {
						t.Errorf("%s/properties/%s has no description", path, name)
					}
				}
			}
			for k, c := range v {
				walk(path+"/"+k, c)
			}
		case []any:
			for _, c := range v {
				walk(path+"/[]", c)
			}
		}
	}
	walk("#", rawSchema(t))
}

// TestInputSchemaMatchesTypes holds the schema to the JSON tags of the
// document types: a field added, renamed or made optional in Go must be
// published too.
func TestInputSchemaMatchesTypes(t *testing.T) {
	m := rawSchema(t)
	defs := m["$defs"].(map[string]any)
	for _, tc := range []struct {
		typ    reflect.Type
		schema map[string]any
	}{
		{reflect.TypeOf(document.Document{}), m},
		{reflect.TypeOf(document.Clause{}), defs["clause"].(map[string]any)},
		{reflect.TypeOf(document.Position{}), defs["position"].(map[string]any)},
	} {
		var fields, required []string
		for i := 0; i < tc.typ.NumField(); i++ {
			tag := tc.typ.Field(i).Tag.Get("json")
			name, opts, _ := strings.Cut(tag, ",")
			if name == "-" || name == "" {
				continue
			}
			fields = append(fields, name)
			if !strings.Contains(opts, "omitempty") {
				required = append(required, name)
			}
		}
		var props []string
		for k := range tc.schema["properties"].(map[string]any) {
			props = append(props, k)
		}
		var req []string
		for _, r := range tc.schema["required"].([]any) {
			req = append(req, r.(string))
		}
		for _, s := range [][]string{fields, required, props, req} {
			sort.Strings(s)
		}
		if !slices.Equal(fields, props) {
			t.Errorf("%s: JSON fields %v, schema properties %v", tc.typ, fields, props)
		}
		if !slices.Equal(required, req) {
			t.Errorf("%s: always-present fields %v, schema requires %v", tc.typ, required, req)
		}
		if tc.schema["additionalProperties"] != false {
			t.Errorf("%s: the schema should not allow other properties", tc.typ)
		}
	}

	props := defs["clause"].(map[string]any)["properties"].(map[string]any)
	var kinds []string
	for _, k := range props["kind"].(map[string]any)["enum"].([]any) {
		kinds = append(kinds, k.(string))
	}
	want := []string{string(document.Heading), string(document.Paragraph), string(document.ListItem), string(document.TableCell), string(document.Metadata)}
	if !slices.Equal(kinds, want) {
		t.Errorf("kind enum %v, document kinds %v", kinds, want)
	}
	formats := m["properties"].(map[string]any)["format"].(map[string]any)["enum"].([]any)
	if len(formats) != 3 {
		t.Errorf("format enum %v, want the three parsers", formats)
	}
	for _, f := range formats {
		if _, err := parser.ForFormat(f.(string)); err != nil {
			t.Errorf("format enum: %v", err)
		}
	}
}

// policyFiles lists the policies under testdata: the corpus and the example.
func policyFiles(t *testing.T) []string {
	t.Helper()
	files, err := testpolicies.Files(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestEveryTestdataPolicyValidates(t *testing.T) {
	l, err := linter.New(context.Background(), linter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	files := policyFiles(t)
	if len(files) < 20 {
		t.Fatalf("only %d policies found under testdata; want at least 20", len(files))
	}
	for i, path := range files {
		doc, err := l.ParseFile(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		data, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		if err := validate(t, data); err != nil {
			t.Errorf("%s: the document does not validate:\n%v", path, err)
		}
		// Rules see engine.Input, not the JSON; the two should agree, but
		// the schema's promise is about what rules see.
		if i%8 == 0 {
			v, err := ast.JSON(engine.Input(doc))
			if err != nil {
				t.Fatal(err)
			}
			data, err := json.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(t, data); err != nil {
				t.Errorf("%s: engine.Input does not validate:\n%v", path, err)
			}
		}
	}
}

// minimal is a small valid input; each negative case breaks one thing in it.
const minimal = `{
  "path": "p.md", "format": "markdown", "language": "en",
  "clauses": [
    {"id": 0, "kind": "heading", "level": 1, "path": [], "section": -1,
     "text": "Privacy", "sentences": ["Privacy"],
     "start": {"line": 1, "column": 3}, "end": {"line": 1, "column": 9},
     "concepts": ["privacy_heading"], "context": []},
    {"id": 1, "kind": "paragraph", "path": ["Privacy"], "section": 0,
     "text": "We keep data.", "sentences": ["We keep data."],
     "start": {"line": 3, "column": 1}, "end": {"line": 3, "column": 13},
     "concepts": [], "context": ["privacy_heading"]}
  ],
  "index": {"privacy_heading": [0]},
  "context_index": {"privacy_heading": [1]}
}`

func TestInputSchemaRejects(t *testing.T) {
	if err := validate(t, []byte(minimal)); err != nil {
		t.Fatalf("the minimal input does not validate: %v", err)
	}
	clause := func(doc map[string]any, i int) map[string]any {
		return doc["clauses"].([]any)[i].(map[string]any)
	}
	for name, edit := range map[string]func(doc map[string]any){
		"clause without text":    func(d map[string]any) { delete(clause(d, 1), "text") },
		"kind footnote":          func(d map[string]any) { clause(d, 1)["kind"] = "footnote" },
		"start line 0":           func(d map[string]any) { clause(d, 1)["start"].(map[string]any)["line"] = 0 },
		"end column 0":           func(d map[string]any) { clause(d, 1)["end"].(map[string]any)["column"] = 0 },
		"unknown top-level key":  func(d map[string]any) { d["title"] = "Privacy" },
		"unknown clause key":     func(d map[string]any) { clause(d, 1)["html"] = "<p>" },
		"index of strings":       func(d map[string]any) { d["index"] = map[string]any{"privacy_heading": []any{"0"}} },
		"index of a number":      func(d map[string]any) { d["index"] = map[string]any{"privacy_heading": 0} },
		"index of fractions":     func(d map[string]any) { d["index"] = map[string]any{"privacy_heading": []any{0.5}} },
		"context_index negative": func(d map[string]any) { d["context_index"] = map[string]any{"privacy_heading": []any{-1}} },
		"format pdf":             func(d map[string]any) { d["format"] = "pdf" },
		"no clauses":             func(d map[string]any) { d["clauses"] = []any{} },
		"heading without level":  func(d map[string]any) { delete(clause(d, 0), "level") },
		"heading level 7":        func(d map[string]any) { clause(d, 0)["level"] = 7 },
		"paragraph with level":   func(d map[string]any) { clause(d, 1)["level"] = 1 },
		"section -2":             func(d map[string]any) { clause(d, 1)["section"] = -2 },
		"empty text":             func(d map[string]any) { clause(d, 1)["text"] = "" },
		"no sentences":           func(d map[string]any) { clause(d, 1)["sentences"] = []any{} },
		"concepts repeated":      func(d map[string]any) { clause(d, 0)["concepts"] = []any{"a", "a"} },
		"missing context_index":  func(d map[string]any) { delete(d, "context_index") },
	} {
		t.Run(name, func(t *testing.T) {
			var doc map[string]any
			if err := json.Unmarshal([]byte(minimal), &doc); err != nil {
				t.Fatal(err)
			}
			edit(doc)
			data, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			if err := validate(t, data); err == nil {
				t.Errorf("accepted:\n%s", data)
			}
		})
	}
}
