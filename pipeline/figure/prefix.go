package figure

import (
	"math"

	"github.com/sco-news/extract/pipeline/doc"
)

// approxWords come before a number and make it approximate (超过20个国家,
// more than 20 countries). They become part of the figure's span.
var approxWords = []string{
	"将近", "接近", "大约", "超过", "突破", "约", "近", "逾", "超", "上",
	"more than", "over", "nearly", "about", "around", "approximately", "almost",
	"some", "roughly", "at least", "no less than", "above", "under", "less than",
	"no more than", "at most", "lower than", "up to", "exactly", "至少", "最多", "起码",
	"exceeding", "exceeds", "exceed", "surpassing", "surpass", "topping",
}

// approxByFirst indexes approxWords by first rune, longest first as listed.
var approxByFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range approxWords {
		m[firstRune(w)] = append(m[firstRune(w)], w)
	}
	return m
}()

// boundWords bound an amount without making it approximate (至少, at most):
// they stay out of the span, Approx stays false.
var boundWords = map[string]bool{
	"at least": true, "no less than": true, "under": true, "less than": true, "no more than": true,
	"at most": true, "lower than": true, "up to": true, "exactly": true, "至少": true, "最多": true, "起码": true,
}

// approxPrefix reads an approximation word at i and returns where the number
// starts after it; approx is false for exact qualifiers (exactly).
func approxPrefix(rs []rune, i int) (approx bool, end int) {
	if !approxFirstBits.Has(at(rs, i)) {
		return false, i
	}
	for _, w := range approxByFirst[at(rs, i)] {
		if !hasPrefixAt(rs, i, w) {
			continue
		}
		e := i + runeLen(w)
		if isLetter(rs[i]) && (isLetter(at(rs, i-1)) || isLetter(at(rs, e))) {
			continue
		}
		k := skipSpaces(rs, e)
		if k == e && isLetter(rs[i]) {
			continue
		}
		if w == "上" && !isZhNumeral(at(rs, k)) { // 上千, 上万
			continue
		}
		if w == "近" && at(rs, k) == '年' {
			continue
		}
		if !(startsNumeral(rs, k) || isLetter(at(rs, k)) || at(rs, k) == '$' || at(rs, k) == '€' || at(rs, k) == '£' || at(rs, k) == '百' || at(rs, k) == '一') {
			continue
		}
		return !boundWords[w], k
	}
	return false, i
}

// percentWords are the Chinese percent prefixes with their divisors to the
// number of percent.
var percentWords = []struct {
	w   string
	div float64
}{{"百分之", 1}, {"千分之", 10}, {"万分之", 100}, {"佰分之", 1}, {"仟分之", 10}}

