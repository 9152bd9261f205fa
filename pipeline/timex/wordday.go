package timex

// Day numbers in words: "May twenty nine", "January twenty five nineteen
// eighty six", "fifteen August nineteen hundred ninety three". A cardinal
// after a month is a day only where a count cannot be meant: at the end of
// a clause or before a year ("in March two thousand people" is a count); a
// cardinal before a month needs a year after it or "on" before it.

import (
	"regexp"
	"strings"
	"unicode"
)

// enCard is a cardinal from one to thirty-one in words.
const enCard = `(twenty[- ](?:one|two|three|four|five|six|seven|eight|nine)|thirty[- ]one|thirty|twenty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`

var wordDayRules = []rule{
	// May twenty nine; January twenty five, 1986
	{regexp.MustCompile(`(?i)\b` + enMon + `\s+` + enCard + `\b(?:\s*,?\s*(\d{4})\b)?`), buildEnMonthWordDay, trigger{enMonthKeys, 0, 40, "", "", nil}},
	// fifteen August 1993; on twenty five January
	{regexp.MustCompile(`(?i)\b` + enCard + `\s+(?:of\s+)?` + enMon + `\b(?:\s*,?\s*(\d{4})\b)?`), buildEnWordDayMonth, trigger{enMonthKeys, 24, 8, "", "", nil}},
}

// yearOrEndFollows reports whether rest starts with the end of a clause, a
// four-digit year or a year in words.
func yearOrEndFollows(rest string) bool {
	t := strings.TrimLeft(rest, " ,")
	if t == "" || strings.ContainsAny(t[:1], ".;:!?)") {
		return true
	}
	if y, n := parseWordYear(t); y > 0 && wordYearEnds(t[n:]) {
		return true
	}
	return wordYearEnds(rest) && !isASCIILetterByte(t[0])
}

func buildEnMonthWordDay(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	name := sc.group(m, 1)
	if low := strings.ToLower(name); (low == "may" || low == "march") && !unicode.IsUpper(rune(name[0])) {
		return e, false // "may one day"
	}
	card := sc.s[m[4]:]
	if y, n := parseWordYear(card); y > 0 && n > m[5]-m[4] {
		return e, false // March nineteen ninety six: a year, not a day
	}
	d := enNumber(sc.group(m, 2))
	if d < 1 || d > 31 || sc.group(m, 3) == "" && !yearOrEndFollows(sc.s[m[1]:]) {
		return e, false
	}
	e.f = fields{m: monthOf(name), hasM: true, d: d, hasD: true}
	if y := sc.group(m, 3); y != "" {
		e.f.y, e.f.hasY = yearNumber(y), true
	}
	return e, e.f.m > 0
}

func buildEnWordDayMonth(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	d := enNumber(sc.group(m, 1))
	if d < 1 || d > 31 {
		return e, false
	}
	rest := strings.TrimLeft(sc.s[m[1]:], " ,")
	yearAfter := sc.group(m, 3) != ""
	if !yearAfter {
		y, _ := parseWordYear(strings.TrimPrefix(rest, "of "))
		yearAfter = y > 0
	}
	if !yearAfter && !sc.wordBefore(m[0], []string{"on"}) {
		return e, false // "five March" is rarely a date; "two May meetings" never
	}
	e.f = fields{m: monthOf(sc.group(m, 2)), hasM: true, d: d, hasD: true}
	if y := sc.group(m, 3); y != "" {
		e.f.y, e.f.hasY = yearNumber(y), true
	}
	return e, e.f.m > 0
}
