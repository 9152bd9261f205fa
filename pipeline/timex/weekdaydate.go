package timex

// Dates written with their weekday: "Tue, May 7", "Jul 18, Fri", "Friday,
// July 18", "Thu 15th", 8月31日（星期日）, 9月1日(周一), 周日，二月九号. The
// weekday settles the year of a yearless date (the month of a bare day):
// the occurrence nearest the reference that falls on that weekday, on or
// after it in a future-tense clause, on or before it in a past-tense one
// (fields.dir). Only the year before and after the one the date alone
// would take are tried (the months of the year around the reference for a
// bare day): when none falls on the weekday, the writer's weekday is wrong
// and the date resolves as if it had none.

import "github.com/sco-news/extract/pipeline/doc"

// weekdayDate resolves the yearless date inner (month-day or bare day) so
// that it falls on weekday wd (1 = Monday).
func weekdayDate(inner expr, wd int) func(ref doc.Date) (resolved, bool) {
	return func(ref doc.Date) (resolved, bool) {
		r, ok := inner.resolve(&ref)
		if !ok || weekdayOf(r.from) == wd || inner.f.hasY {
			return r, ok
		}
		dir := inner.f.dir
		var best resolved
		bestDist := -1.0
		try := func(f fields) {
			x, ok := f.resolve(&ref)
			if !ok || weekdayOf(x.from) != wd || dir > 0 && before(x.from, ref) || dir < 0 && before(ref, x.from) {
				return
			}
			if dist := absHours(x.from.Time().Sub(ref.Time())); bestDist < 0 || dist < bestDist {
				best, bestDist = x, dist
			}
		}
		if inner.f.hasM {
			for y := r.from.Year - 1; y <= r.from.Year+1; y++ {
				f := inner.f
				f.y, f.hasY, f.yRel, f.yy = y, true, false, false
				try(f)
			}
		} else {
			for off := -12; off <= 12; off++ {
				first := addMonths(ref, off)
				f := inner.f
				f.y, f.hasY, f.yRel, f.yy = first.Year, true, false, false
				f.m, f.hasM, f.mRel = first.Month, true, false
				try(f)
			}
		}
		if bestDist < 0 {
			return r, true
		}
		return best, true
	}
}

// weekdayFits reports whether a date expression of the text can take its
// year or month from a weekday written next to it: a yearless month-day or
// a bare day, read from fields.
func weekdayFits(e expr) bool {
	return e.calc == nil && e.abs == nil && e.right == nil && e.f.hasD && !e.f.hasY && !e.f.mRel
}
