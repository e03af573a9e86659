package suppress

import (
	"reflect"
	"strings"
	"testing"

	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
)

func pos(line, col int) document.Position { return document.Position{Line: line, Column: col} }

func TestFindComments(t *testing.T) {
	src := "# Politique\n" +
		"Intro <!-- policylint-disable gdpr/dpo-contact -- we have no DPO: Art. 37 does not apply -->\n" +
		"é <!--policylint-disable gdpr/children,gdpr/eu-representative,  policy/changes\n" +
		"   -- a reason\n   over two lines-->\n" +
		"<!-- an ordinary comment -->\n" +
		"policylint-disable gdpr/purposes -- not in a comment, so policy text\n" +
		"<!-- policylint-disable gdpr/retention -- co-operation -- with dashes -->\n"
	for _, format := range []string{"html", "markdown"} {
		dirs, notices := Find(src, format)
		if len(notices) != 0 {
			t.Errorf("%s: unexpected notices %+v", format, notices)
		}
		want := []Directive{
			{Rules: []string{"gdpr/dpo-contact"}, Reason: "we have no DPO: Art. 37 does not apply", Position: pos(2, 7)},
			{Rules: []string{"gdpr/children", "gdpr/eu-representative", "policy/changes"}, Reason: "a reason over two lines", Position: pos(3, 3)},
			{Rules: []string{"gdpr/retention"}, Reason: "co-operation -- with dashes", Position: pos(8, 1)},
		}
		if !reflect.DeepEqual(dirs, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", format, dirs, want)
		}
	}
}

func TestFindInvalidDirectives(t *testing.T) {
	src := "<!-- policylint-disable gdpr/dpo-contact -->\n" +
		"<!-- policylint-disable gdpr/children -- -->\n" +
		"<!-- policylint-disable -- a reason but no rule -->\n" +
		"<!-- policylint-disable-next-line gdpr/children -- why -->\n"
	dirs, notices := Find(src, "html")
	if len(dirs) != 0 {
		t.Errorf("invalid directives were accepted: %+v", dirs)
	}
	if len(notices) != 4 {
		t.Fatalf("got %d notices, want 4: %+v", len(notices), notices)
	}
	for i, n := range notices {
		if n.Level != engine.SeverityWarning || n.Position != pos(i+1, 1) {
			t.Errorf("notice %d: level %s at %v, want a warning at %d:1", i, n.Level, n.Position, i+1)
		}
	}
	for i := range 2 {
		if !strings.Contains(notices[i].Message, "a reason is required") {
			t.Errorf("notice %d does not say a reason is required: %q", i, notices[i].Message)
		}
	}
	if !strings.Contains(notices[2].Message, "names no rule") {
		t.Errorf("notice 2: %q", notices[2].Message)
	}
	if !strings.Contains(notices[3].Message, `unknown directive "policylint-disable-next-line"`) {
		t.Errorf("notice 3: %q", notices[3].Message)
	}
}

func TestFindText(t *testing.T) {
	src := "Privacy Policy\r\n" +
		"  policylint-disable gdpr/dpo-contact, gdpr/children -- no DPO; adults only\r\n" +
		"We mention policylint-disable gdpr/purposes -- in a sentence, which is text.\r\n" +
		"policylint-disabled gdpr/purposes -- not the keyword\n" +
		"<!-- policylint-disable gdpr/retention -- comments are not directives in text -->\n" +
		"policylint-disable gdpr/recipients"
	dirs, notices := Find(src, "text")
	want := []Directive{{Rules: []string{"gdpr/dpo-contact", "gdpr/children"}, Reason: "no DPO; adults only", Position: pos(2, 3)}}
	if !reflect.DeepEqual(dirs, want) {
		t.Errorf("got %+v\nwant %+v", dirs, want)
	}
	if len(notices) != 1 || notices[0].Position != pos(6, 1) || !strings.Contains(notices[0].Message, "a reason is required") {
		t.Errorf("want one reason-required notice at 6:1, got %+v", notices)
	}
}

