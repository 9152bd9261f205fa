package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/go-ego/gse"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/read"
	"github.com/sco-news/extract/pipeline/segment"
)

// errEnough stops the walk at -limit-mb.
var errEnough = errors.New("enough")

// cutter segments one line.
type cutter func(line string) int

func runSegment(args []string) error {
	fs := newFlags("segment")
	mode := fs.String("mode", "gse-dag", "gse-dag (gse's shortest path, the pipeline's mode), gse-hmm (gse's precise mode with HMM) or ours (pipeline/segment)")
	limit := fs.Float64("limit-mb", 0, "stop after this many MB of documents (0: all); for the slow HMM mode")
	_ = fs.Parse(args)
	if fs.NArg() != 1 {
		return fmt.Errorf("segment needs one corpus directory")
	}
	t0 := time.Now()
	d, err := dict.Load()
	if err != nil {
		return fmt.Errorf("load dictionary: %w", err)
	}
	tDict := time.Since(t0)
	t1 := time.Now()
	cut, err := newCutter(*mode, d.Surfaces())
	if err != nil {
		return err
	}
	tSeg := time.Since(t1)

	// Documents are read in batches of batchBytes, then segmented, so the
	// CPU time of the process (GC included) measures the segmentation
	// alone, and memory stays bounded whatever the corpus size.
	const batchBytes = 16 << 20
	var (
		docs, words int
		bytes       int64
		busy, cpu   time.Duration
		batch       []string
		batchLen    int
	)
	flush := func() {
		t, c := time.Now(), processCPU()
		for _, text := range batch {
			for len(text) > 0 {
				line, rest, _ := strings.Cut(text, "\n")
				words += cut(line)
				text = rest
			}
		}
		busy += time.Since(t)
		cpu += processCPU() - c
		batch, batchLen = batch[:0], 0
	}
	err = read.Walk(context.Background(), []string{fs.Arg(0)}, nil, read.Options{Fold: dict.FoldRune}, func(u read.Unit) error {
		if u.Doc == nil {
			return nil
		}
		batch = append(batch, u.Doc.Text)
		batchLen += len(u.Doc.Text)
		docs++
		bytes += int64(len(u.Doc.Text))
		if *limit > 0 && float64(bytes) >= *limit*1e6 {
			return errEnough
		}
		if batchLen >= batchBytes {
			flush()
		}
		return nil
	})
	if err != nil && err != errEnough {
		return err
	}
	flush()
	s := busy.Seconds()
	mb := float64(bytes) / 1e6
	fmt.Printf("%s: startup dict %.3fs + segmenter %.3fs; %d docs, %.1f MB, %d words in %.2fs: %.2f MB/s, %.0f docs/s; %.2f MB per CPU-second\n",
		*mode, tDict.Seconds(), tSeg.Seconds(), docs, mb, words, s, mb/s, float64(docs)/s, mb/cpu.Seconds())
	fmt.Fprintf(os.Stderr, "mbps=%.3f docs_per_s=%.1f startup=%.3f cpu_mbps=%.3f\n", mb/s, float64(docs)/s, (tDict + tSeg).Seconds(), mb/cpu.Seconds())
	return nil
}

// newCutter loads a segmenter for mode. The gse modes load gse exactly as
// the pipeline did before it had its own dictionary: the domain words
// first (first load wins), then gse's embedded Simplified dictionary.
func newCutter(mode string, words []string) (cutter, error) {
	if mode == "ours" {
		seg, err := segment.New(words)
		if err != nil {
			return nil, err
		}
		return func(line string) int { return len(seg.Tokens(line)) }, nil
	}
	var g gse.Segmenter
	g.SkipLog = true
	if err := g.LoadDictStr(segment.DomainDict(words)); err != nil {
		return nil, fmt.Errorf("load domain words: %w", err)
	}
	if err := g.LoadDictEmbed("zh_s"); err != nil {
		return nil, fmt.Errorf("load gse dictionary: %w", err)
	}
	switch mode {
	case "gse-dag":
		return func(line string) int { return len(g.Segment([]byte(line))) }, nil
	case "gse-hmm":
		return func(line string) int { return len(g.Cut(line, true)) }, nil
	}
	return nil, fmt.Errorf("unknown mode %q", mode)
}

// processCPU is the user and system CPU time of this process so far: a
// rate over it is robust when other processes share the cores, unlike a
// wall-clock rate.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
