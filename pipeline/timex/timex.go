// Package timex finds temporal expressions in news text and resolves them
// to calendar dates against the publication date.
//
// Contract: Extract takes the normalized text of one document (full-width
// digits folded, Traditional folded to Simplified; raw text works too for the
// common forms) and the publication time, and returns every date, month,
// year and date range it states, in text order, without overlaps. Spans are
// code point offsets into the string it was given, end exclusive. Relative
// expressions (今年, 去年7月, 30日上午, 本月15日, "last year", "on Tuesday")
// resolve against the publication date; with no publication date they come
// back with zero Date and EndDate, never with an invented year. Durations
// (5年来, 为期两天, "two-day"), ages and counts are not dates.
//
// Example:
//
//	pub := time.Date(2025, 8, 29, 10, 0, 0, 0, time.UTC)
//	for _, t := range timex.Extract("峰会将于8月31日至9月1日在天津举行", &pub) {
//		fmt.Println(t.Surface, t.Date, t.EndDate, t.Precision)
//	}
//	// 8月31日至9月1日 {2025 8 31} {2025 9 1} day
//
// The publication date is the calendar date of published in its own
// location; a time in UTC (the pipeline's convention) is first moved to
// Asia/Shanghai (UTC+8), where the seeds' sources publish.
//
// Cost: one pass over the text (findHits, hits.go) finds the trigger
// words (年 月 日 周 …, month and weekday names, digit runs; trigger.go),
// lower-cases its ASCII letters and notes the sentence ends; each rule then
// runs only in short windows around its triggers, so a document costs time
// linear in its length. Inside a window a rule's pattern is not run from
// every byte: a window without the literal strings every match holds is
// skipped, and the pattern, compiled without case folding for the
// lower-cased text, is tried anchored only where one of its prefixes
// begins (fastre.go, prefilter.go, prefix.go, starts.go; the answers are
// exactly the pattern's, which TestFastReSameMatches and FuzzFastRe
// check). The pieces found are then joined (merge.go, compose.go,
// parts.go, shift.go) and resolved (resolve.go). BenchmarkExtractDocs
// measures it on the seed documents as the pipeline hands them over.
package timex

import (
	"regexp"
	"sort"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
)

// shanghai is Asia/Shanghai without depending on tzdata (no DST since 1991).
var shanghai = time.FixedZone("CST", 8*3600)

// Extract returns every temporal expression in the normalized text s
// (spans: code point offsets into s), resolved against published (nil:
// absolute dates only, relative ones get zero Date/EndDate).
func Extract(s string, published *time.Time) []doc.Timex {
	var ref *doc.Date
	if published != nil {
		t := *published
		if t.Location() == time.UTC {
			t = t.In(shanghai)
		}
		d := doc.DateOf(t)
		ref = &d
	}
	ts := findHits(s)
	defer releaseHits(ts.hits)
	sc := &scan{s: s, ref: ref, han: ts.han, hits: ts.hits, low: ts.low, safe: ts.safe, sentEnds: ts.sentEnds, valid: ts.valid}
	exprs := sc.candidates()
	sc.setDirs(exprs)
	exprs = sc.merge(exprs)
	return sc.timexes(exprs)
}

// expr is one expression found in the text, before resolution.
type expr struct {
	start, end int // byte offsets into the text
	f          fields
	// calc, when set, resolves a form that is not a plain set of fields
	// (weekdays, weeks, "3 days ago"); it always needs the reference date.
	calc func(ref doc.Date) (resolved, bool)
	// right is the end of an explicit range; the expression is its start.
	right *expr
	// weekday is 1..7 for a bare weekday (周二, Tuesday), else 0.
	weekday int
	// dow is the weekday any weekday form names (Tuesday, next Friday,
	// 上周五), 1..7, else 0.
	dow int
	// week is the offset of a relative week (this week 0, next week 1).
	week *int
	// unit marks what a bare trailing number would count in a range
	// ("14th to 16th"): the fields' finest unit.
	openRange bool // 今年以来: from the start of the period to the reference
	// endpoint marks a word that is a date only as the end of a range
	// ("now" in "between now and May 5", "date" in "from March to date").
	endpoint bool
	// distance marks a day reached by a distance from the reference or
	// from a date ("two weeks from now", "3 days after May 1"), which a
	// weekday next to it moves within its week (weekdayshift in shift.go).
	distance bool
	// runes is the length of the span in code points.
	runes int
	// inYear, when set, resolves a period that the text places in no
	// year (三季度, "the third quarter") inside year y: the right end of a
	// range takes the left end's year through it (2024年一季度至三季度).
	inYear func(y int) resolved
	// abs, when set, is the resolution of an absolute form that fields
	// cannot state (2017年下半年, 七十年代).
	abs *resolved
}

// scan holds the text being read.
type scan struct {
	s    string
	ref  *doc.Date
	han  bool
	hits hits // trigger keys found in s
	// low is s with its ASCII letters lower-cased, and safe says that the
	// fold-free patterns may run on it (fastre.go).
	low  string
	safe bool
	// sentEnds are the offsets of the sentence ends, in order.
	sentEnds []int
	// valid: s is valid UTF-8.
	valid bool
	// wins is scratch for windows, whose answer lives until the next call.
	wins [][2]int
	// spare is the array of a dead list of exprs, for buffer.
	spare []expr
}

// rule is one pattern with the function that turns a match into an expr,
// and the trigger that says where in the text the pattern can match.
type rule struct {
	re    *regexp.Regexp
	build func(sc *scan, m []int) (expr, bool)
	trig  trigger
}

// compiledRule is a rule with its trigger keys numbered.
type compiledRule struct {
	re    *fastRe
	build func(sc *scan, m []int) (expr, bool)
	trig  compiled
}

// rules are all rules, compiled once.
var rules []compiledRule

func init() {
	for _, rs := range [][]rule{zhRules, enRules, numericRules, periodRules, rollingRules, wordDayRules, seasonRules} {
		for _, r := range rs {
			rules = append(rules, compiledRule{fastOf(r.re), r.build, compile(r.trig)})
		}
	}
	partAloneTrig = compile(trigger{keys("beginning", "start", "end", "middle", "eom", "bom", "eoy", "boy"), 24, 32, "", "", nil})
	partZhTrig = compile(trigger{keys("初", "底", "末", "旬"), 6, 6, "年月上中下", "", nil})
	keyIdx.table()
}

// group returns submatch i of m in the text, "" when it did not take part.
func (sc *scan) group(m []int, i int) string {
	if 2*i+1 >= len(m) || m[2*i] < 0 {
		return ""
	}
	return sc.s[m[2*i]:m[2*i+1]]
}

// candidates runs every rule near its triggers and keeps the longest
// non-overlapping matches.
func (sc *scan) candidates() []expr {
	ap := exprPool.Get().(*[]expr)
	all := (*ap)[:0]
	defer func() {
		clear(all) // drop what the exprs point to
		*ap = all[:0]
		exprPool.Put(ap)
	}()
	for i := range rules {
		r := &rules[i]
		for _, m := range sc.findNear(&sc.hits, r.re, &r.trig) {
			e, ok := r.build(sc, m)
			if !ok {
				continue
			}
			for e.start < e.end && (sc.s[e.start] == ' ' || sc.s[e.start] == '\t') {
				e.start++
			}
			for e.end > e.start && (sc.s[e.end-1] == ' ' || sc.s[e.end-1] == '\t') {
				e.end--
			}
			if e.end <= e.start {
				continue
			}
			if e.start == m[0] && e.end == m[1] && !sc.boundaryOK(e.start, e.end) {
				continue
			}
			e.runes = utf8.RuneCountInString(sc.s[e.start:e.end])
			all = append(all, e)
		}
	}
	// longest first, then leftmost, else in rule order (a stable sort of
	// indexes: the exprs are big to move)
	order := make([]int32, len(all))
	for i := range order {
		order[i] = int32(i)
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := &all[order[i]], &all[order[j]]
		if a.runes != b.runes {
			return a.runes > b.runes
		}
		return a.start < b.start
	})
	// kept stays sorted by start and free of overlaps, so only the
	// neighbours of an insertion point can clash.
	var kept []int32
	for _, k := range order {
		e := &all[k]
		i := sort.Search(len(kept), func(i int) bool { return all[kept[i]].start >= e.start })
		if i > 0 && all[kept[i-1]].end > e.start || i < len(kept) && all[kept[i]].start < e.end {
			continue
		}
		kept = append(kept, 0)
		copy(kept[i+1:], kept[i:])
		kept[i] = k
	}
	if len(kept) == 0 {
		return nil
	}
	out := make([]expr, len(kept))
	for i, k := range kept {
		out[i] = all[k]
	}
	return out
}

// exprPool holds the scratch lists of candidates.
var exprPool = sync.Pool{New: func() any { return new([]expr) }}

// sortExprs sorts es by start, stably.
func sortExprs(es []expr) {
	sorted := true
	for i := 1; i < len(es); i++ {
		if es[i].start < es[i-1].start {
			sorted = false
			break
		}
	}
	if !sorted {
		sort.SliceStable(es, func(i, j int) bool { return es[i].start < es[j].start })
	}
}

// boundaryOK rejects matches glued to a digit or an ASCII letter on either
// side (x2025年 or 12025).
func (sc *scan) boundaryOK(start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(sc.s[:start])
		f, _ := utf8.DecodeRuneInString(sc.s[start:])
		if isDigit(r) && isDigit(f) {
			return false
		}
		if isASCIILetter(r) && isASCIILetter(f) {
			return false
		}
		// 6,107.31 August: a digit after a decimal point or thousands comma
		if (r == '.' || r == ',') && isDigit(f) && start > 1 {
			if p, _ := utf8.DecodeLastRuneInString(sc.s[:start-1]); isDigit(p) {
				return false
			}
		}
	}
	if end < len(sc.s) {
		r, _ := utf8.DecodeRuneInString(sc.s[end:])
		l, _ := utf8.DecodeLastRuneInString(sc.s[:end])
		if isDigit(r) && isDigit(l) {
			return false
		}
		if isASCIILetter(r) && isASCIILetter(l) {
			return false
		}
	}
	return true
}

// window returns the start of the last (up to) 64 bytes of s[lo:hi], on a
// rune boundary: look-behind patterns read only that much, so that a
// document costs linear time.
func (sc *scan) window(lo, hi int) int {
	w := max(lo, hi-64)
	for w < hi && !isRuneStart(sc.s[w]) {
		w++
	}
	return w
}

func isDigit(r rune) bool { return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') }

func isASCIILetter(r rune) bool { return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') }

// resolve resolves e (and its range end) against ref.
func (e *expr) resolve(ref *doc.Date) (resolved, bool) {
	if e.right != nil {
		return resolveRange(e, e.right, ref)
	}
	if e.abs != nil {
		return *e.abs, true
	}
	if e.calc != nil {
		if ref == nil {
			return resolved{}, false
		}
		return e.calc(*ref)
	}
	r, ok := e.f.resolve(ref)
	if ok && e.openRange && ref != nil {
		r.to, r.prec = *ref, doc.Day
	}
	return r, ok
}

// relative reports whether e needs the reference date.
func (e *expr) relative() bool {
	if e.right != nil {
		l, r := *e, *e.right
		l.right = nil
		if r.inYear != nil && !l.relative() {
			return false
		}
		if l.calc != nil || l.abs != nil || l.openRange || r.calc != nil || r.abs != nil {
			return l.relative() || r.relative()
		}
		lf, rf := inherit(l.f, r.f)
		return lf.relative() || (rf.hasY && rf.yRel) || (rf.hasM && rf.mRel)
	}
	if e.abs != nil {
		return false
	}
	if e.calc != nil || e.openRange {
		return true
	}
	return e.f.relative()
}

// precision returns e's precision without resolving it.
func (e *expr) precision() string {
	if e.abs != nil {
		return e.abs.prec
	}
	if e.calc != nil {
		if r, ok := e.calc(doc.Date{Year: 2000, Month: 1, Day: 1}); ok {
			return r.prec
		}
		return doc.Day
	}
	p := e.f.precision()
	if e.openRange {
		p = doc.Day
	}
	if e.right != nil {
		p = finer(p, e.right.precision())
	}
	return p
}

func finer(a, b string) string {
	if precRank(b) > precRank(a) {
		return b
	}
	return a
}

// precRank orders precisions from coarse (year, and anything else) to fine.
func precRank(p string) int {
	switch p {
	case doc.Month:
		return 1
	case doc.Day:
		return 2
	}
	return 0
}
