package event

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/findall"
)

// clauses cuts sentence s at commas, semicolons, colons, " - " list
// dashes and [n] footnote markers, never inside a date or a mention (so
// "June 9, 2018" and "1,000" stay whole): covered marks their runes (see
// covering). They are appended to dst[:0].
func clauses(rs []rune, s doc.Span, covered []bool, dst []doc.Span) []doc.Span {
	protected := func(i int) bool { return covered[i] }
	out := dst[:0]
	start := s.Start
	cut := func(end, next int) {
		if end > start {
			out = append(out, doc.Span{Start: start, End: end})
		}
		start = next
	}
	for i := s.Start; i < s.End; i++ {
		r := rs[i]
		switch {
		case r == ',' || r == ';' || r == ':' || r == '，' || r == '；' || r == '：':
			if protected(i) || (i > s.Start && i+1 < s.End && isDigit(rs[i-1]) && isDigit(rs[i+1])) {
				continue
			}
			cut(i, i+1)
		case r == '-' && i > s.Start && i+1 < s.End && rs[i-1] == ' ' && (rs[i+1] == ' ' || rs[i+1] == '-'):
			cut(i, i+1)
		case r == '[' && i+2 < s.End && isDigit(rs[i+1]):
			j := i + 1
			for j < s.End && isDigit(rs[j]) {
				j++
			}
			if j < s.End && rs[j] == ']' {
				cut(i, j+1)
				i = j
			}
		}
	}
	cut(s.End, s.End)
	return out
}

