// Package source turns what the user named on the command line (files,
// directories, "-" for standard input, http and https URLs) into policy
// text: UTF-8, with the format and charset it was found in.
//
// Expansion only lists names; a Source reads its bytes when the linter asks
// for them, so a directory of thousands of policies is never held in memory
// at once, and a bad input fails on its own without stopping the others.
package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/bmatcuk/doublestar/v4"
)

// DefaultExtensions are the files a directory is searched for when no
// --include glob is given.
var DefaultExtensions = []string{".html", ".htm", ".md", ".markdown", ".txt"}

// Defaults of the command line's flags.
const (
	DefaultMaxSize    = 20 << 20
	DefaultURLTimeout = 15 * time.Second
	// MaxRedirects is how many redirects a URL may take.
	MaxRedirects = 5
)

// Options say how arguments are expanded and read.
type Options struct {
	// Include and Exclude are doublestar globs matched against a file's
	// path relative to the directory named on the command line; a glob
	// without "/" also matches a file's name at any depth. With Include
	// set, a directory yields the files it matches instead of those with
	// a DefaultExtensions extension.
	Include, Exclude []string
	// StdinFormat is the format of standard input ("html", "markdown",
	// "text"); "" sniffs it.
	StdinFormat string
	// MaxSize is the largest input read, in bytes; 0 or less is no limit.
	MaxSize int64
	// URLTimeout bounds fetching one URL, body included; 0 is
	// DefaultURLTimeout.
	URLTimeout time.Duration
	// Stdin is what "-" reads; nil is os.Stdin.
	Stdin io.Reader
	// Transport makes the HTTP requests; nil is http.DefaultTransport.
	Transport http.RoundTripper
}

type kind int

const (
	kindFile kind = iota
	kindStdin
	kindURL
	kindBroken // an argument that names nothing readable; err says why
)

// Source is one policy to read. The zero value is not usable; get Sources
// from Expand or File.
type Source struct {
	// Name is how reports name the policy: the path (as given, or joined
	// to the directory given), "-" for standard input, or the URL.
	Name string
	// Path is the policy's file on disk, which configuration discovery
	// starts from; "" for standard input and URLs.
	Path string

	kind kind
	env  *env
	err  error
}

// env is what the Sources of one expansion share.
type env struct {
	opts   Options
	client *http.Client

	stdinOnce sync.Once
	stdin     []byte
	stdinErr  error
}

