package relation

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
)

// marked is a test document written with its mentions and dates marked in
// the text: [天津|L] is a LOCATION mention (C country, O org, P person,
// L location, J project; id "type:surface"), {9月1日|2025-09-01} a date
// resolved at the precision its value is written with, {8月31日至9月1日|
// 2025-08-31..2025-09-01} a range, {明天|} an unresolved one.
type marked struct {
	text      string
	mentions  []doc.Mention
	dates     []doc.Timex
	sentences []doc.Span
}

var markTypes = map[string]string{"C": doc.Country, "O": doc.Org, "P": doc.Person, "L": doc.Location, "J": doc.Project}

func parseMarked(t testing.TB, in string) marked {
	t.Helper()
	var m marked
	var out []rune
	rs := []rune(in)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r != '[' && r != '{' {
			out = append(out, r)
			continue
		}
		closer := map[rune]rune{'[': ']', '{': '}'}[r]
		j := i + 1
		for j < len(rs) && rs[j] != closer {
			j++
		}
		require.Less(t, j, len(rs), "unclosed %c in %q", r, in)
		surface, label, ok := strings.Cut(string(rs[i+1:j]), "|")
		require.True(t, ok, "no | in %q", string(rs[i:j+1]))
		sp := doc.Span{Start: len(out), End: len(out) + len([]rune(surface))}
		out = append(out, []rune(surface)...)
		if r == '[' {
			typ := markTypes[label]
			require.NotEmpty(t, typ, "bad type %q", label)
			m.mentions = append(m.mentions, doc.Mention{Span: sp, Surface: surface, EntityType: typ, EntityID: strings.ToLower(typ) + ":" + surface})
		} else {
			m.dates = append(m.dates, timexOf(t, sp, label))
		}
		i = j
	}
	m.text = string(out)
	start := 0
	for i, r := range out {
		if strings.ContainsRune("。！？\n", r) || r == '.' && (i+1 == len(out) || out[i+1] == ' ') {
			m.sentences = append(m.sentences, doc.Span{Start: start, End: i + 1})
			start = i + 1
		}
	}
	if start < len(out) {
		m.sentences = append(m.sentences, doc.Span{Start: start, End: len(out)})
	}
	return m
}

func timexOf(t testing.TB, sp doc.Span, label string) doc.Timex {
	t.Helper()
	x := doc.Timex{Span: sp}
	if label == "" {
		return x
	}
	from, to, isRange := strings.Cut(label, "..")
	x.Date, x.Precision = parseDate(t, from)
	x.EndDate = x.Date
	if isRange {
		x.EndDate, _ = parseDate(t, to)
		x.IsRange = true
	}
	return x
}

func parseDate(t testing.TB, s string) (doc.Date, string) {
	t.Helper()
	var d doc.Date
	switch len(s) {
	case 4:
		_, err := fmt.Sscanf(s, "%4d", &d.Year)
		require.NoError(t, err)
		return d, doc.Year
	case 7:
		_, err := fmt.Sscanf(s, "%4d-%2d", &d.Year, &d.Month)
		require.NoError(t, err)
		return d, doc.Month
	}
	_, err := fmt.Sscanf(s, "%4d-%2d-%2d", &d.Year, &d.Month, &d.Day)
	require.NoError(t, err)
	return d, doc.Day
}
