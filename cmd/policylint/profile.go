package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// profileFlags are golangci-lint's --cpu-profile-path and
// --mem-profile-path: when a run is slow on someone's policies, the profile
// of that run says why, where a benchmark on ours might not.
type profileFlags struct {
	cpu, mem string
	cpuFile  *os.File
}

func (p *profileFlags) register(root *cobra.Command) {
	f := root.PersistentFlags()
	f.StringVar(&p.cpu, "cpu-profile", "", "write a CPU profile of the run to `file` (go tool pprof)")
	f.StringVar(&p.mem, "mem-profile", "", "write a heap profile at the end of the run to `file` (go tool pprof)")
	_ = f.MarkHidden("cpu-profile")
	_ = f.MarkHidden("mem-profile")
}

func (p *profileFlags) start() error {
	if p.cpu == "" {
		return nil
	}
	f, err := os.Create(p.cpu)
	if err != nil {
		return fmt.Errorf("--cpu-profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("--cpu-profile: %w", err)
	}
	p.cpuFile = f
	return nil
}

func (p *profileFlags) stop() error {
	var first error
	if p.cpuFile != nil {
		pprof.StopCPUProfile()
		if err := p.cpuFile.Close(); err != nil {
			first = fmt.Errorf("--cpu-profile: %w", err)
		}
		p.cpuFile = nil
	}
	if p.mem != "" {
		f, err := os.Create(p.mem)
		if err != nil {
			return fmt.Errorf("--mem-profile: %w", err)
		}
		runtime.GC() // the heap as the run left it, not its garbage
		if err := pprof.WriteHeapProfile(f); err != nil && first == nil {
			first = fmt.Errorf("--mem-profile: %w", err)
		}
		if err := f.Close(); err != nil && first == nil {
			first = fmt.Errorf("--mem-profile: %w", err)
		}
	}
	return first
}
