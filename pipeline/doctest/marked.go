// Package doctest writes stage inputs for tests compactly: a text with its
// entity mentions and resolved dates marked inside it, so that a stage
// (event, relation) can be tested without running the stages before it.
//
//	m := doctest.Parse(t, "{6月15日|2026-06-15}，[上合组织|O]峰会在[比什凯克|L]举行。")
//	m.Text     // 6月15日，上合组织峰会在比什凯克举行。
//	m.Mentions // 上合组织 ORG, 比什凯克 LOCATION; m.Dates: 6月15日 = 2026-06-15 (day)
package doctest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
)

// Marked is a test document written with its mentions and dates marked in
// the text: [天津|L] is a LOCATION mention (C country, O org, P person,
// L location, J project; id "type:surface"), {9月1日|2025-09-01} a date
// resolved at the precision its value is written with, {8月31日至9月1日|
// 2025-08-31..2025-09-01} a range, {明天|} an unresolved one.
type Marked struct {
	// Text is the input without the marks.
	Text string
	// Mentions, Dates and Sentences are spans into Text.
	Mentions  []doc.Mention
	Dates     []doc.Timex
	Sentences []doc.Span
}

var markTypes = map[string]string{"C": doc.Country, "O": doc.Org, "P": doc.Person, "L": doc.Location, "J": doc.Project}

// Parse reads a marked test input; a malformed mark fails the test.
func Parse(t testing.TB, in string) Marked {
	t.Helper()
	var m Marked
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
			m.Mentions = append(m.Mentions, doc.Mention{Span: sp, Surface: surface, EntityType: typ, EntityID: strings.ToLower(typ) + ":" + surface})
		} else {
			m.Dates = append(m.Dates, timexOf(t, sp, label))
		}
		i = j
	}
	m.Text = string(out)
	start := 0
	for i, r := range out {
		if strings.ContainsRune("。！？\n", r) || r == '.' && (i+1 == len(out) || out[i+1] == ' ') {
			m.Sentences = append(m.Sentences, doc.Span{Start: start, End: i + 1})
			start = i + 1
		}
	}
	if start < len(out) {
		m.Sentences = append(m.Sentences, doc.Span{Start: start, End: len(out)})
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
