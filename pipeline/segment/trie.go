package segment

import (
	"fmt"
	"unicode/utf8"
)

// trie holds the dictionary's keys in a trie over runes laid out in
// breadth-first order: the children of a node are consecutive and sorted
// by label, and the children of node n come right before those of node
// n+1, so one word per node (rec) says where its children start and the
// next node's word says where they end. A node is 8 bytes, ~4 MB for
// ~500,000 nodes, and a step down reads one block of siblings, nearly
// always one cache line (the node itself was read in its parent's block);
// the 3,000 nodes of many children also have their children in a 2 MB hash
// table (big), ~7 MB in all where a hash table of every node took 16 MB. The segmenter walks it from
// a word forward and stops at the first rune no longer key can follow,
// where gse's double-array trie stops.
type trie struct {
	// rec[n] packs node n: its label (the rune on the edge into it), the
	// first of its children and its word class plus one (0 when the node
	// is only a prefix of longer keys); node 0 is the root and rec[len-1]
	// a sentinel that ends the children of the last node. A class stands
	// for the words of one path length and tag (dictionary.finish): its
	// table (dist, dictionary.classPos) stays in cache where a table of
	// the 350,000 entries missed it.
	rec []uint64
	// dist[c] is class c's path length (see dictionary.finish).
	dist []float32
	// entryOf[n] is the entry of the key that ends at node n, -1 for none
	// (find only: the segmentation reads classes).
	entryOf []int32
	// root[r] is the child of the root for rune r of the Basic
	// Multilingual Plane (node 0 when no key starts with r), with the
	// node's class: the first step of every walk reads
	// this dense table, not the root's 20,000 children.
	root []rootSlot
	// big is an open-addressing hash table of the children of the nodes
	// of many children, the first characters of most words (a binary
	// search of their blocks would read a cache line a step): a slot
	// holds a child's node<<tagBits | tag, 0 when free.
	big []uint32
}

// rootSlot is a child of the root, see trie.root.
type rootSlot struct {
	node  uint32
	entry int32 // the node's word class, -1 for none
}

// The fields of trie.rec. Labels sort as the words do, so a block of
// siblings is sorted by label and binary-searched as plain numbers.
const (
	entryBits  = 21 // entry+1: up to 2 million entries
	firstBits  = 22 // up to 4 million nodes
	firstShift = entryBits
	labelShift = entryBits + firstBits // 21 bits left: runes and invalidLabel+255
	entryMask  = 1<<entryBits - 1
	firstMask  = 1<<firstBits - 1
	// invalidLabel+b is the label of a byte b that is not valid UTF-8.
	invalidLabel = utf8.MaxRune + 1
	// linearScan is the most siblings searched one by one (two cache
	// lines); the children of nodes with more are in trie.big too.
	linearScan = 16
	// bigBits is the size of trie.big: 2^19 slots for the ~190,000
	// children of the 3,000 nodes of more than linearScan children.
	bigBits = 19
	// tagBits of a big slot hold hash bits that tell most other slots
	// apart without reading trie.rec.
	tagBits = 32 - firstBits
	tagMask = 1<<tagBits - 1
)

