package timex

import (
	"regexp"
	"strconv"
	"strings"
)

// numericRules read dates written with digits and separators, in any language.
var numericRules = []rule{
	// 2025-05-24, 2025-05-24 06:31, 2025/5/24, 2025.05.24
	{regexp.MustCompile(`(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?)?`), buildISO, trigger{keys("#4sep"), 0, 24, "", "", nil}},
	// 10/31/1974, 3/3/15, 1/2/2020
	{regexp.MustCompile(`(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b`), buildSlashDate, trigger{keys("#/"), 0, 8, "", "", nil}},
	// 10-31-1974, 02-02-2020, 10.31.1974 (a four-digit year: 12-11-10 is no date)
	{regexp.MustCompile(`(\d{1,2})([-.])(\d{1,2})([-.])(\d{4})\b`), buildDashDate, trigger{keys("#md"), 0, 12, "", "", nil}},
	// 10-31-74, and yy-mm-dd in Chinese text: 12-11-10
	{regexp.MustCompile(`\b(\d{1,2})-(\d{1,2})-(\d{2})\b`), buildDashDateYY, trigger{keys("#md"), 0, 8, "", "", nil}},
	// 2014-10, 2014/10
	{regexp.MustCompile(`(\d{4})[-/](\d{1,2})\b`), buildYearMonth, trigger{keys("#4sep"), 0, 4, "", "", nil}},
	// on 2/15, from 10/1 to 11/7, 5/1-5/7, this 5/12, on 22/04
	{regexp.MustCompile(`(?i)(?:\b(on|from|between|by|until|till|since|to|and|this|next)\s+)?\b(\d{1,2})/(\d{1,2})\b`), buildMonthDaySlash, trigger{keys("#/"), 8, 6, "", "", nil}},
	// 20161016
	{regexp.MustCompile(`\b(19\d\d|20\d\d)(\d\d)(\d\d)\b`), buildCompactDate, trigger{keys("#8"), 0, 0, "", "", nil}},
}

// slashRangeRe follows the first end of a range of month/day dates: "-11/7", " to 11/7".
var slashRangeRe = regexp.MustCompile(`(?i)^\s*(?:-|to|till|until|through)\s*\d{1,2}/\d{1,2}\b`)

// slashRangeEndRe precedes the second end: "10/1-", "10/1 to ".
var slashRangeEndRe = regexp.MustCompile(`(?i)\b\d{1,2}/\d{1,2}\s*(?:-|to|till|until|through)\s*$`)

// buildMonthDaySlash reads a month/day without year (US order; day first
// when the first number cannot be a month). A bare "2/15" is as often a
// fraction or a score as a date, so it needs a cue: a preposition before
// (on, from, by, until, since, this, next) or another month/day it forms a
// range with (10/1-11/7, from 10/1 to 11/7). English text only.
func buildMonthDaySlash(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[4], end: m[1]}
	if _, han := sc.sentenceScript(m[4]); han {
		return e, false
	}
	if rest := sc.s[m[1]:]; len(rest) > 1 && rest[0] == '/' && isDigit(rune(rest[1])) {
		return e, false // 10/31/1974 is read by buildSlashDate
	}
	cue := strings.ToLower(sc.group(m, 1))
	if cue == "" || cue == "to" || cue == "and" {
		lo := sc.window(0, m[4])
		if !slashRangeRe.MatchString(sc.s[m[1]:min(len(sc.s), m[1]+24)]) && !slashRangeEndRe.MatchString(sc.s[lo:m[4]]) {
			return e, false
		}
	}
	a, _ := strconv.Atoi(sc.group(m, 2))
	b, _ := strconv.Atoi(sc.group(m, 3))
	mo, d := a, b
	if a > 12 {
		mo, d = b, a
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return e, false
	}
	e.f = fields{m: mo, hasM: true, d: d, hasD: true}
	switch cue {
	case "this":
		e.start = m[2]
		e.f.y, e.f.yRel, e.f.hasY = 0, true, true
	case "next":
		e.start = m[2]
		e.f.y, e.f.yRel, e.f.hasY = 1, true, true
	}
	return e, true
}

