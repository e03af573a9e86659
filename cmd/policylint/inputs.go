package main

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/policylint/policylint/linter/parser"
	"github.com/policylint/policylint/linter/source"
)

// languageCode is an ISO 639-1 code, as policies declare them.
var languageCode = regexp.MustCompile(`^[a-z]{2}$`)

// inputFlags say which policies the arguments name and how they are read.
// check, baseline and parse take the same ones, registered here once.
type inputFlags struct {
	Include     []string
	Exclude     []string
	StdinFormat string
	MaxSize     byteSize
	URLTimeout  time.Duration
	Language    string
}

func (f *inputFlags) register(fs *pflag.FlagSet) {
	f.MaxSize = source.DefaultMaxSize
	fs.StringArrayVar(&f.Include, "include", nil, "in directories, check the files matching this doublestar `glob` (relative to the directory; without /, it matches names at any depth) instead of *.html, *.htm, *.md, *.markdown, *.txt; repeatable")
	fs.StringArrayVar(&f.Exclude, "exclude", nil, "in directories, skip files and directories matching this `glob`; repeatable")
	fs.StringVar(&f.StdinFormat, "stdin-format", "", "format of the policy read from - (standard input): html, markdown or text (default: sniffed)")
	fs.Var(&f.MaxSize, "max-size", "refuse inputs larger than this `size` (e.g. 20MB, 512KB; 0: no limit)")
	fs.DurationVar(&f.URLTimeout, "url-timeout", source.DefaultURLTimeout, "give up fetching a URL after this `duration`")
	fs.StringVar(&f.Language, "language", "", "read every policy as written in this `language` (en, de, fr, es) instead of detecting it")
}

// expand turns the arguments into sources. A bad flag value is a usage
// error; a bad argument is a source that fails when read, reported in its
// place with the other inputs.
func (f *inputFlags) expand(args []string, stdin io.Reader) ([]source.Source, error) {
	if f.StdinFormat != "" {
		if _, err := parser.ForFormat(f.StdinFormat); err != nil {
			return nil, usageError{fmt.Errorf("--stdin-format: %w", err)}
		}
	}
	if f.URLTimeout <= 0 {
		return nil, usageError{fmt.Errorf("--url-timeout must be positive, not %s", f.URLTimeout)}
	}
	if f.Language != "" && !languageCode.MatchString(f.Language) {
		return nil, usageError{fmt.Errorf("--language takes a language code such as en, de, fr or es, not %q", f.Language)}
	}
	srcs, err := source.Expand(args, source.Options{
		Include:     f.Include,
		Exclude:     f.Exclude,
		StdinFormat: f.StdinFormat,
		MaxSize:     int64(f.MaxSize),
		URLTimeout:  f.URLTimeout,
		Stdin:       stdin,
	})
	if err != nil {
		return nil, usageError{err}
	}
	return srcs, nil
}

// paths are the files among srcs, for the checks that no output
// overwrites an input.
func paths(srcs []source.Source) []string {
	var out []string
	for _, s := range srcs {
		if s.Path != "" {
			out = append(out, s.Path)
		}
	}
	return out
}

// byteSize is a --max-size value: a number of bytes with an optional unit
// (B, KB, MB, GB, also KiB…; units of 1024, as file managers show sizes).
type byteSize int64

func (b *byteSize) String() string {
	if *b <= 0 {
		return "0"
	}
	return strings.ReplaceAll(source.FormatSize(int64(*b)), " ", "")
}

func (b *byteSize) Type() string { return "size" }

func (b *byteSize) Set(s string) error {
	n, err := parseSize(s)
	if err != nil {
		return err
	}
	*b = byteSize(n)
	return nil
}

var sizeUnits = map[string]int64{
	"": 1, "b": 1,
	"k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10,
	"m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
	"g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30,
}

func parseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	i := strings.IndexFunc(t, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if i < 0 {
		i = len(t)
	}
	num, unit := t[:i], strings.TrimSpace(t[i:])
	mult, ok := sizeUnits[unit]
	if num == "" || !ok {
		return 0, fmt.Errorf("%q is not a size (write e.g. 20MB, 512KB, 1GB)", s)
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || v < 0 {
		return 0, fmt.Errorf("%q is not a size (write e.g. 20MB, 512KB, 1GB)", s)
	}
	return int64(v * float64(mult)), nil
}
