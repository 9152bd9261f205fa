package timex

// Distances from a date ("3 days after January 12th", "two weeks from
// today") and years written after a yearless range ("September 14th to
// 16th, 2025").

import (
	"regexp"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// unitAfterRe is a unit word after a number: the number is a count.
var unitAfterRe = regexp.MustCompile(`(?i)^\s+(?:days?|weeks?|months?|years?)\b`)

// shiftNextRe is the word after a distance that mergeShift reads.
var shiftNextRe = regexp.MustCompile(`(?i)^\s+(?:from|after|before|since)\b`)

// shiftRe is a distance before a date: "3 days after", "two weeks from".
var shiftRe = newFastRe(`(?i)\b(\d+|a|an|one|` + enCountWords + `)\s+(days?|weeks?|months?|years?)\s+(from|after|before|since)\s*$`)

// mergeShift moves a day by the distance written before it:
// "16 days from 01/02/2018", "two days after today".
func (sc *scan) mergeShift(es []expr) []expr {
	for i := range es {
		e := &es[i]
		if e.right != nil || e.precision() != doc.Day {
			continue
		}
		prevEnd := 0
		if i > 0 {
			prevEnd = es[i-1].end
		}
		prevEnd = sc.window(prevEnd, e.start)
		m := sc.findBefore(shiftRe, prevEnd, e.start, shiftEnds)
		if m == nil {
			continue
		}
		n := enNumber(sc.s[m[2]:m[3]])
		if n < 1 {
			continue
		}
		if strings.EqualFold(sc.s[m[6]:m[7]], "before") {
			n = -n
		}
		unit := strings.ToLower(sc.s[m[4] : m[4]+1])
		inner := *e
		shifted := *e
		shifted.start = m[0]
		shifted.f, shifted.abs, shifted.right, shifted.weekday, shifted.week = fields{}, nil, nil, 0, nil
		shifted.distance = true
		shift := func(r resolved) resolved {
			t := r.from.Time()
			switch unit {
			case "d":
				t = t.AddDate(0, 0, n)
			case "w":
				t = t.AddDate(0, 0, 7*n)
			case "m":
				t = t.AddDate(0, n, 0)
			default:
				t = t.AddDate(n, 0, 0)
			}
			d := doc.DateOf(t)
			return dayRange(d, d)
		}
		shifted.calc = func(ref doc.Date) (resolved, bool) {
			r, ok := inner.resolve(&ref)
			if !ok {
				return r, false
			}
			return shift(r), true
		}
		if !inner.relative() {
			if r, ok := inner.resolve(nil); ok {
				shifted.calc = nil
				shifted.fixed(shift(r))
			}
		}
		*e = shifted
	}
	return es
}

// trailingYearRe sits between a yearless range and its year: "September 14th to 16th, 2025".
var trailingYearRe = regexp.MustCompile(`^\s*,?\s*(?:in\s+|of\s+)?$`)

// mergeTrailingYear gives a yearless range the year written after it.
func (sc *scan) mergeTrailingYear(es []expr) []expr {
	out := sc.buffer(es)
	for i := 0; i < len(es); i++ {
		e := es[i]
		if i+1 < len(es) && e.right != nil && e.calc == nil && e.abs == nil && e.right.calc == nil && e.right.abs == nil &&
			!e.f.hasY && !e.right.f.hasY && e.f.hasM {
			n := es[i+1]
			if n.calc == nil && n.abs == nil && n.right == nil && n.f.hasY && !n.f.yRel && !n.f.hasM && n.start-e.end <= maxGap && trailingYearRe.MatchString(sc.s[e.end:n.start]) &&
				!strings.Contains(sc.s[n.start:n.end], "年") { // 8月31日至9月1日,2025年上合峰会: the year belongs to the name

				r := *e.right
				r.f.y, r.f.hasY, r.f.yy = n.f.y, true, n.f.yy
				e.f.y, e.f.hasY, e.f.yy = n.f.y, true, n.f.yy
				e.right = &r
				e.end = n.end
				out = append(out, e)
				i++
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// Weekdays written with a distance: "Monday two weeks from now",
// "Thursday, two years from now", "in 3 days on Friday", "two months from
// today on Tuesday". The distance gives a day; the weekday is the one of
// that day's week (weeks run Monday to Sunday, as everywhere in this
// package): "Monday two weeks from now" in a paper of Wednesday
// 2016-11-09 is Monday 2016-11-21.
var (
	weekdayDistGapRe = regexp.MustCompile(`^\s*,?\s*$`)
	distWeekdayGapRe = regexp.MustCompile(`(?i)^\s*,?\s*on\s+$`)
)

// mergeWeekdayShift joins a bare weekday and a distance next to it.
func (sc *scan) mergeWeekdayShift(es []expr) []expr {
	out := sc.buffer(es)
	for i := 0; i < len(es); i++ {
		e := es[i]
		if i+1 < len(es) {
			n := es[i+1]
			gap := sc.s[e.end:n.start]
			var wd int
			var dist expr
			switch {
			case e.weekday > 0 && n.distance && n.right == nil && weekdayDistGapRe.MatchString(gap):
				wd, dist = e.weekday, n
			case n.weekday > 0 && e.distance && e.right == nil && distWeekdayGapRe.MatchString(gap):
				wd, dist = n.weekday, e
			}
			if wd > 0 {
				j := expr{start: e.start, end: n.end, distance: true}
				inner := dist
				move := func(r resolved) resolved {
					d := addDays(weekStart(r.from), wd-1)
					return dayRange(d, d)
				}
				j.calc = func(ref doc.Date) (resolved, bool) {
					r, ok := inner.resolve(&ref)
					if !ok {
						return r, false
					}
					return move(r), true
				}
				if !inner.relative() {
					if r, ok := inner.resolve(nil); ok {
						j.calc = nil
						j.fixed(move(r))
					}
				}
				out = append(out, j)
				i++
				continue
			}
		}
		out = append(out, e)
	}
	return out
}
