package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/sco-news/extract/pipeline/state"
	"github.com/sco-news/extract/pipeline/table"
)

type runsOptions struct {
	io   streams
	out  string
	json bool
}

func newRunsCmd(io streams) *cobra.Command {
	o := &runsOptions{io: io}
	cmd := &cobra.Command{
		Use:   "runs [flags] OUTDIR",
		Short: "List the past runs recorded in an output directory",
		Long: `List the past runs recorded in an output directory's runs table, oldest first:
when each started, its status (ok, rejected, interrupted, failed), the version,
documents read, written and skipped, errors rows and duration. Runs killed
before they could write their row (SIGKILL, power loss) are listed as killed,
with the chunks they committed; the next run over the same inputs completed
their work.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.out = args[0]
			return runRuns(o)
		},
	}
	cmd.Flags().BoolVar(&o.json, "json", false, "print one JSON object per run")
	return cmd
}

// runLine is one listed run.
type runLine struct {
	RunID      string    `json:"run_id"`
	StartedAt  time.Time `json:"started_at"`
	Status     string    `json:"status"`
	Version    string    `json:"version"`
	Documents  int64     `json:"documents"`
	Written    int64     `json:"written"`
	Skipped    int64     `json:"skipped"`
	Errors     int64     `json:"errors"`
	DurationMS int64     `json:"duration_ms"`
	Chunks     int       `json:"chunks"`
}

func runRuns(o *runsOptions) error {
	runs, err := table.ReadRuns(o.out)
	if err != nil {
		return &exitError{code: exitFatal, err: err}
	}
	chunks, err := state.CommittedChunks(o.out)
	if err != nil {
		return &exitError{code: exitFatal, err: err}
	}
	var lines []runLine
	for _, r := range runs {
		lines = append(lines, runLine{
			RunID: r.RunID, StartedAt: r.StartedAt.UTC(), Status: r.Status, Version: r.Version,
			Documents: r.Documents, Written: r.RowsDocuments, Skipped: r.Skipped, Errors: r.Errors,
			DurationMS: r.FinishedAt.Sub(r.StartedAt).Milliseconds(), Chunks: chunks[r.RunID],
		})
		delete(chunks, r.RunID)
	}
	for id, n := range chunks {
		started, _ := time.Parse("20060102T150405Z", id[:min(len(id), 16)])
		lines = append(lines, runLine{RunID: id, StartedAt: started, Status: "killed", Chunks: n})
	}
	sort.SliceStable(lines, func(i, j int) bool {
		if !lines[i].StartedAt.Equal(lines[j].StartedAt) {
			return lines[i].StartedAt.Before(lines[j].StartedAt)
		}
		return lines[i].RunID < lines[j].RunID
	})
	if o.json {
		enc := json.NewEncoder(o.io.Out)
		for _, l := range lines {
			if err := enc.Encode(l); err != nil {
				return err
			}
		}
		return nil
	}
	printRuns(o.io.Out, lines)
	return nil
}

func printRuns(w io.Writer, lines []runLine) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RUN\tSTARTED (UTC)\tSTATUS\tVERSION\tDOCUMENTS\tWRITTEN\tSKIPPED\tERRORS\tCHUNKS\tDURATION")
	for _, l := range lines {
		dur := "-"
		if l.Status != "killed" {
			dur = (time.Duration(l.DurationMS) * time.Millisecond).String()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%s\n", l.RunID, l.StartedAt.Format("2006-01-02 15:04:05"),
			l.Status, dash(l.Version), l.Documents, l.Written, l.Skipped, l.Errors, l.Chunks, dur)
	}
	tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
