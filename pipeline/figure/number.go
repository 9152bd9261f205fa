package figure

import (
	"math"

	"github.com/sco-news/extract/pipeline/doc"
)

// Number is one number found in text, with its value.
type Number struct {
	doc.Span
	// Surface is the text of the span.
	Surface string
	// Value is the number after scale words (1.64万 → 16400).
	Value float64
	// Approx is true when the numeral itself is approximate (十多万, 500余万)
	// and for an interval with an open side.
	Approx bool
	// ValueMin and ValueMax bound the number: both equal Value for a single
	// number; an interval from Ranges sets them to its bounds. On an open
	// side (NoMin, NoMax) they repeat Value.
	ValueMin, ValueMax float64
	// NoMin and NoMax mark an interval unbounded below (小于20: no minimum)
	// or above (大于10, 五百多: no maximum).
	NoMin, NoMax bool
	// MinIncl and MaxIncl say whether a bound belongs to the interval
	// (大于等于10 includes 10, 大于10 does not). True for a single number.
	MinIncl, MaxIncl bool
}

// Numbers returns every number in s (Arabic, Chinese, mixed, English words),
// spans as code point offsets into s, in text order. It does not decide what
// a number counts: see Extract for figures.
func Numbers(s string) []Number {
	sc := newScanner(s)
	defer sc.free()
	var out []Number
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
		n = sc.restated(n)
		out = append(out, sc.number(n))
		i = n.End
	}
	return out
}

// restated extends n over the same number repeated in brackets right after
// it: forty-five (45), 45 (forty five).
func (sc *scanner) restated(n num) num {
	k := skipSpaces(sc.rs, n.End)
	if at(sc.rs, k) != '(' {
		return n
	}
	m, ok := sc.numberAt(skipSpaces(sc.rs, k+1))
	if !ok || m.v != n.v {
		return n
	}
	if e := skipSpaces(sc.rs, m.End); at(sc.rs, e) == ')' {
		n.End = e + 1
	}
	return n
}

// num is a number found by the scanner, before it becomes a Number.
type num struct {
	doc.Span
	v      float64
	approx bool
	han    bool // written with Chinese characters
	arabic bool // a plain Arabic number (no units, no words)
	units  bool
}

func (sc *scanner) number(n num) Number {
	return Number{Span: n.Span, Surface: string(sc.orig[n.Start:n.End]), Value: n.v, Approx: n.approx,
		ValueMin: n.v, ValueMax: n.v, MinIncl: true, MaxIncl: true}
}

// readNumber is numberAt without the memo.
func (sc *scanner) readNumber(i int) (num, bool) {
	rs := sc.rs
	if i >= len(rs) || sc.isBlocked(i) {
		return num{}, false
	}
	r := rs[i]
	prev := at(rs, i-1)
	best := num{Span: doc.Span{Start: i, End: i}}
	found := false
	consider := func(n num) {
		if n.End > best.End {
			best, found = n, true
		}
	}
	switch {
	case r == '半' && at(rs, i+1) == '百' && !isZhNumeral(at(rs, i+2)):
		return num{Span: doc.Span{Start: i, End: i + 2}, v: 50, han: true}, true // 半百
	case isLetter(r):
		if isLetter(prev) || isDigit(prev) {
			return best, false
		}
		if n, ok := sc.english(i); ok {
			consider(n)
		}
		return best, found
	case isDigit(r) || r == '.' || r == '-' || r == '负' || r == '−' || isZhNumeral(r):
		if isDigit(r) && (isDigit(prev) || isLetter(prev) && !codeBefore(rs, i) || prev == '.' && isDigit(at(rs, i-2))) {
			return best, false
		}
		if r == '.' && (isDigit(prev) || prev == '.' || !isDigit(at(rs, i+1))) {
			return best, false
		}
		if (r == '-' || r == '−') && (isDigit(prev) || isLetter(prev)) {
			return best, false
		}
	default:
		if !vulgarBits.Has(r) {
			return best, false
		}
		if v, ok := vulgarFractions[r]; ok && !isDigit(prev) {
			return num{Span: doc.Span{Start: i, End: i + 1}, v: v}, true
		}
		return best, false
	}
	zn, ok := parseZhSigned(rs, i)
	if ok && sc.overlapsBlocked(doc.Span{Start: i, End: zn.end}) {
		// 三百参观者: the numeral stops where a word begins.
		k := i
		for k < zn.end && !sc.isBlocked(k) {
			k++
		}
		zn, ok = parseZhSigned(rs[:k], i)
	}
	if !ok && zn.end > i {
		return num{Span: doc.Span{Start: i, End: zn.end}}, false
	}
	if ok {
		n := num{Span: doc.Span{Start: i, End: zn.end}, v: zn.v, approx: zn.approx, han: zn.han, units: zn.units}
		n.arabic = !zn.han
		if n.arabic {
			n = sc.arabicSuffix(n)
			if n.End == 0 {
				ok = false
			}
		}
		if ok && n.End == i+1 && n.v == 1 && at(rs, n.End) == '半' {
			n.v, n.End = 0.5, n.End+1 // 一半, 1半: a half
		}
		if ok && n.han && at(rs, n.End) == '打' && !dozenVerb(at(rs, n.End+1)) {
			n.v *= 12 // 一打, 五十打: dozens
			n.End++
		}
		if ok && !sc.overlapsBlocked(n.Span) {
			consider(n)
		}
	}
	if isDigit(r) || r == '-' {
		if n, ok := sc.english(i); ok {
			consider(n)
		}
	}
	return best, found
}

