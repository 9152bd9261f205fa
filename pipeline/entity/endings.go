package entity

import (
	"sort"

	"github.com/sco-news/extract/pipeline/runeset"
)

// endings finds which words of a fixed list end at a position of a text,
// walking a trie of the reversed words backwards from that position: the
// cost is bounded by the longest word, whatever the list's length, and
// nothing is allocated per lookup.
type endings struct {
	root *rnode
	// lasts holds the last runes of the words: most positions end none
	lasts *runeset.Set
}

type rnode struct {
	children[rnode]
	// idx holds the list indexes of the words that end (start, reversed) here.
	idx []int
}

// newEndings indexes ws; lookups report indexes into ws.
func newEndings(ws []string) *endings {
	e := &endings{root: &rnode{}}
	for i, w := range ws {
		rs := []rune(w)
		n := e.root
		for j := len(rs) - 1; j >= 0; j-- {
			n = n.add(rs[j])
		}
		n.idx = append(n.idx, i)
	}
	last := map[rune]bool{}
	for r := range e.root.next {
		last[r] = true
	}
	e.lasts = runeset.Of(last)
	e.root.freeze()
	return e
}

// freeze turns the children maps of the trie under n into sorted slices.
func (n *rnode) freeze() { n.children.freeze((*rnode).freeze) }

// longest returns the length of the longest word ending right before end, 0
// when none does.
func (e *endings) longest(rs []rune, end int) int {
	if end < 1 || end > len(rs) || !e.lasts.Has(rs[end-1]) {
		return 0
	}
	n, best := e.root, 0
	for j := end - 1; j >= 0; j-- {
		n = n.kid(rs[j])
		if n == nil {
			break
		}
		if len(n.idx) > 0 {
			best = end - j
		}
	}
	return best
}

// all appends to buf the indexes of every word ending right before end, in
// list order.
func (e *endings) all(rs []rune, end int, buf []int) []int {
	buf = buf[:0]
	if end < 1 || end > len(rs) || !e.lasts.Has(rs[end-1]) {
		return buf
	}
	n := e.root
	for j := end - 1; j >= 0; j-- {
		n = n.kid(rs[j])
		if n == nil {
			break
		}
		buf = append(buf, n.idx...)
	}
	sort.Ints(buf)
	return buf
}
