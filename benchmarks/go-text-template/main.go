// Command gotexttemplate renders the nginx.conf of templates/nginx.conf.scriban with Go's text/template (the
// engine consul-template uses) over the same catalog file, writes the output for a byte comparison, and times
// the render with testing.Benchmark. Standard library only. See docs/benchmarks.md and benchmarks/run.sh.
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"syscall"
	"testing"
	"text/template"
	"time"
)

//go:embed nginx.conf.tmpl
var templateText string

// Result is what -json writes; tests/Renderer.Benchmarks reads it (--go-result) for the Go/this column.
type Result struct {
	NsPerOp           float64   `json:"ns_per_op"`
	BytesPerOp        int64     `json:"bytes_per_op"`
	AllocsPerOp       int64     `json:"allocs_per_op"`
	RunsNsPerOp       []float64 `json:"runs_ns_per_op"`
	ReusedBufferNsOp  float64   `json:"reused_buffer_ns_per_op"`
	ReusedBufferBytes int64     `json:"reused_buffer_bytes_per_op"`
	CPUNsPerOp        float64   `json:"cpu_ns_per_op"`
	CPUWallNsPerOp    float64   `json:"cpu_loop_wall_ns_per_op"`
	CPULoopOps        int       `json:"cpu_loop_ops"`
	ParseNsPerOp      float64   `json:"parse_ns_per_op"`
	ParseBytesPerOp   int64     `json:"parse_bytes_per_op"`
	OutputBytes       int       `json:"output_bytes"`
	GoVersion         string    `json:"go_version"`
	GoMaxProcs        int       `json:"gomaxprocs"`
}

