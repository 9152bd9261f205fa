// Package normalize folds a document's text into the form every matcher
// reads, without losing the way back to the original text.
//
// Folding is rune for rune (full-width to half-width, middle-dot variants to
// U+00B7, Traditional to Simplified through a caller-supplied table), except
// that spaces between two Han characters or CJK punctuation are dropped
// (PDF extraction leaves "举 行" for 举行). Text.Orig maps any span of the
// normalized text back to code point offsets in the original:
//
//	t := normalize.New("上合组织 举 行", nil)
//	t.Norm            // "上合组织举行"
//	t.Orig(4, 6)      // Span{4, 7}: "举 行" in the original
package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/sco-news/extract/pipeline/doc"
)

// Dot is the one middle dot every variant folds to.
const Dot = '·'

// Text is a normalized text with its map back to the original.
type Text struct {
	// Norm is the normalized text.
	Norm string
	// toOrig[i] is the original code point offset of normalized rune i;
	// toOrig[len] is the original length.
	toOrig []int32
	// byteToRune[b] is the rune index of the normalized rune starting at
	// byte b of Norm (only meaningful at rune starts); len(Norm)+1 entries.
	byteToRune []int32
}

// New normalizes text. fold, when not nil, maps a Traditional character to
// its Simplified form (it must be 1:1 rune for rune).
func New(text string, fold func(rune) rune) *Text {
	orig := []rune(text)
	norm := make([]rune, 0, len(orig))
	toOrig := make([]int32, 0, len(orig)+1)
	for i, r := range orig {
		if isSpace(r) && i > 0 && i+1 < len(orig) && joinable(prevNonSpace(orig, i)) && joinable(nextNonSpace(orig, i)) {
			continue
		}
		norm = append(norm, Rune(r, fold))
		toOrig = append(toOrig, int32(i))
	}
	toOrig = append(toOrig, int32(len(orig)))
	s := string(norm)
	b2r := make([]int32, len(s)+1)
	ri := int32(0)
	for b := range s {
		b2r[b] = ri
		ri++
	}
	b2r[len(s)] = ri
	return &Text{Norm: s, toOrig: toOrig, byteToRune: b2r}
}

// Rune folds one rune: middle dots, full width, then fold (may be nil).
func Rune(r rune, fold func(rune) rune) rune {
	switch r {
	case '·', '・', '•', '‧', '･', '⋅', '∙', '⸱':
		return Dot
	case '\u3000', '\u00a0':
		return ' '
	}
	if r >= 0xFF01 && r <= 0xFF5E {
		if n := width.LookupRune(r).Narrow(); n != 0 {
			r = n
		}
	}
	if fold != nil && r >= 0x3400 {
		r = fold(r)
	}
	return r
}

// Len returns the number of runes in the normalized text.
func (t *Text) Len() int { return len(t.toOrig) - 1 }

// Orig maps the normalized rune span [start, end) to the original text.
// An empty span maps to an empty span.
func (t *Text) Orig(start, end int) doc.Span {
	if end <= start {
		o := int(t.toOrig[start])
		return doc.Span{Start: o, End: o}
	}
	return doc.Span{Start: int(t.toOrig[start]), End: int(t.toOrig[end-1]) + 1}
}

// RuneAt converts a byte offset in Norm (at a rune start, or len(Norm)) to
// a rune offset in Norm.
func (t *Text) RuneAt(byteOff int) int { return int(t.byteToRune[byteOff]) }

// ByteSpan maps a byte range of Norm to the original code point span.
func (t *Text) ByteSpan(b0, b1 int) doc.Span { return t.Orig(t.RuneAt(b0), t.RuneAt(b1)) }

func isSpace(r rune) bool { return r == ' ' || r == '\u3000' || r == '\u00a0' || r == '\t' }

// joinable reports whether a space next to r is an artefact: Han
// characters and CJK punctuation never have spaces between them.
func joinable(r rune) bool {
	if r == utf8.RuneError {
		return false
	}
	return unicode.Is(unicode.Han, r) || (r >= 0x3001 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF && r != '＋')
}

func prevNonSpace(rs []rune, i int) rune {
	for j := i - 1; j >= 0; j-- {
		if !isSpace(rs[j]) {
			return rs[j]
		}
	}
	return utf8.RuneError
}

func nextNonSpace(rs []rune, i int) rune {
	for j := i + 1; j < len(rs); j++ {
		if !isSpace(rs[j]) {
			return rs[j]
		}
	}
	return utf8.RuneError
}
