package timex

import (
	"regexp"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

var (
	// connRe joins two dates into a range: 8月31日至9月1日, August 31 to September 1.
	connRe = regexp.MustCompile(`^\s*(?:至|到|-|—|–|~|～|－|―|−|(?:to|through|thru|till|until|up to)(?:\s+the)?)\s*$`)
	// andRe joins two dates only inside "between … and …" or "…和…之间".
	andRe = regexp.MustCompile(`^\s*(?:and(?:\s+the)?|和|与|跟)\s*$`)
	// betweenRe and fromRe open a range ("from", 从); their words go into the span.
	betweenRe = newFastRe(`(?i)(?:\bbetween(?:\s+the)?)\s*$`)
	fromRe    = newFastRe(`(?i)(?:\bfrom(?:\s+the)?|从|自|由)\s*$`)
	amongRe   = regexp.MustCompile(`^\s*之?间`)
	// bareBeforeRe is a number that borrows the unit of the date after it:
	// 15-16日, 2024-2025年, 23rd to 26th Oct.
	bareBeforeRe = newFastRe(`(?i)(?:^|[^0-9０-９a-z])((?:the\s+)?([0-9０-９]{1,4}|[零〇○一二两三四五六七八九十廿卅]{1,4}|first|second|third|\w+th)(?:st|nd|rd|th)?[日号號]?)\s*(?:至|到|-|—|–|~|～|－|―|to(?:\s+the)?|through|thru|till|until|and(?:\s+the)?)\s*$`)
	// bareAfterRe is a number that borrows the unit of the date before it:
	// September 14th to 16th, 8月15日至17日 is covered by the date rules.
	bareAfterRe = regexp.MustCompile(`(?i)^\s*(?:至|到|-|—|–|~|～|－|―|to(?:\s+the)?|through|thru|till|until)\s*(?:the\s+)?([0-9０-９]{1,2}(?:st|nd|rd|th)?|[a-z]+(?:-[a-z]+)?)\b`)
	// weekdayGapRe sits between a weekday and the date it names: "Tuesday, the 19th", "周日, 二月十号".
	weekdayGapRe = regexp.MustCompile(`(?i)^[\s,，、]*(?:[-(（]\s*)?(?:the\s+)?$`)
	// weekOfRe sits between a weekday and its week: "Wednesday of next week", "last week's Sunday".
	weekOfRe = regexp.MustCompile(`(?i)^(?:\s*(?:of|from|in|on|,|-)?\s*(?:the\s+)?|'s\s+)$`)
	// parenWeekdayRe sits between a date and a weekday after it: 8月31日（星期日）.
	parenWeekdayRe = regexp.MustCompile(`^[\s,，]*[(（]?\s*$`)
)

// merge joins weekdays to the dates they name, and dates to ranges.
func (sc *scan) merge(es []expr) []expr {
	es = sc.mergeWeekdays(es)
	es = sc.mergeWordYear(es)
	es = sc.mergeParts(es)
	es = sc.mergeCompose(es)
	es = sc.mergeRanges(es)
	es = sc.mergeBare(es)
	es = sc.mergeLists(es)
	es = sc.mergeTrailingYear(es)
	es = sc.mergeAnchored(es)
	es = sc.mergeShift(es)
	es = sc.mergeWeekdayShift(es)
	return es
}

// buffer returns an empty list with room for es, for a merge step that
// copies es into a new list: the array of the list the step before the
// last one read (dead by then, as every step that calls buffer returns
// the new list), or a new one. es's array is kept for the next step.
func (sc *scan) buffer(es []expr) []expr {
	out := sc.spare[:0]
	if cap(out) < len(es) {
		out = make([]expr, 0, len(es))
	}
	sc.spare = es[:0]
	return out
}

// maxGap is the longest gap in bytes between two expressions that a
// connecting word ("to", 至, "of", "and the") can fill.
const maxGap = 24

// findBefore matches re, a pattern anchored at its end ($), against
// s[lo:hi], returning submatch indexes in s's offsets; nil when no match.
// The text before hi, without trailing spaces, must end with one of ends
// (compared without case) for re to be tried at all: the pattern's last
// word. That keeps the per-expression cost near zero.
func (sc *scan) findBefore(re *fastRe, lo, hi int, ends []string) []int {
	t := strings.TrimRight(sc.s[lo:hi], " \t")
	found := false
	for _, e := range ends {
		if len(t) >= len(e) && strings.EqualFold(t[len(t)-len(e):], e) {
			found = true
			break
		}
	}
	if !found {
		return nil
	}
	if body := bodies[re]; body != nil {
		lo = bodyStart(sc.s, lo, hi, body)
	}
	return sc.findFirst(re, lo, hi)
}

// Last words of the patterns findBefore runs.
var (
	shiftEnds = []string{"from", "after", "before", "since"}
	bareEnds  = []string{"至", "到", "-", "—", "–", "~", "～", "－", "―", "to", "the", "through", "thru", "till", "until", "and"}
	partEnds  = []string{"beginning", "start", "early", "end", "late", "mid", "middle", "of", "-", "the"}
)

func (sc *scan) mergeWeekdays(es []expr) []expr {
	out := sc.buffer(es)
	for i := 0; i < len(es); i++ {
		e := es[i]
		if i+1 < len(es) {
			n := es[i+1]
			gap := sc.s[e.end:n.start]
			switch {
			case len(gap) > maxGap:
			case (e.weekday > 0 && n.week != nil || e.week != nil && n.weekday > 0) && weekOfRe.MatchString(gap):
				wd, off := e.weekday, 0
				if wd == 0 {
					wd, off = n.weekday, *e.week
				} else {
					off = *n.week
				}
				e.weekday, e.week, e.end = 0, nil, n.end
				e.calc = func(ref doc.Date) (resolved, bool) {
					d := addDays(weekStart(ref), 7*off+wd-1)
					return dayRange(d, d), true
				}
				out = append(out, e)
				i++
				continue
			case e.dow > 0 && n.calc == nil && n.f.hasD && weekdayGapRe.MatchString(gap):
				if weekdayFits(n) {
					n.calc = weekdayDate(n, e.dow)
				}
				n.start = e.start
				if strings.ContainsAny(gap, "(（") {
					n.end = sc.closeParen(n.end)
				}
				out = append(out, n)
				i++
				continue
			case n.weekday > 0 && e.calc == nil && e.f.hasD && parenWeekdayRe.MatchString(gap):
				if weekdayFits(e) {
					e.calc = weekdayDate(e, n.weekday)
				}
				e.end = n.end
				if rest := sc.s[e.end:]; strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "）") {
					if strings.ContainsAny(gap, "(（") {
						e.end += len(")")
						if strings.HasPrefix(rest, "）") {
							e.end += len("）") - len(")")
						}
					}
				}
				out = append(out, e)
				i++
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

func (sc *scan) mergeRanges(es []expr) []expr {
	out := sc.buffer(es)
	for i := 0; i < len(es); i++ {
		e := es[i]
		if i+1 < len(es) && e.right == nil && es[i+1].right == nil {
			n := es[i+1]
			gap := sc.s[e.end:n.start]
			pre := sc.s[sc.window(0, e.start):e.start]
			var ok bool
			start, end := e.start, n.end
			switch {
			case len(gap) > maxGap:
			case connRe.MatchString(gap):
				ok = true
			case andRe.MatchString(gap):
				if loc := sc.locIn(betweenRe, e.start-len(pre), e.start); loc != nil {
					ok, start = true, e.start-len(pre)+loc[0]
				} else if loc := amongRe.FindStringIndex(sc.s[n.end:]); loc != nil {
					ok, end = true, n.end+loc[1]
				}
			}
			if ok && !n.f.hasM && n.f.hasY && !e.f.hasY && n.calc == nil && n.abs == nil && e.calc == nil && e.abs == nil {
				ok = false // Aug-2016 is a month, not a range
			}
			if ok {
				w := sc.window(0, start)
				if loc := sc.locIn(fromRe, w, start); loc != nil && start == e.start {
					start = w + loc[0]
				} else if loc := sc.locIn(betweenRe, w, start); loc != nil && start == e.start {
					start = w + loc[0]
				}
				r := n
				e.right = &r
				if _, good := e.resolve(sc.ref); good || sc.ref == nil {
					e.start, e.end = start, end
					out = append(out, e)
					i++
					continue
				}
				e.right = nil
			}
		}
		out = append(out, e)
	}
	return out
}

// mergeBare makes ranges of a date and a bare number next to it.
func (sc *scan) mergeBare(es []expr) []expr {
	for i := range es {
		e := &es[i]
		if e.right != nil || e.calc != nil || e.openRange {
			continue
		}
		prevEnd := 0
		if i > 0 {
			prevEnd = es[i-1].end
		}
		nextStart := len(sc.s)
		if i+1 < len(es) {
			nextStart = es[i+1].start
		}
		// number before: 15-16日, 2024-2025年, the 13th to the 15th of July
		lo := max(prevEnd, e.start-40)
		for lo > prevEnd && !isRuneStart(sc.s[lo]) {
			lo++
		}
		if m := sc.findBefore(bareBeforeRe, lo, e.start, bareEnds); m != nil {
			m = append([]int(nil), m...)
			for k := range m {
				if m[k] >= 0 {
					m[k] -= lo
				}
			}
			num := sc.s[lo+m[4] : lo+m[5]]
			conn := strings.ToLower(sc.s[lo+m[3] : e.start])
			if strings.Contains(conn, "and") && sc.locIn(betweenRe, sc.window(prevEnd, lo+m[2]), lo+m[2]) == nil {
				// "3 and 12 of Sept" is a range only after "between"
			} else if l, ok := sc.bareFields(num, e.f); ok {
				left := expr{start: lo + m[2], end: lo + m[3], f: l}
				right := *e
				left.right = &right
				left.end = e.end
				w := sc.window(prevEnd, left.start)
				if loc := sc.locIn(fromRe, w, left.start); loc != nil {
					left.start = w + loc[0]
				} else if loc := sc.locIn(betweenRe, w, left.start); loc != nil {
					left.start = w + loc[0]
				}
				if _, good := left.resolve(sc.ref); good || sc.ref == nil {
					*e = left
					continue
				}
			}
		}
		// number after: September 14th to 16th
		if !e.f.hasD {
			continue
		}
		if m := bareAfterRe.FindStringSubmatchIndex(sc.s[e.end:min(nextStart, e.end+64)]); m != nil {
			num := sc.s[e.end+m[2] : e.end+m[3]]
			d := enNumber(num)
			if d < 1 || d > 31 || d <= e.f.d {
				continue
			}
			end := e.end + m[1]
			// a trailing 日/号 belongs to the number
			if rest := sc.s[end:nextStart]; strings.HasPrefix(rest, "日") || strings.HasPrefix(rest, "号") {
				end += len("日")
			}
			right := expr{start: e.end + m[2], end: end, f: fields{d: d, hasD: true}}
			l := *e
			l.right = &right
			l.end = end
			if w := sc.window(prevEnd, l.start); sc.locIn(fromRe, w, l.start) != nil {
				l.start = w + sc.locIn(fromRe, w, l.start)[0]
			}
			if _, good := l.resolve(sc.ref); good || sc.ref == nil {
				*e = l
			}
		}
	}
	return es
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// bareFields reads a bare number as the finest unit of f: a day before a
// date, a month before a month, a year before a year.
func (sc *scan) bareFields(num string, f fields) (fields, bool) {
	switch f.precision() {
	case doc.Day:
		d := enNumber(num)
		if d < 0 {
			d = smallNumber(num)
		}
		if d < 1 || d > 31 || d >= f.d {
			return fields{}, false
		}
		return fields{d: d, hasD: true}, true
	case doc.Month:
		m := smallNumber(num)
		if m < 1 || m > 12 || m >= f.m || f.mRel {
			return fields{}, false
		}
		return fields{m: m, hasM: true}, true
	default:
		if len([]rune(num)) != 4 || f.yRel {
			return fields{}, false
		}
		y := yearNumber(num)
		if y < 1000 || y >= f.y {
			return fields{}, false
		}
		return fields{y: y, hasY: true}, true
	}
}

// inherit gives each side of a range the higher fields only the other
// states: 8月31日至9月1日 both take the publication year; 14th to 16th
// takes September from the left.
func inherit(l, r fields) (fields, fields) {
	if !r.hasY && l.hasY && (r.hasM || r.hasD) {
		r.y, r.yRel, r.hasY, r.yy = l.y, l.yRel, true, l.yy
	}
	if !l.hasY && r.hasY && (l.hasM || l.hasD) {
		l.y, l.yRel, l.hasY, l.yy = r.y, r.yRel, true, r.yy
	}
	if l.dir == 0 {
		l.dir = r.dir // 23rd to 26th Oct: the year the end's clause picks
	}
	if !r.hasM && r.hasD && l.hasM {
		r.m, r.mRel, r.hasM = l.m, l.mRel, true
	}
	if !l.hasM && l.hasD && r.hasM {
		l.m, l.mRel, l.hasM = r.m, r.mRel, true
	}
	return l, r
}

// closeParen returns i moved past a closing parenthesis right after it
// (spaces allowed), or i.
func (sc *scan) closeParen(i int) int {
	j := i
	for j < len(sc.s) && sc.s[j] == ' ' {
		j++
	}
	if strings.HasPrefix(sc.s[j:], ")") {
		return j + 1
	}
	if strings.HasPrefix(sc.s[j:], "）") {
		return j + len("）")
	}
	return i
}
