// Package rules embeds the built-in Rego rule pack, its library and the
// language packs the rules' vocabulary comes from.
package rules

import "embed"

// FS holds lib/ (the library every rule imports), gdpr/ and policy/ (the
// rule packs, with their tests) and lang/ (vocabulary per language).
//
//go:embed lib gdpr policy lang
var FS embed.FS
