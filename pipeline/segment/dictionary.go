package segment

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"math"
	"slices"
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
// trie, whose inserts are the other half of gse's load time: the words
// are collected, sorted once and laid out in a compact rune trie (trie.go).
type dictionary struct {
	trie *trie
	// entries are the words in load order, the first load of a key only
	// (after finish).
	entries []entry
	// classPos[c] is the tag (index in tags) of the words of class c (see
	// trie.rec): read for every token, small enough to stay in cache
	classPos []uint16
	keys     []byte // every entry's key, back to back (until finish)
	tags     []string
	tagIDs   map[string]uint16
	maxWords int // the most words of any entry (gse's maxTokenLen)
	// invalid is set when a key is not valid UTF-8, whose byte order is
	// not its label order
	invalid bool
	total   float64
}

func newDictionary() *dictionary {
	return &dictionary{
		entries: make([]entry, 0, 360000),
		keys:    make([]byte, 0, 5<<20),
		tagIDs:  make(map[string]uint16),
	}
}

func (d *dictionary) keyBytes(i int32) []byte {
	e := &d.entries[i]
	return d.keys[e.keyOff : e.keyOff+uint32(e.keyLen)]
}

// tag returns the POS tag of entry i.
func (d *dictionary) tag(i int32) string { return d.tags[d.entries[i].pos] }

// classTag returns the POS tag of the words of class c.
func (d *dictionary) classTag(c int32) string { return d.tags[d.classPos[c]] }

func (d *dictionary) key(e *entry) string {
	return string(d.keys[e.keyOff : e.keyOff+uint32(e.keyLen)])
}

// lookup returns the entry of the word key (lowered), -1 when there is none.
func (d *dictionary) lookup(key string) int32 { return d.trie.find(key) }

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

// add appends one word; finish keeps the first load of each key.
func (d *dictionary) add(word string, freq float64, pos string) {
	key := lowerASCII(word)
	if key == "" || len(key) > math.MaxUint16 {
		return // no input word sequence is empty; no word is 64 KB long
	}
	tag, ok := d.tagIDs[pos]
	if !ok {
		tag = uint16(len(d.tags))
		d.tags = append(d.tags, pos)
		d.tagIDs[pos] = tag
	}
	if !utf8.ValidString(key) {
		d.invalid = true
	}
	d.entries = append(d.entries, entry{freq: freq, keyOff: uint32(len(d.keys)), keyLen: uint16(len(key)), pos: tag})
	d.keys = append(d.keys, key...)
}

// finish drops every load of a key but the first (gse's rule), builds the
// trie and computes the path lengths as gse's CalcToken does, in float32.
func (d *dictionary) finish() error {
	var ks labelSet
	ks.labels = make([]int32, 0, len(d.keys)/2)
	ks.offs = make([]uint32, 0, len(d.entries)+1)
	for i := range d.entries {
		ks.add(d.key(&d.entries[i]))
	}
	order := d.groupByPrefix(&ks)
	keep := make([]bool, len(d.entries))
	uniq := order[:0]
	for i, k := range order {
		if i == 0 || !bytes.Equal(d.keyBytes(order[i-1]), d.keyBytes(k)) {
			keep[k] = true
		}
	}
	newID := make([]int32, len(d.entries))
	kept := d.entries[:0]
	d.total, d.maxWords = 0, 0
	for i, e := range d.entries {
		if !keep[i] {
			newID[i] = -1
			continue
		}
		newID[i] = int32(len(kept))
		kept = append(kept, e)
		d.total += e.freq
		nw := 0
		forEachWord(d.key(&e), func(int) { nw++ })
		d.maxWords = max(d.maxWords, nw)
	}
	d.entries = kept
	logTotal := float32(math.Log2(d.total))
	for i := range d.entries {
		d.entries[i].dist = logTotal - float32(math.Log2(d.entries[i].freq))
	}
	// the words of one path length and tag form a class: ~17,000 classes
	// for ~350,000 words
	classOf := make([]int32, len(d.entries))
	classIDs := make(map[uint64]int32)
	var dists []float32
	d.classPos = nil
	for i := range d.entries {
		e := &d.entries[i]
		key := uint64(math.Float32bits(e.dist))<<16 | uint64(e.pos)
		c, ok := classIDs[key]
		if !ok {
			c = int32(len(dists))
			classIDs[key] = c
			dists = append(dists, e.dist)
			d.classPos = append(d.classPos, e.pos)
		}
		classOf[i] = c
	}
	var ids, entries []int32
	for _, k := range order {
		if keep[k] {
			uniq = append(uniq, k)
			ids = append(ids, classOf[newID[k]])
			entries = append(entries, newID[k])
		}
	}
	var err error
	if d.trie, err = buildTrie(&ks, uniq, ids, entries); err != nil {
		return err
	}
	d.keys = nil // the trie holds them now
	d.trie.dist = dists
	d.trie.fillRoot()
	return nil
}

// groupByPrefix returns the entry indexes ordered so that keys with a
// common prefix are adjacent and a key's loads come in load order: by
// first rune (a counting sort), then by key bytes and index.
func (d *dictionary) groupByPrefix(ks *labelSet) []int32 {
	const buckets = 1 << 16 // BMP runes; every other first label shares the last
	bucket := func(i int32) int {
		l := ks.labels[ks.offs[i]]
		if l < 0 || l >= buckets {
			return buckets - 1
		}
		return int(l)
	}
	start := make([]int32, buckets+1)
	for i := range d.entries {
		start[bucket(int32(i))+1]++
	}
	for b := 1; b <= buckets; b++ {
		start[b] += start[b-1]
	}
	order := make([]int32, len(d.entries))
	next := slices.Clone(start[:buckets])
	for i := range d.entries {
		b := bucket(int32(i))
		order[next[b]] = int32(i)
		next[b]++
	}
	for b := 0; b < buckets; b++ {
		if start[b+1]-start[b] > 1 {
			slices.SortFunc(order[start[b]:start[b+1]], func(x, y int32) int {
				if c := d.compareKeys(ks, x, y); c != 0 {
					return c
				}
				return int(x - y)
			})
		}
	}
	return order
}

// compareKeys orders the keys of entries x and y by their labels: by
// bytes, which is the same order when both are valid UTF-8.
func (d *dictionary) compareKeys(ks *labelSet, x, y int32) int {
	if d.invalid {
		return slices.Compare(ks.key(x), ks.key(y))
	}
	return bytes.Compare(d.keyBytes(x), d.keyBytes(y))
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
