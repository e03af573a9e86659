package linter

import (
	"context"
	"runtime"
	"sync"

	"github.com/policylint/policylint/linter/source"
)

// StreamWindow is how many results beyond one per worker Stream lets be
// checked ahead of the one the callback waits for. Without slack, one slow
// policy at the head of the line would idle every other worker after a
// single file; with unbounded slack, it would let the finished documents
// pile up behind it, which is what streaming is there to prevent.
const StreamWindow = 8

// Stream checks srcs as CheckSources does, in parallel, and calls fn with
// each result in the order of srcs (i is the source's index in srcs) as
// soon as that result and every one before it are ready. Sources that
// their configuration ignores are skipped and returned by name.
//
// Workers take the sources in order, and a source is started only while
// fewer than jobs+StreamWindow results are being checked or wait for
// their turn, so the run holds O(jobs) documents however many sources
// there are. A result is the callback's to keep, but its Document is the
// whole parsed policy: callers that keep results should keep
// Result.Compact() instead.
//
// fn runs on the caller's goroutine, one call at a time, so it needs no
// locking; while it blocks, the workers stop once the window is full. An
// error from fn stops the run and is returned, as is the context's error
// if ctx ends first. A configuration that cannot be loaded stops the run
// before any check.
func (s *Set) Stream(ctx context.Context, srcs []source.Source, fn func(i int, r Result) error) (ignored []string, err error) {
	type job struct {
		index int
		src   source.Source
		l     *Linter
	}
	jobs := make([]job, 0, len(srcs))
	for i, src := range srcs {
		l, err := s.For(ctx, src.Path)
		if err != nil {
			return nil, err
		}
		if src.Path != "" && l.config.Ignored(src.Path) {
			ignored = append(ignored, src.Name)
			continue
		}
		jobs = append(jobs, job{i, src, l})
	}
	err = ordered(ctx, len(jobs), s.opts.Jobs, func(ctx context.Context, k int) Result {
		if s.onStart != nil {
			s.onStart(jobs[k].index)
		}
		return jobs[k].l.Check(ctx, jobs[k].src)
	}, func(k int, r Result) error {
		return fn(jobs[k].index, r)
	})
	return ignored, err
}

// ordered runs work(0..n-1) on jobs workers (one per CPU when jobs <= 0)
// and calls emit(k, result) in order of k on the calling goroutine.
//
// Every started item holds a token until it is emitted, and there are
// jobs+StreamWindow tokens: that bounds both the items in progress and
// the finished ones buffered until the items before them are done, which
// is also why a ring of that size is the whole reorder buffer.
func ordered[T any](ctx context.Context, n, jobs int, work func(ctx context.Context, k int) T, emit func(k int, v T) error) error {
	if n == 0 {
		return ctx.Err()
	}
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	jobs = min(jobs, n)
	window := jobs + StreamWindow

	ctx, cancel := context.WithCancel(ctx)

	type done struct {
		k int
		v T
	}
	tokens := make(chan struct{}, window)
	next := make(chan int)
	// Buffered to the window, so a worker never blocks on a finished item
	// even when the consumer has stopped reading.
	finished := make(chan done, window)

	go func() {
		defer close(next)
		for k := 0; k < n; k++ {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case next <- k:
			case <-ctx.Done():
				<-tokens
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				finished <- done{k, work(ctx, k)}
			}
		}()
	}
	// However the consumer stops, the dispatcher is released and the
	// workers are waited for, so that no check outlives the call.
	defer func() {
		cancel()
		wg.Wait()
	}()

	ring := make([]*done, window)
	emitted := 0
	for emitted < n {
		var d done
		select {
		case d = <-finished:
		case <-ctx.Done():
			return ctx.Err()
		}
		ring[d.k%window] = &d
		for emitted < n {
			slot := emitted % window
			head := ring[slot]
			if head == nil || head.k != emitted {
				break
			}
			ring[slot] = nil
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := emit(emitted, head.v); err != nil {
				return err
			}
			emitted++
			<-tokens
		}
	}
	return nil
}
