package figure

import (
	"math"
	"strconv"
)

// parseArabic reads an Arabic-digit number at rs[i]: digits with optional
// thousands groups (1,234,567), a decimal part (4351.1, .5), and an exponent
// (1e10, 2.5^-1). rs must be folded. It returns the value and the end index;
// ok is false when no number starts at i. The caller checks what precedes i.
func parseArabic(rs []rune, i int) (v float64, end int, ok bool) {
	j := i
	var arr [64]byte
	buf := arr[:0]
	for j < len(rs) && isDigit(rs[j]) {
		buf = append(buf, byte(rs[j]))
		j++
	}
	if n := len(buf); n > 0 && n <= 2 {
		// Indian grouping: 12,34,567.89
		if e, ok := indianGroups(rs, j); ok {
			for _, r := range rs[j:e] {
				if r != ',' {
					buf = append(buf, byte(r))
				}
			}
			j = e
		}
	}
	if n := len(buf); n > 0 && n <= 3 && at(rs, j) == ' ' {
		// Space groups: 1 234 567, 40 000 (a narrow no-break space folds to
		// a space).
		for at(rs, j) == ' ' && isDigit(at(rs, j+1)) && isDigit(at(rs, j+2)) && isDigit(at(rs, j+3)) && !isDigit(at(rs, j+4)) && at(rs, j+4) != '/' && at(rs, j+4) != ',' {
			buf = append(buf, byte(rs[j+1]), byte(rs[j+2]), byte(rs[j+3]))
			j += 4
		}
	}
	if len(buf) > 0 {
		// Thousands groups: a comma followed by exactly three digits.
		for at(rs, j) == ',' && isDigit(at(rs, j+1)) && isDigit(at(rs, j+2)) && isDigit(at(rs, j+3)) && !isDigit(at(rs, j+4)) {
			buf = append(buf, byte(rs[j+1]), byte(rs[j+2]), byte(rs[j+3]))
			j += 4
		}
	}
	if at(rs, j) == '.' && isDigit(at(rs, j+1)) {
		// A second dot right after the decimals (192.168.1.2, 2222.2222.2)
		// makes this a dotted code, not a decimal: stop before the dot.
		k := j + 1
		for k < len(rs) && isDigit(rs[k]) {
			k++
		}
		if !(at(rs, k) == '.' && isDigit(at(rs, k+1))) || len(buf) == 0 {
			buf = append(buf, '.')
			for _, r := range rs[j+1 : k] {
				buf = append(buf, byte(r))
			}
			j = k
		}
	}
	if len(buf) == 0 || (len(buf) == 1 && buf[0] == '.') {
		return 0, i, false
	}
	if buf[0] == '.' {
		buf = append([]byte{'0'}, buf...)
	}
	v, err := atof(buf)
	if err != nil {
		return 0, i, false
	}
	// Exponent: 1e10, 12.32e+14, -12e-1 (not followed by a letter).
	if at(rs, j) == 'e' {
		if e, k, ok := exponentAt(rs, j+1); ok && !isLetter(at(rs, k)) && !isDigit(at(rs, k)) {
			v *= math.Pow(10, e)
			j = k
		}
	}
	// Scientific: 1.3x10^6, 6.23×10^-4.
	if (at(rs, j) == 'x' || at(rs, j) == '×') && hasPrefixAt(rs, j+1, "10^") {
		if e, k, ok := exponentAt(rs, j+4); ok {
			v *= math.Pow(10, e)
			j = k
		}
	}
	// Power: 2^5, 1.1^+23, 2.5^-1.
	if at(rs, j) == '^' {
		k := j + 1
		sign := 1.0
		for at(rs, k) == '+' || at(rs, k) == '-' {
			if rs[k] == '-' {
				sign = -sign
			}
			k++
		}
		if isDigit(at(rs, k)) {
			e := 0
			for k < len(rs) && isDigit(rs[k]) && e < 400 {
				e = e*10 + int(rs[k]-'0')
				k++
			}
			v = math.Pow(v, sign*float64(e))
			j = k
		}
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, i, false
	}
	return v, j, true
}

