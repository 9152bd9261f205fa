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
// its Simplified form (it must be 1:1 rune for rune). A caller that
// normalizes many texts with one fold uses a Folder, which folds from a
// table instead of calling fold for every character.
func New(text string, fold func(rune) rune) *Text {
	return build(text, func(r rune) rune { return Rune(r, fold) })
}

// build normalizes text in one pass over its bytes, folding every kept
// rune with fold (ASCII is never folded: Rune leaves it as it is).
func build(text string, fold func(rune) rune) *Text {
	n := utf8.RuneCountInString(text)
	toOrig := make([]int32, 0, n+1)
	out := make([]byte, 0, len(text)+utf8.UTFMax)
	b2r := make([]int32, 0, len(text)+utf8.UTFMax+1)
	// prev is the last rune before i that is not a space; RuneError when
	// none (as for a byte that is not UTF-8: neither is joinable)
	prev := utf8.RuneError
	i, ri := 0, int32(0)
	for off := 0; off < len(text); {
		c := text[off]
		if c < utf8.RuneSelf && c != ' ' && c != '\t' {
			out = append(out, c)
			b2r = append(b2r, ri)
			toOrig = append(toOrig, int32(i))
			prev = rune(c)
			off++
			i++
			ri++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[off:])
		if isSpace(r) {
			if i > 0 && i+1 < n && joinable(prev) && joinable(nextNonSpace(text, off)) {
				off += size
				i++
				continue
			}
		} else {
			prev = r
		}
		w := len(out)
		out = utf8.AppendRune(out, fold(r))
		b2r = append(b2r, ri)
		for range len(out) - w - 1 {
			b2r = append(b2r, 0) // not a rune start
		}
		toOrig = append(toOrig, int32(i))
		off += size
		i++
		ri++
	}
	toOrig = append(toOrig, int32(n))
	b2r = append(b2r, ri)
	return &Text{Norm: string(out), toOrig: toOrig, byteToRune: b2r}
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

// nextNonSpace returns the first rune after the space at byte off of s
// that is not a space, RuneError when none.
func nextNonSpace(s string, off int) rune {
	_, n := utf8.DecodeRuneInString(s[off:])
	for _, r := range s[off+n:] {
		if !isSpace(r) {
			return r
		}
	}
	return utf8.RuneError
}
