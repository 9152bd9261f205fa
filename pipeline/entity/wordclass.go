package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordClass is a bit set of the word lists an English word belongs to,
// looked up once per word of a text (englishWords) instead of once per
// rule that asks.
type wordClass uint16

const (
	clsCapital     wordClass = 1 << iota // starts with an upper-case letter
	clsNotName                           // enNotNames
	clsTitle                             // a one-word title of enTitles
	clsTitleFirst                        // the first word of a title
	clsTitleLast                         // the last word of a title
	clsProjectLast                       // the last word of an enProjectHeads phrase
	clsOrgHead                           // enOrgHeads
	clsOrgOfHead                         // enOrgOfHeads
	clsPlaceHead                         // enPlaceHeads
	clsAreaHead                          // enAreaHeads
	clsNameOf                            // enNameOf
)

// enClasses maps a lower-case word to its classes (clsCapital aside).
var enClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	sets := []struct {
		set map[string]bool
		cls wordClass
	}{
		{enNotNames, clsNotName}, {enTitles.set, clsTitle}, {enTitles.first, clsTitleFirst},
		{enOrgHeads, clsOrgHead}, {enOrgOfHeads, clsOrgOfHead}, {enPlaceHeads, clsPlaceHead},
		{enAreaHeads, clsAreaHead}, {enNameOf, clsNameOf},
	}
	for _, s := range sets {
		for w := range s.set {
			m[w] |= s.cls
		}
	}
	for w := range enTitles.byLast {
		m[w] |= clsTitleLast
	}
	for w := range enProjectHeads.byLast {
		m[w] |= clsProjectLast
	}
	enTitles.lastClass = clsTitleLast
	enProjectHeads.lastClass = clsProjectLast
	return m
}()

// classTable answers enClasses without hashing a word of the text: the
// words sit in buckets by length and first, middle and last bytes, most
// words of a text fall in an empty bucket or one holding a single word,
// and the whole table (a few KB, the words in one string) stays in cache
// between documents where a map's scattered keys would not.
type classTable struct {
	// first[b] to first[b+1] are the entries of bucket b
	first   [classBuckets + 1]uint16
	entries []classWord
	words   string // the words of the entries, one after another
}

type classWord struct {
	off uint16 // the word is words[off : off+n]
	n   uint8
	cls wordClass
}

const classBuckets = 1 << 9

// enClassTable is enClasses as a classTable.
var enClassTable = func() *classTable {
	var byBucket [classBuckets][]string
	for w := range enClasses {
		b := classBucket(w)
		byBucket[b] = append(byBucket[b], w)
	}
	t := &classTable{}
	var words strings.Builder
	for b, ws := range byBucket {
		sort.Strings(ws)
		t.first[b] = uint16(len(t.entries))
		for _, w := range ws {
			if len(w) > 255 || words.Len()+len(w) > 1<<16-1 {
				panic("entity: the English word lists outgrow classTable")
			}
			t.entries = append(t.entries, classWord{uint16(words.Len()), uint8(len(w)), enClasses[w]})
			words.WriteString(w)
		}
	}
	t.first[classBuckets] = uint16(len(t.entries))
	t.words = words.String()
	return t
}()

func classBucket(w string) int {
	if w == "" {
		return 0
	}
	return (len(w)*131 + int(w[0])*31 + int(w[len(w)-1])*7 + int(w[len(w)/2])) & (classBuckets - 1)
}

// of returns the classes of the lower-case word w, 0 for none.
func (t *classTable) of(w string) wordClass {
	b := classBucket(w)
	for _, cw := range t.entries[t.first[b]:t.first[b+1]] {
		if int(cw.n) == len(w) && t.words[cw.off:int(cw.off)+int(cw.n)] == w {
			return cw.cls
		}
	}
	return 0
}

// is reports whether the word is in every class of c.
func (w *word) is(c wordClass) bool { return w.cls&c == c }

// classOf returns the classes of a word and its lower-case form.
func classOf(text, lower string) wordClass {
	c := enClassTable.of(lower)
	if text != "" && text[0] < utf8.RuneSelf {
		if 'A' <= text[0] && text[0] <= 'Z' {
			c |= clsCapital
		}
	} else if r, _ := utf8.DecodeRuneInString(text); unicode.IsUpper(r) {
		c |= clsCapital
	}
	return c
}

// appendLower appends strings.ToLower(s) to buf (s is valid UTF-8).
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
			return buf
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
