//go:build zz

package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(1, &ru) // RUSAGE_THREAD
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZSpeed(t *testing.T) {
	runtime.LockOSThread()
	files, _ := filepath.Glob("../../seeds/*.txt")
	var ss []string
	size := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		ss = append(ss, string(b))
		size += len(b)
	}
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC)
	n := 50
	t0 := cpuNow()
	w0 := time.Now()
	for i := 0; i < n; i++ {
		for _, s := range ss {
			Extract(s, &pub)
		}
	}
	c := cpuNow() - t0
	fmt.Printf("cpu %.2f MB/s   wall %.2f MB/s\n", float64(size*n)/c.Seconds()/1e6, float64(size*n)/time.Since(w0).Seconds()/1e6)
	for k, s := range ss {
		t0 := cpuNow()
		for i := 0; i < n; i++ {
			Extract(s, &pub)
		}
		c := cpuNow() - t0
		fmt.Printf("  %s cpu %.2f MB/s\n", files[k], float64(len(s)*n)/c.Seconds()/1e6)
	}
}

func TestZZRules(t *testing.T) {
	runtime.LockOSThread()
	files, _ := filepath.Glob("../../seeds/" + os.Getenv("ZZF") + "*.txt")
	var scs []*scan
	for _, f := range files {
		b, _ := os.ReadFile(f)
		s := string(b)
		sc := &scan{s: s, han: hasHan(s)}
		sc.hits = findHits(s)
		scs = append(scs, sc)
	}
	var total time.Duration
	for i, r := range rules {
		t0 := cpuNow()
		n := 0
		for rep := 0; rep < 50; rep++ {
			for _, sc := range scs {
				for _, w := range sc.windows(sc.hits, r.trig) {
					n += w[1] - w[0]
				}
				for _, m := range sc.findNear(sc.hits, r.re, r.trig) {
					r.build(sc, m)
				}
			}
		}
		c := (cpuNow() - t0) / 50
		total += c
		fmt.Printf("rule %2d %8v bytes=%6d %.50s\n", i, c, n/50, r.re.String())
	}
	fmt.Println("total", total)
	for rep := 0; rep < 50; rep++ {
		for _, sc := range scs {
			ex := sc.candidates()
			t0 := cpuNow()
			sc.merge(ex)
			total += cpuNow() - t0
		}
	}
	fmt.Println("merge", total/50)
}

func BenchmarkZZFile(b *testing.B) {
	files, _ := filepath.Glob("../../seeds/" + os.Getenv("ZZF") + "*.txt")
	var texts []string
	size := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		texts = append(texts, string(data))
		size += len(data)
	}
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC)
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, s := range texts {
			Extract(s, &pub)
		}
	}
}
