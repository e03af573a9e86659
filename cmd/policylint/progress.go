package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progressInterval keeps redrawing from costing more than the checks it
// reports on, and the line readable.
const progressInterval = 100 * time.Millisecond

// progress is the line "checked 1234/5000 files (3 errors)" that a long run
// keeps redrawing on a terminal's stderr and erases when it ends. A nil
// progress draws nothing, so callers need not test whether it is on.
type progress struct {
	w     io.Writer
	total int
	last  time.Time
	width int // of the line on screen, 0 when there is none
}

// newProgress returns the progress line of a run of total inputs, or nil
// when it would not help: stderr is not a terminal (a CI log would keep
// every redraw), --quiet, a single input, or results streaming to the same
// terminal on stdout, where they show the progress themselves and the
// carriage returns would tear their lines.
func newProgress(s streams, quiet, streamingToStdout bool, total int) *progress {
	if !s.ErrIsTerminal || quiet || total < 2 || streamingToStdout && s.OutIsTerminal {
		return nil
	}
	return &progress{w: s.Err, total: total}
}

// update redraws the line, at most every progressInterval except for the
// first time, so that even a short run shows where it is.
func (p *progress) update(done, errs int) {
	if p == nil {
		return
	}
	now := time.Now()
	if p.width > 0 && now.Sub(p.last) < progressInterval {
		return
	}
	p.last = now
	line := fmt.Sprintf("checked %d/%d files", done, p.total)
	switch errs {
	case 0:
	case 1:
		line += " (1 error)"
	default:
		line += fmt.Sprintf(" (%d errors)", errs)
	}
	// Padding blanks what a longer line left, without relying on an
	// erase-line escape that TERM=dumb terminals lack.
	pad := max(p.width-len(line), 0)
	fmt.Fprintf(p.w, "\r%s%s", line, strings.Repeat(" ", pad))
	p.width = len(line)
}

// clear erases the line, before another message or the end of the run, so
// that what follows starts at the beginning of an empty line.
func (p *progress) clear() {
	if p == nil || p.width == 0 {
		return
	}
	fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
	p.width = 0
}
