// Package linter checks policy documents: it reads each file, parses it into
// clauses, tags them with the vocabulary of the document's language and
// evaluates the rule pack.
package linter

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/policylint/policylint/linter/concept"
	"github.com/policylint/policylint/linter/config"
	"github.com/policylint/policylint/linter/document"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/language"
	"github.com/policylint/policylint/linter/parser"
	"github.com/policylint/policylint/linter/ruledoc"
	"github.com/policylint/policylint/linter/source"
	"github.com/policylint/policylint/linter/suppress"
	"github.com/policylint/policylint/rules"
)

// DefaultLanguage is the language assumed when the text is too short to tell.
const DefaultLanguage = "en"

// InputError is a problem with one input file (unreadable, empty, not a
// policy); other files are still checked.
type InputError struct {
	Path string
	Err  error
}

func (e *InputError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Options configure a Linter.
type Options struct {
	// Jobs is how many files are checked at once; 0 means one per CPU.
	Jobs int
	// Format forces the input format ("html", "markdown", "text"); "" detects it.
	Format string
	// Language forces the language of every policy ("de"), instead of
	// detecting it.
	Language string
	// Timeout bounds the rules' evaluation of one document; 0 is no bound.
	Timeout time.Duration
	// Config is the configuration file's content; nil is the defaults.
	Config *config.Config
	// RuleDirs are custom rule directories given on the command line, in
	// addition to the configuration's.
	RuleDirs []string
	// Overrides are the command line's --enable and --disable.
	Overrides config.Overrides
}

// Linter is safe for concurrent use once built.
type Linter struct {
	opts   Options
	config *config.Config
	tagger *concept.Tagger
	engine *engine.Engine
}

// New loads the built-in rules and the custom rule directories, applies
// the configuration and prepares the query, once.
func New(ctx context.Context, opts Options) (*Linter, error) {
	// The language packs load on one core while OPA compiles the rules on
	// the other: a cold run waits for the longer of the two, not the sum.
	tagged := make(chan error, 1)
	go func() { _, err := builtinTagger(); tagged <- err }()
	l, err := newLinter(ctx, opts)
	if terr := <-tagged; err == nil {
		err = terr
	}
	if err != nil {
		return nil, err
	}
	l.tagger, _ = builtinTagger()
	return l, nil
}

// builtinTagger is the built-in language packs, loaded once per process:
// every configuration of a run shares them, and with them the automata
// built while checking.
var builtinTagger = sync.OnceValues(loadBuiltinTagger)

func loadBuiltinTagger() (*concept.Tagger, error) { return concept.Load(rules.FS, "lang") }

func newLinter(ctx context.Context, opts Options) (*Linter, error) {
	cfg := opts.Config
	if cfg == nil {
		cfg = config.Default()
	}
	mods, err := engine.ReadModules(rules.FS, ".", false, true)
	if err != nil {
		return nil, err
	}
	custom, err := readRuleDirs(cfg, opts.RuleDirs, false)
	if err != nil {
		return nil, err
	}
	pack, err := engine.Load(append(mods, custom.Modules...))
	if err != nil {
		return nil, err
	}
	for _, r := range pack.Rules() {
		if r.Builtin {
			r.HelpURI = ruledoc.URL(r.ID)
		}
	}
	settings, err := cfg.Resolve(pack.Rules(), opts.Overrides)
	if err != nil {
		return nil, err
	}
	l := &Linter{opts: opts, config: cfg}
	settings.Data = custom.Data
	settings.Parse = l.ParseText
	eng, err := pack.Prepare(ctx, settings)
	if err != nil {
		return nil, err
	}
	l.engine = eng
	return l, nil
}

// readRuleDirs reads the configuration's rule directories, then the
// command line's.
func readRuleDirs(cfg *config.Config, extra []string, tests bool) (*RuleDir, error) {
	all := &RuleDir{Data: map[string]any{}, dataFrom: map[string]string{}}
	type dir struct {
		path string
		line int // in the configuration; 0 for the command line
	}
	var dirs []dir
	for _, e := range cfg.Rules {
		dirs = append(dirs, dir{e.Value, e.Line})
	}
	for _, d := range extra {
		dirs = append(dirs, dir{d, 0})
	}
	seen := map[string]bool{}
	for _, d := range dirs {
		abs, err := filepath.Abs(d.path)
		if err == nil && seen[abs] {
			continue
		}
		seen[abs] = true
		rd, err := ReadRuleDir(d.path, tests)
		if err == nil {
			err = all.merge(rd)
		}
		if err != nil && d.line > 0 {
			return nil, &config.Error{Path: cfg.Path, Line: d.line, Msg: "rules: " + err.Error()}
		}
		if err != nil {
			return nil, err
		}
	}
	return all, nil
}

// Config is the configuration the linter applies.
func (l *Linter) Config() *config.Config { return l.config }

// NewTagger loads the built-in language packs.
func NewTagger() (*concept.Tagger, error) { return concept.Load(rules.FS, "lang") }

// Rules returns the rules the linter evaluates.
func (l *Linter) Rules() []*engine.Rule { return l.engine.Rules() }

// AllRules returns every rule loaded, disabled ones included (Enabled
// false), with the configured severities.
func (l *Linter) AllRules() []*engine.Rule { return l.engine.AllRules() }

// Result is the outcome of checking one file.
type Result struct {
	Path     string
	Format   string
	Language string
	// Unsupported is set when no language pack covers the document's
	// language: the rules were not evaluated.
	Unsupported bool
	// Checks are the rules' conclusions, one per rule, except failures that
	// are suppressed: those are moved to Suppressed, so that whatever reads
	// Checks (the exit status, every reporter) sees only what counts.
	Checks   []engine.Check
	Document *document.Document
	// Suppressed are the failures an inline directive or a baseline
	// suppresses, in the order of the checks.
	Suppressed []suppress.Suppression
	// Notices are problems with the policy's suppression directives: a
	// missing reason (warning), a suppression that matched nothing (note).
	Notices []suppress.Notice
	// Supported are the languages with a pack, for the note on a policy in
	// another one.
	Supported []string
	// Err is set when the file could not be checked.
	Err error
}

// Note says, in one line, why the rules did not run on a document in a
// language without a pack; "" otherwise.
func (r *Result) Note() string {
	if !r.Unsupported {
		return ""
	}
	names := make([]string, len(r.Supported))
	for i, l := range r.Supported {
		names[i] = language.Name(l)
	}
	sort.Strings(names)
	read := "English"
	switch n := len(names); {
	case n == 1:
		read = names[0]
	case n > 1:
		read = strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	}
	return fmt.Sprintf("the policy is in %s (%s); the built-in rules read %s, so no rule was evaluated",
		language.Name(r.Language), r.Language, read)
}

// CheckFiles checks each path, in parallel, and returns the results in the
// order of paths.
func (l *Linter) CheckFiles(ctx context.Context, paths []string) []Result {
	results := make([]Result, len(paths))
	forEach(len(paths), l.opts.Jobs, func(i int) {
		results[i] = l.CheckFile(ctx, paths[i])
	})
	return results
}

// CheckFile reads and checks one file.
func (l *Linter) CheckFile(ctx context.Context, path string) Result {
	return l.Check(ctx, source.File(path))
}

// Check reads and checks one source; the result is named as the source is.
func (l *Linter) Check(ctx context.Context, src source.Source) Result {
	c, err := src.Read(ctx)
	if err != nil {
		return Result{Path: src.Name, Err: inputError(src.Name, err)}
	}
	return l.checkContent(ctx, src.Name, c)
}

// inputError makes a source's error an InputError, the type reporters
// take the cause from.
func inputError(name string, err error) error {
	var se *source.Error
	if errors.As(err, &se) {
		err = se.Err
	}
	return &InputError{Path: name, Err: err}
}

// ParseFile reads and parses one file into the tagged document the rules
// see, without evaluating them.
func (l *Linter) ParseFile(path string) (*document.Document, error) {
	return l.ParseSource(context.Background(), source.File(path))
}

// ParseSource reads and parses one source into the tagged document the
// rules see, without evaluating them.
func (l *Linter) ParseSource(ctx context.Context, src source.Source) (*document.Document, error) {
	c, err := src.Read(ctx)
	if err != nil {
		return nil, inputError(src.Name, err)
	}
	doc, err := l.parseContent(src.Name, c)
	if err != nil {
		return nil, &InputError{Path: src.Name, Err: err}
	}
	return doc, nil
}

// CheckSource checks the content of one file, decoding it as a file of
// that name would be.
func (l *Linter) CheckSource(ctx context.Context, path string, data []byte) Result {
	c, err := source.Decode(data, source.Hint{Name: path})
	if err != nil {
		return Result{Path: path, Err: &InputError{Path: path, Err: err}}
	}
	return l.checkContent(ctx, path, c)
}

func (l *Linter) checkContent(ctx context.Context, path string, c source.Content) Result {
	doc, err := l.parseContent(path, c)
	if err != nil {
		return Result{Path: path, Err: &InputError{Path: path, Err: err}}
	}
	res := Result{Path: path, Format: doc.Format, Language: doc.Language, Document: doc}
	// Directives are comments the parsers drop, so they are read from the
	// source; an invalid one is reported even when the rules do not run.
	dirs, notices := suppress.Find(c.Text, doc.Format)
	res.Notices = notices
	if !l.tagger.Has(doc.Language) {
		res.Unsupported = true
		res.Supported = l.tagger.Languages()
		return res
	}
	checks, err := l.eval(ctx, doc)
	if err != nil {
		res.Err = fmt.Errorf("%s: %w", path, err)
		return res
	}
	var unused []suppress.Notice
	res.Checks, res.Suppressed, unused = suppress.Apply(dirs, checks, l.AllRules())
	res.Notices = append(res.Notices, unused...)
	suppress.SortNotices(res.Notices)
	return res
}

// eval evaluates the rules on doc within the per-document timeout.
func (l *Linter) eval(ctx context.Context, doc *document.Document) ([]engine.Check, error) {
	if l.opts.Timeout <= 0 {
		return l.engine.Eval(ctx, doc)
	}
	ctx, cancel := context.WithTimeout(ctx, l.opts.Timeout)
	defer cancel()
	checks, err := l.engine.Eval(ctx, doc)
	if err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return nil, fmt.Errorf("the rules took longer than the %s timeout (--timeout) on this document", l.opts.Timeout)
	}
	return checks, err
}