// arabicSuffix extends a plain Arabic number with a slash fraction (3/4,
// 1 3/5) or a letter scale (10k, 1.2M), and rejects one glued to letters
// (180ml, 5G is kept for the caller to judge as a name).
func (sc *scanner) arabicSuffix(n num) num {
	rs := sc.rs
	e := n.End
	// 3/4, -3/2, 1 3/5
	if at(rs, e) == '/' && isDigit(at(rs, e+1)) && n.v == math.Trunc(n.v) {
		if d, e2, ok := parseArabic(rs, e+1); ok && d != 0 && !isLetter(at(rs, e2)) {
			n.v /= d
			n.End = e2
			return n
		}
	}
	if isSpace(at(rs, e)) && n.v == math.Trunc(n.v) {
		k := skipSpaces(rs, e)
		if a, e2, ok := parseArabic(rs, k); ok && at(rs, e2) == '/' && a == math.Trunc(a) {
			if d, e3, ok := parseArabic(rs, e2+1); ok && d != 0 && !isLetter(at(rs, e3)) {
				neg := at(rs, n.Start) == '-' || at(rs, n.Start) == '负'
				if neg {
					n.v -= a / d
				} else {
					n.v += a / d
				}
				n.End = e3
				return n
			}
		}
	}
	if mul, e2 := letterScale(rs, sc.orig, e); e2 > e {
		n.v *= mul
		n.End = e2
		n.arabic = false
		return n
	}
	if isLetter(at(rs, e)) && !codeAfter(rs, e) {
		return num{}
	}
	return n
}

// codeBefore reports whether the letters right before i are a currency code
// written before an amount (USD3.14, RM42).
func codeBefore(rs []rune, i int) bool {
	j := i
	for j > 0 && isLetter(rs[j-1]) {
		j--
	}
	c, e, ok := matchCurrency(rs, j, prefixCurrencies)
	return ok && e == i && isLetter(lastRune(c.word))
}

// codeAfter reports whether the letters at i are a currency code written
// right after an amount (115USD, 3.14US$, 42RM).
func codeAfter(rs []rune, i int) bool {
	c, e, ok := matchCurrency(rs, i, suffixCurrencies)
	return ok && !isLetter(at(rs, e)) && len(c.word) > 1 && c.word != "le" && c.word != "sen"
}

// english reads an English number phrase, with a sign word before it.
func (sc *scanner) english(i int) (num, bool) {
	rs := sc.rs
	if isDigit(at(rs, i)) && !wordAfterArabic(rs, i) {
		return num{}, false // the English parser would read the digits alone
	}
	neg := false
	j := i
	for _, w := range []string{"minus ", "negative ", "-"} {
		if hasPrefixAt(rs, i, w) {
			k := skipSpaces(rs, i+runeLen(w))
			if isDigit(at(rs, k)) || isLetter(at(rs, k)) {
				neg, j = true, k
			}
			break
		}
	}
	if isLetter(at(rs, j)) && isWordOne(rs, j) && enPronounBefore[prevWord(rs, j)] {
		return num{}, false
	}
	v, e, ok := parseEn(rs, j)
	if !ok {
		return num{}, false
	}
	if isLetter(at(rs, e)) || e == j {
		return num{}, false
	}
	// A plain Arabic number read by the English parser adds nothing (but
	// "minus 5" does).
	if isDigit(at(rs, j)) && !neg {
		if _, e2, ok := parseArabic(rs, j); ok && e2 == e {
			return num{}, false
		}
	}
	if neg {
		v = -v
	}
	return num{Span: doc.Span{Start: i, End: e}, v: v}, true
}

// wordAfterArabic reports whether the Arabic number at i is followed by a
// word token as nextEnTok reads it (5 million, 3 - hundred): without one,
// parseEn reads the number alone, which english rejects.
func wordAfterArabic(rs []rune, i int) bool {
	_, e, ok := parseArabic(rs, i)
	if !ok || isLetter(at(rs, e)) {
		return false
	}
	k := skipSpaces(rs, e)
	if at(rs, k) == '-' && (isLetter(at(rs, k-1)) || k > e) {
		if k2 := skipSpaces(rs, k+1); isLetter(at(rs, k2)) {
			k = k2
		}
	}
	return isLetter(at(rs, k))
}

func isWordOne(rs []rune, i int) bool {
	return hasPrefixAt(rs, i, "one") && !isLetter(at(rs, i+3))
}

// prevWord returns the lower-case word before position i.
func prevWord(rs []rune, i int) string {
	k := i - 1
	for k >= 0 && isSpace(rs[k]) {
		k--
	}
	e := k + 1
	for k >= 0 && isLetter(rs[k]) {
		k--
	}
	return string(rs[k+1 : e])
}

// dozenVerb reports whether 打 followed by r is a verb (打造, 打击), not "dozen".
func dozenVerb(r rune) bool {
	switch r {
	case '造', '击', '开', '破', '通', '算', '工', '电', '车', '折', '对', '响', '好', '下', '入', '出', '进', '败', '扮', '卡', '扫', '压', '架', '听', '包', '印', '球', '牌', '针', '字', '的', '了':
		return true
	}
	return false
}
