package entity

import (
	"sort"
	"strings"
)

// phrases is a fixed list of lower-case English phrases (enTitles,
// enProjectHeads), longest first, indexed by their first and last words: a
// lookup at a word of the text reads only the phrases that can match there,
// and nothing is split or allocated per lookup.
type phrases struct {
	list   []string
	words  [][]string       // the words of list[i]
	byLast map[string][]int // indexes of the phrases ending in a word, in list order
	first  map[string]bool  // the first words of the phrases
	set    map[string]bool  // the phrases themselves
	// lastClass is the class of the last words (see enClasses): a word
	// without it ends no phrase.
	lastClass wordClass
}

// lowerPhrases splits s on '|' and newlines into lower-case phrases,
// longest first.
func lowerPhrases(s string) *phrases {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		for _, p := range strings.Split(line, "|") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, strings.ToLower(p))
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	ps := &phrases{list: out, byLast: map[string][]int{}, first: map[string]bool{}, set: map[string]bool{}}
	for i, p := range out {
		ws := strings.Fields(p)
		ps.words = append(ps.words, ws)
		last := ws[len(ws)-1]
		ps.byLast[last] = append(ps.byLast[last], i)
		ps.first[ws[0]] = true
		ps.set[p] = true
	}
	return ps
}

// endingAt returns how many words ending at word i form the first phrase
// of ps (in list order) found there, each word but the last followed by one
// space; 0 when none.
func (e *enScan) endingAt(ps *phrases, i int) int {
	if ps.lastClass != 0 && !e.ws[i].is(ps.lastClass) {
		return 0
	}
	for _, pi := range ps.byLast[e.ws[i].lower] {
		parts := ps.words[pi]
		k := len(parts)
		if k > i+1 {
			continue
		}
		ok := true
		for j := 0; j < k; j++ {
			if e.ws[i-k+1+j].lower != parts[j] || j < k-1 && !e.adjacent(i-k+1+j) {
				ok = false
				break
			}
		}
		if ok {
			return k
		}
	}
	return 0
}

// sepIs reports whether the text between words i and i+1 is s ("" after
// the last word).
func (e *enScan) sepIs(i int, s string) bool {
	if i+1 >= len(e.ws) {
		return s == ""
	}
	return runesAre(e.d.rs[e.ws[i].End:e.ws[i+1].Start], s)
}

// sepStartsWith reports whether the text between words i and i+1 starts
// with r.
func (e *enScan) sepStartsWith(i int, r rune) bool {
	if i+1 >= len(e.ws) {
		return false
	}
	a, b := e.ws[i].End, e.ws[i+1].Start
	return a < b && e.d.rs[a] == r
}

// runesAre reports whether rs spells s, without converting either.
func runesAre(rs []rune, s string) bool {
	i := 0
	for _, r := range s {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return i == len(rs)
}
