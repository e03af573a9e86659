package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/suppress"
)

// junitCounts reads a JUnit report back with encoding/xml.
type junitCounts struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Errors   int `xml:"errors,attr"`
	Skipped  int `xml:"skipped,attr"`
}

type junitParsed struct {
	junitCounts
	Suites []struct {
		junitCounts
		Name  string `xml:"name,attr"`
		Cases []struct {
			ClassName string `xml:"classname,attr"`
			Name      string `xml:"name,attr"`
			Failure   *struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Body    string `xml:",chardata"`
			} `xml:"failure"`
			Error *struct {
				Message string `xml:"message,attr"`
			} `xml:"error"`
			Skipped *struct{} `xml:"skipped"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func parseJUnit(t *testing.T, results []linter.Result) junitParsed {
	t.Helper()
	var buf bytes.Buffer
	if err := (JUnit{}).Report(&buf, results); err != nil {
		t.Fatal(err)
	}
	var got junitParsed
	if err := xml.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("not XML: %v\n%s", err, buf.Bytes())
	}
	return got
}

func TestJUnitCountsParseBack(t *testing.T) {
	got := parseJUnit(t, fixture())
	if want := (junitCounts{Tests: 7, Failures: 3, Errors: 1, Skipped: 2}); got.junitCounts != want {
		t.Errorf("testsuites counts = %+v, want %+v", got.junitCounts, want)
	}
	if len(got.Suites) != 3 || got.Suites[0].Name != "policies/acme.md" {
		t.Fatalf("want one testsuite per file, got %d", len(got.Suites))
	}
	var sum junitCounts
	for _, s := range got.Suites {
		var c junitCounts
		for _, tc := range s.Cases {
			c.Tests++
			if tc.ClassName != s.Name {
				t.Errorf("%s: classname %q, want the path", tc.Name, tc.ClassName)
			}
			if tc.Failure != nil {
				c.Failures++
			}
			if tc.Error != nil {
				c.Errors++
			}
			if tc.Skipped != nil {
				c.Skipped++
			}
		}
		if c != s.junitCounts {
			t.Errorf("suite %s says %+v, its testcases add up to %+v", s.Name, s.junitCounts, c)
		}
		sum.Tests += c.Tests
		sum.Failures += c.Failures
		sum.Errors += c.Errors
		sum.Skipped += c.Skipped
	}
	if sum != got.junitCounts {
		t.Errorf("testsuites says %+v, the suites add up to %+v", got.junitCounts, sum)
	}
	access := got.Suites[0].Cases[3] // testcases are ordered by rule ID
	if access.Name != "gdpr/right-access" || access.Failure == nil || access.Failure.Type != "error" ||
		!strings.HasPrefix(access.Failure.Body, "policies/acme.md:5:4: error: ") {
		t.Errorf("right-access testcase = %+v", access)
	}
	if e := got.Suites[2].Cases[0].Error; e == nil || e.Message != "no such file" {
		t.Errorf("input error testcase = %+v", got.Suites[2].Cases[0])
	}
}

// TestJUnitEscapes feeds markup, a CDATA terminator and a control character
// through every place text lands, and reads them back.
func TestJUnitEscapes(t *testing.T) {
	nasty := `<b a="1">&amp; ]]> x` + "\x01"
	rule := &engine.Rule{ID: "gdpr/x&<y>", Severity: "error", Fix: nasty}
	res := []linter.Result{{
		Path:   `dir/"quoted" & <odd>.md`,
		Checks: []engine.Check{{Rule: rule, Status: engine.Fail, Message: nasty, Location: document.Position{Line: 2, Column: 1}}},
	}}
	got := parseJUnit(t, res)
	tc := got.Suites[0].Cases[0]
	if got.Suites[0].Name != res[0].Path || tc.Name != rule.ID {
		t.Errorf("names did not survive: suite %q, case %q", got.Suites[0].Name, tc.Name)
	}
	clean := strings.TrimSuffix(nasty, "\x01") + "\uFFFD"
	if tc.Failure == nil || tc.Failure.Message != clean || !strings.Contains(tc.Failure.Body, "Fix: "+clean) {
		t.Errorf("failure = %+v", tc.Failure)
	}
}

func TestGitHubEscaping(t *testing.T) {
	rule := &engine.Rule{ID: "gdpr/a,b:c", Severity: "warning", Article: "Art. 13"}
	res := []linter.Result{{
		Path: "odd,name:100%.md",
		Checks: []engine.Check{{Rule: rule, Status: engine.Fail, Message: "50% done\r\nnext: line, end",
			Location: document.Position{Line: 3, Column: 2}}},
	}}
	var buf bytes.Buffer
	if err := (&GitHub{}).Report(&buf, res); err != nil {
		t.Fatal(err)
	}
	want := "::warning file=odd%2Cname%3A100%25.md,line=3,col=2,title=gdpr/a%2Cb%3Ac::50%25 done%0D%0Anext: line, end [Art. 13]\n"
	if buf.String() != want {
		t.Errorf("got  %q\nwant %q", buf.String(), want)
	}
}

func TestGitHubRegion(t *testing.T) {
	para := &document.Clause{Start: document.Position{Line: 4, Column: 1}, End: document.Position{Line: 6, Column: 9}}
	head := &document.Clause{Start: document.Position{Line: 2, Column: 3}, End: document.Position{Line: 2, Column: 10}}
	for _, c := range []struct {
		check engine.Check
		want  string
	}{
		{engine.Check{Location: document.Position{Line: 1, Column: 1}}, "line=1,col=1"},
		// Columns only on a single line.
		{engine.Check{Location: para.Start, LocationClause: para}, "line=4,endLine=6"},
		// The end column is the clause's last character.
		{engine.Check{Location: head.Start, LocationClause: head}, "line=2,col=3,endLine=2,endColumn=9"},
	} {
		if got := strings.Join(githubRegion(c.check), ","); got != c.want {
			t.Errorf("region = %s, want %s", got, c.want)
		}
	}
}

func TestRelativePath(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	parent := filepath.Dir(wd)
	for _, c := range []struct{ base, path, want string }{
		{"", "policies/acme.md", "policies/acme.md"},
		{wd, "policies/acme.md", "policies/acme.md"},
		{parent, "policies/acme.md", filepath.Base(wd) + "/policies/acme.md"},
		{parent, filepath.Join(wd, "x.md"), filepath.Base(wd) + "/x.md"},
		// Outside the base: as given.
		{wd, "../x.md", "../x.md"},
	} {
		if got := RelativePath(c.base, c.path); got != c.want {
			t.Errorf("RelativePath(%q, %q) = %q, want %q", c.base, c.path, got, c.want)
		}
	}
}

// TestGitHubStepSummary checks that the summary is appended to what other
// steps wrote, never replacing it, and matches its golden file.
func TestGitHubStepSummary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "summary.md")
	before := "# Earlier step\n\nsome output"
	if err := os.WriteFile(path, []byte(before), 0o644); err != nil {
		t.Fatal(err)
	}
	var annotations bytes.Buffer
	if err := (&GitHub{StepSummary: path}).Report(&annotations, fixture()); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, ok := strings.CutPrefix(string(data), before+"\n")
	if !ok {
		t.Fatalf("earlier content not kept:\n%s", data)
	}
	golden(t, "report.github-summary.md", []byte(got))
	if strings.Contains(annotations.String(), "| File |") {
		t.Error("the summary went to the annotations stream")
	}
	if err := (&GitHub{StepSummary: path}).Report(&annotations, fixture()); err != nil {
		t.Fatal(err)
	}
	again, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(again), "## policylint"); n != 2 || !strings.HasPrefix(string(again), string(data)) {
		t.Errorf("a second run should append a second summary (got %d):\n%s", n, again)
	}
}

func TestGitHubStepSummaryWriteError(t *testing.T) {
	dir := t.TempDir() // a directory cannot be opened for appending
	err := (&GitHub{StepSummary: dir}).Report(&bytes.Buffer{}, fixture())
	if err == nil || !strings.Contains(err.Error(), "step summary") {
		t.Errorf("error = %v, want one naming the step summary", err)
	}
	var pe *os.PathError
	if !errors.As(err, &pe) {
		t.Errorf("error %v does not wrap the cause", err)
	}
}

// ciSuppressedFixture has a failure suppressed inline, one in the baseline,
// and a notice about a directive.
func ciSuppressedFixture() []linter.Result {
	dpo := &engine.Rule{ID: "gdpr/dpo-contact", Severity: "warning", Message: "No DPO contact."}
	kids := &engine.Rule{ID: "gdpr/children", Severity: "error", Message: "Nothing on children."}
	access := &engine.Rule{ID: "gdpr/right-access", Severity: "error", Message: "No right of access."}
	return []linter.Result{{
		Path: "p.md", Format: "markdown", Language: "en",
		Checks: []engine.Check{{Rule: access, Status: engine.Fail, Message: access.Message, Location: document.Position{Line: 1, Column: 1}}},
		Suppressed: []suppress.Suppression{
			{Check: engine.Check{Rule: dpo, Status: engine.Fail, Message: dpo.Message}, Kind: suppress.Inline, Reason: "no DPO: Art. 37 does not apply"},
			{Check: engine.Check{Rule: kids, Status: engine.Fail, Message: kids.Message}, Kind: suppress.Baseline},
		},
		Notices: []suppress.Notice{{Level: engine.SeverityNote, Position: document.Position{Line: 7, Column: 1}, Rule: "gdpr/retention", Message: "unused suppression"}},
	}}
}

func TestSuppressedInCIFormats(t *testing.T) {
	var gh bytes.Buffer
	if err := (&GitHub{}).Report(&gh, ciSuppressedFixture()); err != nil {
		t.Fatal(err)
	}
	want := "::error file=p.md,line=1,col=1,title=gdpr/right-access::No right of access.\n" +
		"::notice file=p.md,line=7,col=1,title=policylint-disable gdpr/retention::unused suppression\n"
	if gh.String() != want {
		t.Errorf("github:\n%s\nwant\n%s", gh.String(), want)
	}

	got := parseJUnit(t, ciSuppressedFixture())
	if want := (junitCounts{Tests: 3, Failures: 1, Skipped: 2}); got.junitCounts != want {
		t.Errorf("counts = %+v, want %+v (suppressed rules are skipped testcases)", got.junitCounts, want)
	}
	var names []string
	for _, c := range got.Suites[0].Cases {
		names = append(names, c.Name)
	}
	if strings.Join(names, " ") != "gdpr/children gdpr/dpo-contact gdpr/right-access" {
		t.Errorf("testcases %v, want one per rule in ID order", names)
	}
	var buf bytes.Buffer
	if err := (JUnit{}).Report(&buf, ciSuppressedFixture()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`message="suppressed: no DPO: Art. 37 does not apply"`, `message="in the baseline: Nothing on children."`,
		"<system-out>p.md:7:1: note: unused suppression</system-out>"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("junit lacks %s:\n%s", want, buf.String())
		}
	}
}
