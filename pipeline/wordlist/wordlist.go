// Package wordlist matches lists of literal words the way a regexp
// alternation (?:w1|w2|…) matches them (leftmost first, the first
// alternative that matches at a position wins, non-overlapping), by
// comparing the words at the runes they start with instead of running an
// expression at every position. Stages use it for trigger, status and noun
// lists where 为, 是, "is", "held" start a candidate in nearly every
// sentence. A Set runs several lists over a text in one pass; a List is one
// list together with the regexp it is equivalent to (tests compare both).
//
//	l := wordlist.NewList(wordlist.Zh("成员国"), wordlist.En("member states"))
//	l.FindAll("…五个成员国…") // same as l.Regexp().FindAllStringIndex(…, -1)
package wordlist

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// Word is one alternative: a literal, ASCII case-insensitive when fold is
// set (as (?i): s also matches ſ, k also K), between \b when bounded,
// followed, when rest is set, by what rest (anchored with ^) matches: the
// gap of 成为…成员国.
type Word struct {
	lit     string
	fold    bool
	bounded bool
	rest    *regexp.Regexp
}

// Zh, En and Loose make the alternatives of a list: Chinese literals
// matched as written; English ones case-insensitive between word
// boundaries, as (?i:\b(?:w1|w2)\b); loose ones case-insensitive without
// boundaries.
func Zh(ws ...string) []Word    { return mk(ws, false, false) }
func En(ws ...string) []Word    { return mk(ws, true, true) }
func Loose(ws ...string) []Word { return mk(ws, true, false) }

// Gap is a Chinese word followed by the expression rest: 成为 + "[^,;。]{0,24}?成员国".
func Gap(lit, rest string) Word {
	return Word{lit: lit, rest: regexp.MustCompile(`^(?:` + rest + `)`)}
}

// Cross returns the words a + b for every a of as and b of bs, in the
// order an expression (?:a1|a2)(?:b1|b2) prefers them.
func Cross(as, bs []string) []string {
	var out []string
	for _, a := range as {
		for _, b := range bs {
			out = append(out, a+b)
		}
	}
	return out
}

func mk(ws []string, fold, bounded bool) []Word {
	out := make([]Word, len(ws))
	for i, w := range ws {
		if fold {
			w = strings.ToLower(w)
		}
		out[i] = Word{lit: w, fold: fold, bounded: bounded}
	}
	return out
}

// ref is an alternative of a list of a set, with the byte that follows
// its first rune (lower-cased when it folds; 0 when unknown): most
// candidates fail there, without a call to matchAt.
type ref struct {
	list, alt uint8
	next      byte
	fold      bool
}

// wordByte tells the ASCII word characters (\w).
var wordByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = syntax.IsWordChar(rune(c))
	}
	return t
}()

// Set runs several word lists over a text in one pass.
type Set struct {
	lists [][]Word
	ascii [utf8.RuneSelf][]ref // the alternatives that may start at an ASCII rune, by list then alternative
	// inner are ascii's unbounded ones: inside a word, after an ASCII
	// word character, a bounded word that starts with one cannot start
	inner [utf8.RuneSelf][]ref
	// pairs and innerPairs are ascii's and inner's alternatives for a
	// letter followed by a letter, by the two letters lower-cased: those
	// whose second byte may be that letter (matchAt decides)
	pairs, innerPairs [26][26][]ref
	other             runeTable // … at another rune
	// some has a bit for every rune of the Basic Multilingual Plane that
	// starts an alternative: most runes need no lookup in other
	some [0x10000 / 64]uint64
}

// NewSet indexes lists (at most 64) for Each and FindAll.
func NewSet(lists ...[]Word) *Set {
	if len(lists) > 64 {
		panic("wordlist: more than 64 word lists in a set")
	}
	ws := &Set{lists: lists}
	other := map[rune][]ref{}
	for l, list := range lists {
		for a, w := range list {
			r, n := utf8.DecodeRuneInString(w.lit)
			rf := ref{list: uint8(l), alt: uint8(a), fold: w.fold}
			if n < len(w.lit) {
				rf.next = w.lit[n]
				if w.fold && (rf.next == 's' || rf.next == 'k' || rf.next >= utf8.RuneSelf) {
					rf.next = 0 // ſ, K
				}
			}
			for _, f := range foldsOf(r, w.fold) {
				if f < utf8.RuneSelf {
					ws.ascii[f] = append(ws.ascii[f], rf)
					if !w.bounded || !syntax.IsWordChar(f) {
						ws.inner[f] = append(ws.inner[f], rf)
					}
				} else {
					other[f] = append(other[f], rf)
					if f < 0x10000 {
						ws.some[f/64] |= 1 << (f % 64)
					}
				}
			}
		}
	}
	ws.other = newRuneTable(other)
	for c := 'a'; c <= 'z'; c++ {
		for d := byte('a'); d <= 'z'; d++ {
			for _, rf := range ws.ascii[c] {
				if rf.next == 0 || rf.next == d || rf.next == d-'a'+'A' {
					ws.pairs[c-'a'][d-'a'] = append(ws.pairs[c-'a'][d-'a'], rf)
				}
			}
			for _, rf := range ws.inner[c] {
				if rf.next == 0 || rf.next == d || rf.next == d-'a'+'A' {
					ws.innerPairs[c-'a'][d-'a'] = append(ws.innerPairs[c-'a'][d-'a'], rf)
				}
			}
		}
	}
	return ws
}

