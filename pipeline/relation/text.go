package relation

import (
	"github.com/sco-news/extract/pipeline/runes"
	"github.com/sco-news/extract/pipeline/wordlist"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
)

// text is the document's runes with their UTF-8 encoding made once, so a
// rune range is a substring (no encoding per call) and a byte offset of a
// match maps back to a rune offset without counting.
type text struct {
	rs  []rune
	str string  // string(rs)
	off []int32 // off[i]: byte offset of rs[i] in str; off[len(rs)] == len(str)
	// countries and orgs are memberships' buffers
	countries, orgs []doc.Mention
}

// texts keeps the texts of finished documents: their rune and offset
// slices serve the next document (nothing Extract returns refers to them).
var texts = sync.Pool{New: func() any { return new(text) }}

// newText returns the text of s in a text of the pool (give it back with
// texts.Put when done).
func newText(s string) *text {
	t := texts.Get().(*text)
	if cap(t.rs) < len(s) || cap(t.off) < len(s)+1 {
		// a rune takes a byte at least
		t.rs, t.off = make([]rune, len(s)+len(s)/4), make([]int32, len(s)+len(s)/4+1)
	}
	rs, off := t.rs[:len(s)], t.off[:len(s)+1]
	n, ok := runes.Decode(rs, off, s)
	if !ok {
		return t.invalid(s)
	}
	t.rs, t.str, t.off = rs[:n], s, off[:n+1]
	return t
}

// invalid makes t the text of s, which is not valid UTF-8: invalid bytes
// become U+FFFD, as []rune(s) makes them.
func (t *text) invalid(s string) *text {
	rs, off := t.rs[:0], t.off[:0]
	b := make([]byte, 0, len(s)+8)
	for _, r := range s {
		rs = append(rs, r)
		off = append(off, int32(len(b)))
		b = utf8.AppendRune(b, r)
	}
	t.rs, t.str, t.off = rs, string(b), append(off, int32(len(b)))
	return t
}

// sub returns string(t.rs[a:b]).
func (t *text) sub(a, b int) string { return t.str[t.off[a]:t.off[b]] }

// runeAt returns the rune offset of byte offset b of t.str (a rune start).
func (t *text) runeAt(b int) int {
	return sort.Search(len(t.off), func(i int) bool { return int(t.off[i]) >= b })
}

// sentenceMentions returns the mentions of ms (sorted by start) that may
// lie inside s, in order: those that start in it (the caller checks
// their ends).
func sentenceMentions(ms []doc.Mention, s doc.Span) []doc.Mention {
	lo := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s.Start })
	hi := lo + sort.Search(len(ms)-lo, func(i int) bool { return ms[lo+i].Start > s.End })
	return ms[lo:hi]
}

// cues are the words a sentence must hold for a rule family to apply.
// Each rule's expression can only match text holding one of its cue
// words, compared as (?i) compares them (ASCII case, ſ for s, K for k).
type cues struct {
	status   bool // a status word: 成员, 观察员, 伙伴, member, partner, observer
	founders bool // "established in 2001 by"
	comprise bool // "comprises", "whose members include", …
	accede   bool // "'s accession to", "'s admission into"
}

// sentenceSet finds in one pass over a sentence the cue words of the four
// families (lists 0 to 3; "erver" stands for observer) and the words of
// memberTriggers 0 and 2 (lists 4 and 5).
var sentenceSet = wordlist.NewSet(
	append(wordlist.Zh("成员", "观察员", "伙伴"), wordlist.Loose("member", "partner", "erver")...),
	wordlist.Loose("ed in "),
	wordlist.Loose("compri", "consist", "made up", "groups", "bring", "whose", "with members"),
	wordlist.Loose("ccession", "dmission"),
	admitWords,
	becomeWords,
)

// scan returns the cues of sentence s and the matches (byte ranges in
// its text) of memberTriggers 0 and 2.
func (t *text) scan(s doc.Span) (cues, [2][][]int) {
	var c cues
	var found [2][][]int
	sentenceSet.Each(t.sub(s.Start, s.End), 63, func(l, start, end int) bool {
		switch l {
		case 0:
			c.status = true
		case 1:
			c.founders = true
		case 2:
			c.comprise = true
		case 3:
			c.accede = true
		default:
			found[l-4] = append(found[l-4], []int{start, end})
		}
		return true
	})
	return c, found
}
