// Package config reads .policylint.yaml: which rules run, at what
// severity, with which parameters, from which extra rule directories, and
// which files are left alone.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/policylint/policylint/linter/closest"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"

	"github.com/policylint/policylint/linter/engine"
)

// FileNames are the names a configuration file may have, in the order they
// are looked for in each directory.
var FileNames = []string{".policylint.yaml", ".policylint.yml"}

// All names every rule in enable and disable lists.
const All = "all"

// Entry is a value of the file with the line it is on, so that a mistake
// found later (an unknown rule ID) can still point at it.
type Entry struct {
	Value string
	Line  int
}

// Setting is one rule parameter set in the file.
type Setting struct {
	Value any
	Line  int
}

// Config is one configuration file, or the defaults when Path is "".
type Config struct {
	// Path is the file it was read from.
	Path string
	// Dir is the directory relative paths in the file resolve against.
	Dir string
	// Rules are directories of custom rules, absolute.
	Rules []Entry
	// Enable and Disable name rule IDs, packs or "all".
	Enable, Disable []Entry
	// Severity overrides rules' severities, by rule ID.
	Severity map[string]Entry
	// Ignore are globs, relative to Dir, of files not to check.
	Ignore []Entry
	// Settings are rule parameters, by rule ID then parameter name.
	Settings map[string]map[string]Setting
	// settingLines are the lines of each rule ID key under settings.
	settingLines map[string]int
}

// Error is a mistake in a configuration file, at a line.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// Default is the configuration when there is no file.
func Default() *Config {
	wd, _ := os.Getwd()
	return &Config{Dir: wd, Severity: map[string]Entry{}, Settings: map[string]map[string]Setting{}}
}

