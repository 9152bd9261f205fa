package main

import (
	"github.com/spf13/cobra"

	"github.com/sco-news/extract/peer"
)

func newPeerCmd(io streams) *cobra.Command {
	var cfg peer.Config
	cmd := &cobra.Command{
		Use:   "peer --cases DIR",
		Short: "Score the figure and date parsers on Recognizers-Text and Duckling test cases",
		Long: "Feeds every case under DIR (JSON Lines, see ../shared/peer-cases/README.md) through the same code as\n" +
			"`extract annotate` and prints pass rates per file and kind; out-of-scope cases are skipped with a reason.\n" +
			"--check FILE fails (exit 1) when a pass rate is lower than in that committed summary.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cfg.Dir == "" {
				return usageError("--cases is required")
			}
			_, err := peer.Run(cmd.Context(), cfg, io.Out)
			if err != nil {
				return &exitError{code: exitFatal, err: err}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.Dir, "cases", "", "directory of *.jsonl peer cases (never copied into the project)")
	f.StringVar(&cfg.Summary, "summary", "", "write the summary JSON here (commit it as testdata/peer/summary.json)")
	f.StringVar(&cfg.Check, "check", "", "committed summary: fail when a pass rate drops below it")
	f.BoolVar(&cfg.Failures, "failures", false, "list every failed case")
	f.StringVar(&cfg.Only, "only", "", "only files whose name contains this")
	return cmd
}
