package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/sco-news/extract/pipeline/doc"
)

// cand is a match competing in Merge: rank 0 for a linked surname, 1 for
// a dictionary match, 2 for any other discovered one (lower wins a tie).
type cand struct {
	Match
	rank int
}

// Merge combines dictionary matches with discovered ones: the longest span
// wins, a dictionary match wins a tie, and the result is in text order.
func Merge(known, found []Match) []Match {
	s := getScratch()
	defer s.put()
	return s.merge(known, found)
}

// merge is Merge with the scratch's buffers; only the result is new.
func (s *scratch) merge(known, found []Match) []Match {
	all := s.cands[:0]
	for _, m := range known {
		all = append(all, cand{m, 1})
	}
	for _, m := range found {
		rank := 2
		if m.linked {
			rank = 0
		}
		all = append(all, cand{m, rank})
	}
	s.cands = all
	// the runes taken so far: spans that share none do not overlap
	end := 0
	for i := range all {
		c := &all[i]
		if c.Start < 0 || c.End <= c.Start {
			return mergeSpans(all) // an empty span: compare spans one by one
		}
		end = max(end, c.End)
	}
	order, ok := s.rankOrder(all)
	if !ok {
		return mergeSpans(all)
	}
	taken := bools(s.merged, end)
	s.merged = taken
	// the winners by start: non-empty spans that do not overlap have
	// distinct starts
	chosen := s.chosen[:0]
	for _, key := range order {
		k := int32(key & idxMask)
		c := &all[k]
		clash := false
		for i := c.Start; i < c.End && !clash; i++ {
			clash = taken[i]
		}
		if clash {
			continue
		}
		for i := c.Start; i < c.End; i++ {
			taken[i] = true
		}
		chosen = append(chosen, k)
	}
	// by start: the keys are free again
	byStart := s.keys[:0]
	for _, k := range chosen {
		byStart = append(byStart, uint64(all[k].Start)<<idxBits|uint64(k))
	}
	s.chosen, s.keys = chosen, byStart
	slices.Sort(byStart)
	var out []Match
	if len(chosen) > 0 {
		out = make([]Match, 0, len(chosen))
	}
	for _, key := range byStart {
		out = append(out, all[key&idxMask].Match)
	}
	return out
}

// The fields of a rank key (see rankOrder), from the high bits down:
// length (complemented), rank, start, index.
const (
	idxBits   = 20
	startBits = 26
	rankBits  = 2
	lenBits   = 64 - idxBits - startBits - rankBits
	idxMask   = 1<<idxBits - 1
)

// rankOrder returns the candidates as keys in the order they are tried:
// longest first, then by rank, then by start, then as given (a stable
// sort packed into integers). ok is false when a field does not fit.
func (s *scratch) rankOrder(all []cand) (order []uint64, ok bool) {
	if len(all) > idxMask {
		return nil, false
	}
	keys := s.keys[:0]
	for i := range all {
		c := &all[i]
		l := c.Len()
		if l >= 1<<lenBits || c.Start >= 1<<startBits || c.rank < 0 || c.rank >= 1<<rankBits {
			return nil, false
		}
		key := uint64(1<<lenBits-1-l)<<(64-lenBits) | uint64(c.rank)<<(idxBits+startBits) |
			uint64(c.Start)<<idxBits | uint64(i)
		keys = append(keys, key)
	}
	s.keys = keys
	slices.Sort(keys)
	return keys, true
}

// mergeSpans is merge for candidates that may hold empty or negative
// spans: a stable sort and pairwise overlap tests.
func mergeSpans(all []cand) []Match {
	order := make([]int32, len(all))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int {
		a, b := &all[i], &all[j]
		if a.Len() != b.Len() {
			return b.Len() - a.Len()
		}
		if a.rank != b.rank {
			return a.rank - b.rank
		}
		return a.Start - b.Start
	})
	var out []Match
	if len(all) > 0 {
		out = make([]Match, 0, len(all))
	}
	var used []doc.Span
	for _, k := range order {
		c := &all[k]
		clash := false
		for _, u := range used {
			if u.Overlaps(c.Span) {
				clash = true
				break
			}
		}
		if clash {
			continue
		}
		used = append(used, c.Span)
		out = append(out, c.Match)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// Filter drops the matches the annotation conventions exclude: inside 《》
// titles (unless the whole title is the match) and places that modify a
// concept (上海精神, "Shanghai Spirit").
func Filter(text string, ms []Match) []Match { return filter(text, []rune(text), ms) }

// filter is Filter over text and its runes rs.
func filter(text string, rs []rune, ms []Match) []Match {
	var titles []doc.Span
	if strings.ContainsRune(text, '《') {
		titles = bookTitles(rs)
	}
	out := ms[:0]
	for _, m := range ms {
		if inTitle(titles, m.Span) || conceptModifier(rs, m) || elidedRegion(text, m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// bookTitles returns the spans inside 《…》 (the brackets excluded).
func bookTitles(rs []rune) []doc.Span {
	var out []doc.Span
	open := -1
	for i, r := range rs {
		switch r {
		case '《':
			open = i + 1
		case '》':
			if open >= 0 {
				s, e := open, i
				for s < e && unicode.IsSpace(rs[s]) {
					s++
				}
				for e > s && unicode.IsSpace(rs[e-1]) {
					e--
				}
				out = append(out, doc.Span{Start: s, End: e})
				open = -1
			}
		}
	}
	return out
}

func inTitle(titles []doc.Span, s doc.Span) bool {
	for _, t := range titles {
		if t.Contains(s) {
			// the whole title is the entity: a newspaper's name (《人民日报》)
			return s != t
		}
	}
	return false
}

// conceptModifier reports a place written as the modifier of a concept:
// 上海精神, "Shanghai Spirit".
func conceptModifier(rs []rune, m Match) bool {
	if len(m.Candidates) == 0 || m.Candidates[0].Type != doc.Location {
		return false
	}
	rest := string(rs[m.End:min(len(rs), m.End+8)])
	return strings.HasPrefix(rest, "精神") || strings.HasPrefix(rest, " Spirit") || strings.HasPrefix(rest, " spirit")
}
