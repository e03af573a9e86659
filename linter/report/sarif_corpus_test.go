package report

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
)

// The corpus tests run the real linter on the corpus policies, so that the
// SARIF is checked on what users get, not only on the hand-built fixture.

var corpusDir = filepath.Join("..", "..", "testdata", "corpus")

// corpusPolicies lists the corpus policies of every input format.
func corpusPolicies(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, ext := range []string{"html", "md", "txt"} {
		m, err := filepath.Glob(filepath.Join(corpusDir, "*."+ext))
		if err != nil {
			t.Fatal(err)
		}
		if len(m) == 0 {
			t.Fatalf("no *.%s policy in %s", ext, corpusDir)
		}
		files = append(files, m...)
	}
	return files
}

func newLinter(t *testing.T) *linter.Linter {
	t.Helper()
	l, err := linter.New(context.Background(), linter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

type resultKey struct{ file, rule string }

// TestSARIFCorpus: the SARIF of every corpus policy validates against the
// schema, lists every rule, and locates each result exactly where the JSON
// report locates the same check.
func TestSARIFCorpus(t *testing.T) {
	l := newLinter(t)
	results := l.CheckFiles(context.Background(), corpusPolicies(t))
	var js bytes.Buffer
	if err := (JSON{}).Report(&js, results); err != nil {
		t.Fatal(err)
	}
	var report jsonReport
	if err := json.Unmarshal(js.Bytes(), &report); err != nil {
		t.Fatal(err)
	}
	for _, passes := range []bool{false, true} {
		want := map[resultKey]jsonPosition{}
		for _, f := range report.Files {
			for _, c := range f.Checks {
				if c.Status == string(engine.Fail) || (passes && c.Status == string(engine.Pass)) {
					want[resultKey{filepath.Base(f.Path), c.Rule}] = c.Location
				}
			}
		}
		data := writeSARIF(t, Options{Version: "1.2.3", Rules: l.Rules(), BaseDir: corpusDir, Passes: passes, ExitCode: 1}, results)
		doc := parseSARIF(t, data)
		run := doc.Runs[0]
		if len(run.Tool.Driver.Rules) != len(l.Rules()) {
			t.Errorf("%d rules in the driver, %d ran", len(run.Tool.Driver.Rules), len(l.Rules()))
		}
		got := map[resultKey]jsonPosition{}
		formats := map[string]int{}
		for _, r := range run.Results {
			loc := r.Locations[0].PhysicalLocation
			k := resultKey{loc.ArtifactLocation.URI, r.RuleID}
			if _, dup := got[k]; dup {
				t.Errorf("two results for %v", k)
			}
			got[k] = jsonPosition{loc.Region.StartLine, loc.Region.StartColumn}
			formats[filepath.Ext(k.file)]++
			if (r.Kind == "pass") != (passes && r.Level == "none") {
				t.Errorf("%v: kind %q level %q", k, r.Kind, r.Level)
			}
			if run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
				t.Errorf("%v: ruleIndex %d names %s", k, r.RuleIndex, run.Tool.Driver.Rules[r.RuleIndex].ID)
			}
			if end := loc.Region; end.EndLine != 0 && (end.EndLine < end.StartLine || end.EndLine == end.StartLine && end.EndColumn <= end.StartColumn) {
				t.Errorf("%v: region ends before it starts: %+v", k, *end)
			}
		}
		for _, ext := range []string{".html", ".md", ".txt"} {
			if formats[ext] == 0 {
				t.Errorf("passes=%v: no result for a %s policy", passes, ext)
			}
		}
		if len(got) != len(want) {
			t.Errorf("passes=%v: %d SARIF results, %d checks in the JSON report", passes, len(got), len(want))
		}
		for k, w := range want {
			if g, ok := got[k]; !ok {
				t.Errorf("passes=%v: %v is in the JSON report, not in the SARIF", passes, k)
			} else if g != w {
				t.Errorf("passes=%v: %v at %d:%d in the SARIF, %d:%d in the JSON report", passes, k, g.Line, g.Column, w.Line, w.Column)
			}
		}
	}
}

const unrelated = "Thank you for reading this document."

// insertParagraph adds an unrelated paragraph right after the document's
// first heading, so that everything below moves down.
func insertParagraph(t *testing.T, doc *document.Document, src []byte) []byte {
	t.Helper()
	var h *document.Clause
	for i := range doc.Clauses {
		if doc.Clauses[i].Kind == document.Heading {
			h = &doc.Clauses[i]
			break
		}
	}
	if h == nil {
		return nil
	}
	at := h.EndOffset
	var para string
	if doc.Format == "html" {
		// After the heading's closing tag.
		end := bytes.Index(src[at:], []byte("</"))
		gt := -1
		if end >= 0 {
			gt = bytes.IndexByte(src[at+end:], '>')
		}
		if gt < 0 {
			return nil
		}
		at += end + gt + 1
		para = "\n<p>" + unrelated + "</p>\n"
	} else {
		// After the heading's line, blank lines around the paragraph so that
		// it joins nothing.
		nl := bytes.IndexByte(src[at:], '\n')
		if nl < 0 {
			return nil
		}
		at += nl + 1
		para = "\n" + unrelated + "\n\n"
	}
	out := append([]byte{}, src[:at]...)
	out = append(out, para...)
	return append(out, src[at:]...)
}

type failure struct{ rule, fingerprint string }

// sarifFailures returns the (rule, fingerprint) set of a check's SARIF
// failures and their start lines.
func sarifFailures(t *testing.T, res linter.Result) (map[failure]bool, map[failure]int) {
	t.Helper()
	doc := parseSARIF(t, writeSARIF(t, Options{BaseDir: corpusDir}, []linter.Result{res}))
	set, lines := map[failure]bool{}, map[failure]int{}
	for _, r := range doc.Runs[0].Results {
		f := failure{r.RuleID, r.PartialFingerprints[FingerprintKey]}
		set[f] = true
		lines[f] = r.Locations[0].PhysicalLocation.Region.StartLine
	}
	return set, lines
}

// TestSARIFFingerprintsSurviveInsertedParagraph: inserting an unrelated
// paragraph near the top of a policy moves its alerts down but keeps their
// fingerprints, so code scanning sees the same alerts, not new ones.
func TestSARIFFingerprintsSurviveInsertedParagraph(t *testing.T) {
	l := newLinter(t)
	ctx := context.Background()
	moved, compared := map[string]int{}, 0
	for _, path := range corpusPolicies(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		before := l.CheckSource(ctx, path, src)
		if before.Err != nil || before.Unsupported {
			continue
		}
		edited := insertParagraph(t, before.Document, src)
		if edited == nil {
			continue
		}
		after := l.CheckSource(ctx, path, edited)
		if after.Err != nil {
			t.Fatalf("%s after the insertion: %v", path, after.Err)
		}
		compared++
		setBefore, linesBefore := sarifFailures(t, before)
		setAfter, linesAfter := sarifFailures(t, after)
		if !equalSets(setBefore, setAfter) {
			t.Errorf("%s: inserting a paragraph changed the failures:\nbefore %v\nafter  %v", path, sorted(setBefore), sorted(setAfter))
			continue
		}
		for f, line := range linesBefore {
			if linesAfter[f] != line {
				moved[filepath.Ext(path)]++
			}
		}
	}
	t.Logf("%d policies compared; failures moved per format: %v", compared, moved)
	// The test means something only if alerts did move.
	for _, ext := range []string{".html", ".md", ".txt"} {
		if moved[ext] == 0 {
			t.Errorf("no failure of a %s policy moved: the insertion tests nothing there", ext)
		}
	}
}

func equalSets(a, b map[failure]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func sorted(s map[failure]bool) []string {
	var out []string
	for f := range s {
		out = append(out, f.rule+"="+strings.TrimPrefix(f.fingerprint, "v1:")[:8])
	}
	sort.Strings(out)
	return out
}