// buildCompactDate reads 20161016 (an eight-digit run that is a valid date
// of 1900-2099).
func buildCompactDate(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	y, _ := strconv.Atoi(sc.group(m, 1))
	mo, _ := strconv.Atoi(sc.group(m, 2))
	d, _ := strconv.Atoi(sc.group(m, 3))
	if mo < 1 || mo > 12 || d < 1 || d > monthEnd(y, mo).Day {
		return e, false
	}
	e.f = fields{y: y, hasY: true, m: mo, hasM: true, d: d, hasD: true}
	return e, true
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
	f := yearFields(sc.group(m, 3))
	mo, d := a, b // US order
	if a > 12 || (sc.han && b <= 12) {
		mo, d = b, a // day first: 31/10/1974, and in Chinese text
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || !f.hasY {
		return e, false
	}
	f.m, f.hasM, f.d, f.hasD = mo, true, d, true
	e.f = f
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

// dashDateEndRe is a whole dashed date and the dash of a range before a
// second one: "10-1-2018-" in 10-1-2018-10-7-2018.
var dashDateEndRe = regexp.MustCompile(`(?:^|[^0-9-])\d{1,2}-\d{1,2}-\d{4}\s*-\s*$`)

// buildDashDate reads month-day-year with dashes or dots (US order; day
// first when the first number cannot be a month, and in Chinese text).
func buildDashDate(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if sc.group(m, 2) != sc.group(m, 4) {
		return e, false
	}
	if m[0] > 1 && strings.ContainsRune("-./", rune(sc.s[m[0]-1])) && isDigit(rune(sc.s[m[0]-2])) &&
		!dashDateEndRe.MatchString(sc.s[sc.window(0, m[0]):m[0]]) {
		return e, false // 133-03-03-2020 is a code; 10-1-2018-10-7-2018 a range
	}
	a, _ := strconv.Atoi(sc.group(m, 1))
	b, _ := strconv.Atoi(sc.group(m, 3))
	y, _ := strconv.Atoi(sc.group(m, 5))
	mo, d := a, b
	if a > 12 || (sc.han && b <= 12) {
		mo, d = b, a
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return e, false
	}
	e.f = fields{y: y, hasY: true, m: mo, hasM: true, d: d, hasD: true}
	return e, true
}

// buildDashDateYY reads a date with a two-digit year written with dashes:
// month-day-year in English text (10-31-74, day first when the first
// number cannot be a month), year-month-day in Chinese text (12-11-10 is
// 2012-11-10). The year takes the century nearest the reference
// (pivotYear). A longer chain of numbers (a phone number, a code, a score
// 3-1-0-2) is no date.
func buildDashDateYY(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if m[0] > 0 && strings.ContainsRune("-./:", rune(sc.s[m[0]-1])) ||
		m[1] < len(sc.s) && (strings.ContainsRune("-/:", rune(sc.s[m[1]])) || sc.s[m[1]] == '.' && m[1]+1 < len(sc.s) && isDigit(rune(sc.s[m[1]+1]))) {
		return e, false
	}
	a, _ := strconv.Atoi(sc.group(m, 1))
	b, _ := strconv.Atoi(sc.group(m, 2))
	c := sc.group(m, 3)
	var f fields
	if _, han := sc.sentenceScript(m[0]); han {
		if len(sc.group(m, 1)) != 2 || len(sc.group(m, 2)) != 2 {
			return e, false
		}
		f = yearFields(sc.group(m, 1))
		d, _ := strconv.Atoi(c)
		f.m, f.d = b, d
	} else {
		f = yearFields(c)
		f.m, f.d = a, b
		if a > 12 {
			f.m, f.d = b, a
		}
	}
	if !f.hasY || f.m < 1 || f.m > 12 || f.d < 1 || f.d > 31 {
		return e, false
	}
	f.hasM, f.hasD = true, true
	e.f = f
	return e, true
}
