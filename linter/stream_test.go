package linter

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/policylint/policylint/linter/source"
)

// batch writes n distinct policies, copies of a corpus policy with a line
// of their own, and returns their sources in name order.
func batch(t *testing.T, n int) []source.Source {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", "inngest.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	srcs := make([]source.Source, n)
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("vendor-%04d.txt", i))
		text := fmt.Sprintf("%s\nThis copy is vendor number %d.\n", data, i)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		srcs[i] = source.File(p)
	}
	return srcs
}

// TestStreamOrderAndBound streams a batch through Set.Stream: every result
// arrives once, in input order, and at no moment are more sources started
// and not yet handed to the callback than the workers plus the window,
// which is what keeps a run's memory flat however large the batch.
func TestStreamOrderAndBound(t *testing.T) {
	const jobs = 4
	srcs := batch(t, 300)
	set := NewSet(Options{Jobs: jobs}, "", true)
	var started, delivered, worst atomic.Int64
	set.onStart = func(int) {
		pending := started.Add(1) - delivered.Load()
		for {
			w := worst.Load()
			if pending <= w || worst.CompareAndSwap(w, pending) {
				break
			}
		}
	}
	next := 0
	ignored, err := set.Stream(context.Background(), srcs, func(i int, r Result) error {
		if i != next {
			t.Fatalf("result %d arrived when %d was due", i, next)
		}
		if r.Path != srcs[i].Name {
			t.Fatalf("result %d is %s, want %s", i, r.Path, srcs[i].Name)
		}
		if r.Err != nil || len(r.Checks) == 0 {
			t.Fatalf("%s: not checked: %v", r.Path, r.Err)
		}
		next++
		delivered.Add(1)
		return nil
	})
	if err != nil || len(ignored) != 0 {
		t.Fatalf("Stream: %v, ignored %v", err, ignored)
	}
	if next != len(srcs) {
		t.Fatalf("%d results, want %d", next, len(srcs))
	}
	if w := worst.Load(); w > jobs+StreamWindow {
		t.Errorf("%d results pending at once, want at most %d (jobs + window)", w, jobs+StreamWindow)
	} else {
		t.Logf("at most %d results pending at once (bound %d)", w, jobs+StreamWindow)
	}
}

// TestOrderedHoldsBackBehindASlowHead: while the first item is stuck, the
// others finish, but no more than the window's worth are started; once it
// is released, everything is emitted in order.
func TestOrderedHoldsBackBehindASlowHead(t *testing.T) {
	const n, jobs = 100, 3
	window := jobs + StreamWindow
	release := make(chan struct{})
	full := make(chan struct{})
	go func() {
		<-full
		close(release)
	}()
	var mu sync.Mutex
	started := 0
	var emitted []int
	err := ordered(context.Background(), n, jobs, func(_ context.Context, k int) int {
		mu.Lock()
		started++
		if started > window {
			// Only emitting the head frees a place in the window.
			select {
			case <-release:
			default:
				t.Errorf("item %d started while the head is stuck and %d items are out (window %d)", k, started-1, window)
			}
		}
		if started == window {
			close(full)
		}
		mu.Unlock()
		if k == 0 {
			<-release
		}
		return k * k
	}, func(k, v int) error {
		if v != k*k {
			t.Errorf("item %d carries %d", k, v)
		}
		emitted = append(emitted, k)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(emitted) != n {
		t.Fatalf("emitted %d items, want %d", len(emitted), n)
	}
	for i, k := range emitted {
		if i != k {
			t.Fatalf("emitted %v, want 0..%d in order", emitted[:i+1], n-1)
		}
	}
}

// TestOrderedStopsOnCallbackError: an error from the callback ends the run
// with that error and no further callbacks.
func TestOrderedStopsOnCallbackError(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := ordered(context.Background(), 1000, 4, func(_ context.Context, k int) int { return k }, func(k, _ int) error {
		calls++
		if k == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 11 {
		t.Errorf("err %v after %d calls, want %v after 11", err, calls, stop)
	}
}

// TestOrderedCancelled: a cancelled context ends the run with its error.
func TestOrderedCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	err := ordered(ctx, 1000, 4, func(_ context.Context, k int) int { return k }, func(k, _ int) error {
		calls++
		if k == 5 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || calls != 6 {
		t.Errorf("err %v after %d calls, want context.Canceled after 6", err, calls)
	}
}
