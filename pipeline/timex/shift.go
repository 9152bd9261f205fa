package timex

// Distances from a date ("3 days after January 12th", "two weeks from
// today") and years written after a yearless range ("September 14th to
// 16th, 2025").

import (
	"regexp"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// shiftNextRe is the word after a distance that mergeShift reads.
var shiftNextRe = regexp.MustCompile(`(?i)^\s+(?:from|after|before|since)\b`)

// shiftRe is a distance before a date: "3 days after", "two weeks from".
var shiftRe = regexp.MustCompile(`(?i)\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?|years?)\s+(from|after|before|since)\s*$`)

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
	var out []expr
	for i := 0; i < len(es); i++ {
		e := es[i]
		if i+1 < len(es) && e.right != nil && e.calc == nil && e.abs == nil && e.right.calc == nil && e.right.abs == nil &&
			!e.f.hasY && !e.right.f.hasY && e.f.hasM {
			n := es[i+1]
			if n.calc == nil && n.abs == nil && n.right == nil && n.f.hasY && !n.f.yRel && !n.f.hasM && n.start-e.end <= maxGap && trailingYearRe.MatchString(sc.s[e.end:n.start]) &&
				!strings.Contains(sc.s[n.start:n.end], "年") { // 8月31日至9月1日,2025年上合峰会: the year belongs to the name

				r := *e.right
				r.f.y, r.f.hasY = n.f.y, true
				e.f.y, e.f.hasY = n.f.y, true
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
