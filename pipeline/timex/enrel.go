package timex

// Relative English forms: today, last year, next week, on Tuesday, 3 days ago.

import (
	"strconv"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

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
	unit := strings.ToLower(sc.group(m, 2))
	if strings.HasSuffix(unit, "year") {
		unit = "year" // this calendar year
	}
	if strings.HasPrefix(unit, "work") {
		unit = "workweek"
	}
	switch unit {
	case "workweek": // Monday to Friday
		e.calc = func(ref doc.Date) (resolved, bool) {
			mon := addDays(weekStart(ref), 7*off)
			return dayRange(mon, addDays(mon, 4)), true
		}
	case "decade":
		if off < 0 { // the past decade: the ten years up to ref (rolling.go)
			return rollingExpr(e.start, e.end, 'D', -1), true
		}
		e.calc = func(ref doc.Date) (resolved, bool) { return yearRange(ref.Year/10*10+10*off, 10), true }
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
		!strings.HasPrefix(sc.s[m[1]:], ",") && !dateFollows(sc.s[m[1]:min(len(sc.s), m[1]+16)]) &&
		!sc.dateOrWeekBefore(m[2*2]) {
		return e, false // "Sun Zhuangzhi", "sat down", "they wed": short forms need ".", "," or a date after
	}
	e.dow = wd
	if full && sc.s[e.end-1] == '.' {
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
		case strings.HasSuffix(rel, "coming"): // upcoming Tuesday: the next one after today
			d = addDays(ref, (wd-weekdayOf(ref)+6)%7+1)
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
	if in != "" && dir == "" && shiftNextRe.MatchString(sc.s[m[1]:min(len(sc.s), m[1]+16)]) {
		return e, false // in two days from today: mergeShift reads "two days from today"
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
	e.distance = true
	e.calc = func(ref doc.Date) (resolved, bool) {
		var d doc.Date
		switch unit {
		case "d":
			d = addDays(ref, n)
		case "w":
			d = addDays(ref, 7*n)
		case "f":
			d = addDays(ref, 14*n)
		case "m":
			d = doc.DateOf(ref.Time().AddDate(0, n, 0))
		default:
			d = doc.DateOf(ref.Time().AddDate(n, 0, 0))
		}
		return dayRange(d, d), true
	}
	return e, true
}

// buildEnWeekdayDay reads "Monday 21": the 21st nearest the reference that
// falls on a Monday.
func buildEnWeekdayDay(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	name := sc.group(m, 1)
	wd := enDows[strings.ToLower(name[:3])]
	d := enNumber(sc.group(m, 3))
	if wd == 0 || d < 1 || d > 31 {
		return e, false
	}
	if w := sc.group(m, 3); !isDigit(rune(w[0])) && sc.group(m, 2) == "" {
		return e, false // "Monday second reading": a spelled day needs "the"
	}
	if unitAfterRe.MatchString(sc.s[m[1]:min(len(sc.s), m[1]+10)]) {
		return e, false // "Sunday 3 weeks after January 15th": the number counts weeks
	}
	if rest := sc.s[m[1]:]; len(rest) > 0 && (rest[0] == '/' || rest[0] == ':' || rest[0] == '.' && len(rest) > 1 && isDigit(rune(rest[1]))) {
		return e, false // Friday 7/6, Friday 7.6 are month/day
	}
	e.calc = weekdayDate(expr{f: fields{d: d, hasD: true}}, wd)
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

// dateFollows reports whether rest begins with a day number or a month
// name: "Tue May 9", "Fri 15th".
func dateFollows(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" {
		return false
	}
	if rest[0] >= '0' && rest[0] <= '9' {
		return true
	}
	i := 0
	for i < len(rest) && isASCIILetterByte(rest[i]) {
		i++
	}
	w := strings.ToLower(rest[:i])
	return len(w) >= 3 && monthOf(w) > 0 && (len(w) == 3 || strings.HasPrefix(monthNames[monthOf(w)-1], w))
}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// buildEnNthWeekdayFromNow reads "3 fridays from now" (the third Friday
// after the reference date) and "2 thursdays ago".
func buildEnNthWeekdayFromNow(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	n := enNumber(sc.group(m, 1))
	wd := enDows[strings.ToLower(sc.group(m, 2)[:3])]
	if n < 1 || wd == 0 {
		return e, false
	}
	back := strings.EqualFold(sc.group(m, 3), "ago") || strings.EqualFold(sc.group(m, 3), "back")
	e.calc = func(ref doc.Date) (resolved, bool) {
		var d doc.Date
		if back {
			d = addDays(ref, -((weekdayOf(ref)-wd+6)%7+1)-7*(n-1))
		} else {
			d = addDays(ref, (wd-weekdayOf(ref)+6)%7+1+7*(n-1))
		}
		return dayRange(d, d), true
	}
	return e, true
}

// buildEnWeekdayNumeric reads a weekday followed by a numeric month/day:
// "Friday 7/6", "this friday 5/12" (month first unless the first number
// cannot be a month). The weekday picks the year as in "Tue May 9".
func buildEnWeekdayNumeric(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	wd := enDows[strings.ToLower(sc.group(m, 1)[:3])]
	a, _ := strconv.Atoi(sc.group(m, 2))
	b, _ := strconv.Atoi(sc.group(m, 4))
	if rest := sc.s[m[1]:]; len(rest) > 1 && (rest[0] == '/' || rest[0] == '-' || rest[0] == '.') && isDigit(rune(rest[1])) {
		return e, false // Friday 2018-7-6 is read by the ISO rule
	}
	mo, d := a, b
	if a > 12 {
		mo, d = b, a
	}
	if wd == 0 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return e, false
	}
	inner := expr{f: fields{m: mo, hasM: true, d: d, hasD: true, dir: sc.dateDir(m[0], m[1])}}
	if strings.EqualFold(strings.Fields(sc.s[m[0]:m[1]])[0], "this") {
		// this friday 5/12: this year's, whatever the weekday; "next" and
		// "last" move the weekday, not the date
		inner.f.y, inner.f.yRel, inner.f.hasY = 0, true, true
	}
	e.calc = weekdayDate(inner, wd)
	return e, true
}

// dateOrWeekBefore reports whether a day number ("Jul 18, Fri") or the word
// week ("next week Mon") stands right before byte offset i, spaces, commas
// and an opening parenthesis apart: there a short weekday name is one.
func (sc *scan) dateOrWeekBefore(i int) bool {
	j := i
	for j > 0 && strings.IndexByte(" ,(", sc.s[j-1]) >= 0 {
		j--
	}
	if j == i || j == 0 {
		return false
	}
	return isDigit(rune(sc.s[j-1])) || hasSuffixFold(sc.s[:j], "week")
}

// hasSuffixFold reports whether s ends with the ASCII suffix p, ignoring case.
func hasSuffixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[len(s)-len(p):], p)
}
