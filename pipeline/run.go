// Package pipeline runs the extraction over many inputs: one reader, a
// fixed pool of workers that analyze documents with plain synchronous
// stages, and one writer that keeps input order. It is the only place with
// concurrency; the output is byte-identical for any number of workers.
//
// Runs are incremental and resumable: the writer commits the output in
// chunks (every Config.CommitEvery documents) through pipeline/state, and a
// document already committed with the same content, dictionary and version
// is skipped. A run killed at any moment loses at most its current chunk,
// which the next run redoes.
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
	"golang.org/x/sync/semaphore"

	"github.com/sco-news/extract/pipeline/annotate"
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/read"
	"github.com/sco-news/extract/pipeline/state"
	"github.com/sco-news/extract/pipeline/table"
)

// Version is the program version recorded in the runs table. Documents
// processed by another version are processed again.
var Version = "0.1.0"

// ErrInterrupted is returned (wrapped) when the context was cancelled: the
// committed chunks stay, the run is recorded as interrupted.
var ErrInterrupted = errors.New("run interrupted")

// Defaults for Config.
const (
	DefaultCommitEvery   = 10000
	DefaultCommitBytes   = 256 << 20
	DefaultInFlightBytes = 64 << 20
	keepProblems         = 100
)

// Config is one run's settings.
type Config struct {
	Paths     []string
	Stdin     io.Reader
	Out       string
	Jobs      int
	Published *time.Time
	Annotator *annotate.Annotator
	// Full processes every document again, ignoring what earlier runs did.
	Full bool
	// CommitEvery and CommitBytes end a chunk after that many documents or
	// input bytes (defaults DefaultCommitEvery, DefaultCommitBytes).
	CommitEvery int
	CommitBytes int64
	// InFlightBytes bounds the input bytes read but not yet written
	// (default DefaultInFlightBytes), so memory does not grow with the corpus.
	InFlightBytes int64
	// Now returns the current time (tests inject a fixed clock).
	Now func() time.Time
	// OnStart is called once the output directory is locked and recovered.
	OnStart func(runID string, rec state.Recovery)
	// OnProblem is called for every input problem, in input order;
	// recorded is true when an earlier run already wrote its errors row.
	OnProblem func(p read.Problem, recorded bool)
	// OnProgress is called after every unit the writer handles.
	OnProgress func(Progress)
	// Fault is a test hook called at points of the commit protocol
	// ("document" after each written document with its count, "finished",
	// "recorded" and "committed" with the chunk number): fault-injection
	// tests kill the process there. Nil in production.
	Fault func(point string, n int)
}

// Progress counts what the writer has done so far.
type Progress struct {
	Files, Documents, Skipped, Problems int
	Bytes                               int64
}

// Summary is what a run did. Read = Documents + Skipped + RejectedRows.
type Summary struct {
	RunID  string
	Status string
	// Read counts documents and rejected inputs accounted for.
	Read int
	// Documents counts documents written, Skipped those (and rejected
	// inputs) already done by an earlier run.
	Documents, Skipped int
	// Rejected counts rejected inputs (recorded now or earlier);
	// RejectedRows the errors rows written for them by this run.
	Rejected, RejectedRows int
	Rows                   map[string]int64
	Entities               []table.Entity
	// Problems holds the first problems; ProblemCount counts all.
	Problems     []read.Problem
	ProblemCount int
	Chunks       int
	Recovery     state.Recovery
	Duration     time.Duration
}

// unit is one input unit on its way through the workers.
type unit struct {
	in     read.Unit
	key    state.Key
	skip   bool // committed by an earlier run, or a duplicate in this one
	weight int64
	out    chan *doc.Analysis
}

