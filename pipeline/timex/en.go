package timex

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/sco-news/extract/pipeline/doc"
)

// Building blocks of the English patterns.
const (
	enMon = `(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`
	enOrd = `(\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]?first)`
	enDow = `(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\.?`
	enRel = `(this|last|past|next|previous|following|coming|current|upcoming)`
)

var enRules = []rule{
	// May 24, 2021; September 12; Dec31 , 1994
	{regexp.MustCompile(`(?i)\b` + enMon + `\s*,?\s*(?:the\s+)?` + enOrd + `\b(?:\s*,?\s*(?:in\s+|of\s+)?(\d{4})\b)?`), buildEnMonthDay, trigger{enMonthKeys, 0, 48}},
	// 31-Oct-74, 31/Oct/1974, 14april 2015, 14th April 15
	{regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s*[-/ ]?\s*` + enMon + `\s*[-/ ,]\s*(\d{4}|\d{2})\b`), buildEnDayMonthYear, trigger{enMonthKeys, 12, 12}},
	// Tuesday 19th, Monday 21, Sunday the 31st
	{regexp.MustCompile(`(?i)\b` + enDow + `,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b`), buildEnWeekdayDay, trigger{enDowKeys, 0, 16}},
	// 24 May 2021; the third of March; 14th April
	{regexp.MustCompile(`(?i)\b(?:the\s+)?` + enOrd + `\s+(?:day\s+)?(?:of\s+)?` + enMon + `\b(?:\s*,?\s*(?:in\s+|of\s+)?(\d{4})\b)?`), buildEnDayMonth, trigger{enMonthKeys, 40, 20}},
	// July 2024; 2017 April
	{regexp.MustCompile(`(?i)\b` + enMon + `\s*[-/,]?\s*(?:of\s+)?(\d{4})\b|\b(\d{4})\s+` + enMon + `\b`), buildEnMonthYear, trigger{enMonthKeys, 8, 16}},
	// 2019-aug-1, 2019/aug/01
	{regexp.MustCompile(`(?i)\b(\d{4})[-/ ]` + enMon + `[-/ ](\d{1,2})\b`), buildEnYearMonDay, trigger{enMonthKeys, 6, 6}},
	// the weekend
	{regexp.MustCompile(`(?i)\b(?:the\s+)?weekend\b`), buildEnWeekend, trigger{keys("weekend"), 5, 0}},
	// 15th century, 21st century
	{regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)\s+century\b`), buildEnCentury, trigger{keys("century"), 6, 0}},
	// in March, next March, March
	{regexp.MustCompile(`(?i)\b(?:(this|next|last|early|late|mid|in|during|since|by|until|of|from|to|through|till|and|or|between)[\s-]+)?` + enMon + `\b`), buildEnMonth, trigger{enMonthKeys, 10, 1}},
	// 2024 (in running English text)
	{regexp.MustCompile(`\b(1[89]\d\d|2[01]\d\d)\b`), buildEnYear, trigger{keys("#4"), 0, 0}},
	// today, yesterday, the day after tomorrow
	{regexp.MustCompile(`(?i)\b(?:the\s+day\s+(before|after)\s+)?(today|yesterday|tomorrow|tonight|tmrw|tmr)\b`), buildEnRelDay, trigger{keys("today", "yesterday", "tomorrow", "tonight", "tmrw", "tmr"), 20, 0}},
	// last year, this month, next week
	{regexp.MustCompile(`(?i)\b` + enRel + `\s+(year|yr|month|week|weekend|quarter|qtr)\b`), buildEnRelUnit, trigger{keys("year", "yr", "month", "week", "weekend", "quarter", "qtr"), 12, 0}},
	// on Tuesday, last Friday, next Monday
	{regexp.MustCompile(`(?i)\b(?:` + enRel + `\s+)?` + enDow + `(?:\b|$)`), buildEnWeekday, trigger{enDowKeys, 12, 8}},
	// 3 days ago, two years ago, in 2 weeks
	{regexp.MustCompile(`(?i)\b(?:(in)\s+)?(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few)\s+(days?|weeks?|months?|years?)(?:\s+(ago|from now|later|hence))?\b`), buildEnAgo, trigger{keys("day", "days", "week", "weeks", "month", "months", "year", "years"), 20, 10}},
	// the 1990s, 1990 s
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(1[89]|20)?(\d)0\s?'?s\b`), buildEnDecade, trigger{keys("#s"), 4, 4}},
}

