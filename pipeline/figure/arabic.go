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
	var buf []byte
	for j < len(rs) && isDigit(rs[j]) {
		buf = append(buf, byte(rs[j]))
		j++
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
	v, err := strconv.ParseFloat(string(buf), 64)
	if err != nil {
		return 0, i, false
	}
	// Exponent: 1e10, 12.32e+14, -12e-1 (not followed by a letter).
	if at(rs, j) == 'e' {
		k := j + 1
		sign := 1.0
		if at(rs, k) == '+' || at(rs, k) == '-' {
			if rs[k] == '-' {
				sign = -1
			}
			k++
		}
		if isDigit(at(rs, k)) {
			e := 0
			for k < len(rs) && isDigit(rs[k]) && e < 400 {
				e = e*10 + int(rs[k]-'0')
				k++
			}
			if !isLetter(at(rs, k)) && !isDigit(at(rs, k)) {
				v *= math.Pow(10, sign*float64(e))
				j = k
			}
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

// letterScale reads a scale suffix written right after a number (10k, 1.2M,
// 3.5bn) or after one space (2.33 k). The suffix must end at a non-letter.
// A lone lower-case m directly attached is metres, not millions (1m).
func letterScale(rs []rune, orig []rune, j int) (mul float64, end int) {
	k := j
	if isSpace(at(rs, k)) {
		k++
	}
	for _, s := range letterScales {
		if !hasPrefixAt(rs, k, s.word) || isLetter(at(rs, k+runeLen(s.word))) {
			continue
		}
		if s.word == "m" && k == j && at(orig, k) == 'm' {
			continue
		}
		if k > j && len(s.word) == 1 && s.word != "k" && s.word != "m" {
			continue
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
