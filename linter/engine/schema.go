package engine

import _ "embed" // for InputSchema

// InputSchema is the JSON Schema (draft 2020-12) of Input's shape. Rule
// authors cannot read the Go types, so the schema is their reference for
// what a rule may ask of input, and it lets editors and test fixtures be
// checked against it. It is embedded so that `policylint parse --schema`
// prints the very file the tests validate every parsed policy against.
//
//go:embed input.schema.json
var InputSchema []byte
