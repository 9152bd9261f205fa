package peer

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/annotate"
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/figure"
	"github.com/sco-news/extract/pipeline/normalize"
)

// Figure scoring: number and numberrange cases through figure.Numbers on the
// normalized text (spans mapped back to the input), percent and money cases
// through annotate.Text, the function `extract annotate` runs.
//
// Matching rules:
//   - Recognizers: every expected item needs a found item with the same span
//     (Recognizers' inclusive end → our exclusive end) and the same value
//     (relative tolerance 1e-6: the specs round repeating fractions); for
//     money also the same ISO code when the spec gives one. Nothing else of
//     the family may be found (extra numbers, percents or amounts fail the
//     case). IgnoreResolution cases check the span only.
//   - Duckling: a whole-string test: one found item must cover the whole
//     input (leading "a"/"an" and surrounding spaces aside) with the value.
//     Other items are not checked, as in Duckling's own corpus test.
//     A qualifier before the amount (about, at least, under, 至少) may lie
//     outside our span: Extract records it in Approx, not in the span; so
//     may a range opener (between, from): the span is the two amounts.
//   - Money: a spec without an ISO code ("Dollar", "Pound", Duckling's 元)
//     leaves the code unchecked. Sub-unit amounts (Cent, Pence, Penny, Sen:
//     the spec counts in hundredths; Satoshi in hundred-millionths) are
//     compared in main units, since our figures are in currency units
//     (50 cents → 0.5). Ranges compare
//     ValueMin/ValueMax; an open range (at least X, under X) compares X with
//     the figure's value.
//   - Numberrange: figure.Ranges (intervals: 20~100, 大于10小于20, between
//     20 and 30, 五百多). Same span, same bounds (relative tolerance), the
//     same open sides and the same inclusive ends as the spec's notation
//     ("(20,35]"); nothing else may be found.
//
// Skipped as documented differences ("differs by design: ..."): see
// moneyByDesign and numberByDesign.
//
// A one-character Chinese numeral inside a money or percent figure (一美元,
// 二％, 一折) does not count as an extra in Recognizers' Chinese number
// cases: its Chinese number model leaves such quantifiers to the currency
// and percent models (longer numbers inside amounts it does expect, and
// the English model expects 20 in "$20").
//
// Skipped (out of scope, with the reason): items without a value (a bare
// currency name, "percentage") and Duckling latent readings (a bare number
// read as money). Cases even Recognizers' reference .NET implementation
// fails (NotSupported:dotnet) are scored, in rows of their own
// ("money/NotSupported:dotnet").

func init() {
	Register("number", scoreNumber)
	Register("percent", scorePercent)
	Register("money", scoreMoney)
	Register("numberrange", scoreNumberRange)
}

// found is one item our extractor produced, in input offsets.
type found struct {
	doc.Span
	surface        string
	value, lo, hi  float64
	unit           string
	isRange        bool
	approxQualifed bool
}

// String renders a found item for failure messages.
func (f found) String() string {
	if f.lo != f.hi {
		return fmt.Sprintf("%q[%d,%d) %g..%g %s", f.surface, f.Start, f.End, f.lo, f.hi, f.unit)
	}
	return fmt.Sprintf("%q[%d,%d) %g %s", f.surface, f.Start, f.End, f.value, f.unit)
}

// numbersOf runs figure.Numbers over the normalized text, as annotate does
// for figures, and maps spans to the input.
func numbersOf(text string) []found {
	nt := normalize.New(text, dict.FoldRune)
	rs := []rune(text)
	var out []found
	for _, n := range figure.Numbers(nt.Norm) {
		sp := nt.Orig(n.Start, n.End)
		out = append(out, found{Span: sp, surface: string(rs[sp.Start:sp.End]), value: n.Value, lo: n.Value, hi: n.Value})
	}
	return out
}

// figuresOf runs annotate.Text and keeps the figures of kind.
func figuresOf(text, lang, kind string) []found {
	a := annotate.Text(text, nil, lang)
	var out []found
	for _, f := range a.Figures {
		if f.Kind != kind {
			continue
		}
		out = append(out, found{Span: f.Span, surface: f.Surface, value: f.Value, lo: f.ValueMin, hi: f.ValueMax, unit: f.Unit})
	}
	return out
}

func commonSkip(c Case) string {
	if c.HasFlag("duckling:latent") {
		return "latent reading (Duckling reads it only with withLatent)"
	}
	return ""
}

// figureKinds are the kinds this file scores. Their cases flagged
// NotSupported:dotnet (even Recognizers' reference implementation fails
// them) are scored too, and reported in a row of their own.
var figureKinds = map[string]bool{"number": true, "numberrange": true, "percent": true, "money": true}