// Run processes every input and writes the tables. Problems in inputs are
// rows of the errors table, not failures. An error return means the run
// could not finish: the chunks committed so far stay (the next run skips
// them) and the run row says interrupted or failed.
func Run(ctx context.Context, cfg Config) (*Summary, error) {
	cfg = withDefaults(cfg)
	a := cfg.Annotator
	st, rec, err := state.Open(cfg.Out, state.Config{Version: Version, Dict: a.Dict.SHA256(), Full: cfg.Full, Tables: table.Names})
	if err != nil {
		return nil, fmt.Errorf("open output: %w", err)
	}
	defer st.Close()
	started := cfg.Now().UTC()
	runID := newRunID(started)
	if cfg.OnStart != nil {
		cfg.OnStart(runID, rec)
	}
	w := &writer{cfg: cfg, st: st, runID: runID, started: started, info: entityInfo(a), ents: entityTotals{}}
	w.sum = &Summary{RunID: runID, Recovery: rec, Rows: map[string]int64{}}

	sem := semaphore.NewWeighted(cfg.InFlightBytes)
	g, gctx := errgroup.WithContext(ctx)
	work := make(chan *unit)
	order := make(chan *unit, 4*cfg.Jobs) // bounds the documents in flight
	g.Go(func() error {
		defer close(work)
		defer close(order)
		seen := map[state.Key]bool{}
		opt := read.Options{Published: cfg.Published, Fold: foldRune}
		return read.Walk(gctx, cfg.Paths, cfg.Stdin, opt, func(ru read.Unit) error {
			u := &unit{in: ru, weight: min(int64(ru.Bytes), cfg.InFlightBytes)}
			switch {
			case ru.Doc != nil:
				u.key = state.DocKey(ru.Doc)
			default:
				p := ru.Problem
				u.key = state.ProblemKey(p.Path, p.ArticleIndex, p.Line, p.Stage, p.Message, p.Digest)
			}
			u.skip = st.Done(u.key) || seen[u.key]
			seen[u.key] = true
			if err := sem.Acquire(gctx, u.weight); err != nil {
				return err
			}
			if ru.Doc != nil && !u.skip {
				u.out = make(chan *doc.Analysis, 1)
			}
			select {
			case order <- u:
			case <-gctx.Done():
				return gctx.Err()
			}
			if u.out == nil {
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
	for range cfg.Jobs {
		g.Go(func() error {
			for u := range work {
				u.out <- analyze(a, u)
			}
			return nil
		})
	}
	g.Go(func() error {
		for u := range order {
			var res *doc.Analysis
			if u.out != nil {
				select {
				case res = <-u.out:
				case <-gctx.Done():
					return gctx.Err()
				}
			}
			err := w.handle(u, res)
			sem.Release(u.weight)
			if err != nil {
				return err
			}
		}
		return w.commit()
	})
	err = g.Wait()
	return w.finish(err)
}

// analyze runs the stages on one document. A stage that panics on a
// document it did not foresee turns the document into a rejected input
// (stage "annotate"), so one bad document never stops a night's run.
func analyze(a *annotate.Annotator, u *unit) (res *doc.Analysis) {
	defer func() {
		if r := recover(); r != nil {
			d := u.in.Doc
			u.in.Problem = &read.Problem{Path: d.SourcePath, ArticleIndex: d.ArticleIndex, Stage: "annotate",
				Message: fmt.Sprintf("document %s: internal error: %v", d.ID, r), Rejected: true}
			res = nil
		}
	}()
	r := a.Analyze(*u.in.Doc)
	return &r
}

func withDefaults(cfg Config) Config {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Jobs <= 0 {
		cfg.Jobs = runtime.NumCPU()
	}
	if cfg.CommitEvery <= 0 {
		cfg.CommitEvery = DefaultCommitEvery
	}
	if cfg.CommitBytes <= 0 {
		cfg.CommitBytes = DefaultCommitBytes
	}
	if cfg.InFlightBytes <= 0 {
		cfg.InFlightBytes = DefaultInFlightBytes
	}
	if cfg.Fault == nil {
		cfg.Fault = func(string, int) {}
	}
	return cfg
}

func newRunID(t time.Time) string {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return t.Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}
