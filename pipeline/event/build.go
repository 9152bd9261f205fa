package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// build returns the events of kind k reported by trigger h, one per date.
func (st *state) build(s, c doc.Span, h hit, k kind, dates []doc.Timex) []doc.Event {
	rs := st.rs
	var p place
	var name string
	if k.noun != (doc.Span{}) {
		start := phrase(rs, k.noun, c, st.dates)
		if k.noun.Start < c.Start || k.noun.End > c.End {
			start = phrase(rs, k.noun, st.clauseAt(s, k.noun.Start), st.dates)
		}
		name = strings.TrimSpace(st.sub(start, k.noun.End))
	}
	switch {
	case k.typ == doc.Visit:
		p = k.dest
	default:
		if q, ok := st.introduced(c, h.Start); ok {
			p = q
		} else if k.noun != (doc.Span{}) {
			start := phrase(rs, k.noun, c, st.dates)
			if q, ok := inside(rs, st.ms, doc.Span{Start: start, End: k.noun.End}); ok {
				p = q
			} else if generic(rs, k.noun, start) {
				p = st.placeBefore(k.typ, k.noun.Start)
			}
		}
	}
	if runeCount(name) < 4 || generic(rs, k.noun, k.noun.Start) && name == st.sub(k.noun.Start, k.noun.End) {
		name = ""
	}
	var out []doc.Event
	for _, d := range dates {
		ev := doc.Event{Span: s, Type: k.typ, Name: name, DateStart: d.Date, DateEnd: d.EndDate, Precision: d.Precision,
			LocationEntityID: p.id, LocationText: p.text, ParticipantIDs: participants(st.ms, c)}
		if ev.DateEnd.IsZero() {
			ev.DateEnd = ev.DateStart
		}
		out = append(out, ev)
	}
	return out
}

func (st *state) clauseAt(s doc.Span, pos int) doc.Span {
	cs := st.clausesOf(s)
	if i := clauseIndex(cs, pos); i >= 0 {
		return cs[i]
	}
	return s
}

// genericRe ends the text before a bare event noun that refers back to a
// named one: "the summit", 本次论坛, 该峰会.
var genericRe = newTail(append(tw(true, true, false, "the "), tw(false, false, false, "该", "本次", "此次", "本届", "这次", "这届", "届时的", "届时")...), 0, "",
	`(?:(?i:\bthe )|该|本次|此次|本届|这次|这届|届时的?)$`)

// generic reports whether noun n, whose phrase starts at start, is a bare
// back reference.
func generic(rs []rune, n doc.Span, start int) bool {
	return start == n.Start && genericBefore(string(rs[max(n.Start-4, 0):n.Start]))
}

// named is an event noun phrase of a sentence: its noun, where its name
// starts and the place it names (天津峰会, "Astana Summit", "Summit in
// Astana").
type named struct {
	noun
	start  int
	clause doc.Span
	place  place
}

// name finds the summit, forum and meeting noun phrases of sentence s and
// remembers the placed ones for later back references ("the summit").
func (st *state) name(s doc.Span, cs []doc.Span) {
	st.names = st.names[:0]
	for _, c := range cs {
		for _, n := range st.findNouns(c) {
			if inTitle(st.rs, s, n.Span) {
				continue
			}
			nm := named{noun: n, start: phrase(st.rs, n.Span, c, st.dates), clause: c}
			if p, ok := inside(st.rs, st.ms, doc.Span{Start: nm.start, End: n.End}); ok {
				nm.place = p
			} else if p, ok := st.placeAfter(n.End, c.End); ok {
				nm.place = p
			} else if p, ok := st.introduced(doc.Span{Start: c.Start, End: n.Start}, n.Start); ok && !p.none() {
				// "gathered in Dushanbe for their annual meeting"
				nm.place = p
			}
			st.names = append(st.names, nm)
			if !nm.place.none() {
				st.placed = append(st.placed, nm)
			}
		}
	}
}

