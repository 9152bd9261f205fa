package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sco-news/extract/pipeline/table"
)

func newSchemaCmd(io streams) *cobra.Command {
	var markdown bool
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Print every column of every output table with its type and meaning",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			cols := table.Schema()
			if markdown {
				last := ""
				for _, c := range cols {
					if c.Table != last {
						fmt.Fprintf(io.Out, "\n### %s\n\n| column | type | null | meaning |\n|---|---|---|---|\n", c.Table)
						last = c.Table
					}
					fmt.Fprintf(io.Out, "| `%s` | %s | %s | %s |\n", c.Name, c.Type, yes(c.Nullable), c.Doc)
				}
				return nil
			}
			tw := tabwriter.NewWriter(io.Out, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "TABLE\tCOLUMN\tTYPE\tNULL\tMEANING")
			for _, c := range cols {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", c.Table, c.Name, c.Type, yes(c.Nullable), c.Doc)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&markdown, "markdown", false, "print Markdown tables (as in the README)")
	return cmd
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return ""
}