func TestIsDirectiveLine(t *testing.T) {
	for line, want := range map[string]bool{
		"policylint-disable gdpr/x -- why": true,
		"\tpolicylint-disable gdpr/x":      true,
		"\ufeffpolicylint-disable a -- b":  true,
		"policylint-disable":               true,
		"policylint-disabled x":            false,
		"see policylint-disable x -- y":    false,
		"":                                 false,
	} {
		if got := IsDirectiveLine(line); got != want {
			t.Errorf("IsDirectiveLine(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestApply(t *testing.T) {
	rule := func(id string) *engine.Rule { return &engine.Rule{ID: id, Severity: engine.SeverityError} }
	rules := []*engine.Rule{rule("gdpr/children"), rule("gdpr/dpo-contact"), rule("gdpr/eu-representative"), rule("gdpr/purposes"), rule("gdpr/right-access")}
	checks := []engine.Check{
		{Rule: rules[0], Status: engine.Fail},
		{Rule: rules[1], Status: engine.Fail},
		{Rule: rules[2], Status: engine.NotApplicable},
		{Rule: rules[3], Status: engine.Pass},
		{Rule: rules[4], Status: engine.Fail},
	}
	dirs := []Directive{
		{Rules: []string{"gdpr/dpo-contact", "gdpr/purposes"}, Reason: "no DPO", Position: pos(3, 1)},
		{Rules: []string{"gdpr/eu-representative", "right-acess", "gdpr/dpo-contact", "gdpr/children"}, Reason: "adults", Position: pos(7, 5)},
	}
	kept, suppressed, notices := Apply(dirs, checks, rules)

	var keptIDs []string
	for _, c := range kept {
		keptIDs = append(keptIDs, c.Rule.ID)
	}
	if want := []string{"gdpr/eu-representative", "gdpr/purposes", "gdpr/right-access"}; !reflect.DeepEqual(keptIDs, want) {
		t.Errorf("kept %v, want %v", keptIDs, want)
	}
	if len(suppressed) != 2 {
		t.Fatalf("suppressed %d checks, want 2: %+v", len(suppressed), suppressed)
	}
	if s := suppressed[0]; s.Check.Rule.ID != "gdpr/children" || s.Kind != Inline || s.Reason != "adults" || s.Position != pos(7, 5) {
		t.Errorf("first suppression: %+v", s)
	}
	if s := suppressed[1]; s.Check.Rule.ID != "gdpr/dpo-contact" || s.Reason != "no DPO" || s.Position != pos(3, 1) {
		t.Errorf("second suppression: %+v", s)
	}

	want := map[string]string{
		"gdpr/purposes":          "the rule passes",
		"gdpr/eu-representative": "does not apply",
		"right-acess":            "there is no rule right-acess (did you mean gdpr/right-access?)",
		"gdpr/dpo-contact":       "already suppressed at line 3",
	}
	if len(notices) != len(want) {
		t.Fatalf("got %d notices, want %d: %+v", len(notices), len(want), notices)
	}
	for _, n := range notices {
		if n.Level != engine.SeverityNote || !strings.HasPrefix(n.Message, "unused suppression of "+n.Rule) || !strings.Contains(n.Message, want[n.Rule]) {
			t.Errorf("notice %+v, want a note containing %q", n, want[n.Rule])
		}
	}
}

func TestSuggest(t *testing.T) {
	rules := []*engine.Rule{{ID: "gdpr/dpo-contact"}, {ID: "gdpr/children"}, {ID: "policy/changes"}}
	for id, want := range map[string]string{
		"dpo-contact":      "gdpr/dpo-contact",
		"dpo-contactt":     "gdpr/dpo-contact",
		"gdpr/childern":    "gdpr/children",
		"gdpr/change":      "policy/changes",
		"gdpr/right-sleep": "",
	} {
		if got := suggest(id, rules); got != want {
			t.Errorf("suggest(%q) = %q, want %q", id, got, want)
		}
	}
}
