package report

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/fingerprint"
	"github.com/policylint/policylint/linter/source"
)

// SARIF writes a SARIF 2.1.0 log with one run, in the subset GitHub code
// scanning reads: every rule described in tool.driver.rules, every failure a
// result with a repository-relative location and a position-independent
// fingerprint, and files that could not be checked as tool execution
// notifications rather than results.
type SARIF struct {
	Opts Options
}

// Constants of the log that GitHub and the SARIF Multitool look for.
const (
	sarifVersion = "2.1.0"
	// sarifSchema is the id of the official 2.1.0 (errata 01) schema, the
	// one testdata/sarif holds.
	sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// InformationURI is where policylint is documented.
	InformationURI = "https://github.com/policylint/policylint"
	// FingerprintKey names policylint's entry in partialFingerprints; the
	// version lets a future scheme be told apart from this one.
	FingerprintKey = "policylint/v1"
	// srcRoot is the uriBaseId every artifact URI is relative to.
	srcRoot = "%SRCROOT%"

	notifyInputError  = "policylint/input-error"
	notifyUnsupported = "policylint/unsupported-language"
	notifyDirective   = "policylint/suppression-directive"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                   `json:"tool"`
	Invocations        []sarifInvocation           `json:"invocations"`
	AutomationDetails  *sarifAutomation            `json:"automationDetails,omitempty"`
	OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult               `json:"results"`
	ColumnKind         string                      `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string            `json:"name"`
	Version         string            `json:"version,omitempty"`
	SemanticVersion string            `json:"semanticVersion,omitempty"`
	InformationURI  string            `json:"informationUri"`
	Rules           []sarifRule       `json:"rules"`
	Notifications   []sarifDescriptor `json:"notifications"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      sarifText      `json:"fullDescription"`
	Help                 sarifMultiText `json:"help"`
	HelpURI              string         `json:"helpUri,omitempty"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
	Properties           sarifRuleProps `json:"properties"`
}

type sarifRuleProps struct {
	Tags      []string `json:"tags"`
	Precision string   `json:"precision"`
	// ProblemSeverity is what GitHub shows for alerts that are not
	// security alerts: error, warning or recommendation.
	ProblemSeverity string `json:"problem.severity"`
}

type sarifDescriptor struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifText      `json:"shortDescription"`
	FullDescription      sarifText      `json:"fullDescription"`
	Help                 sarifMultiText `json:"help"`
	DefaultConfiguration sarifConfig    `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifMultiText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool                `json:"executionSuccessful"`
	ExitCode            int                 `json:"exitCode"`
	Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level      string          `json:"level"`
	Message    sarifText       `json:"message"`
	Descriptor sarifRef        `json:"descriptor"`
	Locations  []sarifLocation `json:"locations,omitempty"`
}

type sarifRef struct {
	ID    string `json:"id"`
	Index int    `json:"index"`
}

type sarifAutomation struct {
	ID string `json:"id"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Kind                string            `json:"kind,omitempty"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
	Region           *sarifRegion     `json:"region,omitempty"`
}