// Error is a problem with one input. Err is the cause, short enough to
// follow the name on one line.
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string { return e.Name + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Err returns, without reading anything, the error of a Source whose
// argument named nothing readable (a missing path, a directory without
// policies, an unsupported URL scheme); nil otherwise.
func (s Source) Err() error {
	if s.kind == kindBroken {
		return &Error{Name: s.Name, Err: s.err}
	}
	return nil
}

// IsURL reports whether name is an http or https URL, the inputs read over
// the network and named by their URL in reports.
func IsURL(name string) bool {
	scheme, _, ok := strings.Cut(name, "://")
	return ok && (strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https"))
}

// urlScheme returns the scheme of a "scheme://..." argument, "" for
// anything else (a Windows path's drive letter has no "//").
func urlScheme(arg string) string {
	scheme, _, ok := strings.Cut(arg, "://")
	if !ok || scheme == "" {
		return ""
	}
	for i, c := range scheme {
		alpha := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !alpha && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return ""
		}
	}
	return scheme
}

// File returns the Source of one file, read without a size limit: for
// callers that hold paths rather than command-line arguments.
func File(path string) Source {
	return Source{Name: path, Path: path, kind: kindFile, env: newEnv(Options{})}
}

func newEnv(opts Options) *env {
	if opts.URLTimeout <= 0 {
		opts.URLTimeout = DefaultURLTimeout
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	e := &env{opts: opts}
	e.client = &http.Client{Transport: opts.Transport, CheckRedirect: checkRedirect}
	return e
}

// Expand turns command-line arguments into Sources, in the order given,
// each directory's files sorted by path. An argument that names nothing
// readable (a missing file, a directory without policies, an ftp:// URL)
// is still a Source, whose Read fails, so that it is reported in its place
// among the others. The error is a mistake in opts or args themselves (an
// invalid glob, "-" given twice), before anything is read.
func Expand(args []string, opts Options) ([]Source, error) {
	for _, set := range []struct {
		flag  string
		globs []string
	}{{"--include", opts.Include}, {"--exclude", opts.Exclude}} {
		for _, g := range set.globs {
			if !doublestar.ValidatePattern(filepath.ToSlash(g)) {
				return nil, fmt.Errorf("%s %q is not a valid glob", set.flag, g)
			}
		}
	}
	stdin := 0
	for _, a := range args {
		if a == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return nil, errors.New(`"-" (standard input) can be given only once`)
	}
	e := newEnv(opts)
	var out []Source
	for _, arg := range args {
		out = append(out, e.expand(arg)...)
	}
	return out, nil
}

func (e *env) broken(name, path string, err error) Source {
	return Source{Name: name, Path: path, kind: kindBroken, env: e, err: err}
}

func (e *env) expand(arg string) []Source {
	if arg == "-" {
		return []Source{{Name: "-", kind: kindStdin, env: e}}
	}
	if scheme := urlScheme(arg); scheme != "" {
		if !IsURL(arg) {
			return []Source{e.broken(arg, "", fmt.Errorf("%s URLs are not supported: only http and https", scheme))}
		}
		return []Source{{Name: arg, kind: kindURL, env: e}}
	}
	st, err := os.Stat(arg)
	if err != nil {
		return []Source{e.broken(arg, arg, readError(err))}
	}
	if !st.IsDir() {
		return []Source{{Name: arg, Path: arg, kind: kindFile, env: e}}
	}
	srcs := e.walk(arg)
	if len(srcs) == 0 {
		return []Source{e.broken(arg, arg, e.noPolicies())}
	}
	return srcs
}

// noPolicies says what a directory lacks, in the terms the user chose.
func (e *env) noPolicies() error {
	if len(e.opts.Include) > 0 {
		return errors.New("no file in this directory matches --include")
	}
	if len(e.opts.Exclude) > 0 {
		return fmt.Errorf("no policy file in this directory (%s) that --exclude leaves", strings.Join(DefaultExtensions, " "))
	}
	return fmt.Errorf("no policy file in this directory (%s)", strings.Join(DefaultExtensions, " "))
}

// walk lists the policies under root in lexical order (filepath.WalkDir's),
// so that runs and shards see the same sequence. Hidden entries (.git,
// .DS_Store) are skipped; symbolic links to directories are not followed,
// which keeps a link cycle from walking forever.
func (e *env) walk(root string) []Source {
	var out []Source
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, e.broken(path, path, readError(err)))
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if path == root {
			return nil
		}
		rel, relErr := filepath.Rel(root, path)
		if relErr != nil {
			return nil
		}
		rel = filepath.ToSlash(rel)
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if matchAny(e.opts.Exclude, rel) {
				return filepath.SkipDir
			}
			return nil
		}
		if !isFile(path, d) || !e.selected(rel) {
			return nil
		}
		out = append(out, Source{Name: path, Path: path, kind: kindFile, env: e})
		return nil
	})
	return out
}

// isFile reports whether a directory entry is a regular file or a link to
// one; devices, sockets and pipes are not policies.
func isFile(path string, d fs.DirEntry) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

func (e *env) selected(rel string) bool {
	if matchAny(e.opts.Exclude, rel) {
		return false
	}
	if len(e.opts.Include) > 0 {
		return matchAny(e.opts.Include, rel)
	}
	ext := strings.ToLower(filepath.Ext(rel))
	for _, x := range DefaultExtensions {
		if ext == x {
			return true
		}
	}
	return false
}

