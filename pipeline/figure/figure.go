// Package figure finds the figures of a news text: amounts of money, percentages
// and counts of things, with their values, units and context.
//
// Contract: Extract takes the normalized text of one document (see package
// normalize) and returns every figure in text order, spans as code point
// offsets into that same string, end exclusive. Years, dates, times,
// durations, ages, ordinals, multipliers, physical measures, numbers inside
// names (上合组织+, 5G), footnote markers and phone numbers are not figures: a
// number becomes a figure only with a currency, a percent form or a counted
// noun next to it. Numbers returns every number with its value, figure or
// not; Ranges returns the number intervals (20~100, 大于10小于20, between 20
// and 30, 五百多 = more than 500) with their bounds and open sides.
//
// Example:
//
//	figs := figure.Extract("2024年，中国与上合组织其他成员国贸易额达5100亿美元，同比增长2.7%。", figure.Options{Lang: "zh"})
//	// figs[0]: 5100亿美元, money, 5.1e11 USD, measure trade_volume, period 2024
//	// figs[1]: 2.7%, percent, 2.7 %, measure growth_rate, period 2024
//
// Values follow docs/gold-format.md: money in currency units with an ISO 4217
// code (a bare $ is USD, 元 is CNY), percent as the number of percent (2.7 for
// 2.7%, 40 for 四成), counts with the singular English noun of what is
// counted. Ranges (1万-5万元, from 10 dollars to 20 dollars) set ValueMin and
// ValueMax, and Value to the lower bound; "from X to Y" after a change word
// (rose, 增) is two figures, not a range. Counts take any counted noun: the
// vocabulary of docs/gold-format.md names the unit where it can (26个国家 →
// country, 30家民间友好机构 → organization), an English plural gives its
// singular (eight key areas → area), otherwise the unit stays empty (18个精彩
// 瞬间). Not counts: 一 as an article (一家媒体), vague 几十, slogans in
// quotes, "the two sides", durations (3个月, 5 years).
package figure

import (
	"github.com/sco-news/extract/pipeline/doc"
)

// Options gives Extract the context it cannot find itself.
type Options struct {
	// Lang is the document language ("zh", "en", ...); the parser reads both
	// languages whatever it says.
	Lang string
	// Subjects are the entity mentions of the text, spans into the same
	// string, used to pick SubjectEntityID.
	Subjects []Subject
}

// Subject is an entity mention a figure may be about.
type Subject struct {
	doc.Span
	EntityID, EntityType string
}

// Extract returns every figure (money, percent, count) in the normalized text
// s, spans as code point offsets into s, in text order.
func Extract(s string, opt Options) []doc.Figure {
	sc := newScanner(s)
	defer sc.free()
	var figs []doc.Figure
	var pending []num // bare numbers of a list waiting for the unit (3000亿、4000亿和5000亿美元)
	rs := sc.rs
	for i := 0; i < len(rs); {
		// The fast path (starts.go): skip what starts nothing, keeping
		// the list of pending numbers only over list separators.
		if e, sep := skipNothing(rs, i); e > i {
			if !sep {
				pending = nil
			}
			i = e
			continue
		}
		f, ok := sc.figureAt(i)
		if ok && f.End <= i {
			ok = false // never step back
		}
		if ok {
			if g, ok := sc.rangeTo(f); ok {
				f = g
			}
			for _, p := range pending {
				if g, ok := inherit(sc, p, f); ok {
					figs = append(figs, g)
				}
			}
			pending = nil
			figs = append(figs, f)
			i = f.End
			continue
		}
		if n, ok := sc.numberAt(i); ok {
			if sc.listContinues(n.End) {
				pending = append(pending, n)
			} else {
				pending = nil
			}
			i = n.End
			continue
		} else if n.End > i {
			i = n.End
			continue
		}
		if !isListSeparatorAt(sc.rs, i) {
			pending = nil
		}
		i++
	}
	addContext(sc, figs, opt)
	return figs
}

