package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/fingerprint"
	"github.com/policylint/policylint/linter/suppress"
)

// schemaPath is the official SARIF 2.1.0 (errata 01) schema, draft-04.
var schemaPath = filepath.Join("..", "..", "testdata", "sarif", "sarif-schema-2.1.0.json")

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

// validateSARIF fails the test unless data validates against the SARIF
// 2.1.0 schema, formats included.
func validateSARIF(t *testing.T, data []byte) {
	t.Helper()
	schemaOnce.Do(func() {
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		schema, schemaErr = c.Compile(schemaPath)
	})
	if schemaErr != nil {
		t.Fatalf("compiling the SARIF schema: %v", schemaErr)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the SARIF is not JSON: %v", err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("the SARIF does not validate against %s:\n%v", schemaPath, err)
	}
}

// sarifDoc is the part of a SARIF log the tests read.
type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name            string `json:"name"`
				Version         string `json:"version"`
				SemanticVersion string `json:"semanticVersion"`
				Rules           []struct {
					ID   string `json:"id"`
					Name string `json:"name"`
					Help struct {
						Text     string `json:"text"`
						Markdown string `json:"markdown"`
					} `json:"help"`
					HelpURI              string `json:"helpUri"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
					Properties struct {
						Tags []string `json:"tags"`
					} `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful bool `json:"executionSuccessful"`
			ExitCode            int  `json:"exitCode"`
			Notifications       []struct {
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		AutomationDetails struct {
			ID string `json:"id"`
		} `json:"automationDetails"`
		OriginalURIBaseIDs map[string]struct {
			URI string `json:"uri"`
		} `json:"originalUriBaseIds"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	} `json:"runs"`
}

func writeSARIF(t *testing.T, opts Options, results []linter.Result) []byte {
	t.Helper()
	r, err := New("sarif", opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.Report(&buf, results); err != nil {
		t.Fatal(err)
	}
	validateSARIF(t, buf.Bytes())
	return buf.Bytes()
}

func parseSARIF(t *testing.T, data []byte) sarifDoc {
	t.Helper()
	var doc sarifDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(doc.Runs))
	}
	return doc
}

// fixtureRules are the rules of fixture() plus one that produced no check,
// as Options.Rules would list every rule that ran.
func fixtureRules() []*engine.Rule {
	seen := map[string]bool{}
	var rules []*engine.Rule
	for _, r := range fixture() {
		for _, c := range r.Checks {
			if !seen[c.Rule.ID] {
				seen[c.Rule.ID] = true
				rules = append(rules, c.Rule)
			}
		}
	}
	return append(rules, &engine.Rule{
		ID: "policy/last-updated", Title: "Last updated", Severity: "note", Article: "Art. 12, WP260 para. 29",
		Description: "The policy should say\nwhen it was last updated.",
		Fix:         "Date the policy.", Example: "Last updated: 1 May 2024", HelpURI: "https://gdpr-info.eu/art-12-gdpr/",
	})
}

// stableBase replaces the absolute URI of the base directory, which depends
// on where the repository is checked out, so that goldens compare.
func stableBase(t *testing.T, data []byte) []byte {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return bytes.ReplaceAll(data, []byte(`"`+dirURI(wd)+`"`), []byte(`"file:///BASE/"`))
}

func TestSARIFGolden(t *testing.T) {
	cases := []struct {
		file string
		opts Options
	}{
		{"report.sarif", Options{Version: "1.2.3", Rules: fixtureRules(), BaseDir: ".", Category: "policies", ExitCode: 2}},
		{"report-passes.sarif", Options{Version: "1.2.3-dev", Rules: fixtureRules(), BaseDir: ".", Passes: true, ExitCode: 1}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			golden(t, c.file, stableBase(t, writeSARIF(t, c.opts, fixture())))
		})
	}
}

func TestSARIFRun(t *testing.T) {
	doc := parseSARIF(t, writeSARIF(t, Options{Version: "1.2.3", Rules: fixtureRules(), BaseDir: ".", Category: "policies", ExitCode: 2}, fixture()))
	if doc.Version != "2.1.0" || doc.Schema == "" {
		t.Errorf("version %q, $schema %q", doc.Version, doc.Schema)
	}
	run := doc.Runs[0]
	d := run.Tool.Driver
	if d.Name != "policylint" || d.Version != "1.2.3" || d.SemanticVersion != "1.2.3" {
		t.Errorf("driver %q %q %q", d.Name, d.Version, d.SemanticVersion)
	}
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	if run.AutomationDetails.ID != "policies/" {
		t.Errorf("automationDetails.id %q, want the category with a trailing slash", run.AutomationDetails.ID)
	}
	if len(d.Rules) != len(fixtureRules()) {
		t.Fatalf("%d rules, want every rule that ran (%d)", len(d.Rules), len(fixtureRules()))
	}
	last := d.Rules[len(d.Rules)-1]
	if last.ID != "policy/last-updated" || last.Name != "LastUpdated" || last.DefaultConfiguration.Level != "note" {
		t.Errorf("rule %+v", last)
	}
	for _, want := range []string{"when it was last updated", "Art. 12", "Date the policy.", "Last updated: 1 May 2024"} {
		if !strings.Contains(last.Help.Text, want) || !strings.Contains(last.Help.Markdown, want) {
			t.Errorf("help of %s lacks %q:\n%s\n%s", last.ID, want, last.Help.Text, last.Help.Markdown)
		}
	}
	if got := strings.Join(last.Properties.Tags, ","); got != "privacy,gdpr,policy,art-12" {
		t.Errorf("tags %s", got)
	}

	// Failures only: the pass and the not-applicable check are no results.
	var ids []string
	for _, r := range run.Results {
		ids = append(ids, r.RuleID)
		if d.Rules[r.RuleIndex].ID != r.RuleID {
			t.Errorf("result %s has ruleIndex %d, which is %s", r.RuleID, r.RuleIndex, d.Rules[r.RuleIndex].ID)
		}
		if r.Kind != "" || r.Level == "none" {
			t.Errorf("failure %s: kind %q level %q", r.RuleID, r.Kind, r.Level)
		}
		loc := r.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URI != "policies/acme.md" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
			t.Errorf("artifact %+v", loc.ArtifactLocation)
		}
		if !strings.HasPrefix(r.PartialFingerprints[FingerprintKey], fingerprint.Version+":") {
			t.Errorf("fingerprints %v", r.PartialFingerprints)
		}
	}
	if got := strings.Join(ids, ","); got != "policy/changes,gdpr/dpo-contact,gdpr/right-access" {
		t.Errorf("results %s", got)
	}
	// The failure at a clause covers the clause; the others line 1 column 1.
	access := run.Results[2].Locations[0].PhysicalLocation.Region
	if *access != (sarifRegion{StartLine: 5, StartColumn: 4, EndLine: 5, EndColumn: 15}) {
		t.Errorf("region of the clause %+v", *access)
	}
	if first := run.Results[0].Locations[0].PhysicalLocation.Region; *first != (sarifRegion{StartLine: 1, StartColumn: 1}) {
		t.Errorf("region of the document %+v", *first)
	}

	inv := run.Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful || inv[0].ExitCode != 2 {
		t.Fatalf("invocations %+v", inv)
	}
	n := inv[0].Notifications
	if len(n) != 2 || n[0].Level != "note" || n[1].Level != "error" ||
		!strings.Contains(n[0].Message.Text, "policies/de.html") ||
		!strings.Contains(n[1].Message.Text, "policies/missing.txt: no such file") {
		t.Errorf("notifications %+v", n)
	}
}

func TestSARIFPasses(t *testing.T) {
	results := fixture()
	without := parseSARIF(t, writeSARIF(t, Options{BaseDir: "."}, results))
	with := parseSARIF(t, writeSARIF(t, Options{BaseDir: ".", Passes: true}, results))
	if n := len(with.Runs[0].Results) - len(without.Runs[0].Results); n != 1 {
		t.Fatalf("passes added %d results, want 1 (the fixture has one pass)", n)
	}
	for _, r := range with.Runs[0].Results {
		if r.RuleID == "gdpr/eu-representative" {
			t.Error("a not-applicable check became a result")
		}
		if r.RuleID != "gdpr/purposes" {
			continue
		}
		if r.Kind != "pass" || r.Level != "none" {
			t.Errorf("pass has kind %q level %q", r.Kind, r.Level)
		}
		if reg := r.Locations[0].PhysicalLocation.Region; reg.StartLine != 3 || reg.StartColumn != 1 {
			t.Errorf("pass located at %+v, want its evidence (3:1)", *reg)
		}
	}
	if inv := with.Runs[0].Invocations[0]; !inv.ExecutionSuccessful || inv.ExitCode != 0 {
		t.Errorf("invocation %+v", inv)
	}
}

func TestSARIFURIs(t *testing.T) {
	base := t.TempDir()
	rule := &engine.Rule{ID: "gdpr/purposes", Title: "Purposes", Severity: "error", Article: "Art. 13(1)(c)"}
	fail := []engine.Check{{Rule: rule, Status: engine.Fail, Message: "No purposes", Location: document.Position{Line: 1, Column: 1}}}
	outside, err := filepath.Abs(filepath.Join(base, "..", "elsewhere", "p.md"))
	if err != nil {
		t.Fatal(err)
	}
	results := []linter.Result{
		{Path: filepath.Join(base, "docs", "privacy policy ü.md"), Checks: fail},
		{Path: filepath.Join(base, "c:odd#name?.txt"), Checks: fail},
		{Path: outside, Checks: fail},
	}
	doc := parseSARIF(t, writeSARIF(t, Options{BaseDir: base}, results))
	want := []sarifArtifactLoc{
		{URI: "docs/privacy%20policy%20%C3%BC.md", URIBaseID: "%SRCROOT%"},
		{URI: "c%3Aodd%23name%3F.txt", URIBaseID: "%SRCROOT%"},
		{URI: fileURI(outside)},
	}
	res := doc.Runs[0].Results
	if len(res) != len(want) {
		t.Fatalf("%d results", len(res))
	}
	for i, w := range want {
		got := res[i].Locations[0].PhysicalLocation.ArtifactLocation
		if got.URI != w.URI || got.URIBaseID != w.URIBaseID {
			t.Errorf("%s: artifact %+v, want %+v", results[i].Path, got, w)
		}
	}
	if !strings.HasPrefix(want[2].URI, "file:///") {
		t.Errorf("absolute URI %s", want[2].URI)
	}
	if got := doc.Runs[0].OriginalURIBaseIDs["%SRCROOT%"].URI; got != dirURI(base) || !strings.HasSuffix(got, "/") {
		t.Errorf("originalUriBaseIds %s, want %s", got, dirURI(base))
	}
	// Message text ends a sentence, as SARIF asks.
	if got := res[0].Message.Text; got != "No purposes." {
		t.Errorf("message %q", got)
	}
}

func TestSARIFRuleMetadata(t *testing.T) {
	for id, want := range map[string]string{
		"gdpr/right-access":           "RightAccess",
		"gdpr/right-withdraw-consent": "RightWithdrawConsent",
		"policy/last-updated":         "LastUpdated",
		"plain":                       "Plain",
	} {
		if got := ruleName(id); got != want {
			t.Errorf("ruleName(%q) = %q, want %q", id, got, want)
		}
	}
	for article, want := range map[string]string{
		"Art. 13(1)(f), 46, 49":   "13 46 49",
		"Art. 7(3), 13(2)(c)":     "7 13",
		"Art. 12, WP260 para. 29": "12",
		"Art. 27, 13(1)(a)":       "27 13",
		"":                        "",
	} {
		if got := strings.Join(articles(article), " "); got != want {
			t.Errorf("articles(%q) = %q, want %q", article, got, want)
		}
	}
	for v, ok := range map[string]bool{"1.2.3": true, "0.1.0-dev": true, "1.0.0+abc.1": true, "dev": false, "v1.2.3": false, "1.2": false, "01.2.3": false} {
		if semver.MatchString(v) != ok {
			t.Errorf("semver(%q) = %v", v, !ok)
		}
	}
	for in, want := range map[string]string{"a": "a/", "a/": "a/", "policylint/html": "policylint/html/"} {
		if got := automationID(in); got != want {
			t.Errorf("automationID(%q) = %q", in, got)
		}
	}
}

func TestSARIFRegion(t *testing.T) {
	rule := &engine.Rule{ID: "gdpr/right-access", Severity: "error"}
	heading := &document.Clause{Text: "Your rights", Start: document.Position{Line: 5, Column: 4}, End: document.Position{Line: 5, Column: 15}}
	para := &document.Clause{Text: "a b", Start: document.Position{Line: 7, Column: 1}, End: document.Position{Line: 9, Column: 3}}
	empty := &document.Clause{Text: "", Start: document.Position{Line: 2, Column: 2}, End: document.Position{Line: 2, Column: 2}}
	for _, c := range []struct {
		check engine.Check
		want  sarifRegion
	}{
		{engine.Check{Rule: rule, Location: heading.Start, LocationClause: heading}, sarifRegion{5, 4, 5, 15}},
		{engine.Check{Rule: rule, Location: para.Start, LocationClause: para}, sarifRegion{7, 1, 9, 3}},
		{engine.Check{Rule: rule, Location: empty.Start, LocationClause: empty}, sarifRegion{StartLine: 2, StartColumn: 2}},
		{engine.Check{Rule: rule, Location: document.Position{Line: 1, Column: 1}}, sarifRegion{StartLine: 1, StartColumn: 1}},
		{engine.Check{Rule: rule}, sarifRegion{StartLine: 1, StartColumn: 1}},
	} {
		if got := region(&c.check); *got != c.want {
			t.Errorf("region(%+v) = %+v, want %+v", c.check.Location, *got, c.want)
		}
	}
}

// TestSARIFSuppressions: a suppressed failure is no result (code scanning
// would open an alert for it regardless of SARIF suppressions), and the
// problems of directives are notifications at the directive.
func TestSARIFSuppressions(t *testing.T) {
	rule := &engine.Rule{ID: "gdpr/dpo-contact", Title: "DPO contact", Severity: "warning"}
	suppressed := engine.Check{Rule: rule, Status: engine.Fail, Message: "No DPO.", Location: document.Position{Line: 1, Column: 1}}
	res := []linter.Result{{
		Path: "p.md", Format: "markdown", Language: "en",
		Suppressed: []suppress.Suppression{{Check: suppressed, Kind: suppress.Inline, Reason: "no DPO", Position: document.Position{Line: 3, Column: 1}}},
		Notices: []suppress.Notice{
			{Level: "warning", Position: document.Position{Line: 3, Column: 1}, Rule: "gdpr/dpo-contact", Message: "a reason is required"},
			{Level: "note", Position: document.Position{Line: 9, Column: 5}, Rule: "gdpr/children", Message: "suppresses nothing"},
		},
	}}
	doc := parseSARIF(t, writeSARIF(t, Options{BaseDir: "."}, res))
	if n := len(doc.Runs[0].Results); n != 0 {
		t.Errorf("%d results; a suppressed failure is none", n)
	}
	n := doc.Runs[0].Invocations[0].Notifications
	if len(n) != 2 || n[0].Level != "warning" || n[1].Level != "note" ||
		n[0].Message.Text != "p.md:3:1: a reason is required (gdpr/dpo-contact)." ||
		n[1].Message.Text != "p.md:9:5: suppresses nothing (gdpr/children)." {
		t.Errorf("notifications %+v", n)
	}
}

// TestSARIFNoVersion: without a version the driver still validates and
// claims no semantic version it does not have.
func TestSARIFNoVersion(t *testing.T) {
	doc := parseSARIF(t, writeSARIF(t, Options{Version: "dev", BaseDir: "."}, []linter.Result{
		{Path: "x.md", Err: &linter.InputError{Path: "x.md", Err: errors.New("permission denied")}},
	}))
	if d := doc.Runs[0].Tool.Driver; d.Version != "dev" || d.SemanticVersion != "" {
		t.Errorf("version %q semanticVersion %q", d.Version, d.SemanticVersion)
	}
	if len(doc.Runs[0].Results) != 0 {
		t.Error("an unreadable file produced results")
	}
}

// TestSchemaRejectsInvalidSARIF keeps the validator honest: a region whose
// startLine is 0 must not pass.
func TestSchemaRejectsInvalidSARIF(t *testing.T) {
	data := stableBase(t, writeSARIF(t, Options{BaseDir: "."}, fixture()))
	bad := bytes.Replace(data, []byte(`"startLine": 5`), []byte(`"startLine": 0`), 1)
	if bytes.Equal(bad, data) {
		t.Fatal("the fixture's SARIF has no startLine 5 to break")
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if schema.Validate(inst) == nil {
		t.Error("the schema accepted startLine 0")
	}
}
