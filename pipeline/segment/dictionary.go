package segment

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// zh_s.txt.gz is gse v0.80.3's Simplified Chinese dictionary
// (data/dict/zh/s_1.txt, 352,279 "word frequency pos" lines), the same data
// gse.LoadDictEmbed("zh_s") loads, compressed. Regenerate it when go.mod
// moves gse (TestDictionaryMatchesGse fails until then):
//
//go:generate sh -c "gzip -9nc \"$(go list -m -f '{{.Dir}}' github.com/go-ego/gse)/data/dict/zh/s_1.txt\" > zh_s.txt.gz"
//go:embed zh_s.txt.gz
var zhDict []byte

const (
	// minTokenFreq is gse's default MinTokenFreq: rarer words are dropped.
	minTokenFreq = 2.0
	// pseudoDistance is gse's path length of a character no word covers.
	pseudoDistance = 32
	// prefixOnly marks an index key that is a word-boundary prefix of a
	// dictionary word but no word itself.
	prefixOnly = -1
	// absent marks a rune of dictionary.first that starts no word.
	absent = -2
)

// entry is one dictionary word: its path length in the shortest-path
// segmentation (log2(total frequency / frequency)), its frequency, its key
// (lowered text) in the dictionary's key arena and its POS tag. Entries
// hold no pointers, so the garbage collector never scans them.
type entry struct {
	freq   float64
	dist   float32
	keyOff uint32
	keyLen uint16
	pos    uint16 // index in dictionary.tags
}

