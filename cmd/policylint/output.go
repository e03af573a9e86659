package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/policylint/policylint/linter"
	"github.com/policylint/policylint/linter/report"
)

// The rule for where reports go, as --help and the README state it:
//
//	Each -o FILE takes the --format given just before it; a format without
//	an -o goes to stdout, and only one may. "-o -" is stdout. With no
//	--format, -o FILE takes the text report.
//
// Order matters, and pflag keeps each flag's values but not how the two
// flags interleave, so both flags append to one ordered list.
const outputRule = `Each -o FILE takes the --format given just before it; a format without an -o goes to stdout (only one may), and "-o -" is stdout.`

// outputFlags records --format and -o in command-line order.
type outputFlags struct {
	events []outputEvent
}

type outputEvent struct {
	isOutput bool // -o FILE, else --format NAME
	value    string
}

// orderedFlag is the pflag.Value of --format or of -o: it appends to the
// shared list.
type orderedFlag struct {
	list     *outputFlags
	isOutput bool
}

func (f orderedFlag) Set(v string) error {
	f.list.events = append(f.list.events, outputEvent{isOutput: f.isOutput, value: v})
	return nil
}

func (f orderedFlag) String() string {
	var vals []string
	for _, e := range f.list.events {
		if e.isOutput == f.isOutput {
			vals = append(vals, e.value)
		}
	}
	if len(vals) == 0 && !f.isOutput {
		return defaultFormat
	}
	return strings.Join(vals, ",")
}

func (f orderedFlag) Type() string {
	if f.isOutput {
		return "file"
	}
	return "format"
}

const (
	defaultFormat = "text"
	stdoutName    = "-"
)

// output is one report: a format and the file it goes to ("" for stdout).
type output struct {
	format string
	path   string
}

func (o output) toStdout() bool { return o.path == "" }

func (o output) where() string {
	if o.toStdout() {
		return "stdout"
	}
	return o.path
}

// planOutputs applies the rule above to the flags, in their order.
func planOutputs(events []outputEvent) ([]output, error) {
	var outs []output
	assigned := map[int]bool{} // outs index → has its -o
	anyFormat := false
	for _, e := range events {
		if !e.isOutput {
			anyFormat = true
			break
		}
	}
	for _, e := range events {
		if !e.isOutput {
			outs = append(outs, output{format: e.value})
			continue
		}
		if e.value == "" {
			return nil, errors.New("-o needs a file name (or - for stdout)")
		}
		if len(outs) == 0 {
			if anyFormat {
				return nil, fmt.Errorf("-o %s comes before any --format: put each -o after the --format it is for", e.value)
			}
			outs = append(outs, output{format: defaultFormat})
		}
		last := len(outs) - 1
		if assigned[last] {
			return nil, fmt.Errorf("-o %s: the format before it (%s) already goes to %s; give a --format before each -o",
				e.value, outs[last].format, outs[last].where())
		}
		assigned[last] = true
		if e.value != stdoutName {
			outs[last].path = e.value
		}
	}
	if len(outs) == 0 {
		outs = []output{{format: defaultFormat}}
	}
	var toStdout []string
	files := map[string]string{}
	for _, o := range outs {
		if _, err := report.New(o.format, report.Options{}); err != nil {
			return nil, err
		}
		if o.toStdout() {
			toStdout = append(toStdout, o.format)
			continue
		}
		key := filepath.Clean(o.path)
		if abs, err := filepath.Abs(o.path); err == nil {
			key = abs
		}
		if prev, ok := files[key]; ok {
			return nil, fmt.Errorf("-o %s is given for both %s and %s", o.path, prev, o.format)
		}
		files[key] = o.format
	}
	if len(toStdout) > 1 {
		return nil, fmt.Errorf("formats %s would all go to stdout: give -o FILE after all but one (%s)",
			strings.Join(toStdout, ", "), outputRule)
	}
	return outs, nil
}

// checkOutputPaths refuses, before any work is done, output files that
// cannot be written or that are one of the inputs: policylint never
// overwrites what the user asked it to read.
func checkOutputPaths(outs []output, inputs []string) error {
	for _, o := range outs {
		if o.toStdout() {
			continue
		}
		if st, err := os.Stat(o.path); err == nil {
			if st.IsDir() {
				return fmt.Errorf("-o %s is a directory", o.path)
			}
			for _, in := range inputs {
				if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
					return fmt.Errorf("-o %s is also an input: policylint does not overwrite the files it checks", o.path)
				}
			}
		}
		dir := filepath.Dir(o.path)
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return fmt.Errorf("-o %s: the directory %s does not exist", o.path, dir)
		}
	}
	return nil
}

// writeReports writes every planned report from the one set of results.
// Colour is only for text on a terminal; the step summary is appended once
// per run, by the first github report. A report that cannot be written does
// not stop the others; the errors are returned together.
func writeReports(outs []output, opts report.Options, results []linter.Result, s streams, noColor bool) error {
	summary := os.Getenv("GITHUB_STEP_SUMMARY")
	var errs []error
	for _, out := range outs {
		o := outputOptions(out, opts, s, noColor)
		if out.format == "github" {
			o.StepSummary, summary = summary, ""
		}
		rep, err := report.New(out.format, o)
		if err != nil {
			return usageError{err}
		}
		write := func(w io.Writer) error { return rep.Report(w, results) }
		if out.toStdout() {
			err = write(s.Out)
		} else {
			err = writeFileAtomic(out.path, write)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("writing the %s report to %s: %w", out.format, out.where(), err))
		}
	}
	return errors.Join(errs...)
}

// outputOptions are the report options of one output: colour is only for
// text on a terminal.
func outputOptions(out output, opts report.Options, s streams, noColor bool) report.Options {
	opts.Color = out.toStdout() && s.colorEnabled(noColor)
	return opts
}

