package engine

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// Each refusal names the file, the line and the builtin, and says why.
func TestSandboxRefusesOutsideBuiltins(t *testing.T) {
	cases := map[string]struct{ body, builtin string }{
		"http.send": {`report := {"status": "pass", "evidence": []} if {
	resp := http.send({"method": "GET", "url": "https://example.com/"})
	resp.status_code == 200
}`, "http.send"},
		"http.send as a statement": {`ok if http.send({"method": "GET", "url": "https://example.com/"}, _)

report := {"status": "pass"}`, "http.send"},
		"net.lookup_ip_addr": {`report := {"status": "pass", "evidence": []} if count(net.lookup_ip_addr("example.com")) > 0`, "net.lookup_ip_addr"},
		"net.cidr_contains":  {`report := {"status": "pass"} if net.cidr_contains("10.0.0.0/8", "10.1.1.1")`, "net.cidr_contains"},
		"opa.runtime":        {`report := {"status": "pass", "message": opa.runtime().env.HOME}`, "opa.runtime"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := newEngine(t, rule("test/sneaky", "error", c.body))
			if err == nil {
				t.Fatal("the rule loaded; it must be refused")
			}
			msg := err.Error()
			for _, want := range []string{"rules/ra.rego:", c.builtin + " is not allowed", "sandboxed"} {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q does not contain %q", msg, want)
				}
			}
		})
	}
}

// Even a call the module check did not see cannot compile: the builtins
// are not in the capabilities.
func TestCapabilitiesLackDeniedBuiltins(t *testing.T) {
	for _, b := range Capabilities().Builtins {
		if _, denied := Denied(b.Name); denied {
			t.Errorf("capabilities still hold %s", b.Name)
		}
	}
	found := false
	for _, b := range Capabilities().Builtins {
		if b.Name == "regex.match" {
			found = true
		}
	}
	if !found {
		t.Error("capabilities lost regex.match, which rules need")
	}
}

func TestTimeoutStopsASlowRule(t *testing.T) {
	e, err := newEngine(t, rule("test/slow", "error", `report := {"status": "pass", "evidence": []} if {
	count([x | some x in numbers.range(1, 100000000); x % 7 == 3]) > 0
}`))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = e.Eval(ctx, testDoc())
	if err == nil {
		t.Fatal("a rule over the deadline must be an error")
	}
	if !errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Errorf("ctx.Err() = %v", ctx.Err())
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("evaluation stopped after %s; the deadline was 200ms", d)
	}
}

func TestSettingsDisableSeverityAndParams(t *testing.T) {
	withParam := strings.Replace(rule("test/limit", "error", `report := {"status": "pass"} if data.policylint.params["test/limit"].max == 3
else := {"status": "fail"}`), "#   message: Something is missing.", `#   message: Something is missing.
#   params:
#     max:
#       default: 2
#       description: A limit.`, 1)
	p, err := Load([]Module{{Name: "lib/main.rego", Source: lib},
		{Name: "rules/a.rego", Source: withParam},
		{Name: "rules/b.rego", Source: rule("test/other", "error", `report := {"status": "fail"}`)},
	})
	if err != nil {
		t.Fatal(err)
	}
	if r := p.Rules()[0]; r.ID != "test/limit" || len(r.Params) != 1 || fmt.Sprint(r.Params[0].Default) != "2" || r.Params[0].Description != "A limit." {
		t.Fatalf("params = %+v", p.Rules()[0].Params)
	}
	eval := func(s Settings) map[string]Check {
		t.Helper()
		e, err := p.Prepare(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		checks, err := e.Eval(context.Background(), testDoc())
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]Check{}
		for _, c := range checks {
			out[c.Rule.ID] = c
		}
		return out
	}
	got := eval(Settings{})
	if got["test/limit"].Status != Fail || len(got) != 2 {
		t.Errorf("defaults: %+v", got)
	}
	got = eval(Settings{Params: map[string]map[string]any{"test/limit": {"max": 3.0}},
		Disabled: map[string]bool{"test/other": true}, Severity: map[string]string{"test/limit": "note"}})
	if got["test/limit"].Status != Pass {
		t.Errorf("the parameter did not reach the rule: %+v", got["test/limit"])
	}
	if got["test/limit"].Rule.Severity != "note" {
		t.Errorf("severity = %s, want note", got["test/limit"].Rule.Severity)
	}
	if _, ran := got["test/other"]; ran || len(got) != 1 {
		t.Errorf("a disabled rule was reported: %+v", got)
	}
	if _, err := p.Prepare(context.Background(), Settings{Data: map[string]any{"policylint": 1}}); err == nil {
		t.Error("data.policylint must be reserved")
	}
}

func TestIDMustMatchPackage(t *testing.T) {
	src := strings.Replace(rule("test/a", "error", `report := {"status": "pass"}`), "id: test/a", "id: other/a", 1)
	_, err := newEngine(t, src)
	if err == nil || !strings.Contains(err.Error(), "<pack>/<name>") {
		t.Fatalf("err = %v", err)
	}
}
