package timex

import (
	"regexp"
	"strconv"
)

// numericRules read dates written with digits and separators, in any language.
var numericRules = []rule{
	// 2025-05-24, 2025-05-24 06:31, 2025/5/24, 2025.05.24
	{regexp.MustCompile(`(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?)?`), buildISO, trigger{keys("#sep"), 0, 24}},
	// 10/31/1974, 3/3/15, 1/2/2020
	{regexp.MustCompile(`(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b`), buildSlashDate, trigger{keys("#sep"), 0, 8}},
	// 2014-10, 2014/10
	{regexp.MustCompile(`(\d{4})[-/](\d{1,2})\b`), buildYearMonth, trigger{keys("#sep"), 0, 4}},
	// on 2/15
	{regexp.MustCompile(`(?i)\bon\s+(\d{1,2})/(\d{1,2})\b`), buildOnSlash, trigger{keys("#sep"), 4, 6}},
}

func buildISO(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if sc.group(m, 2) != sc.group(m, 4) {
		return e, false
	}
	y, _ := strconv.Atoi(sc.group(m, 1))
	mo, _ := strconv.Atoi(sc.group(m, 3))
	d, _ := strconv.Atoi(sc.group(m, 5))
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return e, false
	}
	e.f = fields{y: y, hasY: true, m: mo, hasM: true, d: d, hasD: true}
	return e, true
}

func buildSlashDate(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	a, _ := strconv.Atoi(sc.group(m, 1))
	b, _ := strconv.Atoi(sc.group(m, 2))
	ys := sc.group(m, 3)
	y := yearNumber(ys)
	mo, d := a, b // US order
	if a > 12 || (sc.han && b <= 12) {
		mo, d = b, a // day first: 31/10/1974, and in Chinese text
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || y < 0 {
		return e, false
	}
	e.f = fields{y: y, hasY: true, m: mo, hasM: true, d: d, hasD: true}
	return e, true
}

func buildYearMonth(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	y, _ := strconv.Atoi(sc.group(m, 1))
	mo, _ := strconv.Atoi(sc.group(m, 2))
	if mo < 1 || mo > 12 || y < 1800 || y > 2199 {
		return e, false
	}
	if len(sc.s) > m[1] && (sc.s[m[1]] == '-' || sc.s[m[1]] == '/') {
		return e, false
	}
	e.f = fields{y: y, hasY: true, m: mo, hasM: true}
	return e, true
}

func buildOnSlash(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[2], end: m[1]}
	mo, _ := strconv.Atoi(sc.group(m, 1))
	d, _ := strconv.Atoi(sc.group(m, 2))
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return e, false
	}
	e.f = fields{m: mo, hasM: true, d: d, hasD: true}
	return e, true
}