// dictionary is gse's dictionary rebuilt without gse's search-mode pass
// (Segmenter.CalcToken segments every one of the 350,000 words again to
// support CutSearch, which we never use) and without its double-array
// trie, whose inserts are the other half of gse's load time.
//
// index maps the 64-bit FNV-1a hash of every word, and of every prefix of
// a word that ends on a word boundary, to the word's entry (or prefixOnly),
// so the lookup walks forward word by word, extending the hash, and stops
// at the first miss, exactly where gse's trie walk stops. A hit on a word
// is confirmed by comparing the key bytes, so a hash collision can never
// change a result: an unconfirmed hit only lets the walk go on, and every
// word it then finds is confirmed in turn. Two dictionary words with the
// same hash are refused at load time.
type dictionary struct {
	index map[uint64]int32
	// first is index for the one-rune words and prefixes of the Basic
	// Multilingual Plane, by rune (absent when neither): most lookups are
	// of one character, and this table stays in the CPU cache.
	first    []int32
	entries  []entry
	keys     []byte // every entry's key, back to back
	tags     []string
	tagIDs   map[string]uint16
	maxWords int // the most words of any entry (gse's maxTokenLen)
	total    float64
	err      error
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnv extends the FNV-1a hash h with the bytes of s.
func fnv(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func newDictionary() *dictionary {
	first := make([]int32, 1<<16)
	for i := range first {
		first[i] = absent
	}
	return &dictionary{
		first:   first,
		index:   make(map[uint64]int32, 700000),
		entries: make([]entry, 0, 360000),
		keys:    make([]byte, 0, 5<<20),
		tagIDs:  make(map[string]uint16),
	}
}

func (d *dictionary) key(e *entry) string {
	return string(d.keys[e.keyOff : e.keyOff+uint32(e.keyLen)])
}

// lookup returns the entry of the word key whose hash is h, or -1.
func (d *dictionary) lookup(h uint64, key string) (v int32, prefix bool) {
	v, ok := d.index[h]
	if !ok {
		return -1, false
	}
	if v == prefixOnly {
		return -1, true
	}
	e := &d.entries[v]
	if int(e.keyLen) != len(key) || string(d.keys[e.keyOff:e.keyOff+uint32(e.keyLen)]) != key {
		return -1, true // another word with this hash: walk on
	}
	return v, true
}

// load adds every line of a dictionary in gse's format, with gse's
// LoadDictStr rules: fields separated by one space; lines with fewer than
// two fields, an unparsable frequency or a frequency under minTokenFreq are
// skipped; one-character words get frequency 2; the first load of a word
// wins.
func (d *dictionary) load(text string) {
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		word, rest, ok := strings.Cut(line, " ")
		if !ok {
			continue // one field: gse's size < 2
		}
		freqText, rest, _ := strings.Cut(rest, " ")
		pos, _, _ := strings.Cut(rest, " ")
		freq, err := strconv.ParseFloat(strings.TrimSpace(freqText), 64)
		if err != nil || freq < minTokenFreq {
			continue
		}
		word = strings.TrimSpace(word)
		if !longerThanOneRune(word) {
			freq = 2
		}
		d.add(word, freq, strings.TrimSpace(pos))
	}
}

func longerThanOneRune(s string) bool {
	n := 0
	for range s {
		if n++; n > 1 {
			return true
		}
	}
	return false
}

// add inserts one word unless it is already there.
func (d *dictionary) add(word string, freq float64, pos string) {
	key := lowerASCII(word)
	if key == "" || len(key) > math.MaxUint16 {
		return // no input word sequence is empty; no word is 64 KB long
	}
	h := fnv(fnvOffset, key)
	if v, ok := d.index[h]; ok && v != prefixOnly {
		if d.key(&d.entries[v]) != key && d.err == nil {
			d.err = fmt.Errorf("dictionary words %q and %q have the same hash", d.key(&d.entries[v]), key)
		}
		return
	}
	nw, ph, from := 0, uint64(fnvOffset), 0
	r1 := rune(-1) // the first word when it is one rune of the BMP
	forEachWord(key, func(end int) {
		nw++
		if nw == 1 {
			r1 = oneRune(key[:end])
		}
		ph = fnv(ph, key[from:end])
		from = end
		if end < len(key) {
			if _, ok := d.index[ph]; !ok {
				d.index[ph] = prefixOnly
			}
			if nw == 1 && r1 >= 0 && d.first[r1] == absent {
				d.first[r1] = prefixOnly
			}
		}
	})
	if nw == 1 && r1 >= 0 {
		d.first[r1] = int32(len(d.entries))
	}
	tag, ok := d.tagIDs[pos]
	if !ok {
		tag = uint16(len(d.tags))
		d.tags = append(d.tags, pos)
		d.tagIDs[pos] = tag
	}
	d.index[h] = int32(len(d.entries))
	d.entries = append(d.entries, entry{freq: freq, keyOff: uint32(len(d.keys)), keyLen: uint16(len(key)), pos: tag})
	d.keys = append(d.keys, key...)
	d.total += freq
	d.maxWords = max(d.maxWords, nw)
}

// oneRune returns the rune s encodes when s is one valid rune of the Basic
// Multilingual Plane, else -1.
func oneRune(s string) rune {
	r, n := utf8.DecodeRuneInString(s)
	if n != len(s) || r == utf8.RuneError || r >= 1<<16 {
		return -1
	}
	return r
}

// finish computes the path lengths as gse's CalcToken does, in float32.
func (d *dictionary) finish() error {
	logTotal := float32(math.Log2(d.total))
	for i := range d.entries {
		d.entries[i].dist = logTotal - float32(math.Log2(d.entries[i].freq))
	}
	return d.err
}

// gseDictionary returns the embedded gse dictionary text.
func gseDictionary() (string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(zhDict))
	if err != nil {
		return "", fmt.Errorf("read gse dictionary: %w", err)
	}
	var b strings.Builder
	b.Grow(5200000)
	if _, err := io.Copy(&b, zr); err != nil {
		return "", fmt.Errorf("read gse dictionary: %w", err)
	}
	return b.String(), nil
}

// lowerASCII lowers A-Z as gse does for letters and digits runs (the only
// place ASCII letters can be), without allocating when there is none.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if b[i] >= 'A' && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}
