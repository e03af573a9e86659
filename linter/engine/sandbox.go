package engine

import (
	"fmt"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Rules are code that users share and download, and they run over every
// policy a compliance team audits: a rule may read the document and the
// data policylint gives it, nothing else. These builtins reach the network,
// the process environment (opa.runtime carries the environment variables)
// or files, so they are removed from the capabilities the rules compile
// against, and a module that calls one is refused with a message that says
// why rather than OPA's "undefined function".
var deniedBuiltins = map[string]string{
	"http.send":   "it makes network requests",
	"opa.runtime": "it exposes the process environment and configuration",
}

// deniedPrefixes deny whole namespaces: net.* resolves names and looks
// hosts up.
var deniedPrefixes = map[string]string{
	"net.": "it reaches the network",
}

// Denied says whether a builtin is outside the sandbox, and why.
func Denied(name string) (string, bool) {
	if why, ok := deniedBuiltins[name]; ok {
		return why, true
	}
	for p, why := range deniedPrefixes {
		if strings.HasPrefix(name, p) {
			return why, true
		}
	}
	return "", false
}

var (
	capsOnce sync.Once
	caps     *ast.Capabilities
)

// Capabilities are OPA's capabilities for this version without the denied
// builtins, so that even a call the module check missed cannot compile.
func Capabilities() *ast.Capabilities {
	capsOnce.Do(func() {
		c := ast.CapabilitiesForThisVersion()
		kept := c.Builtins[:0:0]
		for _, b := range c.Builtins {
			if _, denied := Denied(b.Name); !denied {
				kept = append(kept, b)
			}
		}
		c.Builtins = kept
		caps = c
	})
	return caps
}

// checkSandbox refuses a module that calls a denied builtin, naming the
// file, line and builtin.
func checkSandbox(m *ast.Module) error {
	var err error
	report := func(name string, loc *ast.Location) {
		why, denied := Denied(name)
		if !denied || err != nil {
			return
		}
		where := m.Package.Location.File
		if loc != nil {
			where = fmt.Sprintf("%s:%d", loc.File, loc.Row)
		}
		err = fmt.Errorf("%s: %s is not allowed in policylint rules: %s. Rules run sandboxed: no network, no environment, no file access; give a rule what it needs through data files or rule parameters", where, name, why)
	}
	ast.WalkExprs(m, func(x *ast.Expr) bool {
		if x.IsCall() {
			report(x.Operator().String(), x.Location)
		}
		return false
	})
	ast.WalkTerms(m, func(t *ast.Term) bool {
		if call, ok := t.Value.(ast.Call); ok && len(call) > 0 {
			report(call[0].String(), t.Location)
		}
		return false
	})
	return err
}
