package pipeline

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/state"
	"github.com/sco-news/extract/pipeline/table"
)

// writer is the one goroutine that writes: it keeps the current chunk,
// commits it every CommitEvery documents and accounts for everything.
type writer struct {
	cfg     Config
	st      *state.Store
	runID   string
	started time.Time
	info    table.EntityInfo
	sum     *Summary
	ents    entityTotals
	prog    Progress
	last    string // path of the previous unit, to count files

	part       *table.Part
	seq        int
	keys       []state.Key
	docs, rejs int   // written to the current chunk
	bytes      int64 // input bytes of the current chunk
}

// handle accounts for one unit in input order.
func (w *writer) handle(u *unit, res *doc.Analysis) error {
	w.prog.Bytes += int64(u.in.Bytes)
	path := ""
	if u.in.Doc != nil {
		path = u.in.Doc.SourcePath
	} else {
		path = u.in.Problem.Path
	}
	if path != w.last {
		w.prog.Files++
		w.last = path
	}
	defer w.progress()
	if pr := u.in.Problem; pr != nil {
		w.prog.Problems++
		w.sum.ProblemCount++
		if len(w.sum.Problems) < keepProblems {
			w.sum.Problems = append(w.sum.Problems, *pr)
		}
		if pr.Rejected {
			w.sum.Rejected++
		}
		if w.cfg.OnProblem != nil {
			w.cfg.OnProblem(*pr, u.skip)
		}
		if u.skip {
			if pr.Rejected {
				w.sum.Skipped++
				w.sum.Read++
				w.prog.Skipped++
			}
			return nil
		}
		if err := w.open(); err != nil {
			return err
		}
		if err := w.part.WriteError(table.Error{SourcePath: pr.Path, ArticleIndex: int64(pr.ArticleIndex), Line: int64(pr.Line), Stage: pr.Stage, Message: pr.Message, Rejected: pr.Rejected}); err != nil {
			return err
		}
		w.keys = append(w.keys, u.key)
		if pr.Rejected {
			w.rejs++
		}
		return w.maybeCommit(u)
	}
	if u.skip {
		w.sum.Skipped++
		w.sum.Read++
		w.prog.Skipped++
		return nil
	}
	if err := w.open(); err != nil {
		return err
	}
	if err := w.part.Write(res); err != nil {
		return err
	}
	w.keys = append(w.keys, u.key)
	w.docs++
	w.prog.Documents++
	w.cfg.Fault("document", w.prog.Documents)
	return w.maybeCommit(u)
}

func (w *writer) progress() {
	if w.cfg.OnProgress != nil {
		w.cfg.OnProgress(w.prog)
	}
}

// open starts a chunk when none is open.
func (w *writer) open() error {
	if w.part != nil {
		return nil
	}
	name := fmt.Sprintf("%s-%05d", w.runID, w.seq)
	p, err := table.NewPart(w.cfg.Out, w.started, name, "extract "+Version, w.info)
	if err != nil {
		return err
	}
	w.part = p
	return nil
}

func (w *writer) maybeCommit(u *unit) error {
	w.bytes += int64(u.in.Bytes)
	if w.docs+w.rejs >= w.cfg.CommitEvery || w.bytes >= w.cfg.CommitBytes {
		return w.commit()
	}
	return nil
}

// commit finishes the current chunk's files, records the chunk (the commit
// point) and renames its files into place.
func (w *writer) commit() error {
	if w.part == nil {
		return nil
	}
	p := w.part
	w.part = nil
	counts := p.Counts()
	ents := p.Entities()
	renames, err := p.Finish()
	if err != nil {
		return err
	}
	w.cfg.Fault("finished", w.seq)
	m := state.Manifest{Run: w.runID, Seq: w.seq, Keys: w.keys}
	for _, r := range renames {
		m.Files = append(m.Files, state.File{Tmp: r.Tmp, Final: r.Final})
	}
	if err := w.st.Record(m); err != nil {
		return err
	}
	w.cfg.Fault("recorded", w.seq)
	if err := w.st.Apply(m); err != nil {
		return err
	}
	w.cfg.Fault("committed", w.seq)
	for t, n := range counts {
		w.sum.Rows[t] += n
	}
	w.ents.add(ents)
	w.sum.Documents += w.docs
	w.sum.RejectedRows += w.rejs
	w.sum.Read += w.docs + w.rejs
	w.sum.Chunks++
	w.seq++
	w.keys, w.docs, w.rejs, w.bytes = nil, 0, 0, 0
	return nil
}

// finish drops an unfinished chunk, writes the run row and builds the
// summary; err is the pipeline's error, if any.
func (w *writer) finish(err error) (*Summary, error) {
	if w.part != nil {
		w.part.Abort()
		w.part = nil
	}
	sum := w.sum
	sum.Status = "ok"
	switch {
	case err != nil && errors.Is(err, context.Canceled):
		sum.Status = "interrupted"
		err = fmt.Errorf("%w: %w", ErrInterrupted, err)
	case err != nil:
		sum.Status = "failed"
	case sum.Rejected > 0:
		sum.Status = "rejected"
	}
	finished := w.cfg.Now().UTC()
	sum.Duration = finished.Sub(w.started)
	sum.Entities = w.ents.rows()
	run := table.Run{
		RunID: w.runID, StartedAt: w.started, FinishedAt: finished, Status: sum.Status, Version: Version,
		DictSHA256: w.cfg.Annotator.Dict.SHA256(), Inputs: w.cfg.Paths, Documents: int64(sum.Read),
		Skipped: int64(sum.Skipped), Errors: sum.Rows["errors"], RowsDocuments: sum.Rows["documents"],
		RowsMentions: sum.Rows["mentions"], RowsEntities: sum.Rows["entities"], RowsFigures: sum.Rows["figures"],
		RowsEvents: sum.Rows["events"], RowsRelations: sum.Rows["relations"],
	}
	if werr := table.WriteRun(w.cfg.Out, w.started, run, "extract "+Version); werr != nil {
		return sum, errors.Join(err, fmt.Errorf("record run: %w", werr))
	}
	return sum, err
}
