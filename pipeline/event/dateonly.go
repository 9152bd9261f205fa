package event

import (
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/findall"
)

// A date-only clause ("9月1日，", "On Monday,", a dateline with 近日) gives
// its date to the triggers after it in the sentence. Most clauses say
// more: a rune no date-only clause can hold rejects one before its text is
// built and matched.

// fillerRe is what a date-only opening clause may hold beside its dates.
var fillerRe = findall.NewWhole(`(?i)^(?:\s|on|in|at|the|of|by|early|late|mid|evening|morning|afternoon|上午|下午|晚上|晚间|早上|中午|当地时间|北京时间|据悉|近日|日前|[,，(（)）\[\]\d])*$`)

// fillerRunes hold the runes fillerRe and anaphorRe can match: those
// written in them, the upper-case of their letters, ſ and K, which (?i)
// folds to s and k, and what \s and \d match.
var fillerRunes = func() map[rune]bool {
	m := map[rune]bool{'ſ': true, 'K': true}
	for _, r := range fillerRe.Regexp().String() + anaphorRe.Regexp().String() {
		m[r] = true
		if r >= 'a' && r <= 'z' {
			m[r-'a'+'A'] = true
		}
	}
	for _, r := range " \t\n\f\r0123456789" { // \s, \d
		m[r] = true
	}
	return m
}()

// mayBeFiller reports whether a clause's text (its dates blanked) may be
// a date-only clause: false when it holds a rune that fillerRe and
// anaphorRe do not match and no dateline (电, parentheses)
// that stripDatelineRunes could remove it with.
func mayBeFiller(text []rune) bool {
	for _, r := range text {
		switch {
		case fillerRunes[r]:
		case r == '电' || r == '(' || r == '（':
			return true
		default:
			for _, r := range text {
				if r == '电' || r == '(' || r == '（' {
					return true
				}
			}
			return false
		}
	}
	return true
}

// dateOnly returns the date of clause c when c says nothing else.
func (st *state) dateOnly(c doc.Span) (doc.Timex, bool) {
	for _, a := range st.only {
		if a.c == c {
			return a.d, a.ok
		}
	}
	d, ok := st.readDateOnly(c)
	st.only = append(st.only, dated{c, d, ok})
	return d, ok
}

func (st *state) readDateOnly(c doc.Span) (doc.Timex, bool) {
	st.scratch = append(st.scratch[:0], st.rs[c.Start:c.End]...)
	text := st.scratch
	var found, dateline *doc.Timex
	for _, i := range st.datesIn(c) {
		d := &st.all[i]
		if !c.Contains(d.Span) || d.Date.IsZero() {
			continue
		}
		if !st.isUsable(*d) {
			if datelineAfter(st.sub(d.End, min(d.End+12, len(st.rs)))) {
				dateline = d
			}
			continue
		}
		if found == nil || rank(d.Precision) > rank(found.Precision) {
			found = d
		}
		for k := d.Start; k < d.End; k++ {
			text[k-c.Start] = ' '
		}
	}
	if !mayBeFiller(text) {
		return doc.Timex{}, false
	}
	// what the dateline leaves must be filler, or anaphors and filler:
	// both are runes of fillerRunes
	st.kept = stripDatelineRunes(st.kept[:0], text)
	for _, r := range st.kept {
		if !fillerRunes[r] {
			return doc.Timex{}, false
		}
	}
	rest := string(st.kept)
	if !fillerRe.MatchString(rest) {
		if found == nil && anaphorRe.Find(rest) != nil && fillerRe.MatchString(anaphorRe.Regexp().ReplaceAllString(rest, "")) {
			return st.before(c.Start)
		}
		return doc.Timex{}, false
	}
	if found == nil {
		found = dateline
	}
	if found == nil {
		return doc.Timex{}, false
	}
	return *found, true
}

func (st *state) isUsable(d doc.Timex) bool {
	for _, u := range st.dates {
		if u.Span == d.Span {
			return true
		}
	}
	return false
}
