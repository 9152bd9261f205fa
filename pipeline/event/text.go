package event

import (
	"github.com/sco-news/extract/pipeline/runes"
	"sort"

	"github.com/sco-news/extract/pipeline/doc"
	"sync"
	"unicode/utf8"
)

// The stage reads the document as runes (spans are rune offsets) and
// matches its words in the UTF-8 text: encode makes both once, with the
// byte offset of every rune, so a rune range is a substring and a match's
// byte offset maps back to a rune offset without counting.

// runeBuf holds the runes and offsets of a document (see encode); the
// buffers of a finished document serve the next one. Nothing the stage
// returns refers to them.
type runeBuf struct {
	rs      []rune
	off     []int32
	covered []bool
	// found and nouns are a sentence's matches and its nouns' (see
	// state.sentence); only, the dateOnly answers of a sentence
	found, nouns []match
	only         []dated
	// nounsOf and events are state.nounsOf and Extract's events before
	// merging
	nounsOf []clauseNouns
	events  []doc.Event
}

var buffers = sync.Pool{New: func() any { return new(runeBuf) }}

// encode returns []rune(s), string([]rune(s)) (s itself when it is valid
// UTF-8) and the byte offset of every rune in it, in b's buffers.
func (b *runeBuf) encode(s string) ([]rune, string, []int32) {
	if cap(b.rs) < len(s) || cap(b.off) < len(s)+1 {
		b.rs, b.off = make([]rune, len(s)+len(s)/4), make([]int32, len(s)+len(s)/4+1) // together: cap(off) > cap(rs)
	}
	rs, off := b.rs[:len(s)], b.off[:len(s)+1] // a rune takes a byte at least
	n, valid := runes.Decode(rs, off, s)
	if valid {
		return rs[:n], s, off[:n+1]
	}
	n = utf8.RuneCountInString(s)
	// invalid bytes become U+FFFD, as []rune(s) makes them
	enc := make([]byte, 0, len(s)+8)
	k := 0
	for _, r := range s {
		rs[k], off[k] = r, int32(len(enc))
		enc = utf8.AppendRune(enc, r)
		k++
	}
	off[n] = int32(len(enc))
	return rs[:n], string(enc), off[:n+1]
}

// runeAt returns the rune offset of byte offset b of st.str (a rune start).
func (st *state) runeAt(b int32) int {
	return sort.Search(len(st.off), func(i int) bool { return st.off[i] >= b })
}

// sub returns string(st.rs[a:b]) without encoding it again.
func (st *state) sub(a, b int) string { return st.str[st.off[a]:st.off[b]] }
