package eval

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// MaxDrop is how far (in F1, 0.005 = half a point) a table may fall below
// the baseline before Gate fails.
const MaxDrop = 0.005

// epsilon absorbs floating point error (baselines are recomputed from counts).
const epsilon = 1e-9

// Gate checks a report against floors and a baseline and returns one
// message per failure, nil when the report passes:
//   - a floor is missed: floors maps a table ("entities") or a table type
//     ("entities.PERSON") to the lowest acceptable F1; an unknown name or a
//     table no document annotates fails too;
//   - a table's F1 drops more than MaxDrop below the baseline's (when
//     baseline is not nil and scored that table);
//   - the annotator failed on a document.
func Gate(r *Report, floors map[string]float64, baseline *Report) []string {
	var fails []string
	names := make([]string, 0, len(floors))
	for n := range floors {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		floor := floors[n]
		table, typ, _ := strings.Cut(n, ".")
		t := r.Tables[table]
		if t == nil {
			fails = append(fails, fmt.Sprintf("%s: unknown table (want one of %s)", n, strings.Join(TableNames, ", ")))
			continue
		}
		if t.Documents == 0 {
			fails = append(fails, fmt.Sprintf("%s: not scored: no document annotates %s", n, table))
			continue
		}
		c := t.Counts
		if typ != "" {
			bt := t.ByType[typ]
			if bt == nil {
				fails = append(fails, fmt.Sprintf("%s: no %s of type %s in the gold file or the output", n, table, typ))
				continue
			}
			c = *bt
		}
		if f1 := c.F1(); f1 < floor-epsilon {
			fails = append(fails, fmt.Sprintf("%s: F1 %.4f below floor %.4f", n, f1, floor))
		}
	}
	if baseline != nil {
		for _, n := range TableNames {
			b, t := baseline.Tables[n], r.Tables[n]
			if b == nil || b.Documents == 0 {
				continue
			}
			if t.Documents == 0 {
				fails = append(fails, fmt.Sprintf("%s: not scored, baseline F1 %.4f", n, b.F1()))
				continue
			}
			if drop := b.F1() - t.F1(); drop > MaxDrop+epsilon {
				fails = append(fails, fmt.Sprintf("%s: F1 %.4f is %.2f points below baseline %.4f", n, t.F1(), 100*drop, b.F1()))
			}
		}
	}
	if len(r.Errors) > 0 {
		fails = append(fails, fmt.Sprintf("annotation failed on %d documents (first %s: %s)", len(r.Errors), r.Errors[0].ID, r.Errors[0].Err))
	}
	return fails
}

// ParseFloor parses a --min flag value "TABLE=F1" or "TABLE.TYPE=F1", F1
// between 0 and 1.
func ParseFloor(s string) (name string, f1 float64, err error) {
	name, v, ok := strings.Cut(s, "=")
	name = strings.TrimSpace(name)
	if !ok || name == "" {
		return "", 0, fmt.Errorf("floor %q: want TABLE=F1 (entities=0.9)", s)
	}
	f1, err = strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || f1 < 0 || f1 > 1 {
		return "", 0, fmt.Errorf("floor %q: F1 must be a number between 0 and 1", s)
	}
	table, _, _ := strings.Cut(name, ".")
	for _, t := range TableNames {
		if t == table {
			return name, f1, nil
		}
	}
	return "", 0, fmt.Errorf("floor %q: unknown table %q (want one of %s)", s, table, strings.Join(TableNames, ", "))
}
