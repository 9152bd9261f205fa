// Package event finds dated happenings: summits, forums, meetings, visits,
// accessions, signings and launches.
//
// Each trigger word (举行, 召开, 开幕, 出席, 访问, 会见, 签署, 成为…成员国,
// 接收…为, 启动, 投运; held, hosted, visited, signed, joined, opened,
// launched…) in a sentence is a candidate. Its type comes from the trigger
// and, for words like 举行/held/出席/开幕, from the event noun it holds or
// opens (峰会/元首理事会 → summit, 论坛 → forum, 会议/吹风会/talks →
// meeting, 揭牌仪式/博览会 opened → launch). Its date is the most precise
// date of the trigger's own clause, else the sentence's date-only opening
// clause (9月1日，…), else what 当天/"the same day" points back to, else the
// sentence's previous event's date; no date, no event; a document's period
// ("a plan for 2026-2030", 2026年至2030年规划) is never the date. Its place
// is the one said with 在/于/in/at/near in its clause, the most specific of
// a chain (在山东省青岛市 → 青岛市, 在巴基斯坦首都伊斯兰堡 → 伊斯兰堡, "in
// Kazakhstan's Akmola Region", "in Almaty, Kazakhstan"; a name the
// dictionary lacks at the end of a chain is kept as text: 阿克莫拉州), a
// visit's destination, or the place inside its name (天津峰会), never a
// dateline's city. A summit or forum
// named with its place and dated in its clause is an event without a
// trigger ("after the Astana Summit in July 2024"). Reports of one event
// (same type, date and place, or the same event once without its place)
// are merged.
//
// Not events: plans and wishes (决定成立, 希望成为), anniversaries (成立24
// 周年), money (启动资金), dates inside 《》 titles, "since" periods.
//
// All spans in and out are rune offsets into the normalized text.
//
//	evs := event.Extract(event.Input{DocID: id, Text: norm, Sentences: ss, Mentions: ms, Dates: ds})
//	// "9月1日，上海合作组织天津峰会举行。" → summit 2025-09-01 @天津
package event

