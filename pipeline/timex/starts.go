package timex

import "regexp/syntax"

// Finding where a prefix begins (starts), and whether a match found there
// needs the text before it (contextFree).

// contextFree reports whether a match of p found where one of its prefixes
// set begins (starts.next) is the same whether or not the text before it
// is seen: no assertion but a leading \b is tried at the match's start,
// and a leading \b there is already known to hold (starts.next checks
// it) and holds too at the start of a text, as the prefixes begin with
// word characters.
func contextFree(p *syntax.Regexp, set []string) bool {
	ops := map[syntax.Op]bool{}
	work := 0
	if !leadOps([]*syntax.Regexp{p}, ops, &work) || work > maxPrefixWork {
		return false
	}
	for op := range ops {
		if op != syntax.OpWordBoundary {
			return false
		}
	}
	if len(ops) == 0 {
		return true
	}
	if !startsWithBoundary([]*syntax.Regexp{p}) {
		return false
	}
	for _, s := range set {
		if !isWordByte(s[0]) {
			return false
		}
	}
	return true
}

// leadOps adds to ops the assertions that a match of the concatenation of
// subs may test before it reads its first character; false when unsure.
func leadOps(subs []*syntax.Regexp, ops map[syntax.Op]bool, work *int) bool {
	if *work++; *work > maxPrefixWork {
		return false
	}
	if len(subs) == 0 {
		return true
	}
	a, rest := subs[0], subs[1:]
	with := func(head ...*syntax.Regexp) bool {
		return leadOps(append(append([]*syntax.Regexp(nil), head...), rest...), ops, work)
	}
	switch a.Op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		ops[a.Op] = true
		return leadOps(rest, ops, work)
	case syntax.OpEmptyMatch:
		return leadOps(rest, ops, work)
	case syntax.OpCapture:
		return with(a.Sub[0])
	case syntax.OpConcat:
		return with(a.Sub...)
	case syntax.OpAlternate:
		for _, b := range a.Sub {
			if !with(b) {
				return false
			}
		}
		return true
	case syntax.OpQuest, syntax.OpStar:
		return with(a.Sub[0]) && leadOps(rest, ops, work)
	case syntax.OpRepeat:
		if a.Min == 0 {
			return with(a.Sub[0]) && leadOps(rest, ops, work)
		}
		return with(a.Sub[0])
	case syntax.OpPlus:
		return with(a.Sub[0])
	case syntax.OpLiteral:
		if len(a.Rune) == 0 {
			return leadOps(rest, ops, work)
		}
		return true
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return true
	}
	return false
}

// starts indexes a set of strings for finding where one begins: a table
// of first bytes, then a trie.
type starts struct {
	first [256]bool  // some string begins with the byte
	root  [256]int32 // the trie node after the first byte
	trie  []trieNode
	// single: every string is one byte long, so first says it all.
	single bool
	// pairs, when every string is two bytes long or more, has the bit
	// pairBit of each string's first two bytes set: most places where
	// first holds fail it, without a walk of the trie.
	pairs    [64]uint64
	hasPairs bool
	// boundary: every match begins with \b, so only where the word
	// character class changes.
	boundary bool
}

type trieNode struct {
	edges []trieEdge
	end   bool // a string ends here
}

type trieEdge struct {
	c  byte
	to int32
}

func newStarts(set []string, boundary bool) *starts {
	st := &starts{boundary: boundary, single: true, hasPairs: true, trie: []trieNode{{}}}
	for _, s := range set {
		st.first[s[0]] = true
		if len(s) < 2 {
			st.hasPairs = false
		} else {
			b := pairBit(s[0], s[1])
			st.pairs[b/64] |= 1 << (b % 64)
		}
		st.single = st.single && len(s) == 1
		n := int32(0)
		for i := 0; i < len(s); i++ {
			to := int32(-1)
			for _, e := range st.trie[n].edges {
				if e.c == s[i] {
					to = e.to
					break
				}
			}
			if to < 0 {
				to = int32(len(st.trie))
				st.trie = append(st.trie, trieNode{})
				st.trie[n].edges = append(st.trie[n].edges, trieEdge{s[i], to})
			}
			n = to
		}
		st.trie[n].end = true
	}
	for _, e := range st.trie[0].edges {
		st.root[e.c] = e.to
	}
	return st
}

// next returns the first offset in [from, to) of low where one of the
// prefixes begins (and ends by hi), or -1; lo is where the text searched
// begins (\b sees no character before it).
func (st *starts) next(low string, lo, from, to, hi int) int {
	for i := from; i < to; i++ {
		if !st.first[low[i]] || !st.single && !st.pairAt(low, i, hi) {
			continue
		}
		if st.boundary && isWordByte(low[i]) == (i > lo && isWordByte(low[i-1])) {
			continue
		}
		return i
	}
	return -1
}

// prev returns the last offset in [lo, to) of low where one of the
// strings begins and ends by hi, or -1 (no word-boundary test: need sets
// are built without one).
func (st *starts) prev(low string, lo, to, hi int) int {
	if st.hasPairs {
		// every string has two bytes or more: test the pair first
		for i := min(to, hi-1) - 1; i >= lo; i-- {
			b := pairBit(low[i], low[i+1])
			if st.pairs[b/64]&(1<<(b%64)) != 0 && st.first[low[i]] && st.prefixAt(low[i:hi]) {
				return i
			}
		}
		return -1
	}
	for i := to - 1; i >= lo; i-- {
		if st.first[low[i]] && (st.single || st.pairAt(low, i, hi)) {
			return i
		}
	}
	return -1
}

// pairBit is the bit of pairs for a string beginning with the bytes a, b
// (one of its own for each pair of ASCII letters or digits).
func pairBit(a, b byte) uint { return (uint(a)*31 + uint(b)) % 4096 }

// pairAt reports whether low[i:hi] begins with one of the strings, whose
// first byte callers have checked: the pairs filter, then the trie.
func (st *starts) pairAt(low string, i, hi int) bool {
	if st.hasPairs {
		if i+1 >= hi {
			return false
		}
		if b := pairBit(low[i], low[i+1]); st.pairs[b/64]&(1<<(b%64)) == 0 {
			return false
		}
	}
	return st.prefixAt(low[i:hi])
}

// prefixAt reports whether t begins with one of the strings.
func (st *starts) prefixAt(t string) bool {
	n := st.root[t[0]] // callers have checked first[t[0]]
	for i := 1; ; i++ {
		node := &st.trie[n]
		if node.end {
			return true
		}
		if i == len(t) {
			return false
		}
		next := int32(-1)
		for _, e := range node.edges {
			if e.c == t[i] {
				next = e.to
				break
			}
		}
		if next < 0 {
			return false
		}
		n = next
	}
}
