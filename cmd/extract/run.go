package main

import (
	"fmt"
	"io"
	"runtime"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/sco-news/extract/pipeline"
	"github.com/sco-news/extract/pipeline/read"
	"github.com/sco-news/extract/pipeline/table"
)

type runOptions struct {
	io        streams
	now       func() time.Time
	out       string
	jobs      int
	dicts     []string
	published string
	quiet     bool
	paths     []string
}

func newRunCmd(io streams, now func() time.Time) *cobra.Command {
	o := &runOptions{io: io, now: now}
	cmd := &cobra.Command{
		Use:   "run [flags] PATH...",
		Short: "Process .txt and .jsonl files and directories (- for stdin) into Parquet tables",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			if o.jobs < 0 {
				return usageError("--jobs must be positive")
			}
			return runRun(cmd, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.out, "out", "out", "output directory")
	f.IntVar(&o.jobs, "jobs", runtime.NumCPU(), "worker count")
	f.StringArrayVar(&o.dicts, "dict", nil, "extra dictionary file merged over the built-in one (repeatable)")
	f.StringVar(&o.published, "published", "", "publication date for documents that state none (YYYY-MM-DD or RFC 3339)")
	f.BoolVar(&o.quiet, "quiet", false, "print nothing but errors")
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
	sum, err := pipeline.Run(cmd.Context(), pipeline.Config{
		Paths: o.paths, Stdin: o.io.In, Out: o.out, Jobs: o.jobs, Published: pub, Annotator: a, Now: o.now,
		OnProblem: func(p read.Problem) { fmt.Fprintln(o.io.Err, "extract:", p.Error()) },
	})
	if err != nil {
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

// printSummary prints a one-screen account of the run.
func printSummary(w io.Writer, out string, s *pipeline.Summary) {
	fmt.Fprintf(w, "run %s: %d documents, %d rejected inputs, %d problems, %s → %s/\n",
		s.RunID, s.Documents, s.Rejected, len(s.Problems), s.Duration.Round(time.Millisecond), out)
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
	fmt.Fprintln(w, "top entities:")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, e := range ents {
		name := e.EntityID
		if e.NameZh != nil {
			name = *e.NameZh
		} else if e.NameEn != nil {
			name = *e.NameEn
		}
		fmt.Fprintf(tw, "  %s\t%s\t%d mentions\t%d docs\n", name, e.Type, e.MentionCount, e.DocCount)
	}
	tw.Flush()
	if n := len(s.Problems); n > 0 {
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
