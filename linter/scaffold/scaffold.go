// Package scaffold writes the starting files of a custom rule: a Rego rule
// with its METADATA and a test file beside it that already passes, so a
// rule author starts from green and changes one thing at a time.
package scaffold

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"
)

// idPattern is <pack>/<name>: lower-case words, the pack a Rego identifier.
var idPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*/[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// Rule describes the rule to scaffold.
type Rule struct {
	ID       string // e.g. acme/dpo-named
	Title    string
	Severity string
}

// File is one file to write, relative to the rule directory.
type File struct {
	Path    string
	Content string
}

// Files returns the rule and its test.
func Files(r Rule) ([]File, error) {
	if !idPattern.MatchString(r.ID) {
		return nil, fmt.Errorf("rule ID %q must be <pack>/<name> in lower case, e.g. acme/dpo-named", r.ID)
	}
	pack, name, _ := strings.Cut(r.ID, "/")
	if pack == "gdpr" || pack == "policy" {
		return nil, fmt.Errorf("rule ID %q: the packs gdpr and policy are policylint's own; use your organisation's name as the pack", r.ID)
	}
	if strings.HasSuffix(name, "-test") {
		return nil, fmt.Errorf("rule ID %q: a name ending in -test makes a file named _test.rego, which is read as a test", r.ID)
	}
	if r.Title == "" {
		r.Title = strings.ToUpper(name[:1]) + strings.ReplaceAll(name[1:], "-", " ")
	}
	if r.Severity == "" {
		r.Severity = "error"
	}
	switch r.Severity {
	case "error", "warning", "note":
	default:
		return nil, fmt.Errorf("severity must be error, warning or note, not %q", r.Severity)
	}
	v := struct {
		Rule
		Pack, Ref, Package string
	}{r, pack, strings.ReplaceAll(name, "-", "_"), pack + "." + strings.ReplaceAll(name, "-", "_")}
	file := filepath.Join(pack, strings.ReplaceAll(name, "-", "_"))
	var out []File
	for _, t := range []struct{ suffix, tmpl string }{{".rego", ruleTemplate}, {"_test.rego", testTemplate}} {
		var b bytes.Buffer
		if err := template.Must(template.New("").Parse(t.tmpl)).Execute(&b, v); err != nil {
			return nil, err
		}
		out = append(out, File{Path: file + t.suffix, Content: b.String()})
	}
	return out, nil
}

// Write writes the files under dir, refusing to overwrite any: a scaffold
// never destroys a rule someone has written.
func Write(dir string, files []File) ([]string, error) {
	for _, f := range files {
		p := filepath.Join(dir, f.Path)
		if _, err := os.Stat(p); err == nil {
			return nil, fmt.Errorf("%s already exists; not overwriting it", p)
		} else if !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
	}
	var written []string
	for _, f := range files {
		p := filepath.Join(dir, f.Path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return written, err
		}
		if err := os.WriteFile(p, []byte(f.Content), 0o644); err != nil {
			return written, err
		}
		written = append(written, p)
	}
	return written, nil
}

const ruleTemplate = `# METADATA
# title: {{.Title}}
# description: |
#   What the policy must say, and why: the obligation this rule checks
#   (a regulation's article, a contract, your company's own standard).
# related_resources:
#   - ref: https://gdpr-info.eu/art-13-gdpr/
#     description: GDPR Art. 13
# custom:
#   id: {{.ID}}
#   severity: {{.Severity}}
#   article: Art. 13
#   message: The policy does not say <what is missing>.
#   fix: Add a sentence that says <what is missing>, under the heading where readers look for it.
#   example: Our data protection officer, Jane Roe, can be reached at dpo@example.com.
package policylint.rules.{{.Package}}

import data.policylint.lib

# evidence: the clauses that make the disclosure. lib.matching takes a
# regular expression matched case-insensitively against each clause's text;
# see the README's "Writing your own rules" for the other helpers.
evidence := lib.matching(` + "`" + `data protection officer|\bDPO\b` + "`" + `)

# A failure is placed at the heading where the disclosure belongs, or on
# the first line when there is no such heading.
where := lib.headings_matching(` + "`" + `contact|data protection officer` + "`" + `)

report := lib.pass_or_fail(evidence, where)
`

const testTemplate = `package policylint.rules.{{.Package}}_test

import data.policylint.rules.{{.Package}}

# Tests start from policy text: policylint.parse(text, format) gives the
# input the rule sees for it. Keep one test per phrasing real policies use,
# and one per near miss that must not pass.

test_pass_named if {
	doc := policylint.parse("# Contact\n\nOur data protection officer, Jane Roe, can be reached at dpo@example.com.", "markdown")
	r := {{.Ref}}.report with input as doc
	r.status == "pass"
	r.evidence == [1]
}

test_fail_not_named if {
	doc := policylint.parse("# Contact\n\nWrite to us at hello@example.com.", "markdown")
	r := {{.Ref}}.report with input as doc
	r.status == "fail"
	r.location == 0
}
`
