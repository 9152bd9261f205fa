package figure

import "math"

// zhDigits maps Chinese digits (plain and financial forms, folded) to values.
var zhDigits = map[rune]float64{
	'零': 0, '〇': 0, '一': 1, '壹': 1, '二': 2, '贰': 2, '弍': 2, '两': 2,
	'三': 3, '叁': 3, '四': 4, '肆': 4, '五': 5, '伍': 5, '六': 6, '陆': 6,
	'七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9, '参': 3,
}

// zhSmall are the units below ten thousand; zhTens are the contracted tens.
var zhSmall = map[rune]float64{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}
var zhTens = map[rune]float64{'廿': 20, '卅': 30, '卌': 40}

// zhBig are the section units.
var zhBig = map[rune]float64{'万': 1e4, '亿': 1e8, '兆': 1e12}

// zhNumerals is every rune of the four tables above, for one lookup.
var zhNumerals = func() map[rune]bool {
	m := map[rune]bool{}
	for _, t := range []map[rune]float64{zhDigits, zhSmall, zhTens, zhBig} {
		for r := range t {
			m[r] = true
		}
	}
	return m
}()

func isZhNumeral(r rune) bool {
	return r >= 0x3007 && zhNumeralBits.Has(r) // all numerals are CJK (〇 is U+3007)
}

// zhNum is one parsed Chinese or mixed numeral.
type zhNum struct {
	v      float64
	end    int
	approx bool // 余/多/几 inside the numeral (十多万)
	units  bool // a unit character was used
	han    bool // a Chinese character was used
	// bare is true for a unit with no digit before it (百, 千, 万): such a
	// numeral cannot be the denominator of a fraction (百分之五 is a percent).
	bare bool
}