// percentPrefix reads 百分之五十, 千分之五 (0.5 percent), 万分之三, 一半.
func (sc *scanner) percentPrefix(i int) (doc.Figure, bool) {
	rs := sc.rs
	// Every form below starts with a numeral, 半, 对 or a letter.
	if r := at(rs, i); !isZhNumeral(r) && r != '半' && r != '对' && !isLetter(r) {
		return doc.Figure{}, false
	}
	for _, p := range percentWords {
		e, ok := spacedWord(rs, i, p.w)
		if !ok {
			continue
		}
		if at(rs, i-1) != 0 && (isZhNumeral(at(rs, i-1)) || isDigit(at(rs, i-1))) {
			return doc.Figure{}, false // 五百分之2 is a fraction
		}
		k := skipSpaces(rs, e)
		neg := false
		if at(rs, k) == '负' || at(rs, k) == '-' {
			neg = true
			k = skipSpaces(rs, k+1)
		}
		zn, ok := parseZhInt(rs, k)
		if !ok && at(rs, k) == '百' && p.div == 1 { // 百分之百
			zn, ok = zhNum{v: 100, end: k + 1}, true
		}
		if !ok {
			return doc.Figure{}, false
		}
		v, end := zn.v, zn.end
		// 百分之3.2k
		if mul, e2 := letterScale(rs, sc.orig, end); e2 > end && mul == 1e3 {
			v, end = v*mul, e2
		}
		// 百分之二三十 is an estimate: not read (parseZhInt refuses it).
		if neg {
			v = -v
		}
		return doc.Figure{Span: doc.Span{Start: i, End: end}, Kind: "percent", Unit: "%", Value: v / p.div}, true
	}
	// 百万分之五 (0.0005 percent): a bare power of ten as denominator.
	// (A bare numeral starts with its unit: 百, 千, 万, ...)
	if isBareUnit(at(rs, i)) {
		if den, ok := parseZhInt(rs, i); ok && den.bare && den.v >= 1000 && !isZhNumeral(at(rs, i-1)) {
			if e, ok := spacedWord(rs, skipSpaces(rs, den.end), "分之"); ok {
				if num, ok := parseZhInt(rs, skipSpaces(rs, e)); ok {
					return doc.Figure{Span: doc.Span{Start: i, End: num.end}, Kind: "percent", Unit: "%", Value: num.v * 100 / den.v}, true
				}
			}
		}
	}
	// 五五折, 三八折: two digits before 折 read as a two-digit percent.
	if d1, ok := zhDigits[at(rs, i)]; ok && d1 > 0 && !isZhNumeral(at(rs, i-1)) {
		if d2, ok := zhDigits[at(rs, i+1)]; ok && at(rs, i+2) == '折' && rs[i+1] != '两' {
			return doc.Figure{Span: doc.Span{Start: i, End: i + 3}, Kind: "percent", Unit: "%", Value: d1*10 + d2}, true
		}
	}
	if hasPrefixAt(rs, i, "一半") && !isZhNumeral(at(rs, i-1)) {
		return doc.Figure{Span: doc.Span{Start: i, End: i + 2}, Kind: "percent", Unit: "%", Value: 50}, true
	}
	if (hasPrefixAt(rs, i, "半成") || hasPrefixAt(rs, i, "半折")) && !isZhNumeral(at(rs, i-1)) {
		v := 5.0
		if rs[i+1] == '折' {
			v = 50
		}
		return doc.Figure{Span: doc.Span{Start: i, End: i + 2}, Kind: "percent", Unit: "%", Value: v}, true
	}
	if hasPrefixAt(rs, i, "对折") && at(rs, i-1) == '打' {
		return doc.Figure{Span: doc.Span{Start: i, End: i + 2}, Kind: "percent", Unit: "%", Value: 50}, true
	}
	// nearly half of, a quarter of, two thirds of: a share in words.
	if isLetter(at(rs, i)) && !isLetter(at(rs, i-1)) && internEn(rs[i:wordEnd(rs, i)]) != "~" {
		f, e := 0.0, i
		if hasPrefixAt(rs, i, "half") && !isLetter(at(rs, i+4)) {
			f, e = 0.5, i+4
		} else if num, den, e2, ok := enFractionPhrase(rs, i); ok && num < den {
			f, e = num/den, e2
		}
		if f > 0 && hasPrefixAt(rs, skipSpaces(rs, e), "of ") && skipSpaces(rs, e) > e {
			return doc.Figure{Span: doc.Span{Start: i, End: e}, Kind: "percent", Unit: "%", Value: math.Round(f*1e8) / 1e6}, true
		}
	}
	// percent of 10, per cent of twenty-two
	for _, w := range []string{"per cent of ", "percents of ", "percent of "} {
		if hasPrefixAt(rs, i, w) && !isLetter(at(rs, i-1)) {
			k := skipSpaces(rs, i+len(w))
			if v, e, ok := sc.englishOrArabic(k); ok {
				return doc.Figure{Span: doc.Span{Start: i, End: e}, Kind: "percent", Unit: "%", Value: v}, true
			}
		}
	}
	return doc.Figure{}, false
}

// isBareUnit reports the units a bare numeral (parseZhInt's zhNum.bare)
// starts with: a unit above ten.
func isBareUnit(r rune) bool {
	switch r {
	case '百', '佰', '千', '仟', '万', '亿', '兆':
		return true
	}
	return false
}

