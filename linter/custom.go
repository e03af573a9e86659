package linter

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/policylint/policylint/linter/config"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/source"
)

// RuleDir is what a directory of custom rules holds: Rego modules and the
// data files those rules read.
type RuleDir struct {
	Modules []engine.Module
	// Data is the merge of the directory's JSON and YAML files: each file's
	// top-level keys become keys of data, as with conftest's --data.
	Data map[string]any
	// dataFrom remembers which file gave each top-level key.
	dataFrom map[string]string
}

// ReadRuleDir reads a custom rule directory, recursively: *.rego files
// (tests only when tests is true) and *.json, *.yaml, *.yml data files.
// Hidden files and directories are skipped, so a .policylint.yaml beside
// the rules is not read as data.
func ReadRuleDir(dir string, tests bool) (*RuleDir, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("rule directory %s: %w", dir, source.ReadError(err))
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("rule directory %s: not a directory", dir)
	}
	rd := &RuleDir{Data: map[string]any{}, dataFrom: map[string]string{}}
	rules := 0
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		switch ext := filepath.Ext(p); ext {
		case ".rego":
			isTest := strings.HasSuffix(p, "_test.rego")
			if !isTest {
				rules++
			}
			if isTest && !tests {
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return fmt.Errorf("%s: %w", p, source.ReadError(err))
			}
			rd.Modules = append(rd.Modules, engine.Module{Name: p, Source: string(src)})
		case ".json", ".yaml", ".yml":
			return rd.addData(p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if rules == 0 {
		return nil, fmt.Errorf("rule directory %s holds no .rego rule", dir)
	}
	return rd, nil
}

func (rd *RuleDir) addData(p string) error {
	raw, err := os.ReadFile(p)
	if err != nil {
		return fmt.Errorf("%s: %w", p, source.ReadError(err))
	}
	var v any
	if filepath.Ext(p) == ".json" {
		err = json.Unmarshal(raw, &v)
	} else {
		err = yaml.Unmarshal(raw, &v)
	}
	if err != nil {
		return fmt.Errorf("data file %s: %w", p, err)
	}
	m, ok := config.JSONValue(v).(map[string]any)
	if !ok {
		return fmt.Errorf("data file %s: the top level must be a mapping, whose keys become data.<key>", p)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if k == "policylint" {
			return fmt.Errorf("data file %s: data.policylint is reserved for policylint; use another top-level key", p)
		}
		if other, dup := rd.dataFrom[k]; dup {
			return fmt.Errorf("data file %s: data.%s is already defined by %s", p, k, other)
		}
		rd.dataFrom[k] = p
		rd.Data[k] = m[k]
	}
	return nil
}

// merge adds another directory's rules and data.
func (rd *RuleDir) merge(o *RuleDir) error {
	rd.Modules = append(rd.Modules, o.Modules...)
	for k, v := range o.Data {
		if other, dup := rd.dataFrom[k]; dup {
			return fmt.Errorf("data file %s: data.%s is already defined by %s", o.dataFrom[k], k, other)
		}
		rd.dataFrom[k] = o.dataFrom[k]
		rd.Data[k] = v
	}
	return nil
}
