// Package pipeline runs the extraction over many inputs: one reader, a
// fixed pool of workers that analyze documents with plain synchronous
// stages, and one writer that keeps input order. It is the only place with
// concurrency; the output is byte-identical for any number of workers.
//
//	sum, err := pipeline.Run(ctx, pipeline.Config{Paths: []string{"seeds/"}, Out: "out", Jobs: 4, Annotator: a})
package pipeline

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"runtime"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/sco-news/extract/pipeline/annotate"
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/read"
	"github.com/sco-news/extract/pipeline/table"
)

// Version is the program version recorded in the runs table.
var Version = "0.1.0"

// Config is one run's settings.
type Config struct {
	Paths     []string
	Stdin     io.Reader
	Out       string
	Jobs      int
	Published *time.Time
	Annotator *annotate.Annotator
	// Now returns the current time (tests inject a fixed clock).
	Now func() time.Time
	// OnProblem is called for every input problem as it is found.
	OnProblem func(read.Problem)
	// OnProgress is called after every written document.
	OnProgress func(Progress)
}

// Progress counts what the writer has done so far.
type Progress struct {
	Documents, Problems int
	Bytes               int64
}

// Summary is what a run did.
type Summary struct {
	RunID     string
	Documents int
	Rejected  int
	Rows      map[string]int64
	Entities  []table.Entity
	Problems  []read.Problem
	Duration  time.Duration
}

// unit is one input unit on its way through the workers.
type unit struct {
	in  read.Unit
	out chan *doc.Analysis
}

// Run processes every input and writes the tables. Problems in inputs are
// rows of the errors table, not failures; an error return means the run
// could not write its output (nothing of it is then visible).
func Run(ctx context.Context, cfg Config) (*Summary, error) {
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	jobs := cfg.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	started := now().UTC()
	runID := newRunID(started)
	a := cfg.Annotator
	w, err := table.NewWriter(cfg.Out, started, runID, "extract "+Version, entityInfo(a))
	if err != nil {
		return nil, fmt.Errorf("open output: %w", err)
	}
	sum := &Summary{RunID: runID}

	g, gctx := errgroup.WithContext(ctx)
	work := make(chan *unit)
	order := make(chan *unit, 4*jobs) // bounds the documents in flight
	g.Go(func() error {
		defer close(work)
		defer close(order)
		return read.Walk(gctx, cfg.Paths, cfg.Stdin, read.Options{Published: cfg.Published, Fold: foldRune}, func(ru read.Unit) error {
			u := &unit{in: ru, out: make(chan *doc.Analysis, 1)}
			select {
			case order <- u:
			case <-gctx.Done():
				return gctx.Err()
			}
			if ru.Doc == nil {
				u.out <- nil
				return nil
			}
			select {
			case work <- u:
			case <-gctx.Done():
				return gctx.Err()
			}
			return nil
		})
	})
	for range jobs {
		g.Go(func() error {
			for u := range work {
				res := a.Analyze(*u.in.Doc)
				u.out <- &res
			}
			return nil
		})
	}
	g.Go(func() error {
		var p Progress
		for u := range order {
			var res *doc.Analysis
			select {
			case res = <-u.out:
			case <-gctx.Done():
				return gctx.Err()
			}
			p.Bytes += int64(u.in.Bytes)
			if pr := u.in.Problem; pr != nil {
				p.Problems++
				sum.Problems = append(sum.Problems, *pr)
				if pr.Rejected {
					sum.Rejected++
				}
				if cfg.OnProblem != nil {
					cfg.OnProblem(*pr)
				}
				if err := w.WriteError(table.Error{SourcePath: pr.Path, ArticleIndex: int64(pr.ArticleIndex), Line: int64(pr.Line), Stage: pr.Stage, Message: pr.Message, Rejected: pr.Rejected}); err != nil {
					return err
				}
				continue
			}
			if err := w.Write(res); err != nil {
				return err
			}
			p.Documents++
			sum.Documents++
			if cfg.OnProgress != nil {
				cfg.OnProgress(p)
			}
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		w.Abort()
		if errors.Is(err, context.Canceled) {
			return nil, fmt.Errorf("run interrupted: %w", err)
		}
		return nil, err
	}
	status := "ok"
	if sum.Rejected > 0 {
		status = "rejected"
	}
	finished := now().UTC()
	run := table.Run{
		RunID: runID, StartedAt: started, FinishedAt: finished, Status: status, Version: Version,
		DictSHA256: a.Dict.SHA256(), Inputs: cfg.Paths, Documents: int64(sum.Documents + sum.Rejected),
	}
	sum.Entities = w.Entities()
	sum.Rows = w.Counts()
	if err := w.Close(run); err != nil {
		return nil, err
	}
	sum.Duration = finished.Sub(started)
	return sum, nil
}

func newRunID(t time.Time) string {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return t.Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}
