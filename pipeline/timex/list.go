package timex

// Lists of days sharing a month: "18 and 19 June", "June 18, 19 and 20",
// 8月18日和19日, 8月18、19日, 18、19日. Each day is a date of its own, in the
// month (and year) the list names once.

import (
	"regexp"
	"strings"
)

var (
	// listBeforeRe is a day number and a list word before a date: "18 and ", "18、".
	listBeforeRe = newFastRe(`(?i)(?:^|[^0-9A-Za-z.,/:-])([0-9]{1,2})(st|nd|rd|th)?\s*(?:,|and|or|、)\s*$`)
	// listAfterRe is a list word and a day number after a date: " and 19", ", 19".
	listAfterRe = regexp.MustCompile(`(?i)^\s*(?:,\s*and|,\s*or|,|and|or)\s*([0-9]{1,2})(?:st|nd|rd|th)?\b`)
	// listEndRe follows the last day of a list: the end of a clause or more of the list.
	listEndRe = regexp.MustCompile(`(?i)^(?:\s*$|\s*[.,;:!?)]|\s+(?:and|or)\b)`)
	// listGapRe joins two Chinese days of a list: 8月18日和19日.
	listGapRe = regexp.MustCompile(`^\s*(?:和|、|及|与|或|以及)\s*$`)
	listEnds  = []string{",", "and", "or", "、"}
)

// listable reports whether e is a plain day of a month that a list can share.
func listable(e expr) bool {
	return e.calc == nil && e.abs == nil && e.right == nil && e.f.hasD && !e.openRange
}

// mergeLists reads the day numbers listed before and after a date, and
// gives a bare day listed after a date that date's month.
func (sc *scan) mergeLists(es []expr) []expr {
	var extra []expr
	for i := range es {
		e := es[i]
		if !listable(e) {
			continue
		}
		prevEnd, nextStart := 0, len(sc.s)
		if i > 0 {
			prevEnd = es[i-1].end
		}
		if i+1 < len(es) {
			nextStart = es[i+1].start
		}
		// before: 18 and 19 June, 18、19日
		pos := e.start
		var before []expr
		for k := 0; k < 8; k++ {
			lo := sc.window(prevEnd, pos)
			m := sc.findBefore(listBeforeRe, lo, pos, listEnds)
			if m == nil {
				break
			}
			d := smallNumber(sc.s[m[2]:m[3]])
			if d < 1 || d > 31 {
				break
			}
			end := m[3]
			if m[4] >= 0 {
				end = m[5]
			}
			x := expr{start: m[2], end: end, f: e.f, runes: end - m[2]}
			x.f.d = d
			before = append(before, x)
			pos = m[2]
		}
		if len(before) > 0 && sc.locIn(betweenRe, sc.window(prevEnd, pos), pos) != nil {
			before = nil // between 18 and 19 June is a range
		}
		extra = append(extra, before...)
		// after, in English text: June 18 and 19, June 18, 19 and 20
		if !e.f.hasM || sc.han {
			continue
		}
		pos = e.end
		for k := 0; k < 8; k++ {
			m := listAfterRe.FindStringSubmatchIndex(sc.s[pos:min(nextStart, pos+24)])
			if m == nil || !listEndRe.MatchString(sc.s[pos+m[1]:]) {
				break
			}
			d := smallNumber(sc.s[pos+m[2] : pos+m[3]])
			if d < 1 || d > 31 {
				break
			}
			x := expr{start: pos + m[2], end: pos + m[1], f: e.f, runes: m[1] - m[2]}
			x.f.d = d
			extra = append(extra, x)
			pos += m[1]
		}
	}
	if len(extra) > 0 {
		es = append(es, extra...)
		sortExprs(es)
	}
	// a Chinese bare day after a month or a day of a month: 8月18、19日, 8月18日和19日
	out := sc.buffer(es)
	for _, e := range es {
		if n := len(out); n > 0 && listable(e) && !e.f.hasM {
			p := &out[n-1]
			gap := sc.s[p.end:e.start]
			switch {
			case p.calc == nil && p.abs == nil && p.right == nil && p.f.hasM && !p.f.hasD && gap == "" && strings.HasSuffix(sc.s[p.start:p.end], "月"):
				p.f.d, p.f.hasD, p.end = e.f.d, true, e.end
				continue
			case listable(*p) && p.f.hasM && listGapRe.MatchString(gap):
				d := e.f.d
				e.f = p.f
				e.f.d = d
			}
		}
		out = append(out, e)
	}
	return out
}
