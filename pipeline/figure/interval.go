package figure

import (
	"github.com/sco-news/extract/pipeline/doc"
)

// Ranges returns the number intervals of s: explicit ranges (20~100, 1万-5万,
// 一千到一千五百, between 20 and 30, from 200 to 300, 10000与20000之间),
// comparisons (大于10, 不小于三十, at least 20, under 170, ≥50, 五百以上,
// 200 or more), both sides joined (大于10小于20, above 1000 and below 1500),
// and the open intervals of approximate numerals (五百多 → more than 500,
// 十几万 → more than 100000). Spans cover the comparison words; offsets are
// code points into s, in text order.
//
// A range written with a separator (20-100, 20 to 100) includes its low end
// and excludes its high end, as Recognizers-Text reads it; comparisons say
// themselves whether the bound belongs (大于 excludes, 大于等于 includes).
func Ranges(s string) []Number {
	sc := newScanner(s)
	defer sc.free()
	nums := sc.allNumbers()
	var out []Number
	for i := 0; i < len(nums); {
		if r, ok := sc.rangeAt(nums, i); ok {
			out = append(out, sc.intervalNumber(r))
			i += 2
			continue
		}
		b, ok := sc.boundOf(nums[i])
		if !ok {
			i++
			continue
		}
		// Join a lower and an upper bound written together (大于10小于20).
		if i+1 < len(nums) {
			if c, ok := sc.boundOf(nums[i+1]); ok && sc.joins(b, c) {
				out = append(out, sc.intervalNumber(merge(b, c)))
				i += 2
				continue
			}
		}
		out = append(out, sc.intervalNumber(b))
		i++
	}
	return out
}

// interval is a number interval being read: the span and its bounds.
type interval struct {
	doc.Span
	lo, hi         float64
	noLo, noHi     bool
	loIncl, hiIncl bool
}

func (sc *scanner) intervalNumber(b interval) Number {
	n := Number{Span: b.Span, Surface: string(sc.orig[b.Start:b.End]),
		ValueMin: b.lo, ValueMax: b.hi, NoMin: b.noLo, NoMax: b.noHi, MinIncl: b.loIncl, MaxIncl: b.hiIncl}
	switch {
	case !b.noLo:
		n.Value = b.lo
	default:
		n.Value = b.hi
	}
	if b.noLo {
		n.ValueMin = n.Value
	}
	if b.noHi {
		n.ValueMax = n.Value
	}
	n.Approx = b.noLo || b.noHi
	return n
}

// allNumbers reads every number of the text in order, as Numbers does.
func (sc *scanner) allNumbers() []num {
	var out []num
	for i := 0; i < len(sc.rs); {
		n, ok := sc.numberAt(i)
		if !ok || n.End <= i {
			if n.End > i {
				i = n.End
			} else {
				i++
			}
			continue
		}
		out = append(out, n)
		i = n.End
	}
	return out
}

// rangeAt reads nums[i] and nums[i+1] as the two ends of a range: A-B, A~B,
// A到B, A至B, A to B, A through B, between A and B, from A to B, (在)A和B之间.
func (sc *scanner) rangeAt(nums []num, i int) (interval, bool) {
	if i+1 >= len(nums) {
		return interval{}, false
	}
	a, b := nums[i], nums[i+1]
	rs := sc.rs
	// 在第十和第十五之间: ranks, read as their numbers.
	if at(rs, a.Start-1) == '第' && at(rs, b.Start-1) == '第' {
		a.Start--
		b.Start--
	}
	mid := trimSpaces(rs, a.End, b.Start)
	if mid == "" && (rs[b.Start] == '-' || rs[b.Start] == '−') && b.v < 0 && a.v >= 0 {
		// "20 - 100", 1万-5万: the dash read as a sign is the separator.
		mid, b.v = "-", -b.v
	}
	if a.v >= b.v || at(rs, a.Start-1) == '+' || at(rs, b.End) == '-' && isDigit(at(rs, b.End+1)) ||
		at(rs, a.Start-1) == '-' && isDigit(at(rs, a.Start-2)) {
		return interval{}, false // not ascending, or a phone number (+1-222-2222)
	}
	// between 20 and 30 million: the scale of the high end applies to a
	// bare low end.
	if s := sc.trailingScale(b); s > 1 && sc.trailingScale(a) == 1 && !a.units && a.v*s < b.v {
		a.v *= s
	}
	start, end := a.Start, b.End
	between := false
	if s, ok := matchBefore(rs, a.Start, rangeOpeners); ok {
		start, between = s, true
	}
	if e, ok := matchAfter(rs, b.End, rangeClosers); ok {
		end, between = e, true
	}
	switch mid {
	case "-", "–", "—", "~", "～", "到", "至", "to", "through", "thru":
		if start != a.Start && !hasOpener(rs, start, "from", "从", "由") && mid != "to" {
			start = a.Start
		}
	case "和", "与", "and", "跟", "同":
		if !between {
			return interval{}, false
		}
	default:
		return interval{}, false
	}
	if start == a.Start && end == b.End && (mid == "to" || mid == "和" || mid == "与" || mid == "and") {
		return interval{}, false
	}
	return interval{Span: doc.Span{Start: start, End: end}, lo: a.v, hi: b.v, loIncl: true}, true
}

