package timex

import (
	"time"

	"github.com/sco-news/extract/pipeline/doc"
)

// fields is a date as the text states it: each of year, month and day is
// absent, an absolute value, or (year and month) an offset from the
// publication date (去年 is year -1 relative, 本月 is month 0 relative).
type fields struct {
	y, m, d          int
	hasY, hasM, hasD bool
	yRel, mRel       bool
	// yy marks a year written with two digits (03/18/40, 08年): y holds
	// yearNumber's reading, which resolve moves to the century that puts
	// it at most ten years after the reference (pivotYear).
	yy bool
	// dir is the tense of the clause around a yearless date: 1 (future)
	// takes the next occurrence on or after the reference, -1 (past) the
	// latest on or before it, 0 the nearest (nearestYear).
	dir int
}

// resolved is a resolved expression: first and last day (inclusive) and the
// precision the text gives.
type resolved struct {
	from, to doc.Date
	prec     string
}

// precision returns the finest unit the fields state.
func (f fields) precision() string {
	switch {
	case f.hasD:
		return doc.Day
	case f.hasM:
		return doc.Month
	}
	return doc.Year
}

// relative reports whether resolving f needs the publication date.
func (f fields) relative() bool {
	return (f.hasY && f.yRel) || (f.hasM && f.mRel) || !f.hasY
}

// resolve turns f into a date at its precision. ref is the publication date
// (nil when unknown). ok is false when f needs ref and ref is nil, or when
// the date does not exist (2月30日).
//
// Missing fields are taken from ref: a month or month-day without year is
// in ref's year, unless that puts it more than six months after ref, when it
// is the year before (8月31日 in a paper of 2025-03-01 is 2024-08-31; 9月1日
// in a paper of 2025-08-29 is 2025-09-01), or more than ten months before
// ref, when it is the year after (1月5日 in a paper of 2025-12-28 is
// 2026-01-05); a bare day (30日) takes the nearest of the previous, the
// current and the next month.
func (f fields) resolve(ref *doc.Date) (resolved, bool) {
	if !f.hasY && !f.hasM && !f.hasD {
		return resolved{}, false
	}
	if f.relative() && ref == nil {
		return resolved{}, false
	}
	prec := f.precision()
	y, m := 0, 0
	if f.hasY {
		y = f.y
		if f.yRel {
			y += ref.Year
		}
		if f.yy && ref != nil {
			y = pivotYear(y, ref.Year)
		}
	}
	if f.hasM {
		m = f.m
		if f.mRel {
			base := ref.Year*12 + ref.Month - 1 + f.m
			y, m = base/12, base%12+1
		}
	}
	switch {
	case !f.hasY && f.hasM && !f.mRel:
		y = nearestYear(*ref, m, f.d, f.hasD, f.dir)
	case !f.hasM && f.hasD:
		if !f.hasY {
			y = ref.Year
		}
		y, m = nearestMonth(*ref, y, f.d)
	}
	if prec == doc.Year {
		return resolved{doc.Date{Year: y, Month: 1, Day: 1}, doc.Date{Year: y, Month: 12, Day: 31}, prec}, true
	}
	if m < 1 || m > 12 {
		return resolved{}, false
	}
	if prec == doc.Month {
		return resolved{doc.Date{Year: y, Month: m, Day: 1}, monthEnd(y, m), prec}, true
	}
	if f.d < 1 || f.d > monthEnd(y, m).Day {
		return resolved{}, false
	}
	d := doc.Date{Year: y, Month: m, Day: f.d}
	return resolved{d, d, prec}, true
}