// matchAny matches rel (slash-separated) against globs. A glob without a
// slash also matches the base name, as in .gitignore: "*.html" means HTML
// files at any depth, which is what people mean by it.
func matchAny(globs []string, rel string) bool {
	base := rel[strings.LastIndex(rel, "/")+1:]
	for _, g := range globs {
		g = strings.TrimPrefix(filepath.ToSlash(g), "./")
		if ok, _ := doublestar.Match(g, rel); ok {
			return true
		}
		if !strings.Contains(g, "/") {
			if ok, _ := doublestar.Match(g, base); ok {
				return true
			}
		}
	}
	return false
}

// Read reads the source and decodes it to UTF-8. Errors are *Error.
func (s Source) Read(ctx context.Context) (Content, error) {
	c, err := s.read(ctx)
	if err != nil {
		return Content{}, &Error{Name: s.Name, Err: err}
	}
	return c, nil
}

func (s Source) read(ctx context.Context) (Content, error) {
	switch s.kind {
	case kindBroken:
		return Content{}, s.err
	case kindStdin:
		data, err := s.env.readStdin()
		if err != nil {
			return Content{}, err
		}
		return Decode(data, Hint{Format: s.env.opts.StdinFormat})
	case kindURL:
		return s.env.fetch(ctx, s.Name)
	case kindFile:
		data, err := readFile(s.Path, s.env.opts.MaxSize)
		if err != nil {
			return Content{}, err
		}
		return Decode(data, Hint{Name: s.Path})
	}
	return Content{}, errors.New("not a readable source")
}

// readFile checks the size before reading, so that a 4 GB file is refused
// without being read, and limits the read for files whose size stat does
// not tell (pipes, /dev/stdin) or that grow meanwhile.
func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, readError(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, readError(err)
	}
	if st.IsDir() {
		return nil, errors.New("is a directory")
	}
	if limit > 0 && st.Mode().IsRegular() && st.Size() > limit {
		return nil, tooBig(st.Size(), limit)
	}
	data, err := readLimited(f, limit)
	if err != nil {
		return nil, readError(err)
	}
	return data, nil
}

func (e *env) readStdin() ([]byte, error) {
	e.stdinOnce.Do(func() {
		e.stdin, e.stdinErr = readLimited(e.opts.Stdin, e.opts.MaxSize)
		if e.stdinErr != nil && !errors.Is(e.stdinErr, errTooBig) {
			e.stdinErr = fmt.Errorf("cannot read standard input: %w", e.stdinErr)
		}
	})
	return e.stdin, e.stdinErr
}

var errTooBig = errors.New("over the --max-size limit")

// readLimited reads at most limit bytes (no limit when limit <= 0) and fails
// when there are more, without reading past the limit.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	if limit <= 0 {
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooBig(-1, limit)
	}
	return data, nil
}

// tooBig names the size when it is known (-1 when it is not: a stream
// stopped at the limit).
func tooBig(size, limit int64) error {
	if size < 0 {
		return fmt.Errorf("more than %s, %w of %s", FormatSize(limit), errTooBig, FormatSize(limit))
	}
	return fmt.Errorf("the file is %s, %w of %s", FormatSize(size), errTooBig, FormatSize(limit))
}

// FormatSize writes a byte count the way --max-size takes it: 20 MB,
// 512 KB, 1.5 GB (units of 1024).
func FormatSize(n int64) string {
	units := []string{"bytes", "KB", "MB", "GB", "TB"}
	v, i := float64(n), 0
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%d bytes", n)
	}
	if v == float64(int64(v)) {
		return fmt.Sprintf("%d %s", int64(v), units[i])
	}
	return fmt.Sprintf("%.1f %s", v, units[i])
}

// readError turns a file system error into a short cause: the name is
// already in front of it.
func readError(err error) error { return ReadError(err) }

// ReadError is readError for other packages that read the user's files
// (rule directories): one wording for every cause.
func ReadError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	case errors.Is(err, syscall.ENOTDIR):
		return errors.New("cannot read: part of the path is a file, not a directory")
	case errors.Is(err, syscall.EISDIR):
		return errors.New("is a directory")
	}
	return fmt.Errorf("cannot read: %w", err)
}