// foldsOf returns r and, when fold is set, the runes (?i) matches it with.
func foldsOf(r rune, fold bool) []rune {
	if !fold {
		return []rune{r}
	}
	out := []rune{r}
	if r >= 'a' && r <= 'z' {
		out = append(out, r-'a'+'A')
	}
	switch r {
	case 's':
		out = append(out, 'ſ')
	case 'k':
		out = append(out, 'K')
	}
	return out
}

// FindAll returns, for every list l with bit l of run set, what the
// list's expression's FindAllStringIndex(text, -1) returns.
func (ws *Set) FindAll(text string, run uint64) [][][]int {
	out := make([][][]int, len(ws.lists))
	ws.Each(text, run, func(l, start, end int) bool {
		out[l] = append(out[l], []int{start, end})
		return true
	})
	return out
}

// Each calls found with every match of FindAll, in text order, until it
// returns false.
func (ws *Set) Each(text string, run uint64, found func(list, start, end int) bool) {
	var next [64]int // where each list may match next (after its last match)
	word := false    // whether the rune before i is an ASCII word character
	for i := 0; i < len(text); {
		c := text[i]
		var cand []ref
		w := 1
		if c < utf8.RuneSelf {
			if word {
				cand = ws.inner[c]
			} else {
				cand = ws.ascii[c]
			}
		} else {
			var r rune
			r, w = utf8.DecodeRuneInString(text[i:])
			if r >= 0x10000 || ws.some[r/64]&(1<<(r%64)) != 0 {
				cand = ws.other.get(r)
			}
		}
		if len(cand) == 0 {
			word = wordByte[c]
			i += w
			continue
		}
		var after, lower byte // the byte after the rune at i, lower-cased
		if i+w < len(text) {
			after = text[i+w]
			lower = after
			if after >= 'A' && after <= 'Z' {
				lower = after | 0x20
			}
		}
		pair := false
		if c|0x20 >= 'a' && c|0x20 <= 'z' && lower >= 'a' && lower <= 'z' {
			// the words that start with these two letters, in any case
			// (the alternatives starting with an ASCII letter all fold)
			pair = true
			if word {
				cand = ws.innerPairs[c|0x20-'a'][lower-'a']
			} else {
				cand = ws.pairs[c|0x20-'a'][lower-'a']
			}
		}
		for _, rf := range cand {
			if !pair && rf.next != 0 && after != rf.next && !(rf.fold && lower == rf.next) {
				continue
			}
			l := int(rf.list)
			if run&(1<<l) == 0 || i < next[l] {
				continue // not run, or matched here already
			}
			if end := ws.lists[l][rf.alt].matchAt(text, i, word); end >= 0 {
				if !found(l, i, end) {
					return
				}
				next[l] = end
			}
		}
		word = wordByte[c]
		i += w
	}
}

// matchAt returns the end of w matched at byte i of text, -1 when it does
// not match there; prevWord tells whether the rune before i is an ASCII word
// character.
func (w *Word) matchAt(text string, i int, prevWord bool) int {
	j := i
	if !w.fold {
		if !strings.HasPrefix(text[i:], w.lit) {
			return -1
		}
		j += len(w.lit)
	} else {
		for k := 0; k < len(w.lit); k++ {
			if j >= len(text) {
				return -1
			}
			c, l := text[j], w.lit[k]
			switch {
			case c == l || c|0x20 == l && l >= 'a' && l <= 'z':
				j++
			case l == 's' && strings.HasPrefix(text[j:], "ſ"):
				j += len("ſ")
			case l == 'k' && strings.HasPrefix(text[j:], "K"):
				j += len("K")
			default:
				return -1
			}
		}
	}
	if w.bounded {
		r, _ := utf8.DecodeRuneInString(text[i:])
		if prevWord == (r < utf8.RuneSelf && syntax.IsWordChar(r)) {
			return -1 // no \b before
		}
	}
	if w.rest != nil {
		loc := w.rest.FindStringIndex(text[j:])
		if loc == nil {
			return -1
		}
		j += loc[1]
	}
	if w.bounded && !Boundary(text, j) {
		return -1
	}
	return j
}

// Boundary reports whether \b holds at byte i of text: the runes on
// either side differ in being ASCII word characters.
func Boundary(text string, i int) bool {
	before, after := false, false
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		before = r < utf8.RuneSelf && syntax.IsWordChar(r)
	}
	if i < len(text) {
		r, _ := utf8.DecodeRuneInString(text[i:])
		after = r < utf8.RuneSelf && syntax.IsWordChar(r)
	}
	return before != after
}

// runeTable maps runes to alternatives: an open-addressing hash table
// with a few hundred slots, which stays in cache better than a map.
type runeTable struct {
	keys  []rune // 0: empty
	vals  [][]ref
	shift uint
}

func newRuneTable(m map[rune][]ref) runeTable {
	size, shift := 16, uint(32-4)
	for size < 4*len(m) {
		size, shift = size*2, shift-1
	}
	t := runeTable{keys: make([]rune, size), vals: make([][]ref, size), shift: shift}
	for r, refs := range m {
		i := t.slot(r)
		for t.keys[i] != 0 {
			i = (i + 1) & (size - 1)
		}
		t.keys[i], t.vals[i] = r, refs
	}
	return t
}

func (t *runeTable) slot(r rune) int { return int(uint32(r) * 0x9E3779B1 >> t.shift) }

// get returns the alternatives of r, nil when it has none.
func (t *runeTable) get(r rune) []ref {
	for i := t.slot(r); ; i = (i + 1) & (len(t.keys) - 1) {
		switch t.keys[i] {
		case r:
			return t.vals[i]
		case 0:
			return nil
		}
	}
}
