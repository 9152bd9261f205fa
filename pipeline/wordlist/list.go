package wordlist

import (
	"regexp"
	"strings"
)

// List is one word list, with the regular expression it matches like.
type List struct {
	set *Set
	re  *regexp.Regexp
}

// NewList makes a list of the alternatives in order of preference (a
// longer word before its prefix when the expression is greedy:
// "observers" before "observer").
func NewList(groups ...[]Word) *List {
	var alts []Word
	var exprs []string
	for _, g := range groups {
		alts = append(alts, g...)
	}
	for _, w := range alts {
		e := regexp.QuoteMeta(w.lit)
		if w.bounded {
			e = `\b` + e + `\b`
		}
		if w.fold {
			e = `(?i:` + e + `)`
		}
		exprs = append(exprs, e)
	}
	return &List{set: NewSet(alts), re: regexp.MustCompile(strings.Join(exprs, "|"))}
}

// Regexp returns the expression the list is equivalent to.
func (ws *List) Regexp() *regexp.Regexp { return ws.re }

// FindAll returns what ws.Regexp().FindAllStringIndex(text, -1) returns.
func (ws *List) FindAll(text string) [][]int { return ws.set.FindAll(text, 1)[0] }

// Find returns what ws.Regexp().FindStringIndex(text) returns.
func (ws *List) Find(text string) []int {
	var loc []int
	ws.set.Each(text, 1, func(_, start, end int) bool {
		loc = []int{start, end}
		return false
	})
	return loc
}

// Match reports whether text holds a match.
func (ws *List) Match(text string) bool { return ws.Find(text) != nil }