// figureAt reads a figure starting at i: an approximation word, a currency or
// percent prefix, a number, then a unit.
func (sc *scanner) figureAt(i int) (doc.Figure, bool) {
	rs := sc.rs
	if i >= len(rs) || !mayStart(rs[i]) || !wordStart(rs, i) {
		return doc.Figure{}, false
	}
	start := i
	approx, ap := approxPrefix(rs, i)
	if ap > i {
		i = ap
	}
	if f, ok := sc.percentPrefix(i); ok {
		return sc.finishFigure(f, start, approx), true
	}
	if f, ok := sc.moneyPrefix(i); ok {
		return sc.finishFigure(f, start, approx), true
	}
	if sc.isExcludedNumberStart(i) {
		return doc.Figure{}, false
	}
	n, ok := sc.numberAt(i)
	if !ok {
		n, ok = sc.articleOne(i)
	}
	if !ok {
		return doc.Figure{}, false
	}
	// A range: 1万-5万元, 2000至3000列, 10-20 dollars.
	lo := n
	if sep := rangeSeparator(rs, start, n.End); sep > n.End {
		if hi, ok := sc.numberAt(sep); ok && hi.v >= lo.v {
			if f, ok := sc.unitAfter(hi); ok && !sc.isExcludedNumber(hi) {
				factor := 1.0
				if hi.v != 0 {
					factor = f.Value / hi.v
				}
				lov := lo.v
				// 1-5万元, 10-20 million: the scale of the high end applies
				// to a bare low end.
				if s := sc.trailingScale(hi); s > 1 && !lo.units && !sc.trailingHasScale(lo) {
					lov *= s
				}
				if lov*factor <= f.Value {
					f.Span.Start = lo.Start
					f.ValueMin, f.ValueMax = lov*factor, f.Value
					f.Value = f.ValueMin
					return sc.finishFigure(f, start, approx), true
				}
			}
		}
	}
	if sc.isExcludedNumber(n) {
		return doc.Figure{}, false
	}
	f, ok := sc.unitAfter(n)
	if !ok {
		return doc.Figure{}, false
	}
	return sc.finishFigure(f, start, approx), true
}

// starters are the runes, besides letters, digits and numerals, that may
// begin a figure: approximation words, currency prefixes, percent forms.
var starters = func() map[rune]bool {
	m := map[rune]bool{'.': true, '-': true, '−': true, '负': true, '半': true, '对': true}
	for _, w := range approxWords {
		m[firstRune(w)] = true
	}
	for _, c := range prefixCurrencies.all {
		m[firstRune(c.word)] = true
	}
	return m
}()

// mayStart reports whether a figure may begin with r: a cheap test that
// keeps the scanner linear over text without numbers.
func mayStart(r rune) bool {
	return isLetter(r) || isDigit(r) || isZhNumeral(r) || starterBits.Has(r)
}

// rangeTo joins f with a second amount of the same kind and unit written
// after a range separator: 五元六角-五元七毛八分, from 10 dollars to 20
// dollars, between 10 dollars and 20 dollars, 5%-10%.
func (sc *scanner) rangeTo(f doc.Figure) (doc.Figure, bool) {
	if f.Kind == "count" || f.ValueMin != f.ValueMax {
		return f, false
	}
	sep := rangeSeparator(sc.rs, f.Start, f.End)
	if sep == f.End {
		return f, false
	}
	g, ok := sc.figureAt(sep)
	if !ok || g.Kind != f.Kind || g.Unit != f.Unit || g.ValueMax <= f.Value || g.Start != sep {
		return f, false
	}
	f.End, f.ValueMin, f.ValueMax = g.End, f.Value, g.ValueMax
	f.Surface = string(sc.orig[f.Start:f.End])
	return f, true
}

// articleOne reads "a" or "an" before an English currency word as the
// number one: a dollar, above a dollar and 42 cents.
func (sc *scanner) articleOne(i int) (num, bool) {
	rs := sc.rs
	e := i + 1
	if hasPrefixAt(rs, i, "an") {
		e = i + 2
	} else if at(rs, i) != 'a' {
		return num{}, false
	}
	if isLetter(at(rs, i-1)) || !isSpace(at(rs, e)) {
		return num{}, false
	}
	k := skipSpaces(rs, e)
	c, ce, ok := matchCurrency(rs, k, suffixCurrencies)
	if !ok || !isLetter(firstRune(c.word)) || c.sub != 0 || c.word == "le" || c.word == "sen" || startsNumeral(rs, skipSpaces(rs, ce)) {
		// (a US$ 4.7 billion: the currency of the amount after it)
		return num{}, false
	}
	return num{Span: doc.Span{Start: i, End: e}, v: 1}, true
}

// finishFigure sets the span start, the surface and the approximation.
func (sc *scanner) finishFigure(f doc.Figure, start int, approx bool) doc.Figure {
	if approx {
		// The qualifier (超过, more than) is not part of the amount's span;
		// Approx keeps its meaning.
		f.Approx = true
	}
	if f.ValueMin == 0 && f.ValueMax == 0 {
		f.ValueMin, f.ValueMax = f.Value, f.Value
	}
	if f.ValueMin > f.ValueMax {
		f.ValueMin, f.ValueMax = f.ValueMax, f.ValueMin
	}
	if f.Value < f.ValueMin {
		f.Value = f.ValueMin
	}
	if f.Value > f.ValueMax {
		f.Value = f.ValueMax
	}
	f.Surface = string(sc.orig[f.Start:f.End])
	return f
}