// Find returns the configuration file that governs path: the first found
// in path's directory or above it, "" when there is none.
func Find(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	dir := abs
	if fi, err := os.Stat(abs); err != nil || !fi.IsDir() {
		dir = filepath.Dir(abs)
	}
	for {
		for _, name := range FileNames {
			p := filepath.Join(dir, name)
			if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
				return p, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and parses a configuration file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &Error{Path: path, Msg: "cannot read the configuration: " + err.Error()}
	}
	return Parse(path, data)
}

// keys are the top-level keys of the file and what each holds, for the
// message about an unknown one.
var keys = []string{"rules", "enable", "disable", "severity", "ignore", "settings"}

// Parse parses a configuration file's content; path names it in errors and
// gives the directory relative paths resolve against.
func Parse(path string, data []byte) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	c := &Config{Path: path, Dir: filepath.Dir(abs), Severity: map[string]Entry{},
		Settings: map[string]map[string]Setting{}, settingLines: map[string]int{}}
	fail := func(line int, format string, args ...any) error {
		return &Error{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if err.Error() == "EOF" { // an empty file is the defaults
			return c, nil
		}
		return nil, fail(0, "not valid YAML: %s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 {
		return c, nil
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return c, nil
	}
	if root.Kind != yaml.MappingNode {
		return nil, fail(root.Line, "the configuration must be a mapping of %s", strings.Join(keys, ", "))
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if seen[k.Value] {
			return nil, fail(k.Line, "%s is given twice", k.Value)
		}
		seen[k.Value] = true
		var err error
		switch k.Value {
		case "rules":
			c.Rules, err = stringList(path, k.Value, v)
			for i := range c.Rules {
				if !filepath.IsAbs(c.Rules[i].Value) {
					c.Rules[i].Value = filepath.Join(c.Dir, c.Rules[i].Value)
				}
			}
		case "enable":
			c.Enable, err = stringList(path, k.Value, v)
		case "disable":
			c.Disable, err = stringList(path, k.Value, v)
		case "ignore":
			c.Ignore, err = stringList(path, k.Value, v)
			for _, g := range c.Ignore {
				if !doublestar.ValidatePattern(filepath.ToSlash(g.Value)) {
					return nil, fail(g.Line, "ignore: %q is not a valid glob", g.Value)
				}
			}
		case "severity":
			err = c.parseSeverity(path, v)
		case "settings":
			err = c.parseSettings(path, v)
		default:
			return nil, fail(k.Line, "unknown key %q; the keys are %s", k.Value, strings.Join(keys, ", "))
		}
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

func isNull(v *yaml.Node) bool { return v.Kind == yaml.ScalarNode && v.Tag == "!!null" }

func stringList(path, key string, v *yaml.Node) ([]Entry, error) {
	if isNull(v) {
		return nil, nil
	}
	if v.Kind != yaml.SequenceNode {
		return nil, &Error{Path: path, Line: v.Line, Msg: key + ": must be a list"}
	}
	out := make([]Entry, 0, len(v.Content))
	for _, item := range v.Content {
		if item.Kind != yaml.ScalarNode || item.Tag != "!!str" || strings.TrimSpace(item.Value) == "" {
			return nil, &Error{Path: path, Line: item.Line, Msg: key + ": each item must be a non-empty string"}
		}
		out = append(out, Entry{Value: strings.TrimSpace(item.Value), Line: item.Line})
	}
	return out, nil
}

func (c *Config) parseSeverity(path string, v *yaml.Node) error {
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.MappingNode {
		return &Error{Path: path, Line: v.Line, Msg: "severity: must map rule IDs to error, warning or note"}
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		if val.Kind != yaml.ScalarNode || engine.SeverityRank(val.Value) == 0 {
			return &Error{Path: path, Line: val.Line, Msg: fmt.Sprintf("severity: %s: must be error, warning or note, not %q", k.Value, val.Value)}
		}
		c.Severity[k.Value] = Entry{Value: val.Value, Line: k.Line}
	}
	return nil
}

func (c *Config) parseSettings(path string, v *yaml.Node) error {
	if isNull(v) {
		return nil
	}
	if v.Kind != yaml.MappingNode {
		return &Error{Path: path, Line: v.Line, Msg: "settings: must map rule IDs to their parameters"}
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, params := v.Content[i], v.Content[i+1]
		if params.Kind != yaml.MappingNode {
			return &Error{Path: path, Line: params.Line, Msg: fmt.Sprintf("settings: %s: must map parameter names to values", k.Value)}
		}
		set := map[string]Setting{}
		for j := 0; j+1 < len(params.Content); j += 2 {
			pk, pv := params.Content[j], params.Content[j+1]
			var val any
			if err := pv.Decode(&val); err != nil {
				return &Error{Path: path, Line: pv.Line, Msg: fmt.Sprintf("settings: %s: %s: %v", k.Value, pk.Value, err)}
			}
			set[pk.Value] = Setting{Value: JSONValue(val), Line: pk.Line}
		}
		c.Settings[k.Value] = set
		c.settingLines[k.Value] = k.Line
	}
	return nil
}

// JSONValue turns YAML's decoded values into the shapes JSON decoding
// gives (string keys, float64 numbers, dates as text), the only ones OPA's
// store takes.
func JSONValue(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = JSONValue(e)
		}
		return x
	case map[any]any:
		m := make(map[string]any, len(x))
		for k, e := range x {
			m[fmt.Sprint(k)] = JSONValue(e)
		}
		return m
	case []any:
		for i, e := range x {
			x[i] = JSONValue(e)
		}
		return x
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case uint64:
		return float64(x)
	case time.Time:
		return x.Format(time.RFC3339)
	}
	return v
}

// Ignored says whether the configuration leaves path alone: it matches an
// ignore glob relative to the configuration's directory.
func (c *Config) Ignored(path string) bool {
	if len(c.Ignore) == 0 {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(c.Dir, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, g := range c.Ignore {
		pat := strings.TrimPrefix(filepath.ToSlash(g.Value), "./")
		if ok, _ := doublestar.Match(pat, rel); ok {
			return true
		}
		// A directory pattern ignores everything below it.
		if ok, _ := doublestar.Match(strings.TrimSuffix(pat, "/")+"/**", rel); ok {
			return true
		}
	}
	return false
}

// Overrides are the command line's enable and disable lists, which win over
// the file's.
type Overrides struct {
	Enable, Disable []string
}

// Resolve checks the configuration against the rules that were loaded (an
// unknown rule ID, pack or parameter, or a parameter of the wrong type, is
// an error naming its line) and returns the engine settings it makes.
func (c *Config) Resolve(rules []*engine.Rule, o Overrides) (engine.Settings, error) {
	byID := map[string]*engine.Rule{}
	packs := map[string]bool{}
	for _, r := range rules {
		byID[r.ID] = r
		packs[r.Pack()] = true
	}
	where := c.Path
	if where == "" {
		where = "command line"
	}
	known := func(name string, line int, key string) error {
		if name == All || packs[name] || byID[name] != nil {
			return nil
		}
		msg := fmt.Sprintf("%s: there is no rule or pack %q", key, name)
		if s := suggest(name, rules, packs); s != "" {
			msg += fmt.Sprintf(" (did you mean %s?)", s)
		}
		return &Error{Path: where, Line: line, Msg: msg}
	}
	// Levels from the most to the least specific: a rule ID beats a pack,
	// a pack beats "all"; the command line beats the file at each level.
	type vote struct {
		enabled bool
		set     bool
	}
	decide := func(r *engine.Rule) (bool, error) {
		lists := []struct {
			enable, disable []string
		}{
			{o.Enable, o.Disable},
			{values(c.Enable), values(c.Disable)},
		}
		for _, level := range []func(string) bool{
			func(n string) bool { return n == r.ID },
			func(n string) bool { return n == r.Pack() },
			func(n string) bool { return n == All },
		} {
			for _, l := range lists {
				var v vote
				for _, n := range l.enable {
					if level(n) {
						v = vote{enabled: true, set: true}
					}
				}
				for _, n := range l.disable {
					if level(n) {
						if v.set && v.enabled {
							return false, fmt.Errorf("%s is both enabled and disabled", n)
						}
						v = vote{enabled: false, set: true}
					}
				}
				if v.set {
					return v.enabled, nil
				}
			}
		}
		return true, nil
	}
	for _, lists := range [][]Entry{c.Enable, c.Disable} {
		for _, e := range lists {
			if err := known(e.Value, e.Line, "enable/disable"); err != nil {
				return engine.Settings{}, err
			}
		}
	}
	for _, n := range append(append([]string{}, o.Enable...), o.Disable...) {
		if n == All || packs[n] || byID[n] != nil {
			continue
		}
		msg := fmt.Sprintf("--enable/--disable: there is no rule or pack %q", n)
		if s := suggest(n, rules, packs); s != "" {
			msg += fmt.Sprintf(" (did you mean %s?)", s)
		}
		return engine.Settings{}, errors.New(msg)
	}
	s := engine.Settings{Disabled: map[string]bool{}, Severity: map[string]string{}, Params: map[string]map[string]any{}}
	for _, r := range rules {
		on, err := decide(r)
		if err != nil {
			return engine.Settings{}, &Error{Path: where, Msg: err.Error()}
		}
		if !on {
			s.Disabled[r.ID] = true
		}
	}
	for _, id := range sortedKeys(c.Severity) {
		e := c.Severity[id]
		if byID[id] == nil {
			return engine.Settings{}, unknownRule(where, e.Line, "severity", id, rules, packs)
		}
		s.Severity[id] = e.Value
	}
	for _, id := range sortedKeys(c.Settings) {
		r := byID[id]
		if r == nil {
			return engine.Settings{}, unknownRule(where, c.settingLines[id], "settings", id, rules, packs)
		}
		vals := map[string]any{}
		for _, name := range sortedKeys(c.Settings[id]) {
			set := c.Settings[id][name]
			p, ok := r.Param(name)
			if !ok {
				return engine.Settings{}, &Error{Path: where, Line: set.Line, Msg: fmt.Sprintf("settings: %s: unknown parameter %q; %s", id, name, paramList(r))}
			}
			if want, got := kind(p.Default), kind(set.Value); want != got {
				return engine.Settings{}, &Error{Path: where, Line: set.Line, Msg: fmt.Sprintf("settings: %s: %s must be %s, not %s", id, name, want, got)}
			}
			vals[name] = set.Value
		}
		s.Params[id] = vals
	}
	return s, nil
}

func unknownRule(path string, line int, key, id string, rules []*engine.Rule, packs map[string]bool) error {
	msg := fmt.Sprintf("%s: there is no rule %q", key, id)
	if s := suggest(id, rules, packs); s != "" {
		msg += fmt.Sprintf(" (did you mean %s?)", s)
	}
	return &Error{Path: path, Line: line, Msg: msg}
}

func paramList(r *engine.Rule) string {
	if len(r.Params) == 0 {
		return r.ID + " takes no parameters"
	}
	names := make([]string, len(r.Params))
	for i, p := range r.Params {
		names[i] = p.Name
	}
	return r.ID + " takes " + strings.Join(names, ", ")
}

// kind names a JSON value's type, for messages.
func kind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case float64, int, int64, uint64:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return fmt.Sprintf("%T", v)
}

func values(es []Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Value
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// suggest returns the rule ID or pack closest to name, if one is close.
func suggest(name string, rules []*engine.Rule, packs map[string]bool) string {
	best, bestD := "", 4
	try := func(cand string) {
		if d := closest.Distance(name, cand); d < bestD {
			best, bestD = cand, d
		}
	}
	for _, r := range rules {
		try(r.ID)
	}
	for p := range packs {
		try(p)
	}
	return best
}
