package eval

import (
	"math"
	"strconv"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// tolerance is the relative difference under which two figure values are
// equal.
const tolerance = 1e-9

// sameValue reports whether a and b are equal within tolerance (relative).
func sameValue(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= tolerance*math.Max(math.Abs(a), math.Abs(b))
}

// figureUnit is the unit that is part of a figure's key: the currency for
// money, % for percent, nothing for counts (their unit is an attribute).
func figureUnit(kind, unit string) string {
	switch kind {
	case "money":
		return strings.ToUpper(strings.TrimSpace(unit))
	case "percent":
		return "%"
	}
	return ""
}

// sameFigure reports whether two figures have the same key: (kind, value)
// for counts, (kind, unit, value) for money and percent.
func sameFigure(kind1, unit1 string, v1 float64, kind2, unit2 string, v2 float64) bool {
	return kind1 == kind2 && figureUnit(kind1, unit1) == figureUnit(kind2, unit2) && sameValue(v1, v2)
}

func formatValue(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func figureKey(kind, unit string, v float64) string {
	k := kind + " " + formatValue(v)
	if u := figureUnit(kind, unit); u != "" {
		k += " " + u
	} else if unit != "" {
		k += " (" + unit + ")"
	}
	return k
}

// scoreFigures compares gold figures with predicted ones. Unit (counts),
// measure and approx are attributes of matched pairs.
func (s *scorer) scoreFigures(gold []GoldFigure, pred []doc.Figure) {
	t := s.report.Tables["figures"]
	t.Documents++
	gk := dedupe(len(gold), func(i, j int) bool {
		a, b := gold[i], gold[j]
		return sameFigure(a.Kind, a.Unit, a.Value, b.Kind, b.Unit, b.Value)
	})
	pk := dedupe(len(pred), func(i, j int) bool {
		a, b := pred[i], pred[j]
		return sameFigure(a.Kind, a.Unit, a.Value, b.Kind, b.Unit, b.Value)
	})
	m := match(gk, pk, func(i, j int) bool {
		g, p := gold[i], pred[j]
		return sameFigure(g.Kind, g.Unit, g.Value, p.Kind, p.Unit, p.Value)
	})
	for _, pr := range m.pairs {
		g, p := gold[pr[0]], pred[pr[1]]
		t.add(g.Kind, 1, 0, 0)
		key := figureKey(g.Kind, g.Unit, g.Value)
		if g.Kind == "count" && g.Unit != "" {
			ok := g.Unit == p.Unit
			s.report.attr("figures.unit", ok)
			if !ok {
				s.miss("figures", "figures.unit", g.Kind, key+": gold "+quote(g.Unit)+", got "+quote(p.Unit), p.Span)
			}
		}
		ok := g.Measure == p.Measure
		s.report.attr("figures.measure", ok)
		if !ok {
			s.miss("figures", "figures.measure", g.Kind, key+": gold "+quote(g.Measure)+", got "+quote(p.Measure), p.Span)
		}
		ok = g.Approx == p.Approx
		s.report.attr("figures.approx", ok)
		if !ok {
			s.miss("figures", "figures.approx", g.Kind, key+": gold "+strconv.FormatBool(g.Approx)+", got "+strconv.FormatBool(p.Approx), p.Span)
		}
	}
	for _, i := range m.fn {
		g := gold[i]
		t.add(g.Kind, 0, 0, 1)
		key := figureKey(g.Kind, g.Unit, g.Value)
		span := noSpan
		if g.Text != "" {
			key += " " + quote(g.Text)
			span = s.locate(g.Text)
		}
		s.miss("figures", "FN", g.Kind, key, span)
	}
	for _, j := range m.fp {
		p := pred[j]
		t.add(p.Kind, 0, 1, 0)
		s.miss("figures", "FP", p.Kind, figureKey(p.Kind, p.Unit, p.Value)+" "+quote(p.Surface), p.Span)
	}
}
