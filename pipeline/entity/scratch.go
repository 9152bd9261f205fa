package entity

import (
	"sync"
	"unicode/utf8"

	"github.com/sco-news/extract/dict"
)

// scratch holds the per-document buffers of one Find: the text's runes,
// the token boundaries, the rule indexes and the candidates of Merge. A
// Find takes one from scratchPool and gives it back when it returns, so a
// document's work allocates (almost) only what the caller keeps: the
// matches, their aliases and the discovered entries.
type scratch struct {
	rs          []rune
	starts      []bool
	ends        []bool
	tb          tokenBounds
	known       []Match
	found       []Match
	taken       []bool
	cover       []int32
	anchors     []anchor
	anchored    bool // anchors were collected by Matcher.match
	words       []word
	lows        []byte
	lowEnds     []int32
	cands       []cand
	keys        []uint64
	merged      []bool
	chosen      []int32
	suffixRules []int
	han, dots   []int32
	names       []int8
	indexed     bool // han and dots index rs
	entries     map[string]*dict.Entry
	// named caches the discovered names by type and name (see
	// discoverer.add): a name met again needs no new id, string or
	// candidate list.
	named    map[string]namedEntry
	evidence map[string]int // see resolve
	key      []byte
}

// namedEntry is a discovered name and its one candidate.
type namedEntry struct {
	name  string
	cands []*dict.Entry
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{entries: map[string]*dict.Entry{}, named: map[string]namedEntry{}, evidence: map[string]int{}}
}}

// getScratch takes a scratch from the pool.
func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// put clears what the scratch must not keep alive (entries of a document
// already returned) and gives it back to the pool; a very large
// document's buffers are dropped rather than kept.
func (s *scratch) put() {
	clear(s.entries)
	clear(s.named)
	clear(s.evidence)
	s.indexed, s.anchored = false, false
	if cap(s.rs) > 1<<20 {
		return
	}
	clear(s.known[:cap(s.known)])
	clear(s.found[:cap(s.found)])
	clear(s.cands[:cap(s.cands)])
	scratchPool.Put(s)
}

// runes returns the runes of text ([]rune(text)) in the scratch's
// buffer, and indexes the positions of the Han characters and the middle
// dots in the same pass (see discoverer.han).
func (s *scratch) runes(text string) []rune {
	n := utf8.RuneCountInString(text)
	rs, han, dots := s.rs[:0], s.han[:0], s.dots[:0]
	if cap(rs) < n {
		rs = make([]rune, n)
	}
	rs = rs[:n]
	i := 0
	for _, r := range text {
		rs[i] = r
		if r >= utf8.RuneSelf {
			if isHan(r) {
				han = append(han, int32(i))
			} else if r == '·' {
				dots = append(dots, int32(i))
			}
		}
		i++
	}
	s.rs, s.han, s.dots = rs, han, dots
	s.indexed = true
	return rs
}

// bools returns buf resized to n and cleared.
func bools(buf []bool, n int) []bool {
	if cap(buf) < n {
		return make([]bool, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// int8s returns buf resized to n and cleared.
func int8s(buf []int8, n int) []int8 {
	if cap(buf) < n {
		return make([]int8, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// int32s returns buf resized to n and cleared.
func int32s(buf []int32, n int) []int32 {
	if cap(buf) < n {
		return make([]int32, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// runeWidth returns how many bytes r takes in text at byte offset b: its
// encoded length, except for utf8.RuneError, which stands for one invalid
// byte as often as for itself.
func runeWidth(text string, b int, r rune) int {
	switch {
	case r < utf8.RuneSelf:
		return 1
	case r < 0x800:
		return 2
	case r == utf8.RuneError:
		_, w := utf8.DecodeRuneInString(text[b:])
		return w
	case r < 0x10000:
		return 3
	}
	return 4
}
