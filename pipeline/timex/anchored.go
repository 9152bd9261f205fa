package timex

// Durations anchored at a day: "for 3 days from today", "a week starting
// tomorrow", "2 weeks starting May 20th", "from 18th Dec for 10 days". They
// state a period by its first day and its length, so they resolve to that
// day through the day before the length runs out (3 days from Monday:
// Monday to Wednesday). A bare "3 days from today" is a single day three
// days on (shift.go); the anchored form needs "for" or "starting".

import (
	"regexp"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

var (
	// anchoredBeforeRe is the length before the first day: "for 3 days, from", "a week starting".
	anchoredBeforeRe = newFastRe(`(?i)\b(?:(for)\s+)?(\d+|a|an|one|` + enCountWords + `)\s+(days?|weeks?|months?)\s*,?\s*(?:(starting|beginning)(?:\s+(?:from|on))?|from)\s*$`)
	// anchoredAfterRe is the length after the first day: " for 10 days".
	anchoredAfterRe = regexp.MustCompile(`(?i)^\s*,?\s*for\s+(\d+|a|an|one|` + enCountWords + `)\s+(days?|weeks?|months?)\b`)
	anchoredEnds    = []string{"from", "starting", "beginning", "on"}
)

// mergeAnchored turns a day with a length before or after it into the
// period it starts.
func (sc *scan) mergeAnchored(es []expr) []expr {
	for i := range es {
		e := &es[i]
		if e.right != nil || e.precision() != doc.Day || e.weekday > 0 && e.calc == nil {
			continue
		}
		prevEnd := 0
		if i > 0 {
			prevEnd = es[i-1].end
		}
		lo := sc.window(prevEnd, e.start)
		if m := sc.findBefore(anchoredBeforeRe, lo, e.start, anchoredEnds); m != nil && (m[2] >= 0 || m[8] >= 0) {
			if a, ok := anchored(*e, sc.s[m[4]:m[5]], sc.s[m[6]:m[7]]); ok {
				a.start = m[0]
				*e = a
				continue
			}
		}
		nextStart := len(sc.s)
		if i+1 < len(es) {
			nextStart = es[i+1].start
		}
		if m := anchoredAfterRe.FindStringSubmatchIndex(sc.s[e.end:min(nextStart, e.end+40)]); m != nil {
			if a, ok := anchored(*e, sc.s[e.end+m[2]:e.end+m[3]], sc.s[e.end+m[4]:e.end+m[5]]); ok {
				a.end = e.end + m[1]
				if loc := sc.locIn(fromRe, lo, e.start); loc != nil {
					a.start = lo + loc[0]
				}
				*e = a
			}
		}
	}
	return es
}

// anchored makes e resolve to the n units (days, weeks, months) starting on
// the day e resolves to.
func anchored(e expr, num, unit string) (expr, bool) {
	n := enNumber(num)
	if n < 1 {
		return e, false
	}
	u := strings.ToLower(unit)[0]
	return derive(e, func(r resolved) (resolved, bool) {
		t := r.from.Time()
		switch u {
		case 'w':
			t = t.AddDate(0, 0, 7*n)
		case 'm':
			t = t.AddDate(0, n, 0)
		default:
			t = t.AddDate(0, 0, n)
		}
		return dayRange(r.from, addDays(doc.DateOf(t), -1)), true
	})
}