// valued drops the expected items without a value; all reports whether none
// was dropped.
func valued(items []Item) (keep []Item, dropped bool) {
	for _, it := range items {
		if len(it.Value) == 0 || string(it.Value) == "null" {
			dropped = true
			continue
		}
		keep = append(keep, it)
	}
	return keep, dropped
}

func scoreNumber(c Case) Outcome {
	if r := commonSkip(c); r != "" {
		return Outcome{Skip: r}
	}
	if c.Lang == "zh" && strings.HasPrefix(c.Source, "duckling:") && endsWithClassifier(c.Text) {
		return Outcome{Skip: "differs by design: a classifier inside the number span (一對 = 2); Recognizers expects the opposite (199个 → 199) and we follow it"}
	}
	if r := numberByDesign(c); r != "" {
		return Outcome{Skip: r}
	}
	got := numbersOf(c.Text)
	if c.Lang == "zh" && !strings.HasPrefix(c.Source, "duckling:") {
		got = outsideAmounts(c, got)
	}
	return compare(c, c.Expect, got, "number")
}

// numberByDesign returns why a number case expects what Numbers
// deliberately does not read (documented differences, reported as skips).
func numberByDesign(c Case) string {
	t := strings.ToLower(strings.TrimSpace(c.Text))
	switch {
	case !strings.HasPrefix(c.Source, "duckling:"):
		return ""
	case t == "few" || t == "a few" || t == "single":
		return "differs by design: vague or adjective quantity words (few, single) are not numbers"
	case strings.HasSuffix(t, " l") || t == "拾":
		return "differs by design: l as lakh (30 l) is litres, and 拾 alone is the verb pick up, in news"
	case strings.ContainsAny(t, "份") || strings.Contains(t, "十分一"):
		return "differs by design: Cantonese fractions without 之 (十份一, 十分一) read as 十分 (very) in Mandarin news"
	}
	return ""
}

// outsideAmounts drops the one-character Chinese numerals that lie inside a
// money or percent figure (一美元, 二％ expect no number).
func outsideAmounts(c Case, got []found) []found {
	figs := append(figuresOf(c.Text, c.Lang, "money"), figuresOf(c.Text, c.Lang, "percent")...)
	keep := got[:0]
	for _, n := range got {
		inside := false
		for _, f := range figs {
			if n.Start >= f.Start && n.End <= f.End && n.End-n.Start == 1 && !strings.ContainsAny(n.surface, "0123456789") {
				inside = true
				break
			}
		}
		if !inside {
			keep = append(keep, n)
		}
	}
	return keep
}

func endsWithClassifier(s string) bool {
	for _, suf := range []string{"个", "個", "对", "對", "双", "雙"} {
		if strings.HasSuffix(strings.TrimSpace(s), suf) {
			return true
		}
	}
	return false
}

func scorePercent(c Case) Outcome {
	if r := commonSkip(c); r != "" {
		return Outcome{Skip: r}
	}
	exp, dropped := valued(c.Expect)
	if dropped && len(exp) == 0 {
		return Outcome{Skip: "expects only a bare percent word without a number"}
	}
	return compare(c, exp, figuresOf(c.Text, c.Lang, "percent"), "percent")
}

func scoreMoney(c Case) Outcome {
	if r := commonSkip(c); r != "" {
		return Outcome{Skip: r}
	}
	exp, dropped := valued(c.Expect)
	if dropped && len(exp) == 0 {
		return Outcome{Skip: "expects only a bare currency name without an amount"}
	}
	if r := moneyByDesign(c, exp); r != "" {
		return Outcome{Skip: r}
	}
	return compare(c, exp, figuresOf(c.Text, c.Lang, "money"), "money")
}

// moneyByDesign returns why a Chinese money case expects what our figures
// deliberately do not read (documented differences, reported as skips):
// a sub-unit amount with no main unit (五分, 两毛, 2角), and Cantonese 個 as
// the dollar (五個半, 個九).
func moneyByDesign(c Case, exp []Item) string {
	if c.Lang != "zh" || len(exp) == 0 {
		return ""
	}
	bare, colloquial := true, true
	for _, it := range exp {
		if it.UnitRaw != "Cent" || strings.ContainsAny(it.Text, "元块塊蚊圆圓个個") {
			bare = false
		}
		if !strings.ContainsAny(it.Text, "个個") || strings.Trim(it.Text, "个個半零一二两兩三四五六七八九十百千0123456789.") != "" {
			colloquial = false
		}
	}
	switch {
	case bare:
		return "differs by design: a sub-unit amount without a main unit (五分, 两毛) is not money in news text (分 is points or minutes; 角, 毛, 毫, 仙 end other words)"
	case colloquial:
		return "differs by design: Cantonese 個 as the dollar (五個半) is a classifier in Mandarin news (一个半小时)"
	}
	return ""
}

