// Package suppress reads the inline suppressions a policy carries and applies
// them to the checks of that policy.
//
// A suppression is a document-level statement that a disclosure is not owed,
// with the reason why:
//
//	<!-- policylint-disable gdpr/dpo-contact -- we have no DPO: Art. 37 does not apply -->
//
// in HTML and Markdown (an HTML comment, anywhere in the file), or a line
//
//	policylint-disable gdpr/dpo-contact -- we have no DPO: Art. 37 does not apply
//
// in a plain-text file. Several rule IDs may be given, separated by commas.
// The reason is required: a directive without one suppresses nothing, since
// an unexplained exception is exactly what a reviewer cannot judge.
// The parsers drop comments, so directives are found by scanning the raw
// source.
package suppress

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/policylint/policylint/linter/closest"

	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
)

// Keyword starts every directive.
const Keyword = "policylint-disable"

// Kind says where a suppression comes from.
type Kind string

// The kinds of suppression. SARIF calls them "inSource" and "external".
const (
	Inline   Kind = "inline"   // a directive in the policy itself
	Baseline Kind = "baseline" // an entry of a baseline file
)

// Directive is one valid policylint-disable directive.
type Directive struct {
	Rules  []string // rule IDs, in the order written
	Reason string   // folded to one line
	// Position is where the directive starts: its "<!--" in HTML and
	// Markdown, its first character in plain text.
	Position document.Position
}

// Suppression is a failing check that does not count, and why.
type Suppression struct {
	Check engine.Check
	Kind  Kind
	// Reason is the reason an inline directive gives; "" for a baseline.
	Reason string
	// Position is where the inline directive is; zero for a baseline.
	Position document.Position
}

// Notice is a problem with a directive: it reports on the suppressions, not
// on the policy, so it never changes the exit status.
type Notice struct {
	Level    string // engine.SeverityWarning or engine.SeverityNote
	Position document.Position
	Rule     string // the rule ID concerned; "" for the directive as a whole
	Message  string
}

// Messages of the notices, kept here so that tests and docs quote one text.
const (
	reasonRequired = "a reason is required: write " + Keyword + " RULE -- REASON; nothing is suppressed"
	noRule         = "names no rule: write " + Keyword + " RULE[,RULE...] -- REASON; nothing is suppressed"
)

// directiveLine matches a plain-text line that is a directive: the keyword
// on its own or followed by white space.
var directiveLine = regexp.MustCompile(`^[\s\x{feff}]*` + regexp.QuoteMeta(Keyword) + `(?:\s|$)`)

// IsDirectiveLine reports whether a line of a plain-text file is a
// directive. The text parser skips such lines: they are instructions to
// policylint, not policy text.
func IsDirectiveLine(line string) bool {
	return strings.Contains(line, Keyword) && directiveLine.MatchString(line)
}

// Find returns the directives of a source text of the given format ("html",
// "markdown" or "text"), in source order, and notices for the directives
// that are not valid (they are not returned as directives).
func Find(src, format string) ([]Directive, []Notice) {
	lines := document.NewLineIndex(src)
	var (
		dirs    []Directive
		notices []Notice
	)
	add := func(body string, off int) {
		d, problem := parse(body)
		pos := lines.Position(off)
		if problem != "" {
			notices = append(notices, Notice{Level: engine.SeverityWarning, Position: pos, Message: problem})
			return
		}
		d.Position = pos
		dirs = append(dirs, d)
	}
	if format == "text" {
		for off := 0; off <= len(src); {
			end := strings.IndexAny(src[off:], "\r\n")
			if end < 0 {
				end = len(src)
			} else {
				end += off
			}
			line := src[off:end]
			if IsDirectiveLine(line) {
				start := off + strings.Index(line, Keyword)
				add(src[start:end], start)
			}
			off = end + 1
		}
		return dirs, notices
	}
	for off := 0; ; {
		i := strings.Index(src[off:], "<!--")
		if i < 0 {
			break
		}
		start := off + i
		bodyStart := start + len("<!--")
		j := strings.Index(src[bodyStart:], "-->")
		if j < 0 {
			// An unterminated comment runs to the end of the file, so it
			// hides nothing after it; a directive in it is still honoured.
			j = len(src) - bodyStart
		}
		body := strings.TrimSpace(src[bodyStart : bodyStart+j])
		if body == Keyword || strings.HasPrefix(body, Keyword) && isSpace(body[len(Keyword)]) {
			add(body, start)
		} else if strings.HasPrefix(body, "policylint-") {
			word, _, _ := strings.Cut(strings.Join(strings.Fields(body), " "), " ")
			notices = append(notices, Notice{Level: engine.SeverityWarning, Position: lines.Position(start),
				Message: fmt.Sprintf("unknown directive %q: the only one is %s", word, Keyword)})
		}
		off = bodyStart + j
	}
	return dirs, notices
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}

