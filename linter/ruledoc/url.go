// Package ruledoc renders a rule's documentation from its METADATA: the
// pages under docs/rules, `policylint explain` and `policylint rules`.
package ruledoc

// DocsBase is where the built-in rules' pages are published; SARIF helpUri
// points there, so a code-scanning alert links to the page.
const DocsBase = "https://github.com/policylint/policylint/blob/main/docs/rules/"

// URL is the page of a built-in rule.
func URL(id string) string { return DocsBase + id + ".md" }