// parseZhInt reads an unsigned Chinese, Arabic or mixed numeral at rs[i]
// (一万五千, 1.64万, 3433亿, 两千四百五, 二〇二五, 拾万零五十六点叁叁). Spaces are
// skipped between tokens when one side is a Chinese character.
func parseZhInt(rs []rune, i int) (zhNum, bool) {
	var n zhNum
	// Digit strings without units: 二〇二五 (a year) is positional; two
	// plain digits side by side (二三十, 两两) are an estimate, not a number.
	if dv, ok := zhDigits[at(rs, i)]; ok {
		_, next := zhDigits[at(rs, i+1)]
		if next && at(rs, i) != '零' {
			k := i
			v := 0.0
			zero := false
			for k < len(rs) {
				x, ok := zhDigits[rs[k]]
				if !ok {
					break
				}
				if rs[k] == '〇' || rs[k] == '零' {
					zero = true
				}
				v = v*10 + x
				k++
			}
			_, unit := zhSmall[at(rs, k)]
			_, big := zhBig[at(rs, k)]
			if !unit && !big && (zero || k-i >= 4) {
				return zhNum{v: v, end: k, han: true}, true
			}
			if !unit && !big || k-i > 2 {
				return zhNum{end: k}, false
			}
			if k-i == 2 && unit {
				// 二三十, 两三百: an estimate between two values.
				return zhNum{end: k + 1}, false
			}
			_ = dv
		}
	}

	var (
		acc, small float64
		d          = -1.0 // pending digit value, -1 when none
		dSingle    bool   // the pending value is one digit
		lastUnit   float64
		lastBig    float64
		minSmall   = 1e4
		zero       bool
		tokens     int
		end        = i
		j          = i
		prevHan    bool
	)
	flush := func() float64 { // the pending digit, contracted (两千四百五 → 50)
		if d < 0 {
			return 0
		}
		if dSingle && !zero && lastUnit >= 100 {
			return d * lastUnit / 10
		}
		return d
	}
	for {
		k := j
		if tokens > 0 {
			k = skipSpaces(rs, j)
			if k > j && !prevHan && !isHan(at(rs, k)) {
				break
			}
		}
		r := at(rs, k)
		if dv, ok := zhDigits[r]; ok {
			if d >= 0 {
				break // two digits in a row after units: 一万二三千
			}
			if r == '零' || r == '〇' {
				if tokens == 0 {
					// 零 alone, 零点五, 零十
					d, dSingle = 0, true
				}
				zero = true
				if tokens > 0 {
					tokens++
					j, end, prevHan = k+1, k+1, true
					n.han = true
					continue
				}
			} else {
				d, dSingle = dv, true
			}
			tokens++
			j, end, prevHan = k+1, k+1, true
			n.han = true
			continue
		}
		if isDigit(r) || (r == '.' && isDigit(at(rs, k+1))) {
			if d >= 0 || (tokens > 0 && lastUnit == 0 && !zero) {
				break
			}
			v, e, ok := parseArabic(rs, k)
			if !ok {
				break
			}
			d, dSingle = v, e == k+1
			tokens++
			j, end, prevHan = e, e, false
			continue
		}
		if tv, ok := zhTens[r]; ok {
			if d >= 0 || tv >= minSmall {
				break
			}
			small += tv
			lastUnit, minSmall = 10, 10
			zero = false
			tokens++
			j, end, prevHan = k+1, k+1, true
			n.han, n.units = true, true
			continue
		}
		if u, ok := zhSmall[r]; ok {
			if u >= minSmall {
				break
			}
			if d < 0 {
				if tokens > 0 && !zero && u != 10 {
					break
				}
				if tokens == 0 {
					n.bare = u != 10
				}
				d = 1
			} else if d == 0 && zero && small == 0 && acc == 0 {
				d = 1 // 零十 = 10
			} else if d == 0 && !dSingle {
				break
			}
			small += d * u
			d, dSingle = -1, false
			lastUnit, minSmall = u, u
			zero = false
			tokens++
			j, end, prevHan = k+1, k+1, true
			n.han, n.units = true, true
			continue
		}
		if u, ok := zhBig[r]; ok {
			group := small
			if lastUnit < 1e4 {
				group += flush() // 百二万 = 120万
			} else if d >= 0 {
				group += d // 5亿1万: no contraction after a section unit
			}
			if tokens == 0 {
				// 万 alone is not a number; 萬九 is 19000.
				if _, ok := zhDigits[at(rs, k+1)]; !ok || at(rs, k+1) == '零' {
					break
				}
				group = 1
				n.bare = true
			}
			switch {
			case group == 0 && lastBig > 0 && u <= lastBig && d < 0 && small == 0 && prevBig(rs, k):
				acc *= u // 万万, 万亿
				lastBig = acc
			case group == 0 && tokens > 0 && !prevBig(rs, k):
				goto done
			case lastBig == 0 || u > lastBig:
				acc = (acc + group) * u
				lastBig = u
			default:
				acc += group * u
				lastBig = u
			}
			small, d, dSingle, zero = 0, -1, false, false
			lastUnit, minSmall = u, 1e4
			tokens++
			j, end, prevHan = k+1, k+1, true
			n.han, n.units = true, true
			continue
		}
		if (r == '余' || r == '多' || r == '几') && tokens > 0 {
			// 十多万, 500余万, 二十几万: an approximate part before a section unit.
			k2 := skipSpaces(rs, k+1)
			if _, b := zhBig[at(rs, k2)]; b {
				n.approx = true
				tokens++
				j, end, prevHan = k+1, k+1, true
				continue
			}
			break
		}
		if r == '点' && tokens > 0 {
			k2 := skipSpaces(rs, k+1)
			frac, e := zhFraction(rs, k2)
			if e == k2 {
				break
			}
			if acc == 0 && small == 0 && d >= 0 {
				d += frac
				dSingle = false
				tokens++
				j, end, prevHan = e, e, true
				continue
			}
			v := acc + small + flush() + frac
			return finish(n, v, e), true
		}
		break
	}
done:
	if tokens == 0 || n.bare && tokens == 1 {
		return n, false
	}
	return finish(n, acc+small+flush(), end), true
}

