package eval

import (
	"fmt"

	"github.com/sco-news/extract/pipeline/doc"
)

// formatDate renders d at precision prec: YYYY, YYYY-MM or YYYY-MM-DD ("" for
// a zero date). An empty precision is read off the date's fields.
func formatDate(d doc.Date, prec string) string {
	if d.IsZero() {
		return ""
	}
	if prec == "" {
		switch {
		case d.Day > 0:
			prec = doc.Day
		case d.Month > 0:
			prec = doc.Month
		default:
			prec = doc.Year
		}
	}
	switch prec {
	case doc.Year:
		return fmt.Sprintf("%04d", d.Year)
	case doc.Month:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// predEvent is a predicted event as the scorer sees it.
type predEvent struct {
	doc.Event
	date, end string          // formatted at the event's precision
	locID     string          // location entity id, "" when none
	locSurf   map[string]bool // canonical surfaces of the location
}

func (p predEvent) hasLocation() bool { return p.locID != "" || len(p.locSurf) > 0 }

// locIdentity is the location part of a predicted event key.
func (p predEvent) locIdentity() string {
	if p.locID != "" {
		return "id:" + p.locID
	}
	if p.LocationText != "" {
		return "text:" + Canonical(p.LocationText)
	}
	return ""
}

// scoreEvents compares gold events with predicted ones. Key: (type, date,
// location entity or none); the end date is an attribute.
func (s *scorer) scoreEvents(gold []GoldEvent, events []doc.Event, idx *entityIndex) {
	t := s.report.Tables["events"]
	t.Documents++
	locs := make([]goldName, len(gold))
	for i, g := range gold {
		locs[i] = s.names.name(g.Location, "")
	}
	pred := make([]predEvent, len(events))
	for i, e := range events {
		p := predEvent{Event: e, date: formatDate(e.DateStart, e.Precision), end: formatDate(e.DateEnd, e.Precision), locID: e.LocationEntityID}
		if p.end == "" {
			p.end = p.date
		}
		p.locSurf = map[string]bool{}
		for k := range idx.surfaces[p.locID] {
			p.locSurf[k] = true
		}
		if e.LocationText != "" {
			p.locSurf[Canonical(e.LocationText)] = true
		}
		pred[i] = p
	}
	gk := dedupe(len(gold), func(i, j int) bool {
		return gold[i].Type == gold[j].Type && gold[i].Date == gold[j].Date && locs[i].identity() == locs[j].identity()
	})
	pk := dedupe(len(pred), func(i, j int) bool {
		a, b := pred[i], pred[j]
		return a.Type == b.Type && a.date == b.date && a.locIdentity() == b.locIdentity()
	})
	m := match(gk, pk, func(i, j int) bool {
		g, p := gold[i], pred[j]
		if g.Type != p.Type || g.Date != p.date || p.date == "" {
			return false
		}
		if g.Location == "" || !p.hasLocation() {
			return g.Location == "" && !p.hasLocation()
		}
		return locs[i].denotes(p.locID, p.locSurf)
	})
	for _, pr := range m.pairs {
		g, p := gold[pr[0]], pred[pr[1]]
		t.add(g.Type, 1, 0, 0)
		end := g.End
		if end == "" {
			end = g.Date
		}
		ok := end == p.end
		s.report.attr("events.end", ok)
		if !ok {
			s.miss("events", "events.end", g.Type, goldEventKey(g, locs[pr[0]])+": gold end "+end+", got "+p.end, p.Span)
		}
	}
	for _, i := range m.fn {
		g := gold[i]
		t.add(g.Type, 0, 0, 1)
		span := noSpan
		if g.Location != "" {
			span = s.locate(g.Location)
		}
		s.miss("events", "FN", g.Type, goldEventKey(g, locs[i]), span)
	}
	for _, j := range m.fp {
		p := pred[j]
		t.add(p.Type, 0, 1, 0)
		key := p.date
		if p.end != p.date {
			key += ".." + p.end
		}
		switch {
		case p.locID != "":
			key += " @" + idx.display(p.locID)
		case p.LocationText != "":
			key += " @" + p.LocationText
		}
		if p.Name != "" {
			key += " " + quote(p.Name)
		}
		s.miss("events", "FP", p.Type, key, p.Span)
	}
}

func goldEventKey(g GoldEvent, loc goldName) string {
	key := g.Date
	if g.End != "" && g.End != g.Date {
		key += ".." + g.End
	}
	if g.Location != "" {
		key += " @" + loc.String()
	}
	return key
}
