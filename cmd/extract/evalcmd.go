package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/eval"
)

type evalOptions struct {
	io       streams
	gold     string
	dicts    []string
	json     bool
	explain  bool
	mins     []string
	baseline string
}

func newEvalCmd(io streams) *cobra.Command {
	o := &evalOptions{io: io}
	cmd := &cobra.Command{
		Use:   "eval --gold FILE",
		Short: "Score extraction against a gold file; exit 1 when a floor or the baseline is missed",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if o.gold == "" {
				return usageError("--gold is required")
			}
			return runEval(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.gold, "gold", "", "gold file (JSON Lines, docs/gold-format.md)")
	f.StringArrayVar(&o.dicts, "dict", nil, "extra dictionary file (repeatable)")
	f.BoolVar(&o.json, "json", false, "print the report as JSON")
	f.BoolVar(&o.explain, "explain", false, "list every false positive and false negative with its context")
	f.StringArrayVar(&o.mins, "min", nil, "floor TABLE=F1 or TABLE.TYPE=F1 (repeatable), e.g. --min entities=0.9")
	f.StringVar(&o.baseline, "baseline", "", "JSON report to compare with: fail when a table's F1 drops > 0.5 points below it")
	return cmd
}

func runEval(ctx context.Context, o *evalOptions) error {
	floors := map[string]float64{}
	for _, m := range o.mins {
		name, f1, err := eval.ParseFloor(m)
		if err != nil {
			return usageError("--min %s: %v", m, err)
		}
		floors[name] = f1
	}
	var base *eval.Report
	if o.baseline != "" {
		f, err := os.Open(o.baseline)
		if err != nil {
			return &exitError{code: exitFatal, err: fmt.Errorf("baseline: %w", err)}
		}
		base, err = eval.ReadReport(f)
		f.Close()
		if err != nil {
			return &exitError{code: exitFatal, err: fmt.Errorf("baseline %s: %w", o.baseline, err)}
		}
	}
	f, err := os.Open(o.gold)
	if err != nil {
		return &exitError{code: exitFatal, err: fmt.Errorf("gold: %w", err)}
	}
	gold, err := eval.ReadGold(f)
	f.Close()
	if err != nil {
		return &exitError{code: exitFatal, err: fmt.Errorf("gold %s: %w", o.gold, err)}
	}
	a, err := loadAnnotator(o.dicts)
	if err != nil {
		return err
	}
	ann := func(_ context.Context, d doc.Document) (doc.Analysis, error) { return a.Analyze(d), nil }
	rep, err := eval.Score(ctx, gold, ann, a.Dict)
	if err != nil {
		return &exitError{code: exitFatal, err: err}
	}
	if o.json {
		err = rep.WriteJSON(o.io.Out)
	} else {
		err = rep.WriteText(o.io.Out)
	}
	if err == nil && o.explain {
		err = rep.WriteExplain(o.io.Out)
	}
	if err != nil {
		return err
	}
	if fails := eval.Gate(rep, floors, base); len(fails) > 0 {
		return &exitError{code: exitFatal, err: fmt.Errorf("%s: gate failed:\n  %s", o.gold, strings.Join(fails, "\n  "))}
	}
	return nil
}