// atof is strconv.ParseFloat for digits with at most one dot: without
// converting to a string when the digits fit in 53 bits and there are at
// most 22 decimals, where the quotient of two exact floats is the correctly
// rounded value ParseFloat returns.
func atof(buf []byte) (float64, error) {
	var m uint64
	decimals, dot := 0, false
	for _, c := range buf {
		switch {
		case c == '.' && !dot:
			dot = true
		case c >= '0' && c <= '9' && m < 1<<53/10:
			m = m*10 + uint64(c-'0')
			if dot {
				decimals++
			}
		default:
			return strconv.ParseFloat(string(buf), 64)
		}
	}
	if decimals > 22 {
		return strconv.ParseFloat(string(buf), 64)
	}
	return float64(m) / pow10[decimals], nil
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [23]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// indianGroups matches the lakh grouping after one or two digits at j:
// (,dd)+ then ,ddd (12,34,567). It returns the end.
func indianGroups(rs []rune, j int) (int, bool) {
	k, pairs := j, 0
	for at(rs, k) == ',' && isDigit(at(rs, k+1)) && isDigit(at(rs, k+2)) && at(rs, k+3) == ',' {
		k += 3
		pairs++
	}
	if pairs == 0 || !(at(rs, k) == ',' && isDigit(at(rs, k+1)) && isDigit(at(rs, k+2)) && isDigit(at(rs, k+3)) && !isDigit(at(rs, k+4))) {
		return j, false
	}
	return k + 4, true
}

// vulgarFractions are the single-character fractions (⅔, ¾).
var vulgarFractions = map[rune]float64{
	'½': 1.0 / 2, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '¼': 1.0 / 4, '¾': 3.0 / 4, '⅕': 1.0 / 5, '⅖': 2.0 / 5,
	'⅗': 3.0 / 5, '⅘': 4.0 / 5, '⅙': 1.0 / 6, '⅚': 5.0 / 6, '⅛': 1.0 / 8, '⅜': 3.0 / 8, '⅝': 5.0 / 8,
	'⅞': 7.0 / 8, '⅐': 1.0 / 7, '⅑': 1.0 / 9, '⅒': 1.0 / 10,
}

// letterScale reads a scale suffix written right after a number (10k, 1.2M,
// 3.5bn) or after one space (2.33 k). The suffix must end at a non-letter.
// A lone lower-case m directly attached is metres, not millions (1m).
func letterScale(rs []rune, orig []rune, j int) (mul float64, end int) {
	k := skipSpaces(rs, j)
	for _, s := range letterScales {
		if !hasPrefixAt(rs, k, s.word) || isLetter(at(rs, k+runeLen(s.word))) {
			continue
		}
		if s.word == "m" && k == j && at(orig, k) == 'm' {
			continue
		}
		if k > j && len(s.word) == 1 && s.word != "k" && s.word != "m" && !(s.word == "g" && at(orig, k) == 'G') {
			continue // a spaced G (1,674.5 G) is giga only in capitals
		}
		return s.mul, k + runeLen(s.word)
	}
	return 1, j
}

var letterScales = []struct {
	word string
	mul  float64
}{
	{"bln", 1e9}, {"bn", 1e9}, {"tln", 1e12}, {"tn", 1e12}, {"mln", 1e6}, {"mn", 1e6},
	{"mil", 1e6}, {"mm", 1e6}, {"k", 1e3}, {"m", 1e6}, {"g", 1e9}, {"b", 1e9},
}

// exponentAt reads a signed decimal exponent at k (+14, -4, 10): its value
// and where it ends; ok is false when no digit follows the sign.
func exponentAt(rs []rune, k int) (exp float64, end int, ok bool) {
	sign := 1.0
	if at(rs, k) == '+' || at(rs, k) == '-' {
		if rs[k] == '-' {
			sign = -1
		}
		k++
	}
	if !isDigit(at(rs, k)) {
		return 0, k, false
	}
	e := 0
	for k < len(rs) && isDigit(rs[k]) && e < 400 {
		e = e*10 + int(rs[k]-'0')
		k++
	}
	return sign * float64(e), k, true
}
