package timex

// Resolution of explicit ranges (8月31日至9月1日, "from May to March",
// "from next Monday to Friday"): each end resolves, the end takes the
// start's year or month where it states none, and must not come first.

import "github.com/sco-news/extract/pipeline/doc"

// resolveRange resolves an explicit range; the end must not come first.
func resolveRange(le, re *expr, ref *doc.Date) (resolved, bool) {
	if le.calc != nil || re.calc != nil || le.abs != nil || re.abs != nil || le.openRange || re.openRange || re.right != nil {
		l, r := *le, *re
		l.right = nil
		a, ok := l.resolve(ref)
		if !ok {
			return resolved{}, false
		}
		b, ok := r.resolve(ref)
		if r.weekday > 0 && ok {
			// from next Monday to Friday: the first Friday on or after the start
			d := addDays(a.from, (r.weekday-weekdayOf(a.from)+7)%7)
			b = dayRange(d, d)
		}
		if r.inYear != nil {
			// 2024年一季度至三季度: the end is in the start's year, or the next
			b, ok = r.inYear(a.from.Year), true
			if before(b.to, a.from) {
				b = r.inYear(a.from.Year + 1)
			}
		}
		if ok && before(b.to, a.from) && r.calc == nil && r.abs == nil && r.f.hasM && !r.f.hasY && !r.f.mRel {
			// from today to March 5: the end is the next March 5
			r.f.y, r.f.hasY, r.f.yy = b.from.Year+1, true, false
			b, ok = r.resolve(ref)
		}
		if !ok || before(b.to, a.from) {
			return resolved{}, false
		}
		return resolved{a.from, b.to, finer(a.prec, b.prec)}, true
	}
	l, r := inherit(le.f, re.f)
	dir := l.dir
	l.dir, r.dir = 0, 0
	res, ok := rangeFields(l, r, le.f, re.f, ref)
	if !ok || dir == 0 || l.hasY || ref == nil {
		return res, ok
	}
	// a yearless range in a future-tense clause ends on or after the
	// reference, in a past-tense one starts on or before it: "will be out
	// from August to October" in a paper of November is next year's
	if dir > 0 && before(res.to, *ref) || dir < 0 && before(*ref, res.from) {
		l.y, l.hasY = res.from.Year+dir, true
		if !r.hasY {
			r.y, r.hasY = res.to.Year+dir, true
		}
		return rangeFields(l, r, le.f, re.f, ref)
	}
	return res, ok
}

// rangeFields resolves the range of the fields l and r (each with what
// inherit gave it from the other; lf and rf as the text states them).
func rangeFields(l, r, lf, rf fields, ref *doc.Date) (resolved, bool) {
	a, ok := l.resolve(ref)
	if !ok {
		return resolved{}, false
	}
	assigned := !rf.hasY
	if !r.hasY {
		r.y, r.yRel, r.hasY, r.yy = a.from.Year, false, true, false
	}
	if !r.hasM && r.hasD {
		r.m, r.mRel, r.hasM = a.from.Month, false, true
	}
	b, ok := r.resolve(ref)
	if !ok {
		return resolved{}, false
	}
	if before(b.to, a.from) {
		switch {
		case assigned && rf.hasM:
			r.y, r.yRel, r.yy = b.from.Year+1, false, false
		case !rf.hasM && rf.hasD:
			base := b.from.Year*12 + b.from.Month // next month
			r.y, r.m, r.yRel, r.mRel, r.yy = base/12, base%12+1, false, false, false
		case !lf.hasY && rf.hasY && l.hasM && !l.yRel:
			// Nov-Feb 2017: the start borrowed the end's year, it is the year before
			l.y--
			if a, ok = l.resolve(ref); !ok {
				return resolved{}, false
			}
		default:
			return resolved{}, false
		}
		if b, ok = r.resolve(ref); !ok || before(b.to, a.from) {
			return resolved{}, false
		}
	}
	return resolved{a.from, b.to, finer(a.prec, b.prec)}, true
}
