// Package segment cuts normalized text into sentences and words. It wraps
// gse: the domain words (every dictionary alias) are loaded before gse's
// embedded Simplified Chinese dictionary, so that the first-load-wins rule
// keeps them whole (上合组织, 索海尔·汗, 中吉乌铁路), and the segmenter is
// then only read, safely from many goroutines.
//
//	seg, _ := segment.New(d.Surfaces())
//	for _, tok := range seg.Tokens("上合组织副秘书长索海尔·汗") { … } // 上合组织 副秘书长 索海尔·汗
package segment

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// domainFreq is the frequency given to domain words: high enough that the
// shortest path through gse's DAG keeps them whole.
const domainFreq = 200000

// Token is one word: rune offsets into the segmented text, end exclusive.
type Token struct {
	Start, End int
	Text       string
	// Pos is gse's part-of-speech tag (nr person, ns place, nt organisation…),
	// "x" for punctuation and "" when unknown.
	Pos string
}

// Segmenter is a loaded gse segmenter. Load it once; it is read-only after.
type Segmenter struct {
	seg gse.Segmenter
}

// New loads the domain words, then gse's embedded Simplified Chinese
// dictionary. Words with spaces (English aliases) are skipped: gse splits
// dictionary lines on spaces, and English is matched on word boundaries
// elsewhere.
func New(words []string) (*Segmenter, error) {
	s := &Segmenter{}
	s.seg.SkipLog = true
	if err := s.seg.LoadDictStr(DomainDict(words)); err != nil {
		return nil, fmt.Errorf("load domain words: %w", err)
	}
	if err := s.seg.LoadDictEmbed("zh_s"); err != nil {
		return nil, fmt.Errorf("load gse dictionary: %w", err)
	}
	return s, nil
}

// DomainDict returns the domain words in gse's dictionary format, one
// "word frequency n" line each, skipping words with spaces and ASCII-only
// words.
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

// Tokens segments text sentence by sentence (gse's cost grows faster than
// linearly with input length) and returns words with rune offsets into text.
func (s *Segmenter) Tokens(text string) []Token {
	var toks []Token
	for _, sp := range sentences(text) {
		toks = s.appendTokens(toks, text, sp.bStart, sp.bEnd, sp.Start)
	}
	return toks
}

func (s *Segmenter) appendTokens(toks []Token, text string, b0, b1, r0 int) []Token {
	chunk := text[b0:b1]
	segs := s.seg.Segment([]byte(chunk))
	rpos, bpos := r0, 0
	for _, sg := range segs {
		st, en := sg.Start(), sg.End()
		rpos += utf8.RuneCountInString(chunk[bpos:st])
		n := utf8.RuneCountInString(chunk[st:en])
		tok := sg.Token()
		toks = append(toks, Token{Start: rpos, End: rpos + n, Text: chunk[st:en], Pos: tok.Pos()})
		rpos += n
		bpos = en
	}
	return toks
}

// Raw is gse's plain segmentation of text in one call, the baseline the
// benchmarks compare the pipeline with.
func (s *Segmenter) Raw(text string, hmm bool) []string { return s.seg.Cut(text, hmm) }
