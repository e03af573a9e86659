package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func TestParseSchema(t *testing.T) {
	out, stderr, code := run(t, "parse", "--schema")
	if code != 0 {
		t.Fatalf("exit %d, want 0\n%s", code, stderr)
	}
	var s struct {
		Schema string `json:"$schema"`
		ID     string `json:"$id"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if s.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %q, want draft 2020-12", s.Schema)
	}
}

func TestParseArgsAreUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"parse"}, {"parse", "--schema", example}, {"parse", example, example}} {
		_, stderr, code := run(t, args...)
		if code != 2 || !strings.Contains(stderr, "FILE") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a word on FILE", args, code, stderr)
		}
	}
}

// TestParseOutputMatchesSchema: what parse prints for a policy is what the
// schema it prints promises.
func TestParseOutputMatchesSchema(t *testing.T) {
	schemaJSON, _, code := run(t, "parse", "--schema")
	if code != 0 {
		t.Fatalf("parse --schema: exit %d", code)
	}
	doc, _, code := run(t, "parse", example)
	if code != 0 {
		t.Fatalf("parse: exit %d", code)
	}
	sch, err := jsonschema.UnmarshalJSON(strings.NewReader(schemaJSON))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("input.schema.json", sch); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("input.schema.json")
	if err != nil {
		t.Fatalf("compiling the printed schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("parse output is not JSON: %v", err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("parse output does not validate against the printed schema:\n%v", err)
	}
}
