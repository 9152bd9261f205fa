package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sco-news/extract/dict"
)

func newDictCmd(io streams) *cobra.Command {
	cmd := &cobra.Command{Use: "dict", Short: "Check, list and grow the domain dictionary"}
	cmd.AddCommand(&cobra.Command{
		Use:   "check [FILE...]",
		Short: "Report every problem in the built-in dictionary merged with FILEs (file:line), exit 1 on any",
		RunE: func(_ *cobra.Command, files []string) error {
			ps := dict.Check(files...)
			for _, p := range ps {
				fmt.Fprintln(io.Out, p.String())
			}
			if len(ps) > 0 {
				return &exitError{code: exitFatal, err: fmt.Errorf("%d problem(s)", len(ps))}
			}
			fmt.Fprintln(io.Out, "dictionary OK")
			return nil
		},
	})
	var typ string
	var dicts []string
	list := &cobra.Command{
		Use:   "list",
		Short: "Print dictionary entries in the dictionary's own format",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			d, err := dict.Load(dicts...)
			if err != nil {
				return &exitError{code: exitFatal, err: err}
			}
			var es []*dict.Entry
			for _, e := range d.Entries() {
				if typ == "" || strings.EqualFold(e.Type, typ) {
					es = append(es, e)
				}
			}
			return dict.Write(io.Out, es)
		},
	}
	list.Flags().StringVar(&typ, "type", "", "only entries of this type (COUNTRY, ORG, PERSON, LOCATION, PROJECT)")
	list.Flags().StringArrayVar(&dicts, "dict", nil, "extra dictionary file (repeatable)")
	cmd.AddCommand(list)
	cmd.AddCommand(newSuggestCmd(io))
	return cmd
}