var enMonths = map[string]int{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

func monthOf(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) > 3 && s != "sept" {
		s = s[:3]
	}
	return enMonths[s]
}

func buildEnMonthDay(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	mo, d := monthOf(sc.group(m, 1)), enNumber(sc.group(m, 2))
	if mo == 0 || d < 1 || d > 31 {
		return e, false
	}
	if strings.EqualFold(sc.group(m, 1), "may") && !unicode.IsUpper(rune(sc.s[m[0]])) && m[3] == m[4] {
		return e, false
	}
	e.f = fields{m: mo, hasM: true, d: d, hasD: true}
	if y := sc.group(m, 3); y != "" {
		e.f.y, e.f.hasY = yearNumber(y), true
	}
	return e, true
}

func buildEnDayMonth(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	d, mo := enNumber(sc.group(m, 1)), monthOf(sc.group(m, 2))
	if mo == 0 || d < 1 || d > 31 {
		return e, false
	}
	e.f = fields{m: mo, hasM: true, d: d, hasD: true}
	if y := sc.group(m, 3); y != "" {
		e.f.y, e.f.hasY = yearNumber(y), true
	}
	return e, true
}

func buildEnMonthYear(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	mo, y := sc.group(m, 1), sc.group(m, 2)
	if mo == "" {
		y, mo = sc.group(m, 3), sc.group(m, 4)
	}
	e.f = fields{m: monthOf(mo), hasM: true, y: yearNumber(y), hasY: true}
	return e, e.f.m > 0
}

func buildEnMonth(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	mod, name := strings.ToLower(sc.group(m, 1)), sc.group(m, 2)
	mo := monthOf(name)
	if mo == 0 {
		return e, false
	}
	lower := strings.ToLower(name)
	capital := unicode.IsUpper(rune(name[0]))
	switch mod {
	case "in", "during", "this", "next", "last", "early", "late", "mid", "since", "until", "by":
		if (lower == "may" || lower == "march") && !capital && mod == "this" {
			return e, false // "this may be"
		}
	default:
		if !capital || (mod == "" && (lower == "may" || lower == "march")) {
			return e, false // "may" the verb, "march" the noun
		}
	}
	switch mod {
	case "this", "next", "last":
	case "early", "late", "mid":
		e.start = m[4] // mergeParts reads the part word
	default:
		e.start = m[4] // "in March": the date is "March"
	}
	e.f = fields{m: mo, hasM: true}
	switch mod {
	case "this":
		e.f.y, e.f.yRel, e.f.hasY = 0, true, true
	case "next", "last":
		e.calc = func(ref doc.Date) (resolved, bool) {
			y := ref.Year
			if mod == "next" && mo <= ref.Month {
				y++
			}
			if mod == "last" && mo >= ref.Month {
				y--
			}
			return monthRange(doc.Date{Year: y, Month: mo, Day: 1}, 1), true
		}
	}
	return e, true
}

var enYearBefore = regexp.MustCompile(`(?i)(?:\b(?:in|since|from|by|during|until|till|to|through|and|of|year|between|before|after|around|early|late|mid|the|fiscal|for|this|summer|spring|autumn|fall|winter|end|beginning|start)|[,(])\s*$`)
var (
	phoneBeforeRe = regexp.MustCompile(`(?:^|[^0-9])\d{1,3}\s*[-/.]\s*$|\d[-/.]\d+[-/.]$`)
	phoneAfterRe  = regexp.MustCompile(`^[-/.]\d+[-/.]`)
	// 2015-32 is no year; 2014-2018 and 2019-08 are
	yearDashAfterRe  = regexp.MustCompile(`^\s*[-/]\s*\d`)
	yearRangeAfterRe = regexp.MustCompile(`^\s*[-–—/~]\s*\d{4}\b`)
	monthAfterRe     = regexp.MustCompile(`^[-/](?:0?[1-9]|1[0-2])\b`)
)

var enYearAfterBad = regexp.MustCompile(`(?i)^\s*(?:%|percent|per\s?cent|million|billion|trillion|thousand|hundred|people|persons|[a-z]+s\b)`)

