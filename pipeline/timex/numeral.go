package timex

import (
	"strconv"
	"strings"
)

// zhDigit maps the Chinese digit characters used in dates to their values.
var zhDigit = map[rune]int{
	'〇': 0, '零': 0, '○': 0, 'Ｏ': 0, 'O': 0, '0': 0,
	'一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5,
	'六': 6, '七': 7, '八': 8, '九': 9,
}

// foldDigits turns full-width digits into ASCII ones so strconv can read them.
func foldDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '０' && r <= '９' }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// smallNumber reads a small number written with Arabic digits (half- or
// full-width) or Chinese numerals up to 99 (十二, 三十一, 廿五, 两). It returns
// -1 when s is not such a number.
func smallNumber(s string) int {
	if s == "" {
		return -1
	}
	if n, err := strconv.Atoi(foldDigits(s)); err == nil {
		return n
	}
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1 && rs[0] == '廿':
		return 20
	case len(rs) == 1 && rs[0] == '卅':
		return 30
	}
	total, cur := 0, -1
	for _, r := range rs {
		switch {
		case r == '十':
			if cur < 0 {
				cur = 1
			}
			total += cur * 10
			cur = -1
		case r == '廿':
			total += 20
		case r == '卅':
			total += 30
		default:
			d, ok := zhDigit[r]
			if !ok {
				return -1
			}
			if cur >= 0 { // two digits in a row without 十: 二五 is not a number here
				return -1
			}
			cur = d
		}
	}
	if cur > 0 {
		total += cur
	}
	return total
}

// yearNumber reads a year written digit by digit: 2025, 二〇二五, 二零二五,
// and two-digit forms (零八 → 2008, 98 → 1998); -1 when s is not a year.
func yearNumber(s string) int {
	s = foldDigits(s)
	digits := make([]int, 0, 4)
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits = append(digits, int(r-'0'))
		default:
			d, ok := zhDigit[r]
			if !ok {
				return -1
			}
			digits = append(digits, d)
		}
	}
	n := 0
	for _, d := range digits {
		n = n*10 + d
	}
	switch len(digits) {
	case 4:
		return n
	case 2:
		if n < 50 {
			return 2000 + n
		}
		return 1900 + n
	}
	return -1
}

// yearFields returns fields holding the year s, marked as two-digit (yy)
// when s has two digits, so that resolve reads it against the reference
// (pivotYear); hasY is false when s is no year.
func yearFields(s string) fields {
	y := yearNumber(s)
	if y < 0 {
		return fields{}
	}
	return fields{y: y, hasY: true, yy: len([]rune(s)) == 2}
}

// enNumbers holds English number words used in dates and relative phrases.
var enNumbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "couple": 2, "few": 3,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// enCountWords are the English number words a count of days, weeks,
// months or years is written with ("the next forty days", "twenty-one
// days after"), for the patterns (without the leading "one", "a" and
// digits each pattern lists itself).
const enCountWords = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|` +
	`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`

// enNumber reads "16", "16th", "sixteenth", "twenty-first", "twenty first".
// It returns -1 when s is not such a number.
func enNumber(s string) int {
	s = strings.ToLower(strings.TrimSpace(foldDigits(s)))
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if t, ok := strings.CutSuffix(s, suf); ok && t != "" && t[len(t)-1] >= '0' && t[len(t)-1] <= '9' {
			s = t
			break
		}
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if n, ok := enNumbers[s]; ok {
		return n
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' })
	if len(f) == 2 {
		a, ok1 := enNumbers[f[0]]
		b, ok2 := enNumbers[f[1]]
		if ok1 && ok2 && a%10 == 0 && a >= 20 && b < 10 {
			return a + b
		}
	}
	return -1
}