// trailingScale returns the factor a numeral's scale word adds (5万 → 1e4,
// 20 million → 1e6): its value over the value of its leading Arabic digits.
func (sc *scanner) trailingScale(n num) float64 {
	lead, e, ok := parseArabic(sc.rs, n.Start)
	if !ok || e >= n.End || lead == 0 {
		return 1
	}
	s := n.v / lead
	if s < 999 {
		return 1
	}
	return s
}

func (sc *scanner) trailingHasScale(n num) bool { return sc.trailingScale(n) > 1 }

// wordStart reports whether a figure may start at i: not inside a word.
func wordStart(rs []rune, i int) bool {
	return !(isLetter(at(rs, i)) && isLetter(at(rs, i-1)))
}

// isExcludedNumberStart reports positions that start no figure: ordinals (第十个).
func (sc *scanner) isExcludedNumberStart(i int) bool {
	p := at(sc.rs, i-1)
	return p == '第' || p == '[' || p == '【' || p == '#' || p == '+' || p == '№'
}

// isExcludedNumber reports numbers that are not amounts whatever follows.
func (sc *scanner) isExcludedNumber(n num) bool {
	rs := sc.rs
	if at(rs, n.Start-1) == '第' || at(rs, n.Start-1) == '[' && at(rs, n.End) == ']' {
		return true
	}
	k := skipSpaces(rs, n.End)
	// multipliers, ordinals, model names
	if at(rs, k) == '倍' || hasPrefixAt(rs, k, "times") || hasPrefixAt(rs, k, "th ") || hasPrefixAt(rs, k, "st ") || hasPrefixAt(rs, k, "nd ") || hasPrefixAt(rs, k, "rd ") {
		return true
	}
	if isLetter(at(rs, n.End)) && (at(rs, n.End) == 'g' || at(rs, n.End) == 'x') {
		return true
	}
	return false
}

// inherit gives a bare number of a list the unit of the figure that ends the
// list (3000亿、4000亿和5000亿美元: three money figures).
func inherit(sc *scanner, p num, f doc.Figure) (doc.Figure, bool) {
	if f.Kind == "count" && f.Unit == "" {
		return doc.Figure{}, false
	}
	if sc.isExcludedNumber(p) {
		return doc.Figure{}, false
	}
	g := doc.Figure{Span: p.Span, Kind: f.Kind, Unit: f.Unit, Value: p.v}
	if f.Kind == "money" && !p.units {
		// 3、4和5亿美元: the scale of the last applies to all.
		if last := sc.numberScale(f); last > 1 {
			g.Value = p.v * last
		}
	}
	g.ValueMin, g.ValueMax = g.Value, g.Value
	g.Approx = p.approx
	g.Surface = string(sc.orig[p.Start:p.End])
	return g, true
}

// numberScale returns the scale written at the end of the number of f (亿 in
// 5000亿美元), 1 when none.
func (sc *scanner) numberScale(f doc.Figure) float64 {
	for k := f.Start; k < f.End; k++ {
		switch sc.rs[k] {
		case '万':
			if at(sc.rs, k+1) == '亿' {
				return 1e12
			}
			if !isZhNumeral(at(sc.rs, k+1)) {
				return 1e4
			}
		case '亿':
			if !isZhNumeral(at(sc.rs, k+1)) {
				return 1e8
			}
		}
	}
	return 1
}

// listContinues reports whether a list separator and another number follow e.
func (sc *scanner) listContinues(e int) bool {
	rs := sc.rs
	k := skipSpaces(rs, e)
	switch {
	case rs != nil && (at(rs, k) == '、' || at(rs, k) == '和' || at(rs, k) == '及' || at(rs, k) == '与' || at(rs, k) == ',' || at(rs, k) == '或'):
		k = skipSpaces(rs, k+1)
	case hasPrefixAt(rs, k, "and ") || hasPrefixAt(rs, k, "or "):
		k = skipSpaces(rs, k+3)
	default:
		return false
	}
	return startsNumeral(rs, k) || at(rs, k) == '$'
}

func isListSeparatorAt(rs []rune, i int) bool {
	r := at(rs, i)
	return r == '、' || r == '和' || r == '及' || r == '与' || r == ',' || r == '或' || isSpace(r)
}
