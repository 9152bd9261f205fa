package timex

import (
	"strings"
	"unicode/utf8"

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
	futureRe = newFastRe(`(?i)\b(?:will|shall|going to|is to|are to|scheduled|due to|plans? to|next|upcoming|coming)\b|'ll\b|将|拟|计划|即将|准备|预计|届时`)
	pastRe   = newFastRe(`(?i)\b(?:said|says|was|were|had|did|held|met|took|gave|made|told|ago|last|previous|earlier|\w{3,}ed)\b|了|已|表示|指出|宣布|称|说|会见|会晤|出席|召开|举行|访问|签署|发表`)
	// The cues that move a yearless date (dateDir) are stricter than the
	// weekday ones: a reporting verb (表示, 宣布) or an event verb (举行,
	// 召开) says nothing of when the event is in Chinese, nor a participle
	// in English ("held in Tianjin from August 31", "to be signed"), 将 is "will" only
	// before a verb (将于, 将举行; 将观察员国统一为 is 把), a word that
	// makes a date of its own (last, next, ago, earlier) is no cue for the
	// date next to it ("the fifth last day of May"), and a date moved a
	// year by a false cue is worse than a weekday moved a week.
	dateFutureRe = newFastRe(`(?i)\b(?:will|shall|would|going to|is to|are to|to be held|scheduled|due to|plans? to|planned|expected to)\b|'ll\b|将(?:于|在|会|要|是|赴|举行|举办|召开|出席|访问|前往|参加|迎来|进行|启动|开幕|闭幕|主持|率团)|拟|计划|即将|准备|预计|届时`)
	datePastRe   = newFastRe(`(?i)\b(?:said|was|were|had|did|took|met|began|told|happened|occurred|previously)\b|了|已|曾|此前|日前`)
)

// tense reads the clause holding text[start:end]: future cues win over past
// cues; with neither the expression is read as upcoming.
func (sc *scan) tense(start, end int) int {
	return sc.clauseTense(start, end, futureRe, pastRe)
}

// dateDir is the direction a yearless date of text[start:end] takes
// (fields.dir): 1 with a future cue in its clause, -1 with a past cue, 0
// with neither.
func (sc *scan) dateDir(start, end int) int {
	switch sc.clauseTense(start, end, dateFutureRe, datePastRe) {
	case tenseFuture:
		return 1
	case tensePast:
		return -1
	}
	return 0
}

// clauseTense reads the clause around text[start:end] with the given cues.
func (sc *scan) clauseTense(start, end int, future, past *fastRe) int {
	lo := sc.window(0, max(0, start-200)+64) // at most ~200 bytes back
	lo = max(0, min(lo, start))
	lo = sc.lastClauseEnd(lo, start)
	hi := min(len(sc.s), end+200)
	for hi < len(sc.s) && !isRuneStart(sc.s[hi]) {
		hi++
	}
	hi = sc.firstClauseEnd(end, hi)
	clause := sc.s[lo:start] + " " + sc.s[end:hi]
	low := clause
	if sc.safe {
		low = sc.low[lo:start] + " " + sc.low[end:hi]
	}
	switch {
	case future.matchString(clause, low, sc.safe):
		return tenseFuture
	case past.matchString(clause, low, sc.safe) && !strings.Contains(clause, "?"):
		return tensePast
	}
	return tenseNone
}

// A clause ends at 。！？；!?; or a line break, or at a full stop followed
// by white space (\s: space, tab, line breaks).

func isClauseMark(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '\n':
		return true
	}
	return false
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// lastClauseEnd returns the end of the last clause end in s[lo:hi], or lo.
func (sc *scan) lastClauseEnd(lo, hi int) int {
	for i := hi; i > lo; {
		r, size := utf8.DecodeLastRuneInString(sc.s[lo:i])
		if isClauseMark(r) || size == 1 && isSpaceByte(byte(r)) && i-1 > lo && sc.s[i-2] == '.' {
			return i
		}
		i -= size
	}
	return lo
}

// firstClauseEnd returns the start of the first clause end in s[lo:hi],
// or hi.
func (sc *scan) firstClauseEnd(lo, hi int) int {
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(sc.s[i:hi])
		if isClauseMark(r) || r == '.' && i+1 < hi && isSpaceByte(sc.s[i+1]) {
			return i
		}
		i += size
	}
	return hi
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

// setDirs reads the tense of the clause around every yearless month or
// month-day (fields.dir): "will meet on March 3", 将于3月举行.
func (sc *scan) setDirs(es []expr) {
	if sc.ref == nil {
		return
	}
	for i := range es {
		e := &es[i]
		if e.calc == nil && e.abs == nil && e.f.hasM && !e.f.hasY && !e.f.mRel {
			e.f.dir = sc.dateDir(e.start, e.end)
		}
	}
}
