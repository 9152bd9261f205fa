package timex

import (
	"regexp"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// Parts of periods: "end of April", "beginning of next week", 年底, 月初,
// 中旬. They follow Duckling's convention: of a month, the beginning is days
// 1-10, the middle 11-20 and the end 21 to the last day; of a year,
// January-March, May-August and September-December; of a week,
// Monday-Wednesday and Friday-Sunday.

var (
	partBeforeRe = newFastRe(`(?i)\b(?:(?:at|by|in|around)\s+)?(?:the\s+)?(beginning|start|early|end|late|mid|middle)(?:\s+of|-)?(?:\s+the)?\s*$`)
	partAloneRe  = regexp.MustCompile(`(?i)\b(?:(?:at|by|in|around)\s+)?(?:the\s+)?(beginning|start|end|middle)\s+of\s+(?:the\s+)?(month|year|week)\b|\b(EOM|BOM|EOY|BOY)\b`)
	// 中 alone is left out: 2024年中国, 今年中方, 三个月中 are not mid-periods.
	partAfterRe = regexp.MustCompile(`^(?:初|底|末|中旬|上旬|下旬)`)
	partZhRe    = regexp.MustCompile(`(年|月)(初|底|末)|(上旬|中旬|下旬)`)
	// partAloneTrig and partZhTrig say where the two bare forms can occur.
	partAloneTrig, partZhTrig compiled
	// partAloneFast and partZhFast are the two patterns with their cheaper equivalents.
	partAloneFast, partZhFast = fastOf(partAloneRe), fastOf(partZhRe)
)

// partOf narrows r to its beginning (-1), middle (0) or end (1).
func partOf(r resolved, part int) resolved {
	days := int(r.to.Time().Sub(r.from.Time()).Hours()/24) + 1
	switch {
	case r.prec == doc.Year || days > 300:
		y := r.from.Year
		switch part {
		case -1:
			return monthRange(doc.Date{Year: y, Month: 1, Day: 1}, 3)
		case 0:
			return monthRange(doc.Date{Year: y, Month: 5, Day: 1}, 4)
		}
		return monthRange(doc.Date{Year: y, Month: 9, Day: 1}, 4)
	case days == 7:
		if part < 0 {
			return dayRange(r.from, addDays(r.from, 2))
		}
		if part > 0 {
			return dayRange(addDays(r.from, 4), r.to)
		}
		return dayRange(addDays(r.from, 2), addDays(r.from, 4))
	}
	switch part {
	case -1:
		return dayRange(r.from, addDays(r.from, 9))
	case 0:
		return dayRange(addDays(r.from, 10), addDays(r.from, 19))
	}
	return dayRange(addDays(r.from, 20), r.to)
}

func partWord(w string) int {
	switch strings.ToLower(w) {
	case "beginning", "start", "early", "初", "上旬", "bom", "boy":
		return -1
	case "mid", "middle", "中", "中旬":
		return 0
	}
	return 1
}

// withPart makes e resolve to a part of what it resolved to.
func withPart(e expr, part int) expr {
	inner := e
	e.f, e.abs, e.right, e.weekday, e.openRange = fields{}, nil, nil, 0, false
	e.calc = func(ref doc.Date) (resolved, bool) {
		r, ok := inner.resolve(&ref)
		if !ok {
			return r, false
		}
		return partOf(r, part), true
	}
	if !inner.relative() {
		if r, ok := inner.resolve(nil); ok {
			e.calc = nil
			e.fixed(partOf(r, part))
		}
	}
	return e
}

// mergeParts applies "end of", "beginning of", 年底, 月初 to the periods they
// qualify, and reads the bare forms (end of the month, 年底, EOY).
func (sc *scan) mergeParts(es []expr) []expr {
	for i := range es {
		e := &es[i]
		if e.right != nil || e.weekday > 0 {
			continue
		}
		prevEnd := 0
		if i > 0 {
			prevEnd = es[i-1].end
		}
		p := e.precision()
		prevEnd = sc.window(prevEnd, e.start)
		if m := sc.findBefore(partBeforeRe, prevEnd, e.start, partEnds); m != nil && p != doc.Day || m != nil && e.calc != nil {
			start := m[2] // "at the end of 2012": the span starts at "end"
			*e = withPart(*e, partWord(sc.s[m[2]:m[3]]))
			e.start = start
			continue
		}
		nextStart := len(sc.s)
		if i+1 < len(es) {
			nextStart = es[i+1].start
		}
		if m := partAfterRe.FindStringIndex(sc.s[e.end:nextStart]); m != nil && (p == doc.Year || p == doc.Month) && e.calc == nil && !e.openRange {
			w := sc.s[e.end : e.end+m[1]]
			if p == doc.Year && strings.Contains(w, "旬") {
				continue
			}
			end := e.end + m[1]
			*e = withPart(*e, partWord(w))
			e.end = end
		}
	}
	// bare forms
	var extra []expr
	for k, re := range []*regexp.Regexp{partAloneRe, partZhRe} {
		trig, fr := partAloneTrig, partAloneFast
		if k == 1 {
			trig, fr = partZhTrig, partZhFast
		}
		for _, m := range sc.findNear(&sc.hits, fr, &trig) {
			start, end := m[0], m[1]
			clash := false
			for _, e := range es {
				if start < e.end && e.start < end {
					clash = true
					break
				}
			}
			if clash {
				continue
			}
			var word, unit string
			switch {
			case re == partAloneRe && m[2] >= 0:
				word, unit = sc.s[m[2]:m[3]], strings.ToLower(sc.s[m[4]:m[5]])
			case re == partAloneRe:
				code := strings.ToLower(sc.s[m[6]:m[7]])
				word, unit = code[:1], map[byte]string{'m': "month", 'y': "year"}[code[2]]
				if word == "e" {
					word = "end"
				} else {
					word = "beginning"
				}
			case m[2] >= 0:
				word, unit = sc.s[m[4]:m[5]], map[string]string{"年": "year", "月": "month"}[sc.s[m[2]:m[3]]]
				if p := sc.prevRune(start); isZhNumeral(p) || p == '今' || p == '去' || p == '明' || p == '本' || p == '上' || p == '下' || p == '每' {
					continue
				}
			default:
				word, unit = sc.s[m[6]:m[7]], "month"
			}
			base := expr{start: start, end: end}
			switch unit {
			case "year":
				base.f = fields{y: 0, yRel: true, hasY: true}
			case "month":
				base.f = fields{m: 0, mRel: true, hasM: true}
			default:
				base.calc = func(ref doc.Date) (resolved, bool) {
					mon := weekStart(ref)
					return dayRange(mon, addDays(mon, 6)), true
				}
			}
			if re == partAloneRe && m[2] >= 0 {
				start = m[2]
			}
			pe := withPart(base, partWord(word))
			pe.start, pe.end = start, end
			extra = append(extra, pe)
		}
	}
	if len(extra) == 0 {
		return es
	}
	es = append(es, extra...)
	sortExprs(es)
	return es
}

func buildEnDayOfMonth(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if hasPrefixFold(sc.s[m[0]:], "on ") {
		e.start = m[0] + 3
	}
	d := enNumber(sc.group(m, 1))
	if d < 1 || d > 31 {
		return e, false
	}
	e.f = fields{m: relOffset(sc.group(m, 2)), mRel: true, hasM: true, d: d, hasD: true}
	return e, true
}

// buildEnHalf reads "earlier this year" and "later this week"; see half.
func buildEnHalf(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	later := strings.EqualFold(sc.group(m, 1), "later")
	off := relOffset(sc.group(m, 2))
	unit := strings.ToLower(sc.group(m, 3))[0]
	e.calc = func(ref doc.Date) (resolved, bool) { return half(ref, unit, off, later) }
	return e, true
}

// buildZhEarlierLater reads 今年早些时候, 本月晚些时候, 上周早些时候; see half.
func buildZhEarlierLater(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	p := []rune(sc.group(m, 1))
	off := map[rune]int{'今': 0, '本': 0, '这': 0, '這': 0, '上': -1, '去': -1, '下': 1, '明': 1}[p[0]]
	unit := map[rune]byte{'年': 'y', '月': 'm', '周': 'w', '週': 'w'}[p[len(p)-1]]
	later := strings.Contains(sc.group(m, 2), "晚")
	e.calc = func(ref doc.Date) (resolved, bool) { return half(ref, unit, off, later) }
	return e, true
}

// half is the first (later false) or second half of the week (w), month
// (m) or year (y) off periods from ref's: weeks split Monday-Wednesday and
// Thursday-Sunday, months after the 15th, years after June. For the
// current period the half is cut at ref: "earlier" ends the day before it,
// "later" starts on it.
func half(ref doc.Date, unit byte, off int, later bool) (resolved, bool) {
	var from, to, mid doc.Date // mid: first day of the second half
	switch unit {
	case 'w':
		from = addDays(weekStart(ref), 7*off)
		to, mid = addDays(from, 6), addDays(from, 3)
	case 'm':
		from = addMonths(ref, off)
		to, mid = monthEnd(from.Year, from.Month), addDays(from, 15)
	default:
		from = doc.Date{Year: ref.Year + off, Month: 1, Day: 1}
		to, mid = doc.Date{Year: from.Year, Month: 12, Day: 31}, doc.Date{Year: from.Year, Month: 7, Day: 1}
	}
	if later {
		from = mid
		if off == 0 && before(from, ref) {
			from = ref
		}
	} else {
		to = addDays(mid, -1)
		if off == 0 && !before(to, ref) {
			to = addDays(ref, -1)
		}
	}
	if before(to, from) {
		return resolved{}, false
	}
	return dayRange(from, to), true
}

// buildZhHalfPeriod reads 上半月 (days 1-15 of this month), 下半月 (16 to
// the end), 上半周 (Monday-Wednesday) and 下半周 (Thursday-Sunday).
func buildZhHalfPeriod(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	first := sc.group(m, 1) == "上"
	month := sc.group(m, 2) == "月"
	e.calc = func(ref doc.Date) (resolved, bool) {
		if month {
			start := doc.Date{Year: ref.Year, Month: ref.Month, Day: 1}
			if first {
				return dayRange(start, addDays(start, 14)), true
			}
			return dayRange(addDays(start, 15), monthEnd(ref.Year, ref.Month)), true
		}
		mon := weekStart(ref)
		if first {
			return dayRange(mon, addDays(mon, 2)), true
		}
		return dayRange(addDays(mon, 3), addDays(mon, 6)), true
	}
	return e, true
}