type sarifArtifactLoc struct {
	URI         string     `json:"uri,omitempty"`
	URIBaseID   string     `json:"uriBaseId,omitempty"`
	Description *sarifText `json:"description,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// Report writes the results as one SARIF run.
func (s SARIF) Report(w io.Writer, results []linter.Result) error {
	base, err := s.baseDir()
	if err != nil {
		return err
	}
	var seen rulesSeen
	for i := range results {
		seen.add(&results[i])
	}
	rules, index := ruleList(s.Opts.Rules, seen.list)
	inv := invocation(s.Opts.ExitCode)
	found := []sarifResult{}
	for i := range results {
		notes, res := s.entries(base, &results[i], index)
		inv.Notifications = append(inv.Notifications, notes...)
		found = append(found, res...)
	}
	return encodeIndented(w, s.log(base, rules, inv, found))
}

// log is the document of a run; results must not be nil, for an empty
// run has "results": [].
func (s SARIF) log(base string, rules []*engine.Rule, inv sarifInvocation, results []sarifResult) sarifLog {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "policylint",
			Version:        s.Opts.Version,
			InformationURI: InformationURI,
			Rules:          make([]sarifRule, 0, len(rules)),
			Notifications:  notificationDescriptors,
		}},
		Invocations: []sarifInvocation{inv},
		OriginalURIBaseIDs: map[string]sarifArtifactLoc{srcRoot: {
			URI:         dirURI(base),
			Description: &sarifText{Text: "The directory artifact URIs are relative to: the repository root, or --sarif-base."},
		}},
		Results:    results,
		ColumnKind: "unicodeCodePoints",
	}
	if semver.MatchString(s.Opts.Version) {
		run.Tool.Driver.SemanticVersion = s.Opts.Version
	}
	for _, r := range rules {
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(r))
	}
	if s.Opts.Category != "" {
		run.AutomationDetails = &sarifAutomation{ID: automationID(s.Opts.Category)}
	}
	return sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}
}

func invocation(exitCode int) sarifInvocation {
	return sarifInvocation{ExecutionSuccessful: exitCode != 2, ExitCode: exitCode}
}

// entries are the notifications and the results of one file. A rule
// missing from index gets ruleIndex 0.
func (s SARIF) entries(base string, r *linter.Result, index map[string]int) (notes []sarifNotification, results []sarifResult) {
	art := artifactLocation(base, r.Path)
	if r.Err != nil {
		return []sarifNotification{notification(notifyInputError, inputErrorMessage(r), art)}, nil
	}
	// Directives are read even when the rules do not run.
	for _, n := range r.Notices {
		msg := fmt.Sprintf("%s:%d:%d: %s", r.Path, n.Position.Line, n.Position.Column, n.Message)
		if n.Rule != "" && !strings.Contains(n.Message, n.Rule) {
			msg += " (" + n.Rule + ")"
		}
		nt := notification(notifyDirective, msg, art)
		nt.Level = n.Level
		if n.Position.Line >= 1 {
			nt.Locations[0].PhysicalLocation.Region = &sarifRegion{StartLine: n.Position.Line, StartColumn: max(n.Position.Column, 1)}
		}
		notes = append(notes, nt)
	}
	if r.Unsupported {
		return append(notes, notification(notifyUnsupported, r.Path+": "+r.Note(), art)), nil
	}
	// r.Suppressed stays out: code scanning ignores SARIF suppressions
	// and would open an alert for every suppressed failure.
	for j := range r.Checks {
		c := &r.Checks[j]
		kind, level := "", c.Rule.Severity
		switch c.Status {
		case engine.Fail:
		case engine.Pass:
			if !s.Opts.Passes {
				continue
			}
			kind, level = "pass", "none"
		default:
			// Not applicable is no finding and no proof either: code
			// scanning has nothing to show for it.
			continue
		}
		results = append(results, sarifResult{
			RuleID:    c.Rule.ID,
			RuleIndex: index[c.Rule.ID],
			Kind:      kind,
			Level:     level,
			Message:   sarifText{Text: sentence(c.Message)},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: art,
				Region:           region(c),
			}}},
			PartialFingerprints: map[string]string{FingerprintKey: fingerprint.For(c)},
		})
	}
	return notes, results
}

// Begin starts a SARIF report. What precedes the results in the log (the
// driver's rules, the exit status, the notifications) depends on all of
// them, so the results wait, encoded, in a file in tmpDir, and w gets the
// whole log at End.
func (s SARIF) Begin(w io.Writer, tmpDir string) (Stream, error) {
	base, err := s.baseDir()
	if err != nil {
		return nil, err
	}
	var skel bytes.Buffer
	if err := encodeIndented(&skel, s.log(base, nil, invocation(0), []sarifResult{})); err != nil {
		return nil, err
	}
	gap, err := findGap(skel.Bytes(), "results")
	if err != nil {
		return nil, err
	}
	return &sarifStream{
		s: s, w: w, base: base,
		results:     newElemWriter(gap),
		indexMarker: []byte("\n" + gap.indent + "    \"ruleIndex\": 0"),
		spool:       spool{dir: tmpDir},
	}, nil
}

type sarifStream struct {
	s     SARIF
	w     io.Writer
	base  string
	rules rulesSeen
	// notes are kept, not spooled: they are few (input errors, notices,
	// unsupported languages) and belong to the invocation, written at End.
	notes   []sarifNotification
	results *elemWriter
	// indexMarker ends with the placeholder ruleIndex of an encoded
	// result: the index is only known once the driver's rules are.
	indexMarker []byte
	spool       spool
}

func (st *sarifStream) WriteResult(r *linter.Result) error {
	st.rules.add(r)
	notes, found := st.s.entries(st.base, r, nil)
	st.notes = append(st.notes, notes...)
	for i := range found {
		data, err := st.results.encode(&found[i])
		if err != nil {
			return err
		}
		at := bytes.Index(data, st.indexMarker)
		if at < 0 {
			return errors.New("report: no ruleIndex in an encoded SARIF result")
		}
		rec := spoolRecord{key: found[i].RuleID, at: at + len(st.indexMarker) - 1, data: data}
		if err := st.spool.write(rec); err != nil {
			return err
		}
	}
	return nil
}

func (st *sarifStream) Live() bool { return false }

func (st *sarifStream) End(o Outcome) error {
	rules, index := ruleList(o.Rules, st.rules.list)
	inv := invocation(o.ExitCode)
	inv.Notifications = st.notes
	var doc bytes.Buffer
	if err := encodeIndented(&doc, st.s.log(st.base, rules, inv, []sarifResult{})); err != nil {
		return err
	}
	gap, err := findGap(doc.Bytes(), "results")
	if err != nil {
		return err
	}
	if gap.indent != st.results.gap.indent {
		return errors.New("report: the SARIF results moved in the log; they cannot be streamed")
	}
	bw := bufio.NewWriter(st.w)
	_, _ = bw.Write(gap.head) // a bufio.Writer keeps its first error for Flush
	err = st.spool.each(func(rec spoolRecord) error {
		i, ok := index[rec.key]
		if !ok {
			return fmt.Errorf("report: rule %s of a SARIF result is not in the driver", rec.key)
		}
		_, _ = bw.Write(rec.data[:rec.at])
		_, _ = bw.WriteString(strconv.Itoa(i))
		_, _ = bw.Write(rec.data[rec.at+1:])
		return nil
	})
	if err != nil {
		return err
	}
	_, _ = bw.WriteString(gap.closing(st.results.n))
	_, _ = bw.Write(gap.tail)
	return bw.Flush()
}

func (st *sarifStream) Close() error { return st.spool.close() }

// baseDir returns the absolute directory URIs are relative to: BaseDir
// (the command sets it to the repository root or --sarif-base), else the
// current directory.
func (s SARIF) baseDir() (string, error) {
	dir := s.Opts.BaseDir
	if dir == "" {
		dir = "."
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("SARIF base directory %s: %w", dir, err)
	}
	return abs, nil
}

// rulesSeen are the rules that checks name, the first of each ID, in the
// order they come.
type rulesSeen struct {
	ids  map[string]bool
	list []*engine.Rule
}

func (rs *rulesSeen) add(r *linter.Result) {
	if rs.ids == nil {
		rs.ids = map[string]bool{}
	}
	for _, c := range r.Checks {
		if !rs.ids[c.Rule.ID] {
			rs.ids[c.Rule.ID] = true
			rs.list = append(rs.list, c.Rule)
		}
	}
}

// ruleList returns the rules the driver describes, in the order ruleIndex
// refers to: known (Options.Rules), then any rule seen that is missing from
// them, by ID, so that every ruleIndex points at its rule.
func ruleList(known, seen []*engine.Rule) ([]*engine.Rule, map[string]int) {
	index := map[string]int{}
	var out []*engine.Rule
	add := func(r *engine.Rule) {
		if _, ok := index[r.ID]; !ok {
			index[r.ID] = len(out)
			out = append(out, r)
		}
	}
	for _, r := range known {
		add(r)
	}
	var extra []*engine.Rule
	for _, r := range seen {
		if _, ok := index[r.ID]; !ok {
			extra = append(extra, r)
		}
	}
	sort.SliceStable(extra, func(i, j int) bool { return extra[i].ID < extra[j].ID })
	for _, r := range extra {
		add(r)
	}
	return out, index
}

func sarifRuleOf(r *engine.Rule) sarifRule {
	title := r.Title
	if title == "" {
		title = r.ID
	}
	// fullDescription must say something even for a rule without a
	// description: its failure message, else its title.
	full := fold(r.Description)
	if full == "" {
		full = sentence(r.Message)
	}
	if full == "" {
		full = sentence(title)
	}
	return sarifRule{
		ID:                   r.ID,
		Name:                 ruleName(r.ID),
		ShortDescription:     sarifText{Text: title},
		FullDescription:      sarifText{Text: full},
		Help:                 help(r, full),
		HelpURI:              r.HelpURI,
		DefaultConfiguration: sarifConfig{Level: r.Severity},
		Properties: sarifRuleProps{
			Tags:            tags(r),
			Precision:       "high",
			ProblemSeverity: problemSeverity(r.Severity),
		},
	}
}

// help explains a rule in plain text and in Markdown: what it requires,
// under which article, how to fix a failure and what passing text looks
// like. Code scanning shows it beside every alert of the rule.
func help(r *engine.Rule, full string) sarifMultiText {
	text := []string{full}
	md := []string{full}
	if r.Article != "" {
		text = append(text, "GDPR: "+sentence(r.Article))
		md = append(md, "**GDPR:** "+sentence(r.Article))
	}
	if r.Fix != "" {
		text = append(text, "How to fix: "+r.Fix)
		md = append(md, "**How to fix:** "+r.Fix)
	}
	if r.Example != "" {
		text = append(text, fmt.Sprintf("Example of passing text: %q", r.Example))
		md = append(md, "**Example of passing text:**\n\n> "+r.Example)
	}
	if r.HelpURI != "" {
		text = append(text, "More: "+r.HelpURI)
		md = append(md, "More: <"+r.HelpURI+">")
	}
	return sarifMultiText{Text: strings.Join(text, "\n\n"), Markdown: strings.Join(md, "\n\n")}
}

// ruleName is the PascalCase of the last part of a rule ID, the form SARIF
// recommends for reportingDescriptor.name: gdpr/right-access → RightAccess.
func ruleName(id string) string {
	last := id[strings.LastIndex(id, "/")+1:]
	var sb strings.Builder
	for _, part := range strings.FieldsFunc(last, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		rs := []rune(part)
		sb.WriteRune(unicode.ToUpper(rs[0]))
		sb.WriteString(string(rs[1:]))
	}
	return sb.String()
}

// tags are what code scanning filters alerts by: the pack, "privacy", and
// one art-N tag per GDPR article the rule cites.
func tags(r *engine.Rule) []string {
	out := []string{"privacy", "gdpr"}
	if pack, _, ok := strings.Cut(r.ID, "/"); ok && pack != "gdpr" && pack != "" {
		out = append(out, pack)
	}
	seen := map[string]bool{}
	for _, t := range out {
		seen[t] = true
	}
	for _, n := range articles(r.Article) {
		if t := "art-" + n; !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// articles returns the article numbers cited in "Art. 13(1)(f), 46, 49":
// the leading number of every comma-separated part; parts that are not
// articles ("WP260 para. 29") are skipped.
func articles(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		for _, prefix := range []string{"Articles", "Article", "Arts.", "Art."} {
			if strings.HasPrefix(part, prefix) {
				part = strings.TrimSpace(part[len(prefix):])
				break
			}
		}
		n := 0
		for n < len(part) && part[n] >= '0' && part[n] <= '9' {
			n++
		}
		if n > 0 {
			out = append(out, part[:n])
		}
	}
	return out
}

func problemSeverity(sev string) string {
	if sev == engine.SeverityNote {
		return "recommendation"
	}
	return sev
}

// notificationDescriptors describe the notifications a run may carry;
// notifications refer to them by index.
var notificationDescriptors = []sarifDescriptor{
	{
		ID: notifyInputError, Name: "InputError",
		ShortDescription: sarifText{Text: "A file could not be checked."},
		FullDescription:  sarifText{Text: "The file is missing, unreadable, empty or not a policy; the other files were still checked."},
		Help: sarifMultiText{
			Text:     "Check that the path names a readable HTML, Markdown or plain-text policy; the notification names the file and the cause.",
			Markdown: "Check that the path names a readable HTML, Markdown or plain-text policy; the notification names the file and the cause.",
		},
		DefaultConfiguration: sarifConfig{Level: "error"},
	},
	{
		ID: notifyUnsupported, Name: "UnsupportedLanguage",
		ShortDescription: sarifText{Text: "A policy is in a language the rules do not read."},
		FullDescription:  sarifText{Text: "No rule was evaluated on the policy: no built-in language pack covers its language."},
		Help: sarifMultiText{
			Text:     "Check the English version of the policy, or run with --fail-on-unsupported-language to make such policies fail the run.",
			Markdown: "Check the English version of the policy, or run with `--fail-on-unsupported-language` to make such policies fail the run.",
		},
		DefaultConfiguration: sarifConfig{Level: "note"},
	},
	{
		ID: notifyDirective, Name: "SuppressionDirective",
		ShortDescription: sarifText{Text: "A suppression directive has a problem."},
		FullDescription:  sarifText{Text: "A policylint-disable directive gives no reason or names no rule (nothing is suppressed), or suppresses nothing."},
		Help: sarifMultiText{
			Text:     "Write policylint-disable RULE[,RULE...] -- REASON, naming rules that fail, or remove the directive.",
			Markdown: "Write `policylint-disable RULE[,RULE...] -- REASON`, naming rules that fail, or remove the directive.",
		},
		DefaultConfiguration: sarifConfig{Level: "warning"},
	},
}

func notification(id, msg string, art sarifArtifactLoc) sarifNotification {
	i := 0
	for i < len(notificationDescriptors) && notificationDescriptors[i].ID != id {
		i++
	}
	return sarifNotification{
		Level:      notificationDescriptors[i].DefaultConfiguration.Level,
		Message:    sarifText{Text: sentence(msg)},
		Descriptor: sarifRef{ID: id, Index: i},
		Locations:  []sarifLocation{{PhysicalLocation: sarifPhysical{ArtifactLocation: art}}},
	}
}

// inputErrorMessage names the file and the cause.
func inputErrorMessage(r *linter.Result) string {
	msg := r.Err.Error()
	if !strings.HasPrefix(msg, r.Path) {
		msg = r.Path + ": " + msg
	}
	return msg
}

// region is where a check points: its clause from start to end, or the
// first line of the document.
func region(c *engine.Check) *sarifRegion {
	reg := &sarifRegion{StartLine: max(c.Location.Line, 1), StartColumn: max(c.Location.Column, 1)}
	if cl := c.LocationClause; cl != nil && cl.Start == c.Location {
		end := cl.End
		if end.Line > reg.StartLine || (end.Line == reg.StartLine && end.Column > reg.StartColumn) {
			reg.EndLine, reg.EndColumn = end.Line, end.Column
		}
	}
	return reg
}

// artifactLocation makes path a URI relative to base, the form code
// scanning maps to a file of the repository. A file outside base keeps an
// absolute file: URI, without a base, so that it names the right file; a
// policy fetched from a URL is named by it.
func artifactLocation(base, path string) sarifArtifactLoc {
	if source.IsURL(path) {
		return sarifArtifactLoc{URI: path}
	}
	abs, err := filepath.Abs(path)
	if err == nil {
		if rel, err := filepath.Rel(base, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return sarifArtifactLoc{URI: relativeURI(rel), URIBaseID: srcRoot}
		}
		return sarifArtifactLoc{URI: fileURI(abs)}
	}
	return sarifArtifactLoc{URI: relativeURI(path), URIBaseID: srcRoot}
}

// relativeURI escapes each segment of a relative path. A colon is escaped
// too, or "c:policy.md" would read as a URI with the scheme "c".
func relativeURI(p string) string {
	segs := strings.Split(filepath.ToSlash(filepath.Clean(p)), "/")
	for i, s := range segs {
		segs[i] = strings.ReplaceAll(url.PathEscape(s), ":", "%3A")
	}
	return strings.Join(segs, "/")
}

func fileURI(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x → /C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// dirURI is the file: URI of a directory, with the trailing slash SARIF
// requires of a base URI.
func dirURI(abs string) string {
	u := fileURI(abs)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// automationID follows github/codeql-action, which appends "/" to a
// category: everything up to the last slash is the category, the rest
// (empty here) the run's own ID.
func automationID(category string) string {
	if strings.HasSuffix(category, "/") {
		return category
	}
	return category + "/"
}

// sentence ends a message with a full stop, as SARIF asks of plain-text
// messages, unless it already ends a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") {
		return s
	}
	return s + "."
}

// fold joins the lines of a wrapped description, keeping blank-line
// paragraph breaks.
func fold(s string) string {
	paras := strings.Split(strings.TrimSpace(s), "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(paras, "\n\n")
}

// semver is the Semantic Versioning 2.0.0 grammar (semver.org).
var semver = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`)