// moneyPrefix reads an amount with the currency before it: $510 billion,
// US$25.25 billion, RMB 10 million, 人民币8亿元, € 2 million.
func (sc *scanner) moneyPrefix(i int) (doc.Figure, bool) {
	rs := sc.rs
	c, e, ok := matchCurrency(rs, i, prefixCurrencies)
	if !ok {
		return doc.Figure{}, false
	}
	if isLetter(rs[i]) && isLetter(at(rs, i-1)) {
		return doc.Figure{}, false
	}
	k := skipSpaces(rs, e)
	if k-e > 2 {
		return doc.Figure{}, false
	}
	// The currency code must be glued or spaced, never a word of the text:
	// "rs" and "rm" need a number right after them.
	n, ok := sc.numberAt(k)
	if !ok || n.v < 0 && c.word != "$" {
		return doc.Figure{}, false
	}
	if c.sub > 0 { // MAUD 60: sixty million dollars
		n.v *= c.sub
	}
	f := doc.Figure{Span: doc.Span{Start: i, End: n.End}, Kind: "money", Unit: c.iso, Value: n.v, Approx: n.approx}
	// 港币三个一毫四: after a currency, Cantonese 个 is the main unit.
	if at(rs, n.End) == '个' && (isZhNumeral(at(rs, n.End+1)) || at(rs, n.End+1) == '半') {
		f.Value, f.End = sc.zhSubunits(n.v, n.End+1, currency{word: "个"})
		return f, true
	}
	// 人民币8亿元, $ 10 dollars: a repeated currency after the amount (not
	// the currency of the next amount: $ 20.00 $ 37.97).
	k2 := skipSpaces(sc.rs, n.End)
	if c2, e2, ok := matchCurrency(rs, k2, suffixCurrencies); ok && (c2.iso == c.iso || c2.word == "元") && c2.sub == 0 && currencyFits(rs, k2, e2, c2) && !startsNumeral(rs, skipSpaces(rs, e2)) {
		f.End = e2
		f.Value, f.End = sc.addSubunits(n.v, e2, c2)
		return f, true
	}
	// a range: $10-$20, US$3 and fourteen
	if sep := rangeSeparator(rs, i, n.End); sep > n.End {
		k3 := sep
		if c3, e3, ok := matchCurrency(rs, k3, prefixCurrencies); ok && c3.iso == c.iso {
			k3 = skipSpaces(rs, e3)
		}
		if hi, ok := sc.numberAt(k3); ok && hi.v > n.v {
			f.End = hi.End
			f.ValueMin, f.ValueMax = n.v, hi.v
			return f, true
		}
	}
	v, end := sc.addSubunits(n.v, n.End, c)
	f.Value, f.End = v, end
	return f, true
}

// rangeSeparator returns the index after a range separator at e (1万-5万,
// 2000至3000, 10 to 20), or e when there is none. After "between" (the
// range starting at start), "and" separates too: between 10 and 20 dollars.
// A change (rose from 10 to 20, 从10增至20) is not a range.
func rangeSeparator(rs []rune, start, e int) int {
	k := skipSpaces(rs, e)
	switch at(rs, k) {
	case '-', '—', '–', '~', '～', '至', '到':
		if at(rs, k) == '-' && k > e && !isSpace(at(rs, k+1)) {
			return e // "3 -5" is a sign
		}
		if (at(rs, k) == '至' || at(rs, k) == '到') && changeBefore(rs, start) {
			return e
		}
		return skipSpaces(rs, k+1)
	}
	if hasPrefixAt(rs, k, "to ") && k > e && !changeBefore(rs, start) {
		return skipSpaces(rs, k+3)
	}
	if hasPrefixAt(rs, k, "and ") && k > e {
		if _, ok := matchBefore(rs, start, []string{"between"}); ok {
			return skipSpaces(rs, k+4)
		}
	}
	return e
}

// changeWords say that "from X to Y" is a change, not a range.
var changeWords = newWordList("rose", "rise", "risen", "grew", "grow", "increase", "jump", "climb", "fell", "fall",
	"drop", "declin", "decreas", "up", "down", "surge", "cut", "rais", "增", "降", "减", "涨", "升", "跌", "提高", "扩大")

// changeBefore reports whether a change word stands shortly before start
// (in the same clause).
func changeBefore(rs []rune, start int) bool {
	s := start - 24
	if s < 0 {
		s = 0
	}
	for k := start - 1; k >= s; k-- {
		if isSentenceEnd(rs, k) || rs[k] == ',' || rs[k] == '，' {
			s = k + 1
			break
		}
	}
	return changeWords.in(rs, s, start)
}