func finish(n zhNum, v float64, end int) zhNum {
	n.v, n.end = v, end
	return n
}

// prevBig reports whether the token before position k (skipping spaces and
// an approximation) is a section unit.
func prevBig(rs []rune, k int) bool {
	k--
	for k >= 0 && (isSpace(rs[k]) || rs[k] == '多' || rs[k] == '余' || rs[k] == '几') {
		k-- // 三十万多亿: the approximation sits between two section units
	}
	_, ok := zhBig[at(rs, k)]
	return ok
}

// zhFraction reads the digits after 点 (五五四四, 33, 零五零) and returns their
// value as a fraction and the end index; end == i when there are none. 两 is
// not a decimal digit (一点两 is not 1.2).
func zhFraction(rs []rune, i int) (float64, int) {
	v, scale := 0.0, 0.1
	k := i
	for k < len(rs) {
		r := rs[k]
		var x float64
		if dv, ok := zhDigits[r]; ok && r != '两' {
			x = dv
		} else if isDigit(r) {
			x = float64(r - '0')
		} else if isSpace(r) && k > i && k+1 < len(rs) && (isZhDigitNot2(rs[k+1])) {
			k++
			continue
		} else {
			break
		}
		v += x * scale
		scale /= 10
		k++
	}
	for k > i && isSpace(rs[k-1]) {
		k--
	}
	return math.Round(v*1e12) / 1e12, k
}

func isZhDigitNot2(r rune) bool {
	_, ok := zhDigits[r]
	return ok && r != '两'
}

// parseZhSigned reads a numeral with an optional sign (负, -) and an optional
// fraction (三分之一, 五百分之2333, 三百五又三分之一).
func parseZhSigned(rs []rune, i int) (zhNum, bool) {
	start := i
	neg := false
	if r := at(rs, i); r == '负' || r == '-' || r == '−' {
		k := skipSpaces(rs, i+1)
		for at(rs, k) == '-' { // －－9
			k++
		}
		if startsNumeral(rs, k) {
			neg, i = true, k
		}
	}
	n, ok := parseZhInt(rs, i)
	if !ok {
		return n, false
	}
	if f, ok := parseFractionAfter(rs, n); ok {
		n = f
	} else if k := skipSpaces(rs, n.end); at(rs, k) == '又' {
		if f, ok := parseZhFraction(rs, skipSpaces(rs, k+1)); ok {
			f.v += n.v
			n = f
		}
	}
	if neg {
		n.v = -n.v
	}
	_ = start
	return n, true
}

// parseFractionAfter reads "分之B" after the denominator d.
func parseFractionAfter(rs []rune, d zhNum) (zhNum, bool) {
	k := skipSpaces(rs, d.end)
	if at(rs, k) != '分' {
		return d, false
	}
	k = skipSpaces(rs, k+1)
	if at(rs, k) != '之' {
		return d, false
	}
	if d.bare || d.v == 0 {
		return d, false
	}
	k = skipSpaces(rs, k+1)
	neg := false
	if at(rs, k) == '负' {
		neg = true
		k = skipSpaces(rs, k+1)
	}
	num, ok := parseZhInt(rs, k)
	if !ok {
		return d, false
	}
	v := num.v / d.v
	if neg {
		v = -v
	}
	return zhNum{v: v, end: num.end, han: true, units: true}, true
}

// parseZhFraction reads a complete fraction A分之B at i.
func parseZhFraction(rs []rune, i int) (zhNum, bool) {
	d, ok := parseZhInt(rs, i)
	if !ok {
		return d, false
	}
	return parseFractionAfter(rs, d)
}

// startsNumeral reports whether a numeral (Arabic or Chinese) starts at i.
func startsNumeral(rs []rune, i int) bool {
	r := at(rs, i)
	return isDigit(r) || isZhNumeral(r) || (r == '.' && isDigit(at(rs, i+1)))
}
