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
)

// entry is one dictionary word: its path length in the shortest-path
// segmentation (log2(total frequency / frequency)) and its POS tag.
type entry struct {
	freq float64
	dist float32
	pos  string
}

// dictionary is gse's dictionary rebuilt without gse's search-mode pass
// (Segmenter.CalcToken segments every one of the 350,000 words again to
// support CutSearch, which we never use) and without its double-array
// trie, whose inserts are the other half of gse's load time. A Go map
// holds every word and every prefix of a word that ends on a word
// boundary, so the lookup walks forward word by word and stops at the first
// miss, exactly where gse's trie walk stops.
type dictionary struct {
	index    map[string]int32 // key → entries index, or prefixOnly
	entries  []entry
	maxWords int // the most words of any entry (gse's maxTokenLen)
	total    float64
}

func newDictionary() *dictionary {
	return &dictionary{index: make(map[string]int32, 700000), entries: make([]entry, 0, 360000)}
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
	if v, ok := d.index[key]; ok && v != prefixOnly {
		return
	}
	if key == "" {
		return // no input word sequence is empty
	}
	nw := 0
	forEachWord(key, func(end int) {
		nw++
		if end < len(key) {
			if _, ok := d.index[key[:end]]; !ok {
				d.index[key[:end]] = prefixOnly
			}
		}
	})
	d.index[key] = int32(len(d.entries))
	d.entries = append(d.entries, entry{freq: freq, pos: pos})
	d.total += freq
	d.maxWords = max(d.maxWords, nw)
}

// finish computes the path lengths as gse's CalcToken does, in float32.
func (d *dictionary) finish() {
	logTotal := float32(math.Log2(d.total))
	for i := range d.entries {
		d.entries[i].dist = logTotal - float32(math.Log2(d.entries[i].freq))
	}
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
