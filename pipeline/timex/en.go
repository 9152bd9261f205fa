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
	// enMonNC is enMon without a capturing group.
	enMonNC = `(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`
)

var enRules = []rule{
	// May 24, 2021; September 12; Dec31 , 1994
	{regexp.MustCompile(`(?i)\b` + enMon + `\s*,?\s*(?:the\s+)?` + enOrd + `\b(?:\s*,?\s*(?:in\s+|of\s+)?(\d{4})\b)?`), buildEnMonthDay, trigger{enMonthKeys, 0, 48, "", "", nil}},
	// 31-Oct-74, 31/Oct/1974, 14april 2015, 14th April 15
	{regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?(?:[-/]|\s*)` + enMon + `\s*[-/ ,]\s*(\d{4}|\d{2})\b`), buildEnDayMonthYear, trigger{enMonthKeys, 12, 12, "", "", nil}},
	// Tuesday 19th, Monday 21, Sunday the 31st
	{regexp.MustCompile(`(?i)\b` + enDow + `,?\s+(the\s+)?` + enOrd + `\b`), buildEnWeekdayDay, trigger{enDowKeys, 0, 16, "", "", nil}},
	// 24 May 2021; the third of March; 14th April
	{regexp.MustCompile(dayMonthPattern), buildEnDayMonth, trigger{enMonthKeys, 40, 20, "", "", nil}},
	// July 2024; 2017 April
	{regexp.MustCompile(monthYearPattern), buildEnMonthYear, trigger{enMonthKeys, 8, 16, "", "", nil}},
	// 2019-aug-1, 2019/aug/01
	{regexp.MustCompile(`(?i)\b(\d{4})[-/ ]` + enMon + `[-/ ](\d{1,2})\b`), buildEnYearMonDay, trigger{enMonthKeys, 6, 6, "", "", nil}},
	// the weekend
	{regexp.MustCompile(`(?i)\b(?:the\s+)?weekend\b`), buildEnWeekend, trigger{keys("weekend"), 5, 0, "", "", nil}},
	// 15th century, 21st century
	{regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)\s+century\b`), buildEnCentury, trigger{keys("century"), 6, 0, "", "", nil}},
	// in March, next March, March
	{regexp.MustCompile(monthWordPattern), buildEnMonth, trigger{enMonthKeys, 10, 1, "", "", nil}},
	// 2024 (in running English text)
	{regexp.MustCompile(`\b(1[89]\d\d|2[01]\d\d)\b`), buildEnYear, trigger{keys("#4"), 0, 0, "", "", nil}},
	// year 2008, the calendar year 2008, cy 2008
	{regexp.MustCompile(`(?i)\b(?:calendar\s+year|cy|year)\s+(\d{4})\b`), buildEnYearWord, trigger{keys("year", "cy"), 10, 6, "", "", nil}},
	// 3 fridays from now, 2 thursdays ago
	{regexp.MustCompile(`(?i)\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\s+(from\s+now|hence|ago|back)\b`), buildEnNthWeekdayFromNow, trigger{keys("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"), 8, 12, "", "", nil}},
	// Friday 7/6, this friday 5/12, Friday 7.6
	{regexp.MustCompile(`(?i)\b(?:(?:this|next|last|coming)\s+)?` + enDow + `,?\s*(\d{1,2})([/.-])(\d{1,2})\b`), buildEnWeekdayNumeric, trigger{enDowKeys, 8, 8, "", "", nil}},
	// Oct/2, Sep-23-2020, September-2020-23, 2020/23/Sep, 23-2020-September
	{regexp.MustCompile(`(?i)\b(?:` + enMonNC + `[-/]\d{1,2}(?:[-/]\d{4})?|` + enMonNC + `-\d{4}-\d{1,2}|\d{4}/\d{1,2}/` + enMonNC + `|\d{1,2}-\d{4}-` + enMonNC + `)\b`), buildEnMixed, trigger{enMonthKeys, 10, 10, "", "-/", nil}},
	// between now and, to date, till current date
	{regexp.MustCompile(`(?i)\bbetween\s+(now)\s+and\b|\b(?:and|to|till|until)\s+(now|date|current\s+date)\b`), buildEnNow, trigger{keys("now", "date"), 16, 6, "", "", keys("between", "and", "to", "till", "until", "current")}},
	// year to date, month to date
	{regexp.MustCompile(`(?i)\b(year|month)\s+to\s+date\b`), buildEnToDate, trigger{keys("date"), 12, 0, "", "", keys("to")}},
	// in nineteen ninety six, since two thousand and five
	{wordYearRule, buildEnWordYear, trigger{keys("thousand", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"), 12, 0, "", "", nil}},
	// earlier this year, later this week, earlier in the week
	{regexp.MustCompile(`(?i)\b(earlier|later)\s+(?:(this|next|last|previous)\s+|in\s+the\s+)(week|month|year)\b`), buildEnHalf, trigger{keys("week", "month", "year"), 24, 0, "", "", nil}},
	// today, yesterday, the day after tomorrow
	{regexp.MustCompile(`(?i)\b(?:the\s+day\s+(before|after)\s+)?(today|yesterday|tomorrow|tonight|tmrw|tmr)\b`), buildEnRelDay, trigger{keys("today", "yesterday", "tomorrow", "tonight", "tmrw", "tmr"), 20, 0, "", "", nil}},
	// last year, this month, next week
	{regexp.MustCompile(`(?i)\b` + enRel + `\s+(calendar\s+year|year|yr|month|work(?:ing)?\s*week|week|weekend|quarter|qtr|decade)\b`), buildEnRelUnit, trigger{keys("year", "yr", "month", "week", "workweek", "weekend", "quarter", "qtr", "decade"), 22, 0, "", "", nil}},
	// on Tuesday, last Friday, next Monday
	{regexp.MustCompile(`(?i)\b(?:((?:this\s+)?(?:past|coming|upcoming)|this|last|next|previous|following|current)\s+)?` + enDow + `(?:\b|$)`), buildEnWeekday, trigger{enDowKeys, 12, 8, "", "", nil}},
	// 3 days ago, two years ago, in 2 weeks
	{regexp.MustCompile(agoPattern), buildEnAgo, trigger{keys("day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years"), 20, 10, "", "", nil}},
	// the nineties, the nineteen eighties
	{regexp.MustCompile(`(?i)\b(?:(the)\s+)?(?:(nineteen|twenty)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b`), buildEnDecadeWord, trigger{keys("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"), 20, 0, "", "", nil}},
	// the 1990s, 1990 s
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(1[89]|20)?(\d)0\s?'?s\b`), buildEnDecade, trigger{keys("#s"), 4, 4, "", "", nil}},
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
	} else {
		sc.relDay(&e)
	}
	return e, true
}

// relDayRe is "next", "last" or "this" before a yearless day of a month.
var relDayRe = newFastRe(`(?i)\b(next|last|this)\s+$`)

// relDay reads "next 6th of April" (the first April 6 after the
// reference), "last April 6" (the latest before it) and "this April 6"
// (the reference year's), taking the word into e's span.
func (sc *scan) relDay(e *expr) {
	lo := sc.window(0, e.start)
	m := sc.findFirst(relDayRe, lo, e.start)
	if m == nil {
		return
	}
	switch strings.ToLower(sc.s[m[2]:m[3]]) {
	case "next":
		f := e.f
		e.calc = func(ref doc.Date) (resolved, bool) {
			g := f
			g.dir = 1
			return g.resolve(&ref)
		}
	case "last":
		f := e.f
		e.calc = func(ref doc.Date) (resolved, bool) {
			g := f
			g.dir = -1
			return g.resolve(&ref)
		}
	default:
		e.f.y, e.f.yRel, e.f.hasY = 0, true, true
	}
	e.start = m[0]
}

func buildEnDayMonth(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if afterMoney(sc, m[0]) {
		return e, false
	}
	d, mo := enNumber(sc.group(m, 1)), monthOf(sc.group(m, 2))
	if mo == 0 || d < 1 || d > 31 {
		return e, false
	}
	e.f = fields{m: mo, hasM: true, d: d, hasD: true}
	if y := sc.group(m, 3) + sc.group(m, 4); y != "" {
		e.f.y, e.f.hasY, e.f.yy = yearNumber(y), true, len(y) == 2
	} else {
		sc.relDay(&e)
	}
	return e, true
}

func buildEnMonthYear(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	mo, y := sc.group(m, 1), sc.group(m, 2)
	if y == "" {
		y = sc.group(m, 3) // April of 87
	}
	if mo == "" {
		y, mo = sc.group(m, 4), sc.group(m, 5)
	}
	e.f = yearFields(y)
	e.f.m, e.f.hasM = monthOf(mo), true
	return e, e.f.m > 0 && e.f.hasY
}

// monthRangeAfterRe is the rest of a month range after its first month:
// "May to March" makes May a month.
var monthRangeAfterRe = regexp.MustCompile(`(?i)^\s*(?:to|through|till|until|-|–|—)\s*` + enMonNC + `\b`)

func buildEnMonth(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if afterMoney(sc, m[4]) {
		return e, false // $DEC is a ticker
	}
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
		// a lower-case month needs its full, unambiguous name ("of july");
		// "may" the verb, "march" the noun and "august" the adjective are
		// months only with a capital and, alone, not even then (may, march)
		unambiguous := len(lower) >= 4 && lower != "march" && lower != "sept" && !(lower == "august" && mod == "")
		if !capital && !unambiguous || (mod == "" && (lower == "may" || lower == "march") && !(capital && monthRangeAfterRe.MatchString(sc.s[m[1]:min(len(sc.s), m[1]+24)]))) {
			return e, false
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

func buildEnDecade(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if letters, _ := sc.sentenceScript(m[0]); !letters {
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

var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9}

// decadeAgeRe before a decade word makes it an age or a temperature: "in
// her nineties", "the low eighties".
var decadeAgeRe = regexp.MustCompile(`(?i)\b(?:his|her|their|its|my|your|our|early|mid|late|low|high|upper)[\s-]+(?:the\s+)?$`)

// buildEnDecadeWord reads "the nineties" (1990-1999; the twenties are this
// century's, as "the 20s") and "the nineteen eighties".
func buildEnDecadeWord(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if decadeAgeRe.MatchString(sc.s[sc.window(0, m[0]):m[0]]) {
		return e, false
	}
	if rest := strings.TrimLeft(sc.s[m[1]:min(len(sc.s), m[1]+16)], " "); hasPrefixFold(rest, "percent") || hasPrefixFold(rest, "degrees") {
		return e, false
	}
	d := decadeWords[strings.ToLower(sc.group(m, 3))]
	c := 19
	switch strings.ToLower(sc.group(m, 2)) {
	case "twenty":
		c = 20
	case "":
		if d < 3 {
			c = 20
		}
	}
	e.fixed(yearRange(c*100+d*10, 10))
	return e, true
}

func buildEnDayMonthYear(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if afterMoney(sc, m[0]) {
		return e, false // $12 December 27
	}
	d, mo, f := enNumber(sc.group(m, 1)), monthOf(sc.group(m, 2)), yearFields(sc.group(m, 3))
	if mo == 0 || d < 1 || d > 31 || !f.hasY {
		return e, false
	}
	f.m, f.hasM, f.d, f.hasD = mo, true, d, true
	e.f = f
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

func buildEnCentury(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	c, _ := strconv.Atoi(sc.group(m, 1))
	if c < 1 {
		return e, false
	}
	e.fixed(yearRange((c-1)*100, 100))
	return e, true
}

// afterMoney reports whether a currency sign stands right before byte
// offset i: "$12 December 27" holds no 12 December, "$DEC" no month.
func afterMoney(sc *scan, i int) bool {
	p := strings.TrimRight(sc.s[sc.window(0, i):i], " ")
	return strings.HasSuffix(p, "$") || strings.HasSuffix(p, "€") || strings.HasSuffix(p, "£") || strings.HasSuffix(p, "¥")
}

// buildEnMixed reads a month name written with numbers around it: Oct/2,
// Sep-23-2020, September-2020-23, 2020/23/Sep, 23-2020-September. The
// four-digit number is the year, the other the day.
func buildEnMixed(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	var f fields
	for _, tok := range strings.FieldsFunc(sc.s[m[0]:m[1]], func(r rune) bool { return r == '-' || r == '/' || r == '.' }) {
		switch n, err := strconv.Atoi(tok); {
		case err != nil:
			f.m, f.hasM = monthOf(tok), true
		case len(tok) == 4:
			f.y, f.hasY = n, true
		default:
			f.d, f.hasD = n, true
		}
	}
	if f.m < 1 || f.d < 1 || f.d > 31 {
		return e, false
	}
	e.f = f
	return e, true
}

// buildEnNow reads "now", "date" and "current date" as the end or start of
// a range ("between Jan 22 and now", "from March to date"): the reference
// date itself. Alone, "now" is no date.
func buildEnNow(sc *scan, m []int) (expr, bool) {
	g := 1
	if m[2] < 0 {
		g = 2
	}
	e := expr{start: m[2*g], end: m[2*g+1], endpoint: true}
	e.calc = func(ref doc.Date) (resolved, bool) { return dayRange(ref, ref), true }
	return e, true
}

// buildEnToDate reads "year to date" (January 1 to the reference date) and
// "month to date".
func buildEnToDate(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1], openRange: true}
	if strings.EqualFold(sc.group(m, 1), "year") {
		e.f = fields{y: 0, yRel: true, hasY: true}
	} else {
		e.f = fields{m: 0, mRel: true, hasM: true}
	}
	return e, true
}
