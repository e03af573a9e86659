package linter

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"github.com/policylint/policylint/linter/config"
	"github.com/policylint/policylint/linter/engine"
	"github.com/policylint/policylint/linter/source"
)

// Set gives each policy the linter of the configuration that governs it:
// the .policylint.yaml found by walking up from the policy, or the one
// named on the command line. A linter is prepared once per configuration,
// and most runs have one.
type Set struct {
	opts Options
	// explicit is the --config file, "" to discover; noConfig ignores
	// configuration files altogether.
	explicit string
	noConfig bool

	mu       sync.Mutex
	byConfig map[string]*Linter // by configuration path ("" for none)
	byDir    map[string]string  // directory → configuration path found from it
	used     []*Linter          // in the order first used

	// onStart, when set, is called as a worker starts checking the source
	// of that index: tests count through it what Stream holds at once.
	onStart func(i int)
}

// NewSet returns a set whose linters share opts; Options.Config is ignored,
// each linter getting its own.
func NewSet(opts Options, configPath string, noConfig bool) *Set {
	return &Set{opts: opts, explicit: configPath, noConfig: noConfig,
		byConfig: map[string]*Linter{}, byDir: map[string]string{}}
}

// For returns the linter for the policy at path; inputs without a file
// ("" and "-" for standard input, URLs) resolve from the current
// directory.
func (s *Set) For(ctx context.Context, path string) (*Linter, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cfgPath, err := s.configPath(path)
	if err != nil {
		return nil, err
	}
	if l, ok := s.byConfig[cfgPath]; ok {
		return l, nil
	}
	opts := s.opts
	opts.Config = nil
	if cfgPath != "" {
		cfg, err := config.Load(cfgPath)
		if err != nil {
			return nil, err
		}
		opts.Config = cfg
	}
	l, err := New(ctx, opts)
	if err != nil {
		var ce *config.Error
		if cfgPath != "" && !errors.As(err, &ce) {
			return nil, fmt.Errorf("loading the rules of %s: %w", cfgPath, err)
		}
		if cfgPath == "" && !errors.As(err, &ce) {
			return nil, fmt.Errorf("loading the rules: %w", err)
		}
		return nil, err
	}
	s.byConfig[cfgPath] = l
	s.used = append(s.used, l)
	return l, nil
}

func (s *Set) configPath(path string) (string, error) {
	if s.noConfig {
		return "", nil
	}
	if s.explicit != "" {
		return s.explicit, nil
	}
	dir := "."
	if path != "" && path != "-" && !source.IsURL(path) {
		dir = filepath.Dir(path)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if p, ok := s.byDir[abs]; ok {
		return p, nil
	}
	p, err := config.Find(filepath.Join(abs, "policy"))
	if err != nil {
		return "", err
	}
	s.byDir[abs] = p
	return p, nil
}

// CheckFiles checks files by path: CheckSources for callers that hold
// paths rather than command-line arguments.
func (s *Set) CheckFiles(ctx context.Context, paths []string) (results []Result, ignored []string, err error) {
	srcs := make([]source.Source, len(paths))
	for i, p := range paths {
		srcs[i] = source.File(p)
	}
	return s.CheckSources(ctx, srcs)
}

// CheckSources checks each source with the linter of the configuration
// found from its file (from the current directory for standard input and
// URLs), in parallel, and returns the results in the order of srcs. A
// source is read only when its turn comes. Every result keeps its whole
// Document, so memory grows with the number of sources: a large batch is
// better checked with Stream. Files that their configuration ignores are
// left out and returned, by name, as ignored. A configuration that cannot
// be loaded stops the run before any check: it is a mistake in the setup,
// not in one policy.
func (s *Set) CheckSources(ctx context.Context, srcs []source.Source) (results []Result, ignored []string, err error) {
	results = make([]Result, 0, len(srcs))
	ignored, err = s.Stream(ctx, srcs, func(_ int, r Result) error {
		results = append(results, r)
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	return results, ignored, nil
}

// Rules returns the rules that the linters used so far evaluate, ordered
// by ID; when configurations disagree on a rule, the first one used wins.
func (s *Set) Rules() []*engine.Rule {
	return s.collect(func(l *Linter) []*engine.Rule { return l.Rules() })
}

// AllRules is Rules with disabled rules included.
func (s *Set) AllRules() []*engine.Rule {
	return s.collect(func(l *Linter) []*engine.Rule { return l.AllRules() })
}

func (s *Set) collect(of func(*Linter) []*engine.Rule) []*engine.Rule {
	s.mu.Lock()
	defer s.mu.Unlock()
	seen := map[string]bool{}
	var out []*engine.Rule
	for _, l := range s.used {
		for _, r := range of(l) {
			if !seen[r.ID] {
				seen[r.ID] = true
				out = append(out, r)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// forEach runs f(0..n-1) on jobs workers (one per CPU when jobs <= 0).
func forEach(n, jobs int, f func(i int)) {
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(jobs, max(n, 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