func buildEnYear(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if sc.han || !sc.sentenceHasLetters(m[0]) {
		return e, false // Chinese text writes 2025年; a bare number is no year
	}
	pre, post := sc.s[sc.window(0, m[0]):m[0]], sc.s[m[1]:min(len(sc.s), m[1]+64)]
	if strings.HasSuffix(pre, "$") || strings.HasSuffix(pre, "€") || strings.HasSuffix(pre, "£") || strings.HasSuffix(pre, "#") ||
		strings.HasSuffix(pre, ".") || strings.HasSuffix(pre, ",") && len(pre) > 1 && isDigit(rune(pre[len(pre)-2])) {
		return e, false
	}
	if strings.HasPrefix(post, ".") && len(post) > 1 && isDigit(rune(post[1])) || strings.HasPrefix(post, ",") && len(post) > 1 && isDigit(rune(post[1])) {
		return e, false
	}
	if phoneBeforeRe.MatchString(pre) || phoneAfterRe.MatchString(post) ||
		yearDashAfterRe.MatchString(post) && !yearRangeAfterRe.MatchString(post) && !monthAfterRe.MatchString(post) {
		return e, false // 138-2010-2015, 133-03-03-2020
	}
	if enYearAfterBad.MatchString(post) && !strings.HasPrefix(strings.TrimSpace(strings.ToLower(post)), "was") &&
		!strings.HasPrefix(strings.TrimSpace(strings.ToLower(post)), "has") && !strings.HasPrefix(strings.TrimSpace(strings.ToLower(post)), "is") {
		return e, false
	}
	after := strings.TrimLeft(post, " ")
	if !enYearBefore.MatchString(pre) && pre != "" && !(after == "" || strings.ContainsAny(after[:1], ".,;:)!?-–—")) {
		return e, false
	}
	y, _ := strconv.Atoi(sc.group(m, 1))
	e.f = fields{y: y, hasY: true}
	return e, true
}

func buildEnRelDay(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	off := 0
	switch strings.ToLower(sc.group(m, 2)) {
	case "yesterday":
		off = -1
	case "tomorrow", "tmrw", "tmr":
		off = 1
	}
	switch strings.ToLower(sc.group(m, 1)) {
	case "before":
		off--
	case "after":
		off++
	}
	e.calc = func(ref doc.Date) (resolved, bool) {
		d := addDays(ref, off)
		return dayRange(d, d), true
	}
	return e, true
}

func relOffset(w string) int {
	switch strings.TrimPrefix(strings.ToLower(w), "the ") {
	case "last", "previous", "past":
		return -1
	case "next", "following", "coming", "upcoming":
		return 1
	}
	return 0
}

func buildEnRelUnit(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	off := relOffset(sc.group(m, 1))
	switch strings.ToLower(sc.group(m, 2)) {
	case "year", "yr":
		e.f = fields{y: off, yRel: true, hasY: true}
	case "month":
		e.f = fields{m: off, mRel: true, hasM: true}
	case "week":
		e.week = &off
		e.calc = func(ref doc.Date) (resolved, bool) {
			mon := addDays(weekStart(ref), 7*off)
			return dayRange(mon, addDays(mon, 6)), true
		}
	case "weekend":
		e.calc = func(ref doc.Date) (resolved, bool) {
			sat := addDays(weekStart(ref), 7*off+5)
			return dayRange(sat, addDays(sat, 1)), true
		}
	case "quarter", "qtr":
		e.calc = func(ref doc.Date) (resolved, bool) {
			q := addMonths(doc.Date{Year: ref.Year, Month: (ref.Month-1)/3*3 + 1, Day: 1}, 3*off)
			return monthRange(q, 3), true
		}
	}
	return e, true
}