// placeBefore returns the place of the last placed event noun of type typ
// before pos.
func (st *state) placeBefore(typ string, pos int) place {
	for i := len(st.placed) - 1; i >= 0; i-- {
		if n := st.placed[i]; n.typ == typ && n.Start < pos {
			return n.place
		}
	}
	return place{}
}

// nominal returns the events reported by a noun phrase without a trigger
// word: a summit or forum named with its place or dated in its own clause
// ("after the Astana Summit in July 2024", 今年秋天的天津峰会, "at a virtual
// summit on Tuesday"), a meeting one speaks at (5日在例行记者会上表示).
func (st *state) nominal(s doc.Span, used []doc.Span) []doc.Event {
	var out []doc.Event
	for _, n := range st.names {
		if slices.Contains(used, n.Span) || generic(st.rs, n.Span, n.start) {
			continue
		}
		var d doc.Timex
		ok := false
		switch n.typ {
		case doc.Summit, doc.Forum:
			if n.place.none() {
				// a bare 论坛 refers back; "at a virtual summit" is new
				if n.start < n.Start || strings.HasSuffix(st.sub(max(n.Start-2, 0), n.Start), "a ") {
					d, ok = st.ownDate(n.clause)
				}
			} else if d, ok = st.ownDate(n.clause); !ok {
				if d, ok = st.opening(s, n.Start); !ok {
					d, ok = st.nameYear(n)
				}
			}
		case doc.Meeting:
			if strings.HasSuffix(st.sub(max(n.start-1, 0), n.start), "在") && strings.HasPrefix(st.str[st.off[n.End]:], "上") {
				d, ok = st.ownDate(n.clause)
			}
		}
		if !ok {
			continue
		}
		ev := doc.Event{Span: s, Type: n.typ, Name: strings.TrimSpace(st.sub(n.start, n.End)), DateStart: d.Date, DateEnd: d.EndDate, Precision: d.Precision,
			LocationEntityID: n.place.id, LocationText: n.place.text, ParticipantIDs: participants(st.ms, n.clause)}
		if ev.DateEnd.IsZero() {
			ev.DateEnd = d.Date
		}
		if runeCount(ev.Name) < 4 {
			ev.Name = ""
		}
		out = append(out, ev)
	}
	return out
}

// nameYear is a year inside the name of event phrase n: "The 2025 SCO …
// Forum in Xi'an".
func (st *state) nameYear(n named) (doc.Timex, bool) {
	for _, d := range st.dates {
		if d.Start >= n.start && d.End <= n.Start && d.Precision == doc.Year {
			return d, true
		}
	}
	return doc.Timex{}, false
}

// placeAfter is the place of "… Summit in Astana": in/在 + a place right
// after pos.
func (st *state) placeAfter(pos, end int) (place, bool) {
	for _, m := range st.ms {
		if m.Start < pos || m.End > end || !isPlace(m) {
			continue
		}
		gap := strings.TrimSpace(st.sub(pos, m.Start))
		if gap == "in" || gap == "在" {
			return placeOf(st.rs, m), true
		}
		break
	}
	return place{}, false
}

// ownDate is the most precise date of clause c that is not part of a
// name.
func (st *state) ownDate(c doc.Span) (doc.Timex, bool) {
	var best *doc.Timex
	for i := range st.dates {
		d := &st.dates[i]
		if c.Contains(d.Span) && !weak(st.rs, *d) && (best == nil || rank(d.Precision) > rank(best.Precision)) {
			best = d
		}
	}
	if best == nil {
		return doc.Timex{}, false
	}
	return *best, true
}

func participants(ms []doc.Mention, s doc.Span) []string {
	var ids []string
	lo, hi := startingIn(ms, s)
	for _, m := range ms[lo:hi] {
		if s.Contains(m.Span) && m.EntityType != doc.Location && !slices.Contains(ids, m.EntityID) {
			ids = append(ids, m.EntityID)
		}
	}
	sort.Strings(ids)
	return ids
}

func sortSpans[T any](xs []T, span func(T) doc.Span) {
	slices.SortStableFunc(xs, func(a, b T) int { return span(a).Start - span(b).Start })
}
