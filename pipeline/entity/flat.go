package entity

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
	return t
}

// child returns the child of node n for rune r, 0 when no alias goes on
// with r.
func (t *flatTrie) child(n uint32, r rune) uint32 {
	if n == 0 && r >= 0 && r < 0x10000 {
		return t.root[r]
	}
	lo, hi := t.first[n], t.first[n+1]
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
		if t.label[lo] == r {
			return lo
		}
	}
	return 0
}