import (
	"regexp"
	"slices"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// Input is what the event stage reads: the normalized text and the other
// stages' output over it.
type Input struct {
	DocID     string
	Text      string
	Sentences []doc.Span
	Mentions  []doc.Mention
	Dates     []doc.Timex
}

// state is the document being read.
type state struct {
	rs     []rune
	str    string  // string(rs)
	off    []int32 // off[i]: the byte offset of rs[i] in str (off[len(rs)] == len(str))
	ms     []doc.Mention
	all    []doc.Timex // every date of the document
	dates  []doc.Timex // usable dates of the current sentence
	names  []named     // event noun phrases of the current sentence
	placed []named     // event noun phrases with their place, in text order
	last   *doc.Timex  // date of the last event reported
	// cl and clOf remember the clauses of the last sentence asked about
	cl   []doc.Span
	clOf *doc.Span
	// covered marks the runes inside a date or a mention (clauses are
	// never cut there)
	covered []bool
	// only remembers dateOnly's answers for the current sentence's
	// clauses: every trigger and noun phrase asks about the clauses before it
	only    []dated
	longest int      // the length of the longest mention
	buf     *runeBuf // the buffers of rs, off and covered
	scratch []rune   // readDateOnly's copy of a clause
	kept    []rune   // what its dateline leaves of it
	// byStart are the indices of all sorted by start (see datesIn);
	// inOrder, whether all is sorted so; in, datesIn's answer
	byStart []int
	inOrder bool
	in      []int
	// nounsOf are the nouns of the current sentence's clauses
	nounsOf []clauseNouns
}

// dated is an answer of dateOnly for clause c.
type dated struct {
	c  doc.Span
	d  doc.Timex
	ok bool
}

// clauseNouns are the event nouns of clause c.
type clauseNouns struct {
	c  doc.Span
	ns []noun
}

func (st *state) clausesOf(s doc.Span) []doc.Span {
	if st.clOf != nil && *st.clOf == s {
		return st.cl
	}
	if st.covered == nil {
		st.covered = covering(st.rs, st.all, st.ms, st.buf.covered)
		st.buf.covered = st.covered
	}
	// the last sentence's clauses serve no one now: their array is reused
	st.cl, st.clOf = clauses(st.rs, s, st.covered, st.cl), &s
	return st.cl
}

// Extract returns the events of one document, merged, in text order.
func Extract(in Input) []doc.Event {
	st := &state{ms: in.Mentions, all: in.Dates}
	st.buf = buffers.Get().(*runeBuf)
	st.only, st.nounsOf = st.buf.only[:0], st.buf.nounsOf[:0]
	out := st.buf.events[:0]
	defer func() {
		// hold nothing of this document
		clear(st.only[:cap(st.only)])
		clear(st.nounsOf[:cap(st.nounsOf)])
		clear(out[:cap(out)])
		st.buf.only, st.buf.nounsOf, st.buf.events = st.only[:0], st.nounsOf[:0], out[:0]
		buffers.Put(st.buf)
	}()
	st.rs, st.str, st.off = st.buf.encode(in.Text)
	slices.SortStableFunc(st.ms, func(a, b doc.Mention) int { return a.Start - b.Start })
	for _, m := range st.ms {
		st.longest = max(st.longest, m.End-m.Start)
	}
	for _, s := range in.Sentences {
		out = st.sentence(s, out)
	}
	return merge(in.DocID, out) // copies the events it keeps
}

// sentence appends to out the events of sentence s, before merging.
//
// A sentence without a trigger or an event noun reports nothing and
// changes nothing: it is not read further. The nouns of its clauses are
// those the sentence's one pass finds in them (no noun holds a rune at
// which clauses are cut, and clauses are cut next to runes that are not
// word characters, so a clause read alone finds the same).
func (st *state) sentence(s doc.Span, out []doc.Event) []doc.Event {
	found := sentenceSet.appendMatches(st.buf.found[:0], st.sub(s.Start, s.End))
	st.buf.found = found
	if len(found) == 0 {
		return out
	}
	st.dates = st.usable(s)
	st.only = st.only[:0]
	cs := st.clausesOf(s)
	st.nounsOf = st.nounsOf[:0]
	base := st.off[s.Start]
	k := 0
	for k < len(found) && found[k].k < len(triggers) {
		k++
	}
	nounsFound := st.buf.nouns[:0]
	for _, m := range found[k:] {
		nounsFound = append(nounsFound, match{m.k - len(triggers), m.start, m.end})
	}
	st.buf.nouns = nounsFound
	var in []match // nounsFrom keeps none of it
	for _, c := range cs {
		in = in[:0]
		for _, m := range nounsFound {
			if st.off[c.Start] <= base+int32(m.start) && base+int32(m.end) <= st.off[c.End] {
				in = append(in, m)
			}
		}
		st.nounsOf = append(st.nounsOf, clauseNouns{c, st.nounsFrom(c, base, in)})
	}
	var prev *doc.Timex
	var used []doc.Span // the nouns of the triggers' events
	st.name(s, cs)
	for _, h := range st.triggers(s, found) {
		ci := clauseIndex(cs, h.Start)
		if ci < 0 || h.End > cs[ci].End {
			continue // a trigger that runs over its clause's cut (接收伊朗：为) reports nothing
		}
		c := cs[ci]
		kinds := st.kinds(h, cs, ci)
		if len(kinds) == 0 {
			continue
		}
		dates := st.chooseDate(s, c, h.Start, prev)
		if len(dates) == 0 {
			continue
		}
		prev = &dates[0]
		st.last = prev
		for _, k := range kinds {
			if k.noun != (doc.Span{}) {
				used = append(used, k.noun)
			}
			out = append(out, st.build(s, c, h, k, dates)...)
		}
	}
	out = append(out, st.nominal(s, used)...)
	return out
}

func clauseIndex(cs []doc.Span, pos int) int {
	for i, c := range cs {
		if c.Start <= pos && pos < c.End {
			return i
		}
	}
	return -1
}

// kind is one event a trigger reports: its type and the noun that gave it.
type kind struct {
	typ  string
	noun doc.Span
	dest place // a visit's destination
}

// kinds returns the events trigger h reports in clause cs[ci]: none when
// it is not a happening.
func (st *state) kinds(h hit, cs []doc.Span, ci int) []kind {
	rs, c := st.rs, cs[ci]
	after := st.sub(h.End, c.End)
	before := st.sub(c.Start, h.Start)
	word := st.sub(h.Start, h.End)
	if notAfterAt(after) || wished.MatchString(before) || h.cls != clsAccession && undecided.MatchString(before) {
		return nil
	}
	switch h.cls {
	case clsAccession:
		status := word + after
		if word == "加入" {
			status = st.sub(c.Start, c.End) // 第十个成员国白俄罗斯于2024年7月加入
		}
		if !statusIn(status) || !st.hasType(c, doc.Country) {
			return nil
		}
		return []kind{{typ: doc.Accession}}
	case clsSigning:
		return []kind{{typ: doc.Signing}}
	case clsVisit:
		if word == "访" && h.Start > 0 && strings.ContainsRune("采走拜专寻回探查造", rs[h.Start-1]) {
			return nil
		}
		if arrival(word) && !st.personBefore(c.Start, h.Start) {
			return nil // 班列抵达: only a person's arrival is a visit
		}
		p, ok := destination(rs, st.ms, h.Span, c)
		if !ok {
			return nil
		}
		return []kind{{typ: doc.Visit, dest: p}}
	case clsLaunch:
		if word == "成立" && strings.HasPrefix(after, "以来") && !st.dateEndsNear(h.Start) {
			return nil
		}
		return []kind{{typ: doc.Launch}}
	case clsOpen:
		var ks []kind
		for _, n := range st.findNouns(doc.Span{Start: c.Start, End: h.Start}) {
			ks = append(ks, kind{typ: openType(n.typ), noun: n.Span})
		}
		if len(ks) == 0 && ci > 0 && strings.TrimSpace(before) == "" {
			for _, n := range st.findNouns(cs[ci-1]) {
				ks = append(ks, kind{typ: openType(n.typ), noun: n.Span})
			}
		}
		if len(ks) == 0 && (word == "opened" || word == "opens" || word == "kicked off" || word == "kicks off") {
			ks = append(ks, kind{typ: doc.Launch})
		}
		return st.refine(ks, c)
	case clsHold, clsAttend:
		n, ok := st.heldNoun(h, cs, ci)
		if !ok || n.typ == expo {
			return nil
		}
		return st.refine([]kind{{typ: n.typ, noun: n.Span}}, c)
	case clsMeet:
		// "the ministers met in Bishkek on Tuesday": a meeting said with
		// its place or date
		meet := word == "met" || word == "meet" || word == "meets"
		metAt := meet && metAtRe.MatchString(after)
		if (word == "received" || meet) && !metAt && !st.partyAfter(h.End, c.End) {
			return nil
		}
		return []kind{{typ: doc.Meeting}}
	}
	return nil
}

// metAtRe follows "met" that reports a meeting without naming who was
// met: "met in Bishkek", "met on Tuesday", "met virtually".
var metAtRe = regexp.MustCompile(`^ (?:in|at|on|virtually|online|here|there)\b`)

func openType(t string) string {
	if t == expo {
		return doc.Launch
	}
	return t
}

// heldNoun is the event noun a hold or attend trigger governs: the nearest
// after it in its clause (举办吹风会, "attended the forum"), else, for
// holds, the nearest before it (峰会在天津举行), else in the clause before
// ("The summit, scheduled for…").
func (st *state) heldNoun(h hit, cs []doc.Span, ci int) (noun, bool) {
	c := cs[ci]
	if ns := st.findNouns(doc.Span{Start: h.End, End: c.End}); len(ns) > 0 {
		return ns[0], true
	}
	if h.cls == clsAttend {
		return noun{}, false
	}
	if ns := st.findNouns(doc.Span{Start: c.Start, End: h.Start}); len(ns) > 0 {
		return ns[len(ns)-1], true
	}
	if ci > 0 {
		if ns := st.findNouns(cs[ci-1]); len(ns) > 0 {
			return ns[len(ns)-1], true
		}
	}
	return noun{}, false
}

// refine turns a meeting of heads of state into a summit: 元首理事会…会议,
// "meeting of the Council of Heads of State".
func (st *state) refine(ks []kind, c doc.Span) []kind {
	for i, k := range ks {
		if k.typ != doc.Meeting || k.noun == (doc.Span{}) {
			continue
		}
		start := phrase(st.rs, k.noun, c, st.dates)
		around := st.sub(start, min(k.noun.End+50, c.End))
		if strings.Contains(around, "元首理事会") || strings.Contains(strings.ToLower(around), "heads of state") {
			ks[i].typ = doc.Summit
		}
	}
	return ks
}

func (st *state) hasType(c doc.Span, typ string) bool {
	for _, m := range st.ms {
		if c.Contains(m.Span) && m.EntityType == typ {
			return true
		}
	}
	return false
}

// partyAfter reports whether someone is met or received: a person,
// organisation or state mention, or a delegation, soon after pos.
func (st *state) partyAfter(pos, end int) bool {
	end = min(end, pos+60)
	for _, m := range st.ms {
		if m.Start >= pos && m.End <= end && m.EntityType != doc.Location && m.EntityType != doc.Project {
			return true
		}
	}
	t := strings.ToLower(st.sub(pos, end))
	return strings.Contains(t, "delegation") || strings.Contains(t, "with ")
}

// arrival reports a trigger that says someone arrived somewhere.
func arrival(word string) bool {
	return word == "抵达" || strings.HasPrefix(strings.ToLower(word), "arrive")
}

// personBefore reports a person mention between from and to.
func (st *state) personBefore(from, to int) bool {
	for _, m := range st.ms {
		if m.Start >= from && m.End <= to && m.EntityType == doc.Person {
			return true
		}
	}
	return false
}

// dateEndsNear reports whether a date ends right before pos (2001年成立以来).
func (st *state) dateEndsNear(pos int) bool {
	for _, d := range st.dates {
		if d.End <= pos && pos-d.End <= 2 {
			return true
		}
	}
	return false
}