// covering marks the runes of rs inside a date or a mention, in buf when
// it is long enough.
func covering(rs []rune, dates []doc.Timex, ms []doc.Mention, buf []bool) []bool {
	var covered []bool
	if cap(buf) >= len(rs) {
		covered = buf[:len(rs)]
		clear(covered)
	} else {
		covered = make([]bool, len(rs))
	}
	mark := func(s doc.Span) {
		for i := max(s.Start, 0); i < min(s.End, len(rs)); i++ {
			covered[i] = true
		}
	}
	for _, d := range dates {
		mark(d.Span)
	}
	for _, m := range ms {
		mark(m.Span)
	}
	markAppositions(rs, ms, covered)
	return covered
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// datelineRe is what follows the date of a dateline: 新华社北京8月29日电,
// "ASTANA, July 4 --", "1 (Xinhua) --".
var datelineRe = regexp.MustCompile(`^(?:电|\s*(?:\(Xinhua\)\s*)?(?:--|—))`)

// usable returns the resolved dates of sentence s an event may take: not
// inside 《》 titles or quotes, not a dateline, not inside a name, not a
// "since" period (2001年以来).
func (st *state) usable(s doc.Span) []doc.Timex {
	rs, ms := st.rs, st.ms
	var out []doc.Timex
	for _, i := range st.datesIn(s) {
		d := st.all[i]
		if !s.Contains(d.Span) || d.Date.IsZero() {
			continue
		}
		after := st.sub(d.End, min(d.End+12, len(rs)))
		if datelineAfter(after) || strings.HasPrefix(after, "以来") || strings.HasPrefix(after, "来") || inTitle(rs, s, d.Span) || insideNameOf(ms, d.Span, st.longest) {
			continue
		}
		before := strings.ToLower(st.sub(max(d.Start-6, 0), d.Start))
		if strings.HasSuffix(before, "since ") || st.documentPeriod(d) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// datesIn returns the indices in st.all of the dates that start inside
// s, ends included, in the order of st.all. The slice is valid until the
// next call (no caller nests them).
func (st *state) datesIn(s doc.Span) []int {
	if st.byStart == nil {
		st.byStart = make([]int, len(st.all))
		st.inOrder = true
		for i := range st.byStart {
			st.byStart[i] = i
			st.inOrder = st.inOrder && (i == 0 || st.all[i-1].Start <= st.all[i].Start)
		}
		if !st.inOrder {
			sort.SliceStable(st.byStart, func(i, j int) bool { return st.all[st.byStart[i]].Start < st.all[st.byStart[j]].Start })
		}
	}
	bs := st.byStart
	lo := sort.Search(len(bs), func(i int) bool { return st.all[bs[i]].Start >= s.Start })
	hi := lo + sort.Search(len(bs)-lo, func(i int) bool { return st.all[bs[lo+i]].Start > s.End })
	if st.inOrder {
		return bs[lo:hi] // ascending already
	}
	st.in = append(st.in[:0], bs[lo:hi]...)
	sort.Ints(st.in)
	return st.in
}

// documentPeriod reports a span of years that a document covers, not the
// time of a happening: "an action plan for 2026-2030", 2026年至2030年能源
// 合作路线图, "the 2026-2030 programme".
func (st *state) documentPeriod(d doc.Timex) bool {
	if d.Precision != doc.Year || d.Relative {
		return false
	}
	// lower-casing keeps a final space and makes no other
	if before := st.sub(max(d.Start-20, 0), d.Start); strings.HasSuffix(before, " ") && periodBeforeAt(strings.ToLower(before)) {
		return true
	}
	return periodAfterAt(st.sub(d.End, min(d.End+24, len(st.rs))))
}

var (
	// periodBefore ends the text before a document's period.
	periodBefore = newTail(tw(false, true, false, "for the period ", "for the years ", "for ", "covering the period ", "covering the years ", "covering ", "period of ", "period "), 0, "",
		`(?:\bfor (?:the (?:period|years) )?|\bcovering (?:the (?:period|years) )?|\bperiod (?:of )?)$`)
	// periodAfter is a document's noun after its period: a short run of
	// Han or English words without a verb or punctuation.
	periodAfter = regexp.MustCompile(`^(?:年)?(?:的)?\p{Han}{0,8}?(?:纲要|行动计划|计划|规划|路线图|战略|构想|方案|纲领|协定|发展计划|合作计划)|^(?i: (?:[a-z-]+ ){0,3}(?:action plan|plan|programme|program|roadmap|strategy|agenda|concept|framework))\b`)
)

// inTitle reports whether sp lies between 《 and 》 or between quotes
// inside sentence s.
func inTitle(rs []rune, s doc.Span, sp doc.Span) bool {
	depth, quote := 0, false
	for i := s.Start; i < sp.Start; i++ {
		switch rs[i] {
		case '《':
			depth++
		case '》':
			depth = max(depth-1, 0)
		case '“':
			quote = true
		case '”':
			quote = false
		case '"':
			quote = !quote
		}
	}
	return depth > 0 || quote
}

// weak reports whether a year-only date is part of a name (2025年上海合作组织
// 峰会新闻中心, "the 2025 SCO Summit") rather than the time of a happening.
func weak(rs []rune, d doc.Timex) bool {
	if d.Precision != doc.Year || d.IsRange || d.Relative {
		return false
	}
	i := d.End
	if i < len(rs) && rs[i] == ' ' {
		i++
	}
	if i >= len(rs) {
		return false
	}
	r := rs[i]
	if unicode.IsUpper(r) {
		return true
	}
	if (r == '上' || r == '下') && i+1 < len(rs) && (rs[i+1] == '半' || rs[i+1] == '旬') {
		return false
	}
	return unicode.Is(unicode.Han, r) && !strings.ContainsRune("年月日底初末前后以起至到秋春夏冬内中间度来的", r)
}

// anaphorRe refers back to the last date before it: 当天, "on the same day".
var anaphorRe = findall.New(`当天|当日|同日|同一天|同天|(?i:\b(?:the same day|that day)\b)`)

// chooseDate picks the date of a trigger at position pos in clause c of a
// sentence. In order: a dated clause's own date (the most precise, then
// the nearest), the sentence's date-only opening clause, a back reference
// (当天), a year that is part of a name, the date of the sentence's
// previous event. It also returns the dates coordinated with the choice
// ("in 2013 and 2016"), each of which is an event of its own.
func (st *state) chooseDate(sent, c doc.Span, pos int, prev *doc.Timex) []doc.Timex {
	var strong, weakOnes []doc.Timex
	for _, d := range st.dates {
		if !c.Contains(d.Span) {
			continue
		}
		if weak(st.rs, d) {
			weakOnes = append(weakOnes, d)
		} else {
			strong = append(strong, d)
		}
	}
	if len(strong) > 0 {
		best := strong[0]
		for _, d := range strong[1:] {
			if rank(d.Precision) > rank(best.Precision) || (rank(d.Precision) == rank(best.Precision) && dist(d.Span, pos) < dist(best.Span, pos)) {
				best = d
			}
		}
		return coordinated(st.rs, strong, best)
	}
	if d, ok := st.opening(sent, pos); ok {
		return []doc.Timex{d}
	}
	if loc := findAnaphor(st.sub(c.Start, c.End)); loc != nil {
		if d, ok := st.before(c.Start + runeCount(st.sub(c.Start, c.End)[:loc[0]])); ok {
			return []doc.Timex{d}
		}
	}
	if len(weakOnes) > 0 {
		return weakOnes[:1]
	}
	if st.last != nil && (backRefAt(st.sub(c.Start, c.End)) || backRefAt(st.sub(sent.Start, sent.End))) && prev == nil {
		return []doc.Timex{*st.last}
	}
	if prev != nil {
		return []doc.Timex{*prev}
	}
	return nil
}

// opening returns the date of the nearest clause before pos that is only
// a date ("9月1日，", "On Monday,", a dateline with 近日) or a back
// reference ("On the same day,").
func (st *state) opening(sent doc.Span, pos int) (doc.Timex, bool) {
	cs := st.clausesOf(sent)
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].End > pos {
			continue
		}
		if d, ok := st.dateOnly(cs[i]); ok {
			return d, true
		}
	}
	return doc.Timex{}, false
}

// backRef opens a clause that goes on about the event just reported:
// 会议决定…, 与会各方…, 会上, "During the meeting", and the parties of
// the talks just reported: 双方签署了…, 两国领导人…, "The two sides
// signed…", "After the talks, …".
var backRef = regexp.MustCompile(`^\s*(?:会议|会上|会后|会间|与会|峰会上|论坛上|峰会期间|论坛期间|会议期间|此间|双方|两国(?:领导人|元首|外长|部长|总理)?|两位(?:领导人|元首|外长|部长)|会谈(?:期间|中|后|结束后)|访问期间|(?i:during the|at the (?:meeting|summit|forum|talks)|after the (?:talks|meeting)|the (?:meeting|summit|forum) |(?:the two|both) (?:sides|countries|leaders|ministers|presidents|premiers|parties)\b))`)

// before returns the last resolved date that ends before pos anywhere in
// the document.
func (st *state) before(pos int) (doc.Timex, bool) {
	var best doc.Timex
	ok := false
	for _, d := range st.all {
		if d.End <= pos && !d.Date.IsZero() && !weak(st.rs, d) {
			best, ok = d, true
		}
	}
	return best, ok
}

// coordinated returns best with the dates of the same precision joined to
// it by "and", "、", "和", commas: "in 2013, 2015 and 2017".
func coordinated(rs []rune, ds []doc.Timex, best doc.Timex) []doc.Timex {
	sort.Slice(ds, func(i, j int) bool { return ds[i].Start < ds[j].Start })
	idx := 0
	for i, d := range ds {
		if d.Span == best.Span {
			idx = i
		}
	}
	lo, hi := idx, idx
	joined := func(a, b doc.Timex) bool {
		sep := strings.TrimSpace(string(rs[a.End:b.Start]))
		return a.Precision == b.Precision && (sep == "," || sep == "and" || sep == ", and" || sep == "、" || sep == "和" || sep == "及" || sep == "与")
	}
	for lo > 0 && joined(ds[lo-1], ds[lo]) {
		lo--
	}
	for hi+1 < len(ds) && joined(ds[hi], ds[hi+1]) {
		hi++
	}
	return append([]doc.Timex(nil), ds[lo:hi+1]...)
}

func rank(p string) int {
	switch p {
	case doc.Day:
		return 3
	case doc.Month:
		return 2
	}
	return 1
}

func dist(s doc.Span, pos int) int {
	if pos < s.Start {
		return s.Start - pos
	}
	if pos >= s.End {
		return pos - s.End
	}
	return 0
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }
