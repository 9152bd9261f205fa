package segment

import (
	"math"
	"unicode/utf8"
)

// trie holds the dictionary's keys in a trie over runes whose nodes live
// in one open-addressing hash table: node (parent, label) sits at the
// first free slot from the hash of its parent's slot and its label, and
// carries its word's entry and path length. A step down the trie is one
// multiplication and, nearly always, one cache line: the slot holds
// everything the walk needs (16 bytes, half the slots free, nothing the
// garbage collector scans). The segmenter walks it from a word forward and
// stops at the first rune no longer key can follow, where gse's
// double-array trie stops.
type trie struct {
	// node is the hash table; slot 0 is taken by a dummy so that 0 can
	// stand for the root and for "no child".
	node []tnode
	mask uint64 // len(node)-1, a power of two minus one
	// filter has a bit set for every (parent, label) of a node, at the
	// filterBits top bits of its hash: a 512 KB table that stays in cache
	// and answers most failed steps (the last of every walk) without
	// reading the hash table.
	filter []uint64
	// root[r] is the child of the root for rune r of the Basic
	// Multilingual Plane (node 0 when no key starts with r), with the
	// node's entry and path length: the first step of every walk reads
	// this dense table, not the hash table.
	root []rootSlot
}

// rootSlot is a child of the root, see trie.root.
type rootSlot struct {
	node  uint32
	entry int32
	dist  float32
}

// tnode is one node of a trie.
type tnode struct {
	parent uint32 // the slot of the parent, 0 for the root
	// label is the rune on the edge into the node; empty marks a free slot.
	label int32
	// entry is the dictionary entry whose key ends at the node, -1 when
	// the node is only a prefix of longer keys.
	entry int32
	// dist is the entry's path length (see dictionary.finish).
	dist float32
}

const (
	empty      = math.MinInt32     // the label of a free slot
	dummyLabel = math.MinInt32 + 1 // the label of slot 0
	noParent   = math.MaxUint32    // the parent of slot 0
)

// filterBits is the size of trie.filter: 2^22 bits for ~500,000 nodes,
// about one failed step in ten passes it.
const filterBits = 22

func hashStep(parent uint32, l int32) uint64 {
	return (uint64(parent)<<32 | uint64(uint32(l))) * 0x9E3779B97F4A7C15
}

// nextLabel returns the trie label of the rune at s[i] and its size: the
// rune, or -1-b for a byte b that is not valid UTF-8, so that two strings
// have the same labels exactly when they have the same bytes.
func nextLabel(s string, i int) (int32, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return int32(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 {
		return -1 - int32(c), 1
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
	if n == 0 && l >= 0 && l < int32(len(t.root)) {
		return t.root[l].node
	}
	h := hashStep(n, l)
	if f := h >> (64 - filterBits); t.filter[f/64]&(1<<(f%64)) == 0 {
		return 0
	}
	for i := h >> 32 & t.mask; ; i = (i + 1) & t.mask {
		x := &t.node[i]
		if x.label == l && x.parent == n {
			return uint32(i)
		}
		if x.label == empty {
			return 0
		}
	}
}

// insert adds the child of node n on label l and returns its slot; the
// table has a free slot.
func (t *trie) insert(n uint32, l int32) uint32 {
	h := hashStep(n, l)
	f := h >> (64 - filterBits)
	t.filter[f/64] |= 1 << (f % 64)
	i := h >> 32 & t.mask
	for t.node[i].label != empty {
		i = (i + 1) & t.mask
	}
	t.node[i] = tnode{parent: n, label: l, entry: -1}
	if n == 0 && l >= 0 && l < int32(len(t.root)) {
		t.root[l] = rootSlot{node: uint32(i), entry: -1}
	}
	return uint32(i)
}

// find returns the entry of key, -1 when key is not in the trie.
func (t *trie) find(key string) int32 {
	n := uint32(0)
	for i := 0; i < len(key); {
		l, size := nextLabel(key, i)
		if n = t.child(n, l); n == 0 {
			return -1
		}
		i += size
	}
	return t.node[n].entry
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
// distinct keys, sorted so that keys with a common prefix are adjacent);
// the key order[i] ends at a node whose entry is ids[i].
func buildTrie(ks *labelSet, order, ids []int32) *trie {
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
	size := 1
	for size < 2*total {
		size *= 2
	}
	t := &trie{node: make([]tnode, size), mask: uint64(size - 1), root: make([]rootSlot, 1<<16), filter: make([]uint64, 1<<filterBits/64)}
	for i := range t.node {
		t.node[i] = tnode{label: empty, entry: -1}
	}
	t.node[0] = tnode{parent: noParent, label: dummyLabel, entry: -1}
	// node[i] is key i's node at the level being built (the root at 0);
	// live lists the keys long enough to reach that level.
	node := make([]uint32, len(keys))
	live := make([]int32, len(keys))
	for i := range live {
		live[i] = int32(i)
	}
	for depth := 1; len(live) > 0; depth++ {
		next := live[:0]
		for _, i := range live {
			k := keys[i]
			if int(lcp[i]) >= depth {
				node[i] = node[i-1] // the same prefix as the key before
			} else {
				node[i] = t.insert(node[i], k[depth-1])
			}
			if len(k) == depth {
				t.node[node[i]].entry = ids[i]
			} else {
				next = append(next, i)
			}
		}
		live = next
	}
	t.fillRoot()
	return t
}

// fillRoot copies the entries and path lengths of the root's children
// into t.root.
func (t *trie) fillRoot() {
	for l := range t.root {
		r := &t.root[l]
		r.entry, r.dist = t.node[r.node].entry, t.node[r.node].dist // node 0: -1
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
