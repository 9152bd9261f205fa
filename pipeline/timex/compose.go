package timex

import (
	"regexp"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// Compositions pick a part of a period that another expression names:
// "the first week of 2015", "the last 3 weeks of this year", "week 27 of
// last year", "the 9th month of next year", "the fifth last day of May",
// 2021年的第一周, 今年前两个月, 去年的前10天, "the week of April 10th".
//
// Weeks run Monday to Sunday and are counted the ISO 8601 way: the first
// week of a year or month is the one holding its first Thursday, the last
// week the one holding its last Thursday. The result has day precision
// (weeks, days) or month precision (months).

var (
	// nthOfRe is the English selector before "of <period>".
	nthOfRe = newFastRe(`(?i)\b(?:the\s+)?(?:(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th|\d{1,2}(?:st|nd|rd|th))(?:\s+(last))?(?:\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?\s+(week|month|day)s?|(week)\s+(\d{1,2}))\s+(?:of|in)\s+(?:the\s+)?$`)
	// weekOfRe is "the week of <day>", "w/c <day>", "the week beginning <day>".
	weekOfDayRe = newFastRe(`(?i)\b(?:(?:the\s+)?week\s+of|(?:the\s+)?week\s+(?:beginning|starting|commencing)(?:\s+on)?|w/c)\s+(?:the\s+)?$`)
	// zhNthRe is the Chinese selector after a period: 的第一周, 前两个月, 的最后3周.
	zhNthRe = regexp.MustCompile(`^(?:的)?(?:第([一二两三四五六七八九十0-9]{1,3})\s*(?:个|個)?\s*(周|週|星期|月|天)|(前|最后|最後)\s*([一二两三四五六七八九十0-9]{1,3})\s*(?:个|個)?\s*(周|週|星期|月|天|日))`)
	// weekNumberRe is "week 31" not followed by "of" (that is nthOfRe's).
	weekNumberRe = regexp.MustCompile(`(?i)\bweek\s+(\d{1,2})\b`)
	// afterNextRe follows a weekday, month or week: "friday after next".
	afterNextRe = regexp.MustCompile(`(?i)^\s+after\s+next\b`)
)

var (
	nthEnds    = []string{"of", "in", "the"}
	weekOfEnds = []string{"of", "beginning", "starting", "commencing", "on", "w/c", "the"}
)

// derive makes e resolve to f applied to what e resolved to. ok is false
// when e is absolute and f rejects it (the 5th week of February).
func derive(e expr, f func(resolved) (resolved, bool)) (expr, bool) {
	inner := e
	e.f, e.abs, e.right, e.weekday, e.openRange, e.week = fields{}, nil, nil, 0, false, nil
	e.calc = func(ref doc.Date) (resolved, bool) {
		r, ok := inner.resolve(&ref)
		if !ok {
			return r, false
		}
		return f(r)
	}
	if !inner.relative() {
		r, ok := inner.resolve(nil)
		if !ok {
			return inner, false
		}
		x, ok := f(r)
		if !ok {
			return inner, false
		}
		e.calc = nil
		e.fixed(x)
	}
	return e, true
}

// firstWeek is the Monday of the week holding the first Thursday on or
// after d; lastWeek the Monday of the week holding the last Thursday on or
// before d.
func firstWeek(d doc.Date) doc.Date {
	thu := addDays(d, (4-weekdayOf(d)+7)%7)
	return addDays(thu, -3)
}

func lastWeek(d doc.Date) doc.Date {
	thu := addDays(d, -((weekdayOf(d) - 4 + 7) % 7))
	return addDays(thu, -3)
}

// selector picks n units (count) from the start (n > 0: the n-th) or the
// end (n < 0: the n-th from last) of a period.
type selector struct {
	unit  byte // 'w' week, 'm' month, 'd' day
	n     int  // 1-based position; negative counts from the end
	count int  // how many units (1 unless "the first 2 weeks")
}

func (s selector) apply(r resolved) (resolved, bool) {
	if s.n == 0 || s.count < 1 {
		return r, false
	}
	switch s.unit {
	case 'w':
		var mon doc.Date
		if s.n > 0 {
			mon = addDays(firstWeek(r.from), 7*(s.n-1))
		} else {
			mon = addDays(lastWeek(r.to), 7*(s.n+1)-7*(s.count-1))
		}
		end := addDays(mon, 7*s.count-1)
		if before(r.to, mon) || before(end, r.from) {
			return r, false
		}
		return dayRange(mon, end), true
	case 'm':
		if r.prec != doc.Year {
			return r, false
		}
		months := (r.to.Year-r.from.Year)*12 + r.to.Month - r.from.Month + 1
		first := s.n - 1
		if s.n < 0 {
			first = months + s.n - (s.count - 1)
		}
		if first < 0 || first+s.count > months {
			return r, false
		}
		return monthRange(addMonths(r.from, first), s.count), true
	}
	days := int(r.to.Time().Sub(r.from.Time()).Hours()/24) + 1
	if r.prec == doc.Day && days < 2 {
		return r, false
	}
	first := s.n - 1
	if s.n < 0 {
		first = days + s.n - (s.count - 1)
	}
	if first < 0 || first+s.count > days {
		return r, false
	}
	return dayRange(addDays(r.from, first), addDays(r.from, first+s.count-1)), true
}

// ordinalOf reads first, 2nd, 3rd, 27th; 0 when w is none of them.
func ordinalOf(w string) int {
	w = strings.ToLower(w)
	if w == "last" {
		return -1
	}
	if n, ok := ordinalNum[w]; ok {
		return n
	}
	return max(0, enNumber(w))
}

// mergeCompose reads selectors before (English) and after (Chinese) the
// periods they select from, and "X after next".
func (sc *scan) mergeCompose(es []expr) []expr {
	out := sc.buffer(es)
	for i := 0; i < len(es); i++ {
		e := es[i]
		if e.right != nil {
			out = append(out, e)
			continue
		}
		p := e.precision()
		lo := sc.window(0, e.start)
		// English: "the first week of", "week 27 of"
		if p != doc.Day {
			if m := sc.findBefore(nthOfRe, lo, e.start, nthEnds); m != nil {
				if c, ok := sc.enSelector(m, e); ok {
					out = dropFrom(out, c.start)
					out = append(out, c)
					continue
				}
			}
		}
		// "the week of April 10th", "w/c Feb 4"
		if p == doc.Day && e.calc == nil {
			if m := sc.findBefore(weekOfDayRe, lo, e.start, weekOfEnds); m != nil {
				long := !strings.Contains(strings.ToLower(sc.s[m[0]:m[1]]), " of")
				if c, ok := derive(e, func(r resolved) (resolved, bool) {
					if long {
						return dayRange(r.from, addDays(r.from, 6)), true
					}
					mon := weekStart(r.from)
					return dayRange(mon, addDays(mon, 6)), true
				}); ok {
					c.start = m[0]
					out = dropFrom(out, c.start)
					out = append(out, c)
					continue
				}
			}
		}
		// Chinese: 2021年的第一周, 今年前两个月
		next := len(sc.s)
		if i+1 < len(es) {
			next = es[i+1].end
		}
		if p != doc.Day && e.weekday == 0 && e.week == nil {
			if m := zhNthRe.FindStringSubmatchIndex(sc.s[e.end:next]); m != nil {
				if c, ok := sc.zhSelector(m, e); ok {
					for i+1 < len(es) && es[i+1].start < c.end {
						i++
					}
					out = append(out, c)
					continue
				}
			}
		}
		// "friday after next", "March after next"
		if e.weekday > 0 || e.week != nil || e.f.hasM && !e.f.mRel && !e.f.hasY && !e.f.hasD && e.calc == nil {
			if m := afterNextRe.FindStringIndex(sc.s[e.end:min(len(sc.s), e.end+32)]); m != nil {
				if c, ok := afterNext(e); ok {
					c.end = e.end + m[1]
					out = append(out, c)
					continue
				}
			}
		}
		out = append(out, e)
	}
	return out
}

// dropFrom removes the trailing expressions of out that start at or after start.
func dropFrom(out []expr, start int) []expr {
	for len(out) > 0 && out[len(out)-1].end > start {
		out = out[:len(out)-1]
	}
	return out
}

func (sc *scan) enSelector(m []int, e expr) (expr, bool) {
	g := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return sc.s[m[2*k]:m[2*k+1]]
	}
	s := selector{count: 1}
	if g(5) != "" { // week 27 of
		s.unit, s.n = 'w', enNumber(g(6))
	} else {
		s.unit = strings.ToLower(g(4))[0]
		s.n = ordinalOf(g(1))
		if g(2) != "" { // third last
			if s.n < 0 {
				return e, false
			}
			s.n = -s.n
		}
		if g(3) != "" {
			s.count = enNumber(g(3))
			if s.n != 1 && s.n != -1 {
				return e, false // "the second 3 weeks" is not said
			}
		}
	}
	c, ok := derive(e, s.apply)
	if !ok {
		return e, false
	}
	c.start = m[2]
	if m[0] < m[2] && strings.HasPrefix(strings.ToLower(sc.s[m[0]:m[2]]), "the") {
		c.start = m[0]
	}
	if g(5) != "" {
		c.start = m[10]
	}
	return c, true
}