func main() {
	testing.Init()
	catalog := flag.String("catalog", "", "catalog file written by `Renderer.Benchmarks --export-catalog` (required)")
	out := flag.String("out", "", "write the rendered nginx.conf here")
	jsonOut := flag.String("json", "", "write the figures here as JSON")
	benchtime := flag.Duration("benchtime", 3*time.Second, "minimum time of each timed run")
	count := flag.Int("count", 5, "timed runs of the render; the mean over them is reported (0: only the CPU-time loop)")
	loop := flag.Int("loop", 200, "renders of the CPU-time loop (process user+system time per render, robust on a busy machine)")
	flag.Parse()
	if *catalog == "" {
		fmt.Fprintln(os.Stderr, "error: -catalog FILE is required")
		os.Exit(2)
	}
	if err := run(*catalog, *out, *jsonOut, *benchtime, *count, *loop); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(catalog, out, jsonOut string, benchtime time.Duration, count, loop int) error {
	model, err := loadModel(catalog)
	if err != nil {
		return err
	}
	funcs := templateFuncs(model, map[string]string{})
	tmpl, err := template.New("nginx.conf.tmpl").Funcs(funcs).Parse(templateText)
	if err != nil {
		return err
	}
	var first bytes.Buffer
	if err := tmpl.Execute(&first, newRenderData()); err != nil {
		return err
	}
	if out != "" {
		if err := os.WriteFile(out, first.Bytes(), 0o644); err != nil {
			return err
		}
	}
	if err := flag.Set("test.benchtime", benchtime.String()); err != nil {
		return err
	}

	result := Result{OutputBytes: first.Len(), GoVersion: runtime.Version(), GoMaxProcs: runtime.GOMAXPROCS(0)}
	fmt.Printf("Go %s, GOMAXPROCS=%d, output %d bytes\n", result.GoVersion, result.GoMaxProcs, result.OutputBytes)
	if count > 0 {
		measure(tmpl, count, &result)
	}
	if err := measureCPU(tmpl, loop, &result); err != nil {
		return err
	}
	return writeJSON(jsonOut, &result)
}

// measure times the render as consul-template does it (a fresh bytes.Buffer per Execute), then with one reused
// buffer (the engine's own cost without output growth), then the parse.
func measure(tmpl *template.Template, count int, result *Result) {
	var total float64
	for i := 0; i < count; i++ {
		r := testing.Benchmark(func(b *testing.B) {
			b.ReportAllocs()
			for n := 0; n < b.N; n++ {
				var buffer bytes.Buffer
				if err := tmpl.Execute(&buffer, newRenderData()); err != nil {
					b.Fatal(err)
				}
			}
		})
		ns := float64(r.T.Nanoseconds()) / float64(r.N)
		result.RunsNsPerOp = append(result.RunsNsPerOp, ns)
		total += ns
		result.BytesPerOp, result.AllocsPerOp = r.AllocedBytesPerOp(), r.AllocsPerOp()
		fmt.Printf("render (fresh buffer)  run %d: %8d ops %10.3f ms/op %10d B/op %8d allocs/op\n",
			i+1, r.N, ns/1e6, r.AllocedBytesPerOp(), r.AllocsPerOp())
	}
	result.NsPerOp = total / float64(count)

	var buffer bytes.Buffer
	reused := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for n := 0; n < b.N; n++ {
			buffer.Reset()
			if err := tmpl.Execute(&buffer, newRenderData()); err != nil {
				b.Fatal(err)
			}
		}
	})
	result.ReusedBufferNsOp = float64(reused.NsPerOp())
	result.ReusedBufferBytes = reused.AllocedBytesPerOp()
	fmt.Printf("render (reused buffer):     %8d ops %10.3f ms/op %10d B/op %8d allocs/op\n",
		reused.N, result.ReusedBufferNsOp/1e6, reused.AllocedBytesPerOp(), reused.AllocsPerOp())

	funcs := template.FuncMap{}
	for name, f := range templateFuncs(&Model{}, nil) {
		funcs[name] = f
	}
	parse := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for n := 0; n < b.N; n++ {
			if _, err := template.New("nginx.conf.tmpl").Funcs(funcs).Parse(templateText); err != nil {
				b.Fatal(err)
			}
		}
	})
	result.ParseNsPerOp, result.ParseBytesPerOp = float64(parse.NsPerOp()), parse.AllocedBytesPerOp()
	fmt.Printf("parse:                      %8d ops %10.3f ms/op %10d B/op %8d allocs/op\n",
		parse.N, result.ParseNsPerOp/1e6, parse.AllocedBytesPerOp(), parse.AllocsPerOp())
	fmt.Printf("MEAN render %.3f ms/op over %d runs, %d B/op, %d allocs/op\n",
		result.NsPerOp/1e6, count, result.BytesPerOp, result.AllocsPerOp)
}

// measureCPU renders loop times and divides the process's CPU time (user + system, every thread, so the
// collector's work too) by it: wall time on a machine shared with other jobs counts their time as well.
func measureCPU(tmpl *template.Template, loop int, result *Result) error {
	if loop <= 0 {
		return nil
	}
	for i := 0; i < 3; i++ {
		if err := tmpl.Execute(&bytes.Buffer{}, newRenderData()); err != nil {
			return err
		}
	}
	runtime.GC()
	before, err := cpuTime()
	if err != nil {
		return err
	}
	start := time.Now()
	for i := 0; i < loop; i++ {
		var buffer bytes.Buffer
		if err := tmpl.Execute(&buffer, newRenderData()); err != nil {
			return err
		}
	}
	wall := time.Since(start)
	after, err := cpuTime()
	if err != nil {
		return err
	}
	result.CPULoopOps = loop
	result.CPUNsPerOp = float64(after-before) / float64(loop)
	result.CPUWallNsPerOp = float64(wall.Nanoseconds()) / float64(loop)
	fmt.Printf("CPU-time loop: %d renders, %.3f ms CPU/op, %.3f ms wall/op\n", loop, result.CPUNsPerOp/1e6, result.CPUWallNsPerOp/1e6)
	return nil
}

func cpuTime() (time.Duration, error) {
	var usage syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &usage); err != nil {
		return 0, err
	}
	return time.Duration(usage.Utime.Nano() + usage.Stime.Nano()), nil
}

func writeJSON(path string, result *Result) error {
	if path == "" {
		return nil
	}
	data, err := json.MarshalIndent(result, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}
