package event

import (
	"regexp"
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
		name = strings.TrimSpace(string(rs[start:k.noun.End]))
		np := doc.Span{Start: start, End: k.noun.End}
		if q, ok := inside(rs, st.ms, np); ok {
			st.lastPlace[k.typ] = q
		}
	}
	switch {
	case k.typ == doc.Visit:
		p = k.dest
	default:
		if q, ok := introduced(rs, st.ms, c, h.Start); ok {
			p = q
		} else if k.noun != (doc.Span{}) {
			start := phrase(rs, k.noun, c, st.dates)
			if q, ok := inside(rs, st.ms, doc.Span{Start: start, End: k.noun.End}); ok {
				p = q
			} else if generic(rs, k.noun, start) {
				p = st.lastPlace[k.typ]
			}
		}
	}
	if runeCount(name) < 4 || generic(rs, k.noun, k.noun.Start) && name == string(rs[k.noun.Start:k.noun.End]) {
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
var genericRe = regexp.MustCompile(`(?:(?i:\bthe )|该|本次|此次|本届|这次|这届|届时的?)$`)

// generic reports whether noun n, whose phrase starts at start, is a bare
// back reference.
func generic(rs []rune, n doc.Span, start int) bool {
	return start == n.Start && genericRe.MatchString(string(rs[max(n.Start-4, 0):n.Start]))
}

// nominal returns the summits and forums named with their place and dated
// in their own clause without a trigger word ("after the Astana Summit in
// July 2024", 今年秋天的天津峰会). It also remembers each named place for
// later back references ("the summit").
func (st *state) nominal(s doc.Span, cs []doc.Span, used map[doc.Span]bool) []doc.Event {
	var out []doc.Event
	for _, c := range cs {
		for _, n := range findNouns(st.rs, c, st.ms) {
			if n.typ != doc.Summit && n.typ != doc.Forum || inTitle(st.rs, s, n.Span) {
				continue
			}
			start := phrase(st.rs, n.Span, c, st.dates)
			p, ok := inside(st.rs, st.ms, doc.Span{Start: start, End: n.End})
			if !ok {
				p, ok = st.placeAfter(n.End, c.End)
			}
			if !ok {
				continue
			}
			st.lastPlace[n.typ] = p
			if used[n.Span] {
				continue
			}
			d, ok := st.ownDate(s, c, n.Start)
			if !ok {
				continue
			}
			name := strings.TrimSpace(string(st.rs[start:n.End]))
			out = append(out, doc.Event{Span: s, Type: n.typ, Name: name, DateStart: d.Date, DateEnd: d.EndDate, Precision: d.Precision,
				LocationEntityID: p.id, LocationText: p.text, ParticipantIDs: participants(st.ms, c)})
			if out[len(out)-1].DateEnd.IsZero() {
				out[len(out)-1].DateEnd = d.Date
			}
		}
	}
	return out
}

// placeAfter is the place of "… Summit in Astana": in/在 + a place right
// after pos.
func (st *state) placeAfter(pos, end int) (place, bool) {
	for _, m := range st.ms {
		if m.Start < pos || m.End > end || !isPlace(m) {
			continue
		}
		gap := strings.TrimSpace(string(st.rs[pos:m.Start]))
		if gap == "in" || gap == "在" {
			return placeOf(st.rs, m), true
		}
		break
	}
	return place{}, false
}

// ownDate is the date of clause c that is not part of a name, else the
// sentence's date-only opening clause.
func (st *state) ownDate(s, c doc.Span, pos int) (doc.Timex, bool) {
	var best *doc.Timex
	for i := range st.dates {
		d := &st.dates[i]
		if c.Contains(d.Span) && !weak(st.rs, *d) && (best == nil || rank(d.Precision) > rank(best.Precision)) {
			best = d
		}
	}
	if best != nil {
		return *best, true
	}
	return st.opening(s, pos)
}

func participants(ms []doc.Mention, s doc.Span) []string {
	seen := map[string]bool{}
	var ids []string
	for _, m := range ms {
		if s.Contains(m.Span) && m.EntityType != doc.Location && !seen[m.EntityID] {
			seen[m.EntityID] = true
			ids = append(ids, m.EntityID)
		}
	}
	sort.Strings(ids)
	return ids
}

func sortSpans[T any](xs []T, span func(T) doc.Span) {
	sort.SliceStable(xs, func(i, j int) bool { return span(xs[i]).Start < span(xs[j]).Start })
}
