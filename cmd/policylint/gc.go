package main

import (
	"os"
	"runtime/debug"
)

// batchGC is the garbage collector's target for long runs: the heap may
// grow by half its live size between collections instead of doubling.
// Most of a batch's live memory is the tagger's automata, which only grow,
// while every policy leaves garbage behind; at the default a 1,000-policy
// audit peaked near 170 MB, at 50 near 135 MB, for about a tenth more CPU
// (docs/performance.md).
const batchGC = 50

// batchFiles is from how many policies a run counts as a batch.
const batchFiles = 32

// tuneGC sets the collector's target for a run of n policies, unless the
// user set GOGC, which always wins.
func tuneGC(n int) {
	if n < batchFiles || os.Getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(batchGC)
}