// nearestYear picks the year for month m (day d when hasD): the reference
// year, or the year before when that puts the date more than six months
// after the reference (a paper of 2025-03 writing 9月 means 2024-09), or
// the year after when it puts it more than ten months before (a paper of
// 2025-12 writing 1月5日 means 2026-01-05). News looks back more often than
// ahead, hence the uneven window: a paper of 2025-11 writing 3月 means
// 2025-03.
// A 2月29日 goes back to the last leap year.
//
// dir, the tense of the clause (fields.dir), overrides the window: 1
// takes the next occurrence on or after ref ("will meet on March 3" in a
// paper of 2025-11 is 2026-03-03; "will meet in November" in that paper is
// 2025-11), -1 the latest on or before it.
func nearestYear(ref doc.Date, m, d int, hasD bool, dir int) int {
	if !hasD {
		d = 1
	}
	y := ref.Year
	limit := doc.DateOf(ref.Time().AddDate(0, 6, 0))
	back := doc.DateOf(ref.Time().AddDate(0, -10, 0))
	dd := min(d, monthEnd(y, m).Day)
	switch {
	case dir > 0:
		if m < ref.Month || hasD && m == ref.Month && dd < ref.Day {
			y++
		}
	case dir < 0:
		if m > ref.Month || hasD && m == ref.Month && dd > ref.Day {
			y--
		}
	case before(limit, doc.Date{Year: y, Month: m, Day: dd}):
		y--
	case before(doc.Date{Year: y, Month: m, Day: dd}, back):
		y++ // a paper of 2025-12-28 writing 1月5日 means 2026-01-05
	}
	for i := 0; i < 8 && hasD && d > monthEnd(y, m).Day; i++ {
		y--
	}
	return y
}

// pivotYear moves a two-digit year y (read as 19yy or 20yy) to the
// century that puts it at most ten years after the reference year:
// 03/18/40 in a paper of 2016 is 1940, 10-31-74 is 1974, 12-11-10 is 2010.
func pivotYear(y, refYear int) int {
	y = refYear - refYear%100 + y%100
	if y > refYear+10 {
		y -= 100
	}
	return y
}

// nearestMonth picks the month (around ref's, in year y) holding day d
// nearest to ref; months without that day are passed over.
func nearestMonth(ref doc.Date, y, d int) (int, int) {
	by, bm, bestDist := y, ref.Month, -1.0
	for off := -1; off <= 1; off++ {
		base := y*12 + ref.Month - 1 + off
		cy, cm := base/12, base%12+1
		if d > monthEnd(cy, cm).Day {
			continue
		}
		dist := absHours(doc.Date{Year: cy, Month: cm, Day: d}.Time().Sub(ref.Time()))
		if bestDist < 0 || dist < bestDist {
			by, bm, bestDist = cy, cm, dist
		}
	}
	return by, bm
}

func absHours(d time.Duration) float64 {
	h := d.Hours()
	if h < 0 {
		return -h
	}
	return h
}

// monthEnd returns the last day of month m of year y.
func monthEnd(y, m int) doc.Date {
	t := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
	return doc.DateOf(t)
}

// addDays returns d moved by n days.
func addDays(d doc.Date, n int) doc.Date {
	return doc.DateOf(d.Time().AddDate(0, 0, n))
}

// addMonths returns the first day of the month n months after d's month.
func addMonths(d doc.Date, n int) doc.Date {
	base := d.Year*12 + d.Month - 1 + n
	return doc.Date{Year: base / 12, Month: base%12 + 1, Day: 1}
}

// before reports whether a is earlier than b.
func before(a, b doc.Date) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}

// weekStart returns the Monday of d's week.
func weekStart(d doc.Date) doc.Date {
	wd := (int(d.Time().Weekday()) + 6) % 7 // Monday = 0
	return addDays(d, -wd)
}

// weekdayOf returns d's weekday with Monday = 1 … Sunday = 7.
func weekdayOf(d doc.Date) int {
	return (int(d.Time().Weekday())+6)%7 + 1
}

// dayRange is a resolved single day or day range.
func dayRange(from, to doc.Date) resolved { return resolved{from, to, doc.Day} }

// monthRange is n months from the month of start, at month precision.
func monthRange(start doc.Date, n int) resolved {
	last := addMonths(start, n-1)
	return resolved{addMonths(start, 0), monthEnd(last.Year, last.Month), doc.Month}
}

// yearRange is n years from year y, at year precision.
func yearRange(y, n int) resolved {
	return resolved{doc.Date{Year: y, Month: 1, Day: 1}, doc.Date{Year: y + n - 1, Month: 12, Day: 31}, doc.Year}
}