// want is an expected value read from a spec item.
type want struct {
	v, lo, hi float64
	isRange   bool
	open      bool // one side missing: compare the bound with the value
	sub       bool // counted in hundredths of the currency
}

func readWant(it Item) (want, error) {
	var w want
	var x float64
	if err := json.Unmarshal(it.Value, &x); err == nil {
		w.v, w.lo, w.hi = x, x, x
	} else {
		var r struct{ Start, End *float64 }
		if err := json.Unmarshal(it.Value, &r); err != nil {
			return w, fmt.Errorf("value %s: %w", it.Value, err)
		}
		switch {
		case r.Start != nil && r.End != nil:
			w.isRange, w.lo, w.hi, w.v = true, *r.Start, *r.End, *r.Start
		case r.Start != nil:
			w.open, w.v, w.lo, w.hi = true, *r.Start, *r.Start, *r.Start
		case r.End != nil:
			w.open, w.v, w.lo, w.hi = true, *r.End, *r.End, *r.End
		}
	}
	switch it.UnitRaw {
	case "Cent", "Pence", "Penny", "Sen":
		w.sub = true
		w.v, w.lo, w.hi = w.v/100, w.lo/100, w.hi/100
	case "Satoshi": // a hundred-millionth of a bitcoin
		w.sub = true
		w.v, w.lo, w.hi = w.v/1e8, w.lo/1e8, w.hi/1e8
	}
	return w, nil
}

func near(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-6*math.Max(math.Abs(a), math.Abs(b))
}

func (w want) matches(f found, it Item, kind string) bool {
	if kind == "money" && it.Unit != "" && f.unit != it.Unit {
		return false
	}
	if w.isRange {
		return near(f.lo, w.lo) && near(f.hi, w.hi)
	}
	return near(f.value, w.v)
}

// compare applies the matching rules of the package comment.
func compare(c Case, exp []Item, got []found, kind string) Outcome {
	duck := strings.HasPrefix(c.Source, "duckling:")
	spanOnly := c.HasFlag("IgnoreResolution")
	used := make([]bool, len(got))
	for _, it := range exp {
		w, err := readWant(it)
		if err != nil {
			return Outcome{Detail: err.Error()}
		}
		ok := false
		for i, f := range got {
			if used[i] {
				continue
			}
			if duck {
				if !coversAll(c.Text, f.Span) {
					continue
				}
			} else if it.Start == nil || it.End == nil || f.Start != *it.Start || f.End != *it.End+1 {
				continue
			}
			if spanOnly || w.matches(f, it, kind) {
				used[i], ok = true, true
				break
			}
		}
		if !ok {
			pos := ""
			if it.Start != nil && it.End != nil {
				pos = fmt.Sprintf("[%d,%d]", *it.Start, *it.End)
			}
			return Outcome{Detail: fmt.Sprintf("missed %q%s %s %s; got %s", it.Text, pos, it.Value, it.Unit, listFound(got))}
		}
	}
	if !duck {
		for i, f := range got {
			if !used[i] {
				return Outcome{Detail: "extra " + f.String()}
			}
		}
	}
	return Outcome{Pass: true}
}

// coversAll reports whether sp covers the whole text but spaces and a
// leading article.
func coversAll(text string, sp doc.Span) bool {
	rs := []rune(text)
	before := strings.ToLower(strings.TrimSpace(string(rs[:sp.Start])))
	after := strings.ToLower(strings.TrimSpace(string(rs[sp.End:])))
	return (before == "" || before == "a" || before == "an" || qualifiers[before]) && (after == "" || trailing[after])
}

// trailing qualifiers follow the amount outside our span (1.2元以下): Extract
// records them in Approx.
// Duckling also keeps a following "of" (a dozen of, a couple of).
var trailing = map[string]bool{"以下": true, "以上": true, "左右": true, "or more": true, "or less": true, "of": true}

// qualifiers may precede an amount outside our span: Extract keeps them out
// of the span and records them in Approx (the figure's value is the bound).
var qualifiers = map[string]bool{
	"about": true, "around": true, "exactly": true, "more than": true, "over": true, "above": true,
	"at least": true, "no less than": true, "under": true, "less than": true, "lower than": true,
	"no more than": true, "at most": true, "至少": true, "最多": true, "起码": true, "起碼": true,
	// range openers: the span of a range is its two amounts
	"between": true, "from": true,
}

func listFound(got []found) string {
	if len(got) == 0 {
		return "nothing"
	}
	parts := make([]string, len(got))
	for i, f := range got {
		parts[i] = f.String()
	}
	return strings.Join(parts, "; ")
}