// parse reads "policylint-disable RULES -- REASON" (already starting with
// the keyword). It returns the problem that makes it invalid, if any.
func parse(s string) (Directive, string) {
	rules, reason := splitReason(strings.TrimPrefix(s, Keyword))
	var d Directive
	d.Rules = strings.FieldsFunc(rules, func(r rune) bool { return r == ',' || r < 0x80 && isSpace(byte(r)) })
	d.Reason = strings.Join(strings.Fields(reason), " ")
	if len(d.Rules) == 0 {
		return d, Keyword + " " + noRule
	}
	if d.Reason == "" {
		return d, Keyword + " " + strings.Join(d.Rules, ",") + " has no reason; " + reasonRequired
	}
	return d, ""
}

// splitReason splits at the first "--" that stands alone (white space or
// the end on both sides), so that a rule ID or a reason may contain hyphens.
func splitReason(s string) (rules, reason string) {
	for off := 0; ; {
		i := strings.Index(s[off:], "--")
		if i < 0 {
			return s, ""
		}
		i += off
		if (i == 0 || isSpace(s[i-1])) && (i+2 == len(s) || isSpace(s[i+2])) {
			return s[:i], s[i+2:]
		}
		off = i + 2
	}
}

// Apply suppresses the failing checks the directives name. It returns the
// checks that still count (in their order), the suppressed ones (in the
// order of the checks) and a note for every rule a directive names that
// suppressed nothing: the rule passed, did not apply, does not exist or was
// already suppressed. rules are every rule the linter knows.
func Apply(dirs []Directive, checks []engine.Check, rules []*engine.Rule) (kept []engine.Check, suppressed []Suppression, notices []Notice) {
	byRule := make(map[string]int, len(checks))
	for i, c := range checks {
		byRule[c.Rule.ID] = i
	}
	known := make(map[string]bool, len(rules))
	for _, r := range rules {
		known[r.ID] = true
	}
	by := make(map[int]*Directive) // check index → the directive suppressing it
	for d := range dirs {
		dir := &dirs[d]
		for _, id := range dir.Rules {
			note := func(msg string) {
				notices = append(notices, Notice{Level: engine.SeverityNote, Position: dir.Position, Rule: id,
					Message: "unused suppression of " + id + ": " + msg})
			}
			i, ran := byRule[id]
			switch {
			case !known[id] && !ran:
				msg := "there is no rule " + id
				if s := suggest(id, rules); s != "" {
					msg += " (did you mean " + s + "?)"
				}
				note(msg)
			case !ran:
				note("the rule did not run on this policy")
			case checks[i].Status == engine.Pass:
				note("the rule passes")
			case checks[i].Status == engine.NotApplicable:
				note("the rule does not apply to this policy")
			case checks[i].Status != engine.Fail:
				note("the rule did not fail")
			case by[i] != nil:
				note(fmt.Sprintf("already suppressed at line %d", by[i].Position.Line))
			default:
				by[i] = dir
			}
		}
	}
	for i, c := range checks {
		if d := by[i]; d != nil {
			suppressed = append(suppressed, Suppression{Check: c, Kind: Inline, Reason: d.Reason, Position: d.Position})
			continue
		}
		kept = append(kept, c)
	}
	return kept, suppressed, notices
}

// SortNotices orders notices by position, then rule, so output is stable.
func SortNotices(ns []Notice) {
	sort.SliceStable(ns, func(i, j int) bool {
		a, b := ns[i].Position, ns[j].Position
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return ns[i].Rule < ns[j].Rule
	})
}

// suggest returns the rule ID a mistyped one most likely meant, "" if none
// is close: a rule whose name is the ID without its pack, else the nearest
// by edit distance when it is at most 3 (a wrong pack counts as one edit).
func suggest(id string, rules []*engine.Rule) string {
	best, bestDist := "", 4
	_, idName, hasPack := strings.Cut(id, "/")
	for _, r := range rules {
		if strings.HasSuffix(r.ID, "/"+id) {
			return r.ID
		}
		_, name, _ := strings.Cut(r.ID, "/")
		d := min(closest.Distance(id, r.ID), closest.Distance(id, name))
		if hasPack {
			d = min(d, 1+closest.Distance(idName, name)) // the wrong pack
		}
		if d < bestDist {
			best, bestDist = r.ID, d
		}
	}
	return best
}