// Parse turns file content into a tagged document: the input the rules see.
func (l *Linter) Parse(path string, data []byte) (*document.Document, error) {
	c, err := source.Decode(data, source.Hint{Name: path})
	if err != nil {
		return nil, err
	}
	return l.parseContent(path, c)
}

// parseContent parses decoded text in the format --input-format forces,
// else the one the source found.
func (l *Linter) parseContent(path string, c source.Content) (*document.Document, error) {
	format := l.opts.Format
	if format == "" {
		format = c.Format
	}
	return l.parse(path, c.Text, format)
}

// ParseText parses text of a format, in language ("" to detect it); it
// backs the policylint.parse and policylint.parse_as builtins.
func (l *Linter) ParseText(text, format, language string) (*document.Document, error) {
	return l.parseIn("input", text, format, language)
}

func (l *Linter) parse(path, src, format string) (*document.Document, error) {
	return l.parseIn(path, src, format, l.opts.Language)
}

func (l *Linter) parseIn(path, src, format, lang string) (*document.Document, error) {
	doc, res, err := parser.Parse(path, src, format)
	if err != nil {
		return nil, err
	}
	if len(doc.Clauses) == 0 {
		return nil, errors.New("the file has no text to check")
	}
	doc.Language = lang
	if lang == "" {
		doc.Language = l.detectLanguage(doc, res.Language)
	}
	if err := l.tagger.Tag(doc, doc.Language); err != nil {
		return nil, fmt.Errorf("tagging: %w", err)
	}
	return doc, nil
}

// detectLanguage reads the language from the policy text, letting the
// markup's declaration decide when the text is inconclusive.
func (l *Linter) detectLanguage(doc *document.Document, declared string) string {
	var sb strings.Builder
	for _, c := range doc.Clauses {
		if sb.Len() > 20000 {
			break
		}
		sb.WriteString(c.Text)
		sb.WriteByte('\n')
	}
	detected, confidence := language.Detect(sb.String())
	lang := language.Choose(declared, detected, confidence)
	if lang == "" {
		lang = DefaultLanguage
	}
	return lang
}