var enDows = map[string]int{"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}

func buildEnWeekday(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	name := sc.group(m, 2)
	wd := enDows[strings.ToLower(name[:3])]
	if wd == 0 {
		return e, false
	}
	full := len(strings.TrimSuffix(name, ".")) > 4 || strings.EqualFold(name, "friday") || strings.EqualFold(name, "monday") || strings.EqualFold(name, "sunday")
	if !full && strings.TrimSpace(sc.s) != sc.s[m[0]:m[1]] && !strings.HasSuffix(name, ".") &&
		!strings.HasPrefix(sc.s[m[1]:], ",") {
		return e, false // "Sun Zhuangzhi", "sat down", "they wed": short forms need "." or ","
	}
	if full && strings.HasSuffix(name, ".") {
		e.end-- // "on Tuesday." ends at the name
	}
	rel := strings.ToLower(sc.group(m, 1))
	if rel == "" {
		e.weekday = wd
		e.calc = weekdayByTense(wd, sc.tense(m[0], m[1]))
		return e, true
	}
	off := relOffset(rel)
	e.calc = func(ref doc.Date) (resolved, bool) {
		var d doc.Date
		switch {
		case strings.HasSuffix(rel, "past"): // past Tuesday: the latest one before today
			d = addDays(ref, -((weekdayOf(ref)-wd+6)%7 + 1))
		case off < 0: // last Tuesday: Tuesday of last week
			d = addDays(weekStart(ref), -7+wd-1)
		case off > 0: // next Tuesday: the one in the coming week
			d = addDays(weekStart(ref), 7+wd-1)
		default: // this Tuesday: upcoming or today
			d = addDays(ref, (wd-weekdayOf(ref)+7)%7)
		}
		return dayRange(d, d), true
	}
	return e, true
}

func buildEnAgo(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	in, dir := strings.ToLower(sc.group(m, 1)), strings.ToLower(sc.group(m, 4))
	if (in == "") == (dir == "") && !(in == "" && dir != "") {
		return e, false // "3 days" alone is a duration
	}
	if in != "" && dir != "" && dir != "from now" {
		return e, false
	}
	ns := strings.ToLower(sc.group(m, 2))
	n := enNumber(ns)
	switch ns {
	case "a couple of":
		n = 2
	case "a few":
		n = 3
	}
	if n < 1 {
		return e, false
	}
	if dir == "ago" {
		n = -n
	}
	unit := strings.ToLower(sc.group(m, 3)[:1])
	e.calc = func(ref doc.Date) (resolved, bool) {
		var d doc.Date
		switch unit {
		case "d":
			d = addDays(ref, n)
		case "w":
			d = addDays(ref, 7*n)
		case "m":
			d = doc.DateOf(ref.Time().AddDate(0, n, 0))
		default:
			d = doc.DateOf(ref.Time().AddDate(n, 0, 0))
		}
		return dayRange(d, d), true
	}
	return e, true
}

func buildEnDecade(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if !sc.sentenceHasLetters(m[0]) {
		return e, false
	}
	c, _ := strconv.Atoi(sc.group(m, 1))
	d, _ := strconv.Atoi(sc.group(m, 2))
	if c == 0 {
		c = 19 // the 90s
		if d < 3 {
			c = 20
		}
	}
	e.fixed(yearRange(c*100+d*10, 10))
	return e, true
}

func buildEnDayMonthYear(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	d, mo, y := enNumber(sc.group(m, 1)), monthOf(sc.group(m, 2)), yearNumber(sc.group(m, 3))
	if mo == 0 || d < 1 || d > 31 || y < 0 {
		return e, false
	}
	e.f = fields{y: y, hasY: true, m: mo, hasM: true, d: d, hasD: true}
	return e, true
}

// buildEnWeekdayDay reads "Monday 21": the 21st nearest the reference that
// falls on a Monday.
func buildEnWeekdayDay(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	name := sc.group(m, 1)
	wd := enDows[strings.ToLower(name[:3])]
	d := enNumber(sc.group(m, 2))
	if wd == 0 || d < 1 || d > 31 {
		return e, false
	}
	if rest := sc.s[m[1]:]; len(rest) > 0 && (rest[0] == '/' || rest[0] == ':' || rest[0] == '.' && len(rest) > 1 && isDigit(rune(rest[1]))) {
		return e, false // Friday 7/6, Friday 7.6 are month/day
	}
	e.calc = func(ref doc.Date) (resolved, bool) {
		for k := 0; k <= 12; k++ {
			for _, off := range []int{-k, k} {
				first := addMonths(ref, off)
				if d > monthEnd(first.Year, first.Month).Day {
					continue
				}
				c := doc.Date{Year: first.Year, Month: first.Month, Day: d}
				if weekdayOf(c) == wd {
					return dayRange(c, c), true
				}
			}
		}
		return resolved{}, false
	}
	return e, true
}

func buildEnYearMonDay(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	y, mo, d := yearNumber(sc.group(m, 1)), monthOf(sc.group(m, 2)), enNumber(sc.group(m, 3))
	if mo == 0 || d < 1 || d > 31 {
		return e, false
	}
	e.f = fields{y: y, hasY: true, m: mo, hasM: true, d: d, hasD: true}
	return e, true
}

func buildEnWeekend(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	e.calc = func(ref doc.Date) (resolved, bool) {
		sat := addDays(weekStart(ref), 5)
		return dayRange(sat, addDays(sat, 1)), true
	}
	return e, true
}

func buildEnCentury(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	c, _ := strconv.Atoi(sc.group(m, 1))
	if c < 1 {
		return e, false
	}
	e.fixed(yearRange((c-1)*100, 100))
	return e, true
}
