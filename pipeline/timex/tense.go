package timex

import (
	"regexp"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// Tense of the clause around a bare weekday: news reports mostly look back
// ("said on Tuesday", 周二表示), announcements look ahead ("will meet on
// Tuesday", 将于周二).
const (
	tenseNone = iota
	tensePast
	tenseFuture
)

var (
	futureRe = regexp.MustCompile(`(?i)\b(?:will|shall|going to|is to|are to|scheduled|due to|plans? to|next|upcoming|coming)\b|'ll\b|将|拟|计划|即将|准备|预计|届时`)
	pastRe   = regexp.MustCompile(`(?i)\b(?:said|says|was|were|had|did|held|met|took|gave|made|told|ago|last|previous|earlier|\w{3,}ed)\b|了|已|表示|指出|宣布|称|说|会见|会晤|出席|召开|举行|访问|签署|发表`)
	clauseRe = regexp.MustCompile(`[。！？；!?;\n]|\.\s`)
)

// tense reads the clause holding text[start:end]: future cues win over past
// cues; with neither the expression is read as upcoming.
func (sc *scan) tense(start, end int) int {
	lo := sc.window(0, max(0, start-200)+64) // at most ~200 bytes back
	lo = max(0, min(lo, start))
	if locs := clauseRe.FindAllStringIndex(sc.s[lo:start], -1); len(locs) > 0 {
		lo += locs[len(locs)-1][1]
	}
	hi := min(len(sc.s), end+200)
	for hi < len(sc.s) && !isRuneStart(sc.s[hi]) {
		hi++
	}
	if loc := clauseRe.FindStringIndex(sc.s[end:hi]); loc != nil {
		hi = end + loc[0]
	}
	clause := sc.s[lo:start] + " " + sc.s[end:hi]
	switch {
	case futureRe.MatchString(clause):
		return tenseFuture
	case pastRe.MatchString(clause) && !strings.Contains(clause, "?"):
		return tensePast
	}
	return tenseNone
}

// weekdayByTense resolves a bare weekday (1 = Monday): in a past-tense
// clause the latest such day on or before the reference date, otherwise the
// next one after it.
func weekdayByTense(wd, tense int) func(doc.Date) (resolved, bool) {
	return func(ref doc.Date) (resolved, bool) {
		cur := weekdayOf(ref)
		var d doc.Date
		if tense == tensePast {
			d = addDays(ref, -((cur - wd + 7) % 7))
		} else {
			diff := (wd - cur + 7) % 7
			if diff == 0 {
				diff = 7
			}
			d = addDays(ref, diff)
		}
		return dayRange(d, d), true
	}
}
