package timex

import (
	"regexp"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// Quarters (Q3 2019, 一季度, 前三季度), "last N units" (last 3 days, 上两周),
// nth weekdays of a month (first Monday of October, 十月第一个星期一) and
// ordinal days (the 18th, 20th of next month).

var periodRules = []rule{
	// Q3 2019, 2019-Q1, 2019 H2, the third quarter of 2024
	{regexp.MustCompile(`(?i)\b(q[1-4]|h[12])\s*(?:[,-]|\s+of\s+)?\s*(\d{4})\b|\b(\d{4})\s*-?\s*(q[1-4]|h[12])\b`), buildEnQuarterCode, trigger{keys("q", "h"), 10, 10, "", "", nil}},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last)\s+(?:quarter|qtr)(?:\s*,?\s+(?:of\s+)?(\d{4})|\s+of\s+(?:(the|this|current|last|previous|next)\s+)?(year))?\b`), buildEnQuarter, trigger{keys("quarter", "qtr"), 14, 24, "", "", nil}},
	// 2024年第一季度, 一季度, 前三季度, 本季度
	{regexp.MustCompile(`(?:(` + zhYear + `)\s*年|(今|去|明|本|上)年)?(?:的)?(?:第([一二三四1-4])|([一二三四1-4])|前([二三两2-3])(?:个|個)?|(本|上|下|这|這)(?:个|個)?)季度?`), buildZhQuarter, trigger{keys("季"), 30, 3, "", "", nil}},
	// last 3 days, next two weeks, past 2 months
	{regexp.MustCompile(`(?i)\b(last|past|next|coming|upcoming|previous|following)\s+(\d+|` + enCountWords + `|few|couple of|couple)\s+(days|weeks|months|quarters|years|decades)\b`), buildEnLastN, trigger{keys("days", "weeks", "months", "quarters", "years", "decades"), 30, 0, "", "", nil}},
	// 上两周, 前两个月, 后三天, 未来三年, 过去两年
	{regexp.MustCompile(`(上|前|过去|過去|下|后|後|未来|未來|接下来的?|今后|今後)\s*(` + zhN + `)\s*(?:个|個)?\s*(天|日|周|週|星期|礼拜|禮拜|月|年)`), buildZhLastN, trigger{zhUnitKeys, 24, 6, "0123456789０１２３４５６７８９零〇○Ｏ一二两兩三四五六七八九十廿卅个個 \t", "", nil}},
	// first Monday of October, last Friday in March 2014
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+` + enDow + `\s+(?:of|in)\s+(?:((?:the|this|next|last)\s+month)|` + enMon + `(?:\s*,?\s*(\d{4}))?)`), buildEnNthWeekday, trigger{enDowKeys, 12, 32, "", "", nil}},
	// 20th of next month, 20 of this month, the 15th day of next month
	{regexp.MustCompile(`(?i)\b(?:(?:the|on)\s+)?(\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:day\s+)?of\s+(?:the\s+)?(this|next|last|current|previous|coming|following)\s+month\b`), buildEnDayOfMonth, trigger{keys("month"), 40, 6, "", "", nil}},
	// 十月第一个星期一, 四月的最后一个星期一
	{regexp.MustCompile(`(` + zhN + `)\s*月(?:的)?(?:第([一二三四五1-5])|(最后一|最後一))(?:个|個)?(?:` + zhWeek + `)([一二三四五六日天])`), buildZhNthWeekday, trigger{keys("月"), 12, 30, "0123456789０１２３４５６７８９零〇○Ｏ一二两兩三四五六七八九十廿卅 \t", "", nil}},
	// week 31
	{weekNumberRe, buildWeekNumber, trigger{keys("week"), 0, 6, "", "", nil}},
	// the 18th, on 24th
	{regexp.MustCompile(ordinalDayPattern), buildEnOrdinalDay, trigger{keys("#th", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"), 8, 28, "", "", nil}},
}

var quarterNum = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
	"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

// quarter resolves quarter q (1-4) of year y; n quarters long.
func quarter(y, q, n int) resolved {
	return monthRange(doc.Date{Year: y, Month: 3*(q-1) + 1, Day: 1}, 3*n)
}

func buildEnQuarterCode(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	code, y := sc.group(m, 1), sc.group(m, 2)
	if code == "" {
		y, code = sc.group(m, 3), sc.group(m, 4)
	}
	code = strings.ToLower(code)
	yr := yearNumber(y)
	n := int(code[1] - '0')
	if code[0] == 'h' {
		e.fixed(monthRange(doc.Date{Year: yr, Month: 6*(n-1) + 1, Day: 1}, 6))
	} else {
		e.fixed(quarter(yr, n, 1))
	}
	return e, true
}

func buildEnQuarter(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	w := strings.ToLower(sc.group(m, 1))
	q := quarterNum[w]
	if w == "last" {
		q = 4
	}
	if y := sc.group(m, 2); y != "" {
		e.fixed(quarter(yearNumber(y), q, 1))
		return e, true
	}
	off := 0
	if sc.group(m, 4) != "" {
		// the first quarter of the year, of this year, of last year
		off = relOffset(strings.ToLower(sc.group(m, 3)))
		if strings.EqualFold(sc.group(m, 3), "the") {
			off = 0
		}
	} else if w == "last" {
		return e, false // "the last quarter" is relative; left to "last quarter"
	}
	e.calc = func(ref doc.Date) (resolved, bool) { return quarter(ref.Year+off, q, 1), true }
	if off == 0 {
		e.inYear = func(y int) resolved { return quarter(y, q, 1) }
	}
	return e, true
}

func buildZhQuarter(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if !strings.HasSuffix(sc.s[m[0]:m[1]], "季度") {
		return e, false
	}
	y, yRel, hasY := 0, true, false
	if s := sc.group(m, 1); s != "" {
		y, yRel, hasY = yearNumber(s), false, true
	} else if s := sc.group(m, 2); s != "" {
		y, hasY = zhRelYearOff[s], true
	}
	q, n := 0, 1
	switch {
	case sc.group(m, 3) != "":
		q = quarterNum[sc.group(m, 3)]
	case sc.group(m, 4) != "":
		q = quarterNum[sc.group(m, 4)]
		if isZhNumeral(sc.prevRune(m[8])) {
			return e, false
		}
	case sc.group(m, 5) != "":
		q, n = 1, quarterNum[sc.group(m, 5)]
	default:
		off := 0
		switch sc.group(m, 6) {
		case "上":
			off = -1
		case "下":
			off = 1
		}
		e.calc = func(ref doc.Date) (resolved, bool) {
			start := addMonths(doc.Date{Year: ref.Year, Month: (ref.Month-1)/3*3 + 1, Day: 1}, 3*off)
			return monthRange(start, 3), true
		}
		return e, true
	}
	if hasY && !yRel {
		e.fixed(quarter(y, q, n))
		return e, true
	}
	e.calc = func(ref doc.Date) (resolved, bool) { return quarter(ref.Year+y, q, n), true }
	if !hasY {
		e.inYear = func(y int) resolved { return quarter(y, q, n) } // 2024年一季度至三季度
	}
	return e, true
}

// lastN resolves the n whole units before (n < 0) or after (n > 0) the
// reference period: last 2 days are the two days before today, next 3
// months the three months after this one. Units: d, w, m, q (quarters),
// y, D (decades).
func lastN(ref doc.Date, unit byte, n int) resolved {
	k := n
	if k < 0 {
		k = -k
	}
	switch unit {
	case 'd':
		if n < 0 {
			return dayRange(addDays(ref, n), addDays(ref, -1))
		}
		return dayRange(addDays(ref, 1), addDays(ref, n))
	case 'w':
		mon := weekStart(ref)
		if n < 0 {
			return dayRange(addDays(mon, 7*n), addDays(mon, -1))
		}
		return dayRange(addDays(mon, 7), addDays(mon, 7*n+6))
	case 'm':
		if n < 0 {
			return monthRange(addMonths(ref, n), k)
		}
		return monthRange(addMonths(ref, 1), k)
	case 'q':
		q := doc.Date{Year: ref.Year, Month: (ref.Month-1)/3*3 + 1, Day: 1}
		if n < 0 {
			return monthRange(addMonths(q, 3*n), 3*k)
		}
		return monthRange(addMonths(q, 3), 3*k)
	case 'D':
		d := ref.Year / 10 * 10
		if n < 0 {
			return yearRange(d+10*n, 10*k)
		}
		return yearRange(d+10, 10*k)
	}
	if n < 0 {
		return yearRange(ref.Year+n, k)
	}
	return yearRange(ref.Year+1, k)
}

func buildEnLastN(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	ns := strings.ToLower(sc.group(m, 2))
	n := enNumber(ns)
	if ns == "couple of" || ns == "couple" {
		n = 2
	}
	if n < 1 {
		return e, false
	}
	switch strings.ToLower(sc.group(m, 1)) {
	case "last", "past", "previous":
		n = -n
	}
	unit := strings.ToLower(sc.group(m, 3))[0]
	if unit != 'q' {
		// days, weeks, months, years and decades roll (rolling.go)
		return rollingExpr(m[0], m[1], rollingUnit(sc.group(m, 3)), n), true
	}
	e.calc = func(ref doc.Date) (resolved, bool) { return lastN(ref, unit, n), true }
	return e, true
}

func buildZhLastN(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	n := smallNumber(sc.group(m, 2))
	if n < 1 {
		return e, false
	}
	dir := sc.group(m, 1)
	if p := sc.prevRune(m[0]); isZhNumeral(p) || p == '年' || p == '的' || p == '月' || p == '最' || p == '之' || p == '以' || p == '日' {
		return e, false // 今年前两个月 (first months of a year), 之后三年, 3月后
	}
	past := dir == "上" || dir == "前" || dir == "过去" || dir == "過去"
	if past {
		n = -n
	}
	unit := byte('y')
	switch sc.group(m, 3) {
	case "天", "日":
		unit = 'd'
	case "月":
		unit = 'm'
	case "年":
	default:
		unit = 'w'
	}
	if unit == 'm' && !strings.ContainsAny(sc.s[m[0]:m[1]], "个個") && (dir == "上" || dir == "下") {
		return e, false // 上两月 is not said; 下三月 neither
	}
	switch dir {
	case "过去", "過去", "未来", "未來", "接下来", "接下来的", "今后", "今後":
		// rolling periods up to or from the publication date (rolling.go)
		return rollingExpr(m[0], m[1], rollingUnit(sc.group(m, 3)), n), true
	}
	e.calc = func(ref doc.Date) (resolved, bool) { return lastN(ref, unit, n), true }
	return e, true
}

// nthWeekday returns the n-th (n = -1: last) weekday wd of month m of year y.
func nthWeekday(y, m, wd, n int) (doc.Date, bool) {
	if n < 0 {
		last := monthEnd(y, m)
		return addDays(last, -((weekdayOf(last) - wd + 7) % 7)), true
	}
	first := doc.Date{Year: y, Month: m, Day: 1}
	d := addDays(first, (wd-weekdayOf(first)+7)%7+7*(n-1))
	return d, d.Month == m
}

var ordinalNum = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
	"fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1}

func buildEnNthWeekday(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	n := ordinalNum[strings.ToLower(sc.group(m, 1))]
	wd := enDows[strings.ToLower(sc.group(m, 2))[:3]]
	mo, mOff := 0, 0
	if g := strings.ToLower(sc.group(m, 3)); g == "" {
		mo = monthOf(sc.group(m, 4))
	} else {
		mOff = relOffset(strings.Fields(g)[0])
	}
	y := sc.group(m, 5)
	if n == 0 || wd == 0 {
		return e, false
	}
	dir := 0
	if mo > 0 && y == "" {
		dir = sc.dateDir(m[0], m[1])
	}
	e.calc = func(ref doc.Date) (resolved, bool) {
		first := addMonths(ref, mOff)
		yr, mm := first.Year, first.Month
		if mo > 0 {
			mm = mo
			yr = nearestYear(ref, mo, 1, false, dir)
		}
		if y != "" {
			yr = yearNumber(y)
		}
		d, ok := nthWeekday(yr, mm, wd, n)
		return dayRange(d, d), ok
	}
	if y != "" {
		r, ok := e.calc(doc.Date{Year: 2000, Month: 1, Day: 1})
		if !ok {
			return e, false
		}
		e.fixed(r)
	}
	return e, true
}

func buildZhNthWeekday(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	mo := smallNumber(sc.group(m, 1))
	n := -1
	if s := sc.group(m, 2); s != "" {
		n = quarterNum[s]
		if s == "五" || s == "5" {
			n = 5
		}
	}
	wd := strings.Index("一二三四五六日", sc.group(m, 4))/len("一") + 1
	if sc.group(m, 4) == "天" {
		wd = 7
	}
	if mo < 1 || mo > 12 || wd < 1 {
		return e, false
	}
	dir := sc.dateDir(m[0], m[1])
	e.calc = func(ref doc.Date) (resolved, bool) {
		d, ok := nthWeekday(nearestYear(ref, mo, 1, false, dir), mo, wd, n)
		return dayRange(d, d), ok
	}
	return e, true
}

func buildEnOrdinalDay(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if hasPrefixFold(sc.s[m[0]:], "on ") {
		e.start = m[0] + 3
		for e.start < m[1] && sc.s[e.start] == ' ' {
			e.start++
		}
	}
	d := enNumber(sc.group(m, 1))
	if d < 1 || d > 31 {
		return e, false
	}
	rel := strings.ToLower(sc.group(m, 2))
	if rel == "" {
		// "the 22nd summit" is an ordinal, "the 18th." a day
		rest := strings.TrimLeft(sc.s[m[1]:], " ")
		if rest != "" && !strings.ContainsAny(rest[:1], ".,;:!?)") {
			return e, false
		}
		e.f = fields{d: d, hasD: true}
		return e, true
	}
	off := relOffset(rel)
	e.f = fields{m: off, mRel: true, hasM: true, d: d, hasD: true}
	return e, true
}
