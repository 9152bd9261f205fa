package peer

// Number-range scoring: Recognizers NumberRange cases through figure.Ranges.

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/figure"
	"github.com/sco-news/extract/pipeline/normalize"
)

// scoreNumberRange scores a numberrange case: same span, same bounds, same
// open sides and inclusive ends as the spec's interval notation.
func scoreNumberRange(c Case) Outcome {
	if r := commonSkip(c); r != "" {
		return Outcome{Skip: r}
	}
	got := rangesOf(c.Text)
	used := make([]bool, len(got))
	for _, it := range c.Expect {
		w, err := readInterval(it)
		if err != nil {
			return Outcome{Detail: err.Error()}
		}
		ok := false
		for i, f := range got {
			if used[i] || it.Start == nil || it.End == nil || f.Start != *it.Start || f.End != *it.End+1 {
				continue
			}
			if w.matches(f) {
				used[i], ok = true, true
				break
			}
		}
		if !ok {
			return Outcome{Detail: fmt.Sprintf("missed %q %s; got %s", it.Text, w, listRanges(got))}
		}
	}
	for i, f := range got {
		if !used[i] {
			return Outcome{Detail: "extra " + rangeString(f)}
		}
	}
	return Outcome{Pass: true}
}

// foundRange is an interval of figure.Ranges in input offsets.
type foundRange struct {
	figure.Number
}

// rangesOf runs figure.Ranges over the normalized text and maps spans to
// the input.
func rangesOf(text string) []foundRange {
	nt := normalize.New(text, dict.FoldRune)
	rs := []rune(text)
	var out []foundRange
	for _, n := range figure.Ranges(nt.Norm) {
		n.Span = nt.Orig(n.Start, n.End)
		n.Surface = string(rs[n.Start:n.End])
		out = append(out, foundRange{n})
	}
	return out
}

// wantInterval is an expected interval: Recognizers' value {start, end} and
// its notation "(20,35]" for which ends belong.
type wantInterval struct {
	lo, hi         float64
	noLo, noHi     bool
	loIncl, hiIncl bool
	notation       string
}

func readInterval(it Item) (wantInterval, error) {
	var v struct {
		Start, End *float64
		Interval   string
	}
	if err := json.Unmarshal(it.Value, &v); err != nil {
		return wantInterval{}, fmt.Errorf("value %s: %w", it.Value, err)
	}
	w := wantInterval{noLo: v.Start == nil, noHi: v.End == nil, notation: v.Interval}
	if v.Start != nil {
		w.lo = *v.Start
	}
	if v.End != nil {
		w.hi = *v.End
	}
	w.loIncl = strings.HasPrefix(v.Interval, "[")
	w.hiIncl = strings.HasSuffix(v.Interval, "]")
	return w, nil
}

// String returns the interval in the spec's notation ("(20,35]").
func (w wantInterval) String() string { return w.notation }

// matches compares bounds, open sides and which ends belong.
func (w wantInterval) matches(f foundRange) bool {
	if w.noLo != f.NoMin || w.noHi != f.NoMax {
		return false
	}
	if !w.noLo && (!near(w.lo, f.ValueMin) || w.loIncl != f.MinIncl) {
		return false
	}
	if !w.noHi && (!near(w.hi, f.ValueMax) || w.hiIncl != f.MaxIncl) {
		return false
	}
	return true
}

func rangeString(f foundRange) string {
	lo, hi := "(", ")"
	if f.MinIncl && !f.NoMin {
		lo = "["
	}
	if f.MaxIncl && !f.NoMax {
		hi = "]"
	}
	if !f.NoMin {
		lo += fmt.Sprint(f.ValueMin)
	}
	if !f.NoMax {
		hi = fmt.Sprint(f.ValueMax) + hi
	}
	return fmt.Sprintf("%q[%d,%d) %s,%s", f.Surface, f.Start, f.End, lo, hi)
}

func listRanges(got []foundRange) string {
	if len(got) == 0 {
		return "nothing"
	}
	parts := make([]string, len(got))
	for i, f := range got {
		parts[i] = rangeString(f)
	}
	return strings.Join(parts, "; ")
}
