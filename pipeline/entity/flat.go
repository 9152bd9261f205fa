package entity

import "unicode/utf8"

// flatTrie is the alias trie laid out breadth first in flat arrays for the
// walks made from every position of every text (Matcher.match,
// discoverer.index): the children of a node are contiguous and sorted, a
// step is a table read at the root and a short search below it, and the
// flags answer "does an alias end here" without touching the node, whose
// data (alias, entries, spellings) is read only on a hit.
type flatTrie struct {
	label []rune   // label[i]: the rune into node i (node 0 is the root)
	first []uint32 // the children of node i are first[i] to first[i+1]
	flags []uint8
	node  []*node // the alias data of node i
	// root[r] is the child of the root for rune r of the Basic
	// Multilingual Plane, 0 when no alias starts with r.
	root []uint32
	// rootBits has bit r set when root[r] is not 0: a few hundred runes
	// start aliases, and the 8 KB of bits stay in cache where the table
	// would not.
	rootBits *[0x10000 / 64]uint64
	// ascii answers the first step of Matcher.match for an ASCII rune.
	ascii [utf8.RuneSelf]asciiStart
	// pairs has bit b of pairs[a] set when an alias starts with the
	// ASCII runes a, b (in lower case; 2 KB that stay in cache): most
	// walks from a word end at the second rune.
	pairs [utf8.RuneSelf][2]uint64
	// lowerLabels: every label is its own lower case (see Matcher.match).
	lowerLabels bool
	// dense[i] > 0 gives a node with more than 8 children, some ASCII,
	// its table of ASCII children: asciiKids[dense[i]-1][r].
	dense     []int32
	asciiKids [][utf8.RuneSelf]uint32
}

// asciiStart is the first step of a walk from an ASCII rune: the child of
// the root for the rune in lower case, and whether the walk is worth
// making inside a word (flagNonLatinBelow).
type asciiStart struct {
	child  uint32
	inWord bool
	// skipInWord: a letter or digit where no walk is made after
	// another one (!inWord).
	skipInWord bool
}

// Flags of a flatTrie node.
const (
	flagEntries uint8 = 1 << iota // the node ends an alias of some entries
	flagBlock                     // the node ends a non-entity phrase
	flagLatin                     // the alias is ASCII-only
	// flagNonLatinBelow: an alias that is not Latin (or a non-entity
	// phrase) ends at the node or below it. Where a Latin alias cannot
	// start (right after a letter), a walk into a node without it finds
	// nothing.
	flagNonLatinBelow
	// flagAnchor: the node ends an alias that anchors a longer name (see
	// discoverer.index): of some entries, not Latin, two runes or more
	// and no short form (中方).
	flagAnchor
)

// flatten lays out the frozen trie under root.
func flatten(root *node) *flatTrie {
	t := &flatTrie{root: make([]uint32, 0x10000)}
	queue := []*node{root}
	t.label = append(t.label, 0)
	for i := 0; i < len(queue); i++ {
		n := queue[i]
		var f uint8
		if len(n.entries) > 0 {
			f |= flagEntries
		}
		if n.block {
			f |= flagBlock
		}
		if n.latin {
			f |= flagLatin
		}
		if len(n.entries) > 0 && !n.latin && utf8.RuneCountInString(n.alias) >= 2 && !shortForm(n.alias) {
			f |= flagAnchor
		}
		t.flags = append(t.flags, f)
		t.node = append(t.node, n)
		t.first = append(t.first, uint32(len(queue)))
		for k, r := range n.keys {
			if i == 0 && r >= 0 && r < 0x10000 {
				t.root[r] = uint32(len(queue))
			}
			queue = append(queue, n.kids[k])
			t.label = append(t.label, r)
		}
	}
	t.first = append(t.first, uint32(len(queue)))
	// children come after their parent: fill flagNonLatinBelow backwards
	for i := len(t.flags) - 1; i >= 0; i-- {
		f := t.flags[i]
		if f&(flagEntries|flagBlock) != 0 && f&flagLatin == 0 {
			t.flags[i] |= flagNonLatinBelow
		}
		for k := t.first[i]; k < t.first[i+1]; k++ {
			t.flags[i] |= t.flags[k] & flagNonLatinBelow
		}
	}
	t.rootBits = new([0x10000 / 64]uint64)
	for r, n := range t.root {
		if n != 0 {
			t.rootBits[r/64] |= 1 << (r % 64)
		}
	}
	t.lowerLabels = true
	for _, r := range t.label {
		t.lowerLabels = t.lowerLabels && lower(r) == r
	}
	t.dense = make([]int32, len(t.flags))
	for i := 1; i < len(t.flags); i++ {
		lo, hi := t.first[i], t.first[i+1]
		if hi-lo <= 8 || t.label[lo] >= utf8.RuneSelf {
			continue
		}
		var kids [utf8.RuneSelf]uint32
		for k := lo; k < hi && t.label[k] < utf8.RuneSelf; k++ {
			if t.label[k] >= 0 {
				kids[t.label[k]] = k
			}
		}
		t.asciiKids = append(t.asciiKids, kids)
		t.dense[i] = int32(len(t.asciiKids))
	}
	for r := range t.ascii {
		n := t.root[lowerFast(rune(r))]
		inWord := n != 0 && t.flags[n]&flagNonLatinBelow != 0
		t.ascii[r] = asciiStart{n, inWord, isWordRuneFast(rune(r)) && !inWord}
		for b := rune(0); b < utf8.RuneSelf && n != 0; b++ {
			if t.child(n, lowerFast(b)) != 0 {
				t.pairs[r][b/64] |= 1 << (b % 64)
			}
		}
	}
	return t
}

// pairStarts reports whether a walk from the ASCII rune a may go on with
// the ASCII rune b.
func (t *flatTrie) pairStarts(a, b rune) bool { return t.pairs[a][b/64]&(1<<(b%64)) != 0 }

// child returns the child of node n for rune r, 0 when no alias goes on
// with r.
func (t *flatTrie) child(n uint32, r rune) uint32 {
	if n == 0 && r >= 0 && r < 0x10000 {
		if t.rootBits[r/64]&(1<<(r%64)) == 0 {
			return 0
		}
		return t.root[r]
	}
	lo, hi := t.first[n], t.first[n+1]
	if hi-lo > 8 && r >= 0 && r < utf8.RuneSelf {
		if d := t.dense[n]; d > 0 {
			return t.asciiKids[d-1][r]
		}
	}
	for hi-lo > 8 {
		mid := (lo + hi) / 2
		switch x := t.label[mid]; {
		case x == r:
			return mid
		case x < r:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	for ; lo < hi; lo++ {
		if x := t.label[lo]; x >= r { // sorted: past r, r is not there
			if x == r {
				return lo
			}
			return 0
		}
	}
	return 0
}