func (sc *scan) zhSelector(m []int, e expr) (expr, bool) {
	base := e.end
	g := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return sc.s[base+m[2*k] : base+m[2*k+1]]
	}
	unitOf := func(u string) byte {
		switch u {
		case "月":
			return 'm'
		case "天", "日":
			return 'd'
		}
		return 'w'
	}
	s := selector{count: 1}
	if g(1) != "" {
		s.n, s.unit = smallNumber(g(1)), unitOf(g(2))
	} else {
		s.count, s.unit = smallNumber(g(4)), unitOf(g(5))
		s.n = 1
		if g(3) != "前" {
			s.n = -1
		}
	}
	if s.n == 0 || s.count < 1 {
		return e, false
	}
	c, ok := derive(e, s.apply)
	if !ok {
		return e, false
	}
	c.end = base + m[1]
	return c, true
}

// afterNext resolves "X after next": the occurrence after the next one.
func afterNext(e expr) (expr, bool) {
	switch {
	case e.weekday > 0:
		wd := e.weekday
		e.weekday = 0
		e.calc = func(ref doc.Date) (resolved, bool) {
			d := addDays(ref, (wd-weekdayOf(ref)+6)%7+1+7)
			return dayRange(d, d), true
		}
	case e.week != nil:
		off := *e.week
		if off != 0 {
			return e, false
		}
		e.week = nil
		e.calc = func(ref doc.Date) (resolved, bool) {
			mon := addDays(weekStart(ref), 14)
			return dayRange(mon, addDays(mon, 6)), true
		}
	default:
		mo := e.f.m
		e.f = fields{}
		e.calc = func(ref doc.Date) (resolved, bool) {
			y := ref.Year + 1
			if mo <= ref.Month {
				y++
			}
			return monthRange(doc.Date{Year: y, Month: mo, Day: 1}, 1), true
		}
	}
	return e, true
}

// buildWeekNumber reads "week 31": ISO week 31 of the reference year.
func buildWeekNumber(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	n := smallNumber(sc.group(m, 1))
	if n < 1 || n > 53 || hasPrefixFold(strings.TrimLeft(sc.s[m[1]:], " "), "of ") {
		return e, false
	}
	e.calc = func(ref doc.Date) (resolved, bool) {
		mon := addDays(firstWeek(doc.Date{Year: ref.Year, Month: 1, Day: 1}), 7*(n-1))
		return dayRange(mon, addDays(mon, 6)), true
	}
	return e, true
}
