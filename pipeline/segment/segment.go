// Package segment cuts normalized text into sentences and words. Words come
// from gse's shortest-path segmentation (gse.Segmenter.Segment, no HMM)
// over gse's Simplified Chinese dictionary with the domain words (every
// dictionary alias) loaded first, so that the first-load-wins rule keeps
// them whole (上合组织, 索海尔·汗, 中吉乌铁路). The segmentation is gse's,
// token for token (TestSegmentationMatchesGse proves it), but the
// dictionary is built here: gse's loader spends ~1.3 s re-segmenting all
// 350,000 words for its search mode and inserting them in a double-array
// trie; this one loads in a fraction of that (docs/performance.md) and
// keeps the words in a compact breadth-first rune trie (trie.go).
// The Segmenter is read-only after New, safe for many goroutines.
//
//	seg, _ := segment.New(d.Surfaces())
//	for _, tok := range seg.Tokens("上合组织副秘书长索海尔·汗") { … } // 上合组织 副秘书长 索海尔·汗
package segment

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
)

// domainFreq is the frequency given to domain words: high enough that the
// shortest path keeps them whole.
const domainFreq = 200000

// maxScratch is the most words of a text and units of a sentence whose
// buffers a Segmenter keeps between calls (a few MB).
const maxScratch = 1 << 16

// Token is one word: rune offsets into the segmented text, end exclusive.
type Token struct {
	Start, End int
	Text       string
	// Pos is gse's part-of-speech tag (nr person, ns place, nt organisation…),
	// "x" for a character no dictionary word covers and "" when unknown.
	Pos string
}

// Segmenter is a loaded segmenter. Load it once; it is read-only after.
type Segmenter struct {
	dict *dictionary
	// scratch holds *scratch buffers between calls, so that a call
	// allocates its result only.
	scratch sync.Pool
}

// New loads the domain words, then gse's Simplified Chinese dictionary.
// Words with spaces (English aliases) and ASCII-only words are skipped, as
// gse's dictionary format cannot hold them; English is matched on word
// boundaries elsewhere.
func New(words []string) (*Segmenter, error) {
	zh, err := gseDictionary()
	if err != nil {
		return nil, fmt.Errorf("load gse dictionary: %w", err)
	}
	d := newDictionary()
	d.load(DomainDict(words))
	d.load(zh)
	if err := d.finish(); err != nil {
		return nil, fmt.Errorf("load segmenter dictionary: %w", err)
	}
	return &Segmenter{dict: d}, nil
}

// DomainDict returns the domain words in gse's dictionary format, one
// "word frequency n" line each, skipping words with spaces and ASCII-only
// words. Loading it into gse before gse's own dictionary gives gse the
// segmentation of New.
func DomainDict(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if w == "" || strings.ContainsAny(w, " \t\n") || !hasNonASCII(w) {
			continue
		}
		fmt.Fprintf(&b, "%s %d n\n", w, domainFreq)
	}
	return b.String()
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// Tokens segments text sentence by sentence (shorter inputs keep the
// per-call buffers small) and returns words with rune offsets into text.
func (s *Segmenter) Tokens(text string) []Token {
	return s.tokens(text, sentences(text))
}

// Segment returns the sentences of text (Sentences) and its words (Tokens),
// cutting the sentences once for both.
func (s *Segmenter) Segment(text string) ([]doc.Span, []Token) {
	ss := sentences(text)
	return spans(ss), s.tokens(text, ss)
}

func (s *Segmenter) tokens(text string, ss []sentence) []Token {
	if text == "" {
		return nil
	}
	sc, _ := s.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	sc.words = sc.words[:0]
	for _, sp := range ss {
		s.dict.segment(text[sp.bStart:sp.bEnd], int32(sp.bStart), int32(sp.Start), sc)
	}
	toks := make([]Token, len(sc.words))
	for i, w := range sc.words {
		pos := "x"
		if w.entry >= 0 {
			pos = s.dict.classTag(w.entry)
		}
		toks[i] = Token{Start: int(w.runeStart), End: int(w.runeEnd), Text: text[w.start:w.end], Pos: pos}
	}
	if cap(sc.words) <= maxScratch && cap(sc.units) <= maxScratch {
		s.scratch.Put(sc)
	}
	return toks
}
