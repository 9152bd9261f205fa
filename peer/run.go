package peer

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"text/tabwriter"
)

// Config says what Run reads and writes.
type Config struct {
	// Dir holds the *.jsonl case files.
	Dir string
	// Summary, when set, is where the summary JSON is written.
	Summary string
	// Check, when set, is a committed summary: Run fails when a pass rate
	// is lower than there.
	Check string
	// Failures prints every failed case after the table.
	Failures bool
	// Only, when set, limits the run to files whose base name contains it.
	Only string
}

// Summary is the result of a run: per file, per kind.
type Summary struct {
	Files []FileSummary `json:"files"`
}

// FileSummary is one case file.
type FileSummary struct {
	File  string        `json:"file"`
	Kinds []KindSummary `json:"kinds"`
}

// KindSummary counts the cases of one kind in one file. Rate is
// Passed/(Cases-Skipped), 0 when everything was skipped.
type KindSummary struct {
	Kind        string         `json:"kind"`
	Cases       int            `json:"cases"`
	Passed      int            `json:"passed"`
	Failed      int            `json:"failed"`
	Skipped     int            `json:"skipped"`
	Rate        float64        `json:"rate"`
	SkipReasons map[string]int `json:"skip_reasons,omitempty"`
	failures    []string
}

// Run scores every case under cfg.Dir and prints a table of pass rates to w.
func Run(ctx context.Context, cfg Config, w io.Writer) (Summary, error) {
	files, err := filepath.Glob(filepath.Join(cfg.Dir, "*.jsonl"))
	if err != nil {
		return Summary{}, fmt.Errorf("list %s: %w", cfg.Dir, err)
	}
	if len(files) == 0 {
		return Summary{}, fmt.Errorf("no *.jsonl case files in %s", cfg.Dir)
	}
	sort.Strings(files)
	var sum Summary
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		name := filepath.Base(path)
		if cfg.Only != "" && !contains(name, cfg.Only) {
			continue
		}
		fs, err := runFile(ctx, path, name)
		if err != nil {
			return sum, err
		}
		sum.Files = append(sum.Files, fs)
	}
	if err := sum.WriteText(w, cfg.Failures); err != nil {
		return sum, err
	}
	if cfg.Summary != "" {
		if err := writeSummary(cfg.Summary, sum); err != nil {
			return sum, err
		}
	}
	if cfg.Check != "" {
		base, err := readSummary(cfg.Check)
		if err != nil {
			return sum, err
		}
		if drops := Compare(base, sum); len(drops) > 0 {
			for _, d := range drops {
				fmt.Fprintln(w, "DROP", d)
			}
			return sum, fmt.Errorf("peer pass rates dropped below %s: %d drops", cfg.Check, len(drops))
		}
	}
	return sum, nil
}

func contains(s, sub string) bool { return len(sub) == 0 || indexOf(s, sub) >= 0 }

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func runFile(ctx context.Context, path, name string) (FileSummary, error) {
	f, err := os.Open(path)
	if err != nil {
		return FileSummary{}, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	cases, err := ReadCases(f, name)
	if err != nil {
		return FileSummary{}, err
	}
	byKind := map[string]*KindSummary{}
	var order []string
	for _, c := range cases {
		if err := ctx.Err(); err != nil {
			return FileSummary{}, err
		}
		kind := rowKind(c)
		ks := byKind[kind]
		if ks == nil {
			ks = &KindSummary{Kind: kind, SkipReasons: map[string]int{}}
			byKind[kind] = ks
			order = append(order, kind)
		}
		ks.Cases++
		o := judge(c)
		switch {
		case o.Skip != "":
			ks.Skipped++
			ks.SkipReasons[o.Skip]++
		case o.Pass:
			ks.Passed++
		default:
			ks.Failed++
			ks.failures = append(ks.failures, fmt.Sprintf("%s %q: %s", c.Source, c.Text, o.Detail))
		}
	}
	sort.Strings(order)
	fs := FileSummary{File: name}
	for _, k := range order {
		ks := byKind[k]
		if n := ks.Cases - ks.Skipped; n > 0 {
			ks.Rate = float64(ks.Passed) / float64(n)
		}
		if len(ks.SkipReasons) == 0 {
			ks.SkipReasons = nil
		}
		fs.Kinds = append(fs.Kinds, *ks)
	}
	return fs, nil
}

// rowKind is the summary row of c: its kind, or for a figure case that even
// Recognizers' reference implementation fails, "kind/NotSupported:dotnet",
// so that those aspirational cases are scored but reported apart.
func rowKind(c Case) string {
	if figureKinds[c.Kind] && c.HasFlag("NotSupported:dotnet") {
		return c.Kind + "/NotSupported:dotnet"
	}
	return c.Kind
}

// judge runs the scorer of c's kind, recovering from a panic as a failure.
func judge(c Case) (o Outcome) {
	s := scorerFor(c.Kind)
	if s == nil {
		return Outcome{Skip: "no scorer for kind " + c.Kind}
	}
	defer func() {
		if r := recover(); r != nil {
			o = Outcome{Detail: fmt.Sprintf("panic: %v", r)}
		}
	}()
	return s(c)
}

// WriteText prints the table of pass rates (and the failures when asked).
func (s Summary) WriteText(w io.Writer, failures bool) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "file\tkind\tcases\tpassed\tfailed\tskipped\tpass rate")
	for _, f := range s.Files {
		for _, k := range f.Kinds {
			rate := "-"
			if k.Cases > k.Skipped {
				rate = fmt.Sprintf("%.1f%%", 100*k.Rate)
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%s\n", f.File, k.Kind, k.Cases, k.Passed, k.Failed, k.Skipped, rate)
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	if !failures {
		return nil
	}
	for _, f := range s.Files {
		for _, k := range f.Kinds {
			for _, reason := range sortedKeys(k.SkipReasons) {
				fmt.Fprintf(w, "SKIP %s %s %d× %s\n", f.File, k.Kind, k.SkipReasons[reason], reason)
			}
			for _, line := range k.failures {
				fmt.Fprintf(w, "FAIL %s\n", line)
			}
		}
	}
	return nil
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Compare lists the (file, kind) pairs whose pass rate in cur is lower than
// in base (by more than rounding), and those missing from cur.
func Compare(base, cur Summary) []string {
	have := map[string]KindSummary{}
	for _, f := range cur.Files {
		for _, k := range f.Kinds {
			have[f.File+"\x00"+k.Kind] = k
		}
	}
	var drops []string
	for _, f := range base.Files {
		for _, k := range f.Kinds {
			c, ok := have[f.File+"\x00"+k.Kind]
			switch {
			case !ok:
				drops = append(drops, fmt.Sprintf("%s %s: missing (was %.1f%%)", f.File, k.Kind, 100*k.Rate))
			case c.Rate < k.Rate-1e-9:
				drops = append(drops, fmt.Sprintf("%s %s: %.1f%% < %.1f%% (passed %d, was %d)", f.File, k.Kind, 100*c.Rate, 100*k.Rate, c.Passed, k.Passed))
			}
		}
	}
	return drops
}

func writeSummary(path string, s Summary) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("encode summary: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func readSummary(path string) (Summary, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Summary{}, fmt.Errorf("read %s: %w", path, err)
	}
	var s Summary
	if err := json.Unmarshal(b, &s); err != nil {
		return Summary{}, fmt.Errorf("parse %s: %w", path, err)
	}
	return s, nil
}
