package timex

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The one pass over a document (findHits): trigger keys, the lower-cased
// text, sentence ends, and the few facts about the whole text that later
// steps need (Han characters, valid UTF-8, letters that fold to ASCII).

// hits holds, per key id, the byte spans of the key's occurrences: those
// of key id are spans[off[id]:off[id+1]], in text order.
type hits struct {
	off   []int32
	spans [][2]int
}

// of returns the spans of key id.
func (h *hits) of(id int) [][2]int { return h.spans[h.off[id]:h.off[id+1]] }

// hitList collects the hits of a text in text order; index sorts them by key.
type hitList []hit

type hit struct {
	id         int32
	start, end int32
}

func (l *hitList) add(id, start, end int) { *l = append(*l, hit{int32(id), int32(start), int32(end)}) }

// index groups the hits by key (a counting sort, stable, so each key's
// spans stay in text order), in the arrays of into when they are big
// enough.
func (l hitList) index(n int, into hits) hits {
	h := hits{off: into.off[:0], spans: into.spans[:0]}
	if cap(h.off) < n+1 {
		h.off = make([]int32, n+1)
	}
	if cap(h.spans) < len(l) {
		h.spans = make([][2]int, len(l))
	}
	h.off, h.spans = h.off[:n+1], h.spans[:len(l)]
	clear(h.off)
	for _, x := range l {
		h.off[x.id+1]++
	}
	for id := 1; id <= n; id++ {
		h.off[id] += h.off[id-1]
	}
	// off[id] is the next free place of key id while placing, and ends as
	// the start of key id+1: shifted back one key after
	for _, x := range l {
		h.spans[h.off[x.id]] = [2]int{int(x.start), int(x.end)}
		h.off[x.id]++
	}
	copy(h.off[1:], h.off[:n])
	h.off[0] = 0
	return h
}

// hitsPool holds the arrays of finished scans' hits (releaseHits).
var hitsPool = sync.Pool{New: func() any { return new(hits) }}

// releaseHits gives back the arrays of h, which nothing may use after.
func releaseHits(h hits) {
	hitsPool.Put(&hits{off: h.off[:0], spans: h.spans[:0]})
}

// textScan is what the one pass over a text finds: the trigger keys, the
// text with its ASCII letters lower-cased, whether it holds Han
// characters, and whether it is free of the two letters that case folding
// maps to ASCII ones (fastre.go).
type textScan struct {
	hits      hits
	low       string
	han, safe bool
	// sentEnds are the offsets of the sentence ends (isSentenceEnd).
	sentEnds []int
	// valid: s is valid UTF-8.
	valid bool
}

// findHits scans s once and records every occurrence of a trigger key.
func findHits(s string) textScan {
	ts := textScan{safe: true, valid: true}
	hp := hitPool.Get().(*hitList)
	h := (*hp)[:0]
	// low is s lower-cased, written from the first upper-case letter on:
	// s[:lowAt] is in it
	var low strings.Builder
	lowAt := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9' || c == 0xEF && isFullDigitAt(s, i):
			j := i
			for j < len(s) {
				if s[j] >= '0' && s[j] <= '9' {
					j++
				} else if isFullDigitAt(s, j) {
					j += 3
				} else {
					break
				}
			}
			h.addDigits(s, i, j)
			i = j
		case isASCIILetterByte(c):
			j, upper := i, false
			for j < len(s) && isASCIILetterByte(s[j]) {
				upper = upper || s[j] < 'a'
				j++
			}
			if upper {
				if lowAt == 0 {
					low.Grow(len(s))
				}
				low.WriteString(s[lowAt:i])
				for k := i; k < j; k++ {
					low.WriteByte(s[k] | 0x20)
				}
				lowAt = j
			}
			if id := keyIdx.words.lookup(s[i:j]); id >= 0 {
				h.add(id, i, j)
			}
			i = j
		case c < utf8.RuneSelf:
			if c == '\n' {
				ts.sentEnds = append(ts.sentEnds, i)
			}
			i++
		default:
			r, size := rune(0), 3
			if c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				// three bytes, the common case (Han, CJK punctuation)
				r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
				if r < 0x800 || r >= 0xD800 && r <= 0xDFFF {
					r, size = utf8.DecodeRuneInString(s[i:])
				}
			} else {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if r == utf8.RuneError && size == 1 {
				ts.valid = false
			}
			if r < 0x10000 && keyIdx.isKey[r>>6]&(1<<(r&63)) != 0 {
				h.add(int(keyIdx.bmp[r]-1), i, i+size)
			}
			switch {
			case r == '。' || r == '！' || r == '？':
				ts.sentEnds = append(ts.sentEnds, i)
			case r == '\u212a' || r == '\u017f':
				ts.safe = false
			case !ts.han && r >= 0x2E80 && unicode.Is(unicode.Han, r):
				ts.han = true
			}
			i += size
		}
	}
	ts.low = s
	if lowAt > 0 {
		low.WriteString(s[lowAt:])
		ts.low = low.String()
	}
	into := hitsPool.Get().(*hits)
	ts.hits = h.index(keyIdx.n, *into)
	*hp = h
	hitPool.Put(hp)
	return ts
}

