package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/sco-news/extract/pipeline"
	"github.com/sco-news/extract/pipeline/read"
	"github.com/sco-news/extract/pipeline/state"
	"github.com/sco-news/extract/pipeline/table"
)

// exitInterrupted is the exit code of a run stopped by SIGINT or SIGTERM
// (128 + SIGINT, as a shell reports it): the committed part of the work is
// kept and the next run finishes it.
const exitInterrupted = 130

// faultEnv names the test-only fault-injection variable: "POINT:N" makes
// the process kill itself with SIGKILL when the pipeline reaches POINT
// ("document", "finished", "recorded", "committed") for the N-th time;
// "POINT:N:INT" sends itself SIGINT instead; "POINT:N:STOP" prints
// "extract: test fault: paused" and hangs, holding the output directory's
// lock, until killed. Used by nightly_test.go only.
const faultEnv = "EXTRACT_TEST_FAULT"

type runOptions struct {
	io          streams
	now         func() time.Time
	out         string
	jobs        int
	dicts       []string
	published   string
	quiet       bool
	full        bool
	commitEvery int
	logFormat   string
	logInterval time.Duration
	paths       []string
}

func newRunCmd(io streams, now func() time.Time) *cobra.Command {
	o := &runOptions{io: io, now: now}
	cmd := &cobra.Command{
		Use:   "run [flags] PATH...",
		Short: "Process .txt and .jsonl files and directories (- for stdin) into Parquet tables",
		Long: `Process .txt and .jsonl files and directories (- for stdin) into Parquet tables
under --out, one dataset per table, Hive-partitioned by run date.

Runs are incremental: documents already processed into --out with the same
content, dictionary and version are skipped (--full processes everything).
A run killed at any moment is completed by the next one.

Exit codes: 0 all inputs processed; 3 some inputs rejected (see the errors
table); 1 fatal error; 2 usage; 130 interrupted (SIGINT/SIGTERM).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			if o.jobs < 0 {
				return usageError("--jobs must be positive")
			}
			if o.commitEvery < 0 {
				return usageError("--commit-every must be positive")
			}
			if o.logFormat != "text" && o.logFormat != "json" {
				return usageError("--log-format must be text or json, not %q", o.logFormat)
			}
			return runRun(cmd, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.out, "out", "out", "output directory")
	f.IntVar(&o.jobs, "jobs", runtime.NumCPU(), "worker count")
	f.StringArrayVar(&o.dicts, "dict", nil, "extra dictionary file merged over the built-in one (repeatable)")
	f.StringVar(&o.published, "published", "", "publication date for documents that state none (YYYY-MM-DD or RFC 3339)")
	f.BoolVar(&o.quiet, "quiet", false, "print nothing but input problems and errors")
	f.BoolVar(&o.full, "full", false, "process every document again, even those already in --out")
	f.IntVar(&o.commitEvery, "commit-every", pipeline.DefaultCommitEvery, "documents per committed chunk: a killed run loses at most one chunk")
	f.StringVar(&o.logFormat, "log-format", "text", "stderr log format off a terminal: text or json (log/slog)")
	f.DurationVar(&o.logInterval, "log-interval", 10*time.Second, "time between progress lines when stderr is not a terminal")
	return cmd
}

func runRun(cmd *cobra.Command, o *runOptions) error {
	pub, err := parsePublished(o.published)
	if err != nil {
		return err
	}
	a, err := loadAnnotator(o.dicts)
	if err != nil {
		return err
	}
	rep := newReporter(o)
	cfg := pipeline.Config{
		Paths: o.paths, Stdin: o.io.In, Out: o.out, Jobs: o.jobs, Published: pub, Annotator: a, Now: o.now,
		Full: o.full, CommitEvery: o.commitEvery,
		OnStart: rep.start, OnProblem: rep.problem, OnProgress: rep.progress,
	}
	if spec := os.Getenv(faultEnv); spec != "" {
		cfg.Fault = faultHook(spec, cmd, o.io.Err)
	}
	sum, err := pipeline.Run(cmd.Context(), cfg)
	rep.done(sum, err)
	switch {
	case errors.Is(err, pipeline.ErrInterrupted):
		return &exitError{code: exitInterrupted, err: fmt.Errorf("%w: %d documents committed to %s; run again to finish", err, sum.Documents, o.out)}
	case err != nil:
		return &exitError{code: exitFatal, err: err}
	}
	if !o.quiet {
		printSummary(o.io.Out, o.out, sum)
	}
	if sum.Rejected > 0 {
		return &exitError{code: exitRejected, err: fmt.Errorf("%d input(s) rejected: see the errors table", sum.Rejected)}
	}
	return nil
}

// faultHook reads the test-only fault specification (see faultEnv).
func faultHook(spec string, cmd *cobra.Command, stderr io.Writer) func(string, int) {
	f := strings.Split(spec, ":")
	if len(f) < 2 {
		return nil
	}
	n, err := strconv.Atoi(f[1])
	if err != nil {
		return nil
	}
	action := "KILL"
	if len(f) > 2 {
		action = f[2]
	}
	return func(point string, i int) {
		if point != f[0] || i != n {
			return
		}
		self, _ := os.FindProcess(os.Getpid())
		switch action {
		case "INT":
			_ = self.Signal(os.Interrupt)
			<-cmd.Context().Done() // let the cancellation reach the pipeline
		case "STOP":
			fmt.Fprintln(stderr, "extract: test fault: paused")
			select {} // hold the lock until killed
		default:
			_ = self.Kill()
			select {} // SIGKILL: never returns
		}
	}
}

// printSummary prints a one-screen account of the run.
func printSummary(w io.Writer, out string, s *pipeline.Summary) {
	fmt.Fprintf(w, "run %s: %d documents, %d skipped, %d rejected inputs, %d problems, %s → %s/\n",
		s.RunID, s.Documents, s.Skipped, s.Rejected, s.ProblemCount, s.Duration.Round(time.Millisecond), out)
	if r := s.Recovery; r.RolledForward > 0 || r.Removed > 0 {
		fmt.Fprintf(w, "recovered an earlier killed run: %d files committed, %d partial files removed\n", r.RolledForward, r.Removed)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\ttable\trows\t")
	for _, t := range table.Names {
		if t == "runs" {
			continue
		}
		fmt.Fprintf(tw, "\t%s\t%d\t\n", t, s.Rows[t])
	}
	tw.Flush()
	ents := append([]table.Entity(nil), s.Entities...)
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].MentionCount > ents[j].MentionCount })
	if len(ents) > 10 {
		ents = ents[:10]
	}
	if len(ents) > 0 {
		fmt.Fprintln(w, "top entities:")
	}
	// the name goes last: tabwriter counts runes, and Chinese characters
	// are two columns wide, so a name in the middle would skew the columns
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, e := range ents {
		name := e.EntityID
		if e.NameZh != nil {
			name = *e.NameZh
		} else if e.NameEn != nil {
			name = *e.NameEn
		}
		fmt.Fprintf(tw, "\t%d mentions\t%d docs\t%s\t %s\n", e.MentionCount, e.DocCount, e.Type, name)
	}
	tw.Flush()
	if n := s.ProblemCount; n > 0 {
		fmt.Fprintln(w, "problems:")
		for i, p := range s.Problems {
			if i == 5 {
				fmt.Fprintf(w, "  … and %d more (errors table)\n", n-5)
				break
			}
			fmt.Fprintln(w, "  "+p.Error())
		}
	}
}

// logger builds the slog logger of --log-format.
func logger(w io.Writer, format string) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

// problemLine is the one stderr line of an input problem in text mode.
func problemLine(p read.Problem, recorded bool) string {
	s := "extract: " + p.Error()
	if !p.Rejected {
		s += " (document kept)"
	}
	if recorded {
		s += " (already in the errors table)"
	}
	return s
}

// reporter shows a run's progress: a progress bar on a terminal, periodic
// log lines (text or JSON) otherwise, nothing but problems with --quiet.
// Its methods are called from the pipeline's one writer goroutine.
type reporter struct {
	o        *runOptions
	log      *slog.Logger
	bar      *progressbar.ProgressBar
	files    int
	size     int64
	started  time.Time
	lastLine time.Time
	lastBar  time.Time
}

func newReporter(o *runOptions) *reporter {
	return &reporter{o: o, log: logger(o.io.Err, o.logFormat), started: time.Now()}
}

// isTerminal reports whether w is a terminal (the progress bar's place).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func (r *reporter) start(runID string, rec state.Recovery) {
	r.files, r.size = read.Survey(context.Background(), r.o.paths)
	if rec.RolledForward > 0 || rec.Removed > 0 {
		r.log.Warn("recovered an earlier killed run", "files_committed", rec.RolledForward, "partial_files_removed", rec.Removed)
	}
	if r.o.quiet {
		return
	}
	if isTerminal(r.o.io.Err) {
		max := r.size
		if max == 0 {
			max = -1
		}
		r.bar = progressbar.NewOptions64(max,
			progressbar.OptionSetWriter(r.o.io.Err),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetDescription("starting"),
		)
		return
	}
	r.log.Info("run started", "run_id", runID, "out", r.o.out, "files", r.files, "bytes", r.size,
		"skip_known", !r.o.full, "chunks_known", rec.Chunks)
}

func (r *reporter) problem(p read.Problem, recorded bool) {
	if r.bar != nil {
		_ = r.bar.Clear()
	}
	if r.o.logFormat == "json" {
		r.log.Warn("input problem", "path", p.Path, "line", p.Line, "article_index", p.ArticleIndex,
			"stage", p.Stage, "message", p.Message, "rejected", p.Rejected, "already_recorded", recorded)
		return
	}
	fmt.Fprintln(r.o.io.Err, problemLine(p, recorded))
}

func (r *reporter) progress(p pipeline.Progress) {
	now := time.Now()
	secs := max(now.Sub(r.started).Seconds(), 1e-3)
	docs := float64(p.Documents+p.Skipped) / secs
	mb := float64(p.Bytes) / 1e6 / secs
	if r.bar != nil {
		if now.Sub(r.lastBar) >= 100*time.Millisecond {
			r.lastBar = now
			r.bar.Describe(fmt.Sprintf("files %d/%d  docs %d (%.0f/s)  skipped %d  problems %d", p.Files, r.files, p.Documents, docs, p.Skipped, p.Problems))
		}
		_ = r.bar.Set64(p.Bytes)
		return
	}
	if r.o.quiet || now.Sub(r.lastLine) < r.o.logInterval {
		return
	}
	r.lastLine = now
	eta := "unknown"
	if mb > 0 && r.size > 0 {
		eta = (time.Duration(float64(max(r.size-p.Bytes, 0))/(mb*1e6)) * time.Second).Round(time.Second).String()
	}
	r.log.Info("progress", "files", p.Files, "files_total", r.files, "documents", p.Documents, "skipped", p.Skipped,
		"problems", p.Problems, "docs_per_s", round2(docs), "mb_per_s", round2(mb), "eta", eta)
}

func (r *reporter) done(s *pipeline.Summary, err error) {
	if r.bar != nil {
		_ = r.bar.Finish()
	}
	if s == nil || r.o.quiet || r.bar != nil {
		return
	}
	attrs := []any{"run_id", s.RunID, "status", s.Status, "documents", s.Documents, "skipped", s.Skipped,
		"rejected", s.Rejected, "problems", s.ProblemCount, "chunks", s.Chunks, "duration", s.Duration.Round(time.Millisecond).String()}
	if err != nil {
		r.log.Error("run stopped", append(attrs, "error", err.Error())...)
		return
	}
	r.log.Info("run finished", attrs...)
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }
