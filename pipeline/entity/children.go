package entity

import "slices"

// children are the child nodes of a rune trie node: a map while the trie
// is built, then (after freeze) sorted keys and a parallel slice that
// lookups read without hashing. Both tries of the package embed it: the
// alias trie (node) and the reversed word-list trie (rnode).
type children[T any] struct {
	next map[rune]*T
	keys []rune
	kids []*T
}

// add returns the child for r, creating it (only while building).
func (c *children[T]) add(r rune) *T {
	if c.next == nil {
		c.next = map[rune]*T{}
	}
	k := c.next[r]
	if k == nil {
		k = new(T)
		c.next[r] = k
	}
	return k
}

// freeze moves the children into keys and kids, freezing each child
// first with freezeChild.
func (c *children[T]) freeze(freezeChild func(*T)) {
	for r := range c.next {
		c.keys = append(c.keys, r)
	}
	slices.Sort(c.keys)
	for _, r := range c.keys {
		k := c.next[r]
		freezeChild(k)
		c.kids = append(c.kids, k)
	}
	c.next = nil
}

// kid returns the child for r after freeze, nil when there is none.
func (c *children[T]) kid(r rune) *T {
	if len(c.keys) <= 8 {
		for i, k := range c.keys {
			if k == r {
				return c.kids[i]
			}
		}
		return nil
	}
	if i, ok := slices.BinarySearch(c.keys, r); ok {
		return c.kids[i]
	}
	return nil
}