func hasOpener(rs []rune, i int, words ...string) bool {
	for _, w := range words {
		if hasPrefixAt(rs, i, w) {
			return true
		}
	}
	return false
}

// rangeOpeners come before the low end, rangeClosers after the high end.
var (
	rangeOpeners = []string{"between", "from", "在", "位于", "介于", "从", "由"}
	rangeClosers = []string{"之间", "间"}
)

// boundOf reads the comparison around the number n, or the open interval of
// an approximate numeral (十几万).
func (sc *scanner) boundOf(n num) (interval, bool) {
	rs := sc.rs
	b := interval{Span: n.Span, lo: n.v, hi: n.v}
	pre, preOK := bestBefore(rs, n.Start, comparePrefixes)
	suf, sufOK := bestAfter(rs, n.End, compareSuffixes)
	if sufOK && (suf.c.word == "多" || suf.c.word == "余") && suf.end != n.End+1 {
		sufOK = false // 多 and 余 must be glued: 五百多
	}
	if sufOK && isLetter(at(rs, suf.end-1)) && startsNumeral(rs, skipSpaces(rs, suf.end)) {
		sufOK = false // "200 or greater than 190": the words belong to 190
	}
	// 比三十大, 比 170 低: a comparison split around the number.
	if !preOK && !sufOK {
		if s, ok := matchBefore(rs, n.Start, []string{"比"}); ok {
			k := skipSpaces(rs, n.End)
			switch at(rs, k) {
			case '大', '多', '高':
				b.Start, b.End, b.noHi = s, k+1, true
				return b, true
			case '小', '少', '低':
				b.Start, b.End, b.noLo = s, k+1, true
				return b, true
			}
		}
	}
	var c comparison
	switch {
	case preOK:
		c = pre.c
		b.Start = pre.start
		if sufOK && suf.c.lower == c.lower && !c.equal || sufOK && c.equal {
			// 等于5000 or less, more than 5000 or equal to
			c = comparison{lower: suf.c.lower, incl: true}
			b.End = suf.end
		}
		if isComparisonSymbol(at(rs, pre.start-1)) {
			return interval{}, false // <>30, =>30: not a comparison
		}
		if !c.equal {
			if e, ok := matchAfter(rs, n.End, []string{"or equal to", "or equal"}); ok && !startsNumeral(rs, skipSpaces(rs, e)) {
				c.incl, b.End = true, e
			}
		}
	case sufOK:
		c = suf.c
		b.End = suf.end
	case n.approx:
		// 十几万, 二百三十余万: more than the written part.
		c = comparison{lower: true}
	default:
		return interval{}, false
	}
	switch {
	case c.equal:
		b.loIncl, b.hiIncl = true, true
	case c.lower:
		b.noHi, b.loIncl = true, c.incl
	default:
		b.noLo, b.hiIncl = true, c.incl
	}
	return b, true
}

// joins reports whether b and c are the two sides of one interval written
// together: a lower and an upper bound, low below high, with at most a
// connector between them (大于10小于20, above 1000 and below 1500).
func (sc *scanner) joins(b, c interval) bool {
	if b.noLo == c.noLo || b.noHi == c.noHi || !(b.noLo || b.noHi) || !(c.noLo || c.noHi) {
		return false
	}
	lo, hi := b, c
	if b.noLo {
		lo, hi = c, b
	}
	if lo.lo >= hi.hi {
		return false
	}
	switch trimSpaces(sc.rs, b.End, c.Start) {
	case "", ",", "，", "、", "的同时", "同时", "并且", "并", "且", "而且", "and", "but", "但":
		return true
	}
	return false
}

func isComparisonSymbol(r rune) bool { return r == '<' || r == '>' || r == '=' }

func merge(b, c interval) interval {
	lo, hi := b, c
	if b.noLo {
		lo, hi = c, b
	}
	return interval{Span: doc.Span{Start: b.Start, End: c.End}, lo: lo.lo, hi: hi.hi, loIncl: lo.loIncl, hiIncl: hi.hiIncl}
}

// trimSpaces returns rs[s:e] without the spaces at either end.
func trimSpaces(rs []rune, s, e int) string {
	for s < e && isSpace(rs[s]) {
		s++
	}
	for e > s && isSpace(rs[e-1]) {
		e--
	}
	if e-s > 12 {
		return "\x00"
	}
	return string(rs[s:e])
}