// hitPool holds the scratch lists of findHits.
var hitPool = sync.Pool{New: func() any { return new(hitList) }}

// addDigits records the keys of the digit run s[i:j].
func (h *hitList) addDigits(s string, i, j int) {
	add := func(id int) {
		if id >= 0 {
			h.add(id, i, j)
		}
	}
	d := &digitIDs
	add(d.any)
	if j-i == 4 && s[i] <= '9' && s[j-1] <= '9' {
		add(d.four)
	}
	if j-i == 8 && s[i] <= '9' && s[j-1] <= '9' {
		add(d.eight)
	}
	if j < len(s) {
		switch c := s[j]; {
		case c == '-' || c == '/' || c == '.':
			if j-i >= 4 {
				add(d.sep)
			}
			if c == '/' && j-i <= 2 {
				add(d.slash)
			}
			if c != '/' && j-i <= 2 {
				add(d.md)
			}
		case c == 's' || c == 'S' || c == '\'' || c == ' ' && j+1 < len(s) && (s[j+1] == 's' || s[j+1] == 'S'):
			add(d.s)
			add(d.word)
		case isASCIILetterByte(c):
			add(d.word)
		}
	}
}

// digitIDs are the ids of the digit-run keys, -1 for a key no rule uses.
var digitIDs struct{ any, four, eight, sep, slash, md, s, word int }

// numberDigitKeys fills digitIDs once every rule is compiled.
func numberDigitKeys() {
	id := func(k string) int {
		if id, ok := keyIdx.word[k]; ok {
			return id
		}
		return -1
	}
	digitIDs.any, digitIDs.four, digitIDs.eight, digitIDs.sep = id(digitKey), id(digit4Key), id(digit8Key), id(digitSepKey)
	digitIDs.slash, digitIDs.md, digitIDs.s, digitIDs.word = id(digitSlash), id(digitMD), id(digitSKey), id(digitWordKey)
}

// wordTable is an open-addressing hash table of the ASCII word keys: the
// one pass looks up every word of the text, and a Go map's string hashing
// was most of that pass. Lookups ignore ASCII case; shape first turns
// away most words by their length and first and last letters.
type wordTable struct {
	keys  [wordSlots]string
	ids   [wordSlots]int32
	shape [maxKeyLen + 1][26][26]bool
}

const wordSlots = 1024 // a power of two, well above the number of keys

// wordHash hashes w lower-cased.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i]|0x20)) * 16777619
	}
	return h
}

func (t *wordTable) add(w string, id int) {
	t.shape[len(w)][w[0]-'a'][w[len(w)-1]-'a'] = true
	for k := wordHash(w); ; k++ {
		if t.keys[k%wordSlots] == "" {
			t.keys[k%wordSlots], t.ids[k%wordSlots] = w, int32(id)
			return
		}
	}
}

// lookup returns the id of word key w (ASCII letters, any case), or -1.
func (t *wordTable) lookup(w string) int {
	if len(w) > maxKeyLen || !t.shape[len(w)][w[0]|0x20-'a'][w[len(w)-1]|0x20-'a'] {
		return -1
	}
	for k := wordHash(w); ; k++ {
		key := t.keys[k%wordSlots]
		if key == "" {
			return -1
		}
		if len(key) == len(w) && equalLower(w, key) {
			return int(t.ids[k%wordSlots])
		}
	}
}

// equalLower reports whether the ASCII letters w, lower-cased, are key.
func equalLower(w, key string) bool {
	for i := 0; i < len(w); i++ {
		if w[i]|0x20 != key[i] {
			return false
		}
	}
	return true
}