// nextLabel returns the trie label of the rune at s[i] and its size: the
// rune, or invalidLabel+b for a byte b that is not valid UTF-8, so that
// two strings have the same labels exactly when they have the same bytes.
func nextLabel(s string, i int) (int32, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return int32(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 {
		return invalidLabel + int32(c), 1
	}
	return r, n
}

// appendLabels appends the labels of s to buf.
func appendLabels(buf []int32, s string) []int32 {
	for i := 0; i < len(s); {
		l, n := nextLabel(s, i)
		buf = append(buf, l)
		i += n
	}
	return buf
}

// child returns the child of node n on label l, 0 when there is none.
func (t *trie) child(n uint32, l int32) uint32 {
	lo := uint32(t.rec[n]>>firstShift) & firstMask
	hi := uint32(t.rec[n+1]>>firstShift) & firstMask
	key := uint64(l) << labelShift
	if hi-lo > linearScan {
		return t.bigChild(n, l, lo, hi)
	}
	for ; lo < hi; lo++ {
		if r := t.rec[lo]; r >= key {
			if r>>labelShift == uint64(l) {
				return lo
			}
			return 0
		}
	}
	return 0
}

// bigChild is child for a node of more than linearScan children, which
// are in the hash table big: its slot holds the child and a tag of the
// hash, and a child of n on l lies between lo and hi and has label l.
func (t *trie) bigChild(n uint32, l int32, lo, hi uint32) uint32 {
	h := hashStep(n, l)
	tag := uint32(h>>(64-bigBits-tagBits)) & tagMask
	for i := h >> (64 - bigBits); ; i = (i + 1) & (1<<bigBits - 1) {
		x := t.big[i]
		if x == 0 {
			return 0
		}
		if c := x >> tagBits; x&tagMask == tag && lo <= c && c < hi && t.rec[c]>>labelShift == uint64(l) {
			return c
		}
	}
}

func hashStep(n uint32, l int32) uint64 {
	return (uint64(n)<<32 | uint64(uint32(l))) * 0x9E3779B97F4A7C15
}

// entry returns the word class of node n, -1 when no key ends at n.
func (t *trie) entry(n uint32) int32 { return int32(t.rec[n]&entryMask) - 1 }

// find returns the entry (not the class) of key, -1 when key is not in
// the trie.
func (t *trie) find(key string) int32 {
	n := uint32(0)
	for i := 0; i < len(key); {
		l, size := nextLabel(key, i)
		if n = t.child(n, l); n == 0 {
			return -1
		}
		i += size
	}
	return t.entryOf[n]
}

// labelSet holds the labels of many keys back to back.
type labelSet struct {
	labels []int32
	offs   []uint32 // key i is labels[offs[i]:offs[i+1]]
}

func (s *labelSet) add(key string) {
	if len(s.offs) == 0 {
		s.offs = append(s.offs, 0)
	}
	s.labels = appendLabels(s.labels, key)
	s.offs = append(s.offs, uint32(len(s.labels)))
}

func (s *labelSet) len() int { return max(len(s.offs)-1, 0) }

func (s *labelSet) key(i int32) []int32 { return s.labels[s.offs[i]:s.offs[i+1]] }

// buildTrie builds the trie of the keys order lists (indexes into ks,
// distinct keys, sorted by labels so that keys with a common prefix are
// adjacent and siblings come in label order); the key order[i] ends at a
// node whose class is ids[i] and entry entries[i]. It numbers the nodes
// level by level in key order, which is breadth-first order with the
// children of a node consecutive.
func buildTrie(ks *labelSet, order, ids, entries []int32) (*trie, error) {
	keys := make([][]int32, len(order))
	for i, k := range order {
		keys[i] = ks.key(k)
	}
	// lcp[i]: the labels key i shares with key i-1
	lcp := make([]int32, len(keys))
	total := 1
	for i, k := range keys {
		if i > 0 {
			lcp[i] = int32(commonPrefix(keys[i-1], k))
		}
		total += len(k) - int(lcp[i])
	}
	if total >= firstMask || len(ids) >= entryMask {
		return nil, fmt.Errorf("%d trie nodes or %d words: too many", total, len(ids))
	}
	// rec holds label and class+1 while building, children counts in
	// first's place
	rec := make([]uint64, total+1)
	count := make([]uint32, total+1)
	entryOf := make([]int32, total+1)
	for i := range entryOf {
		entryOf[i] = -1
	}
	// node[i] is key i's node at the level being built (the root at 0);
	// live lists the keys long enough to reach that level.
	node := make([]uint32, len(keys))
	live := make([]int32, len(keys))
	for i := range live {
		live[i] = int32(i)
	}
	next := uint32(1)
	for depth := 1; len(live) > 0; depth++ {
		more := live[:0]
		for _, i := range live {
			k := keys[i]
			if int(lcp[i]) >= depth {
				node[i] = node[i-1] // the same prefix as the key before
			} else {
				count[node[i]]++
				rec[next] = uint64(k[depth-1]) << labelShift
				node[i] = next
				next++
			}
			if len(k) == depth {
				rec[node[i]] |= uint64(ids[i] + 1)
				entryOf[node[i]] = entries[i]
			} else {
				more = append(more, i)
			}
		}
		live = more
	}
	first := uint32(1)
	for n := range rec {
		rec[n] |= uint64(first) << firstShift
		first += count[n]
	}
	t := &trie{rec: rec, entryOf: entryOf, root: make([]rootSlot, 1<<16), big: make([]uint32, 1<<bigBits)}
	used := 0
	for n := 0; n+1 < len(rec); n++ {
		lo, hi := uint32(rec[n]>>firstShift)&firstMask, uint32(rec[n+1]>>firstShift)&firstMask
		if hi-lo <= linearScan {
			continue
		}
		if used += int(hi - lo); 2*used > len(t.big) {
			return nil, fmt.Errorf("%d children of big trie nodes: too many", used)
		}
		for c := lo; c < hi; c++ {
			h := hashStep(uint32(n), int32(rec[c]>>labelShift))
			i := h >> (64 - bigBits)
			for t.big[i] != 0 {
				i = (i + 1) & (1<<bigBits - 1)
			}
			t.big[i] = c<<tagBits | uint32(h>>(64-bigBits-tagBits))&tagMask
		}
	}
	return t, nil
}

// fillRoot copies the root's children and their classes into t.root.
func (t *trie) fillRoot() {
	for i := range t.root {
		t.root[i] = rootSlot{entry: -1}
	}
	hi := uint32(t.rec[1]>>firstShift) & firstMask
	for n := uint32(1); n < hi; n++ {
		l := t.rec[n] >> labelShift
		if l >= uint64(len(t.root)) {
			break
		}
		t.root[l] = rootSlot{node: n, entry: t.entry(n)}
	}
}

func commonPrefix(a, b []int32) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