// streamedOutput is a report written result by result while the run goes
// on (json, jsonl, sarif), so the run need not keep the results for it. On
// stdout each result is out as soon as it and those before it are checked,
// when the format can (report.Stream.Live); a file is written beside its
// destination as the run goes and renamed into place at the end, as every
// report file is.
type streamedOutput struct {
	out  output
	st   report.Stream // nil when it could not begin
	w    io.Writer
	file *atomicFile // nil on stdout
	err  error       // the first write error; later results are not written
}

// openStreamed begins the outputs whose format can stream and returns the
// others, which are written at the end from the kept results. opts are
// what is known before the run; the rest comes with finish. An output
// that cannot begin is an error at the end, like any report that cannot
// be written, and does not stop the run.
func openStreamed(outs []output, opts report.Options, s streams, noColor bool) (streamed []*streamedOutput, whole []output) {
	for _, out := range outs {
		rep, err := report.New(out.format, outputOptions(out, opts, s, noColor))
		inc, ok := rep.(report.Incremental)
		if err != nil || !ok {
			whole = append(whole, out)
			continue
		}
		so := &streamedOutput{out: out, w: s.Out}
		tmpDir := "" // the system's, for stdout
		if !out.toStdout() {
			so.file, so.err = createAtomic(out.path)
			if so.file != nil {
				so.w = so.file
				// Where the report itself is written is known to be writable.
				tmpDir = filepath.Dir(so.file.tmp.Name())
			}
		}
		if so.err == nil {
			so.st, so.err = inc.Begin(so.w, tmpDir)
		}
		streamed = append(streamed, so)
	}
	return streamed, whole
}

func (so *streamedOutput) write(r *linter.Result) {
	if so.err != nil {
		return
	}
	so.err = so.st.WriteResult(r)
	so.flushStdout()
}

func (so *streamedOutput) flushStdout() {
	if f, ok := so.w.(interface{ Flush() error }); ok && so.err == nil && so.file == nil {
		so.err = f.Flush()
	}
}

// finish ends the report with what the run learnt at its end and puts a
// file in place; end is nil when the run did not complete, and then, as
// when a write failed, the destination is left untouched.
func (so *streamedOutput) finish(end *report.Outcome) error {
	if so.st != nil {
		if so.err == nil && end != nil {
			so.err = so.st.End(*end)
			so.flushStdout()
		}
		if cerr := so.st.Close(); so.err == nil {
			so.err = cerr
		}
	}
	if so.file != nil {
		if so.err != nil || end == nil {
			so.file.abort()
		} else {
			so.err = so.file.commit()
		}
	}
	if so.err != nil {
		return fmt.Errorf("writing the %s report to %s: %w", so.out.format, so.out.where(), so.err)
	}
	return nil
}

// finishStreamed finishes every streamed report; see finish for end.
func finishStreamed(streamed []*streamedOutput, end *report.Outcome) []error {
	var errs []error
	for _, so := range streamed {
		if err := so.finish(end); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

// streamsToStdout reports whether a streamed report writes to stdout while
// the run goes on.
func streamsToStdout(streamed []*streamedOutput) bool {
	for _, so := range streamed {
		if so.out.toStdout() && so.st != nil && so.st.Live() {
			return true
		}
	}
	return false
}

// writeFileAtomic writes a file beside path and renames it into place, so
// that a reader (or an upload step) never sees half a report, and a failed
// run leaves the previous file as it was. An existing file keeps its mode,
// and a symbolic link keeps pointing where it did.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	f, err := createAtomic(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.abort()
		return err
	}
	return f.commit()
}

// atomicFile is a file being written beside its destination: writeFileAtomic
// in steps, for a report written a file at a time while the run goes on.
type atomicFile struct {
	*bufio.Writer
	path string
	mode fs.FileMode
	tmp  *os.File
}

func createAtomic(path string) (*atomicFile, error) {
	if target, lerr := filepath.EvalSymlinks(path); lerr == nil {
		path = target
	}
	mode := fs.FileMode(0o644)
	if st, serr := os.Stat(path); serr == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, err
	}
	return &atomicFile{Writer: bufio.NewWriter(tmp), path: path, mode: mode, tmp: tmp}, nil
}

// commit puts the file in place; on error the destination is untouched.
func (f *atomicFile) commit() (err error) {
	defer func() {
		if err != nil {
			f.abort()
		}
	}()
	if err = f.Flush(); err != nil {
		return err
	}
	if err = f.tmp.Chmod(f.mode); err != nil {
		return err
	}
	if err = f.tmp.Close(); err != nil {
		return err
	}
	return os.Rename(f.tmp.Name(), f.path)
}

// abort removes what was written, leaving the destination as it was.
func (f *atomicFile) abort() {
	_ = f.tmp.Close()
	_ = os.Remove(f.tmp.Name())
}

// baseDir is the directory report paths are relative to: --sarif-base when
// given, else the root of the Git work tree around the current directory
// (code scanning and annotations resolve paths from the repository root),
// else the current directory.
func baseDir(flag string) (string, error) {
	if flag != "" {
		abs, err := filepath.Abs(flag)
		if err != nil {
			return "", fmt.Errorf("--sarif-base %s: %w", flag, err)
		}
		if st, err := os.Stat(abs); err != nil || !st.IsDir() {
			return "", fmt.Errorf("--sarif-base %s is not a directory", flag)
		}
		return abs, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("finding the repository root: %w", err)
	}
	for dir := wd; ; {
		// .git is a directory in a clone, a file in a worktree or submodule.
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return wd, nil
		}
		dir = parent
	}
}
