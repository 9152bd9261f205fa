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
	"github.com/sco-news/extract/pipeline/runes"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/sco-news/extract/pipeline/doc"
)

// Dot is the one middle dot every variant folds to.
const Dot = '·'

// Text is a normalized text with its map back to the original. It is
// read-only, safe for concurrent use.
type Text struct {
	// Norm is the normalized text.
	Norm string
	// n is the number of runes of Norm.
	n int
	// toOrig[i] is the original code point offset of normalized rune i;
	// toOrig[n] is the original length. nil when no rune was dropped:
	// then normalized rune i is original rune i.
	toOrig []int32
	// byteToRune[b] is the rune index of the normalized rune starting at
	// byte b of Norm (only meaningful at rune starts); len(Norm)+1
	// entries, built by the first RuneAt.
	byteToRune []int32
	once       sync.Once
}

// New normalizes text. fold, when not nil, maps a Traditional character to
// its Simplified form (it must be 1:1 rune for rune). A caller that
// normalizes many texts with one fold uses a Folder, which folds from a
// table instead of calling fold for every character.
func New(text string, fold func(rune) rune) *Text {
	f := Folder{fold: fold}
	return f.New(text)
}

// build normalizes text in one pass over its bytes, folding every kept
// rune with f.Rune (ASCII is never folded: Rune leaves it as it is). It
// copies nothing while the text stays as it is: Norm is text itself when
// no rune changes, and toOrig stays nil while no space is dropped.
func (f *Folder) build(text string) *Text {
	var out []byte     // Norm up to text[from:]; nil while Norm is a prefix of text
	var toOrig []int32 // nil while no rune was dropped
	from := 0
	// prev is the last rune before i that is not a space; RuneError when
	// none (as for a byte that is not UTF-8: neither is joinable)
	prev := utf8.RuneError
	i, k := 0, 0 // rune offsets in text and in Norm
	for off := 0; off < len(text); {
		c := text[off]
		if c < utf8.RuneSelf && (c != ' ' && c != '\t' || prev < firstJoinable) {
			// a run of ASCII kept as it is: it starts with a letter or
			// with a space after a rune that is not joinable, so none of
			// its spaces is after a joinable rune
			e := runes.ASCIIEnd(text, off+1)
			for j := e - 1; j >= off; j-- {
				if text[j] != ' ' && text[j] != '\t' {
					prev = rune(text[j])
					break
				}
			}
			if toOrig != nil {
				for j := range e - off {
					toOrig = append(toOrig, int32(i+j))
				}
			}
			i += e - off
			k += e - off
			off = e
			continue
		}
		r, size := utf8.DecodeRuneInString(text[off:])
		if isSpace(r) {
			if i > 0 && off+size < len(text) && joinable(prev) && joinable(nextNonSpace(text, off)) {
				if out == nil {
					out = make([]byte, 0, len(text)+utf8.UTFMax)
				}
				out = append(out, text[from:off]...)
				from = off + size
				if toOrig == nil {
					toOrig = make([]int32, k, k+len(text)-off+1)
					for j := range toOrig {
						toOrig[j] = int32(j)
					}
				}
				off += size
				i++
				continue
			}
		} else {
			prev = r
		}
		fr := r
		if t := f.tab; t == nil || r >= 1<<16 || t.changed[r/64]&(1<<(r%64)) != 0 {
			fr = f.Rune(r)
		}
		if fr != r || r == utf8.RuneError && size == 1 {
			// changed, or a byte that is not UTF-8 (RuneError, 3 bytes)
			if out == nil {
				out = make([]byte, 0, len(text)+utf8.UTFMax)
			}
			out = utf8.AppendRune(append(out, text[from:off]...), fr)
			from = off + size
		}
		if toOrig != nil {
			toOrig = append(toOrig, int32(i))
		}
		off += size
		i++
		k++
	}
	t := &Text{Norm: text, n: k}
	if out != nil {
		t.Norm = string(append(out, text[from:]...))
	}
	if toOrig != nil {
		t.toOrig = append(toOrig, int32(i))
	}
	return t
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
func (t *Text) Len() int { return t.n }

// orig is the original code point offset of normalized rune i (or of the
// end, i == Len()).
func (t *Text) orig(i int) int {
	if t.toOrig == nil {
		if i < 0 || i > t.n {
			panic("normalize: rune offset out of range")
		}
		return i
	}
	return int(t.toOrig[i])
}

// Orig maps the normalized rune span [start, end) to the original text.
// An empty span maps to an empty span.
func (t *Text) Orig(start, end int) doc.Span {
	if end <= start {
		o := t.orig(start)
		return doc.Span{Start: o, End: o}
	}
	return doc.Span{Start: t.orig(start), End: t.orig(end-1) + 1}
}

// RuneAt converts a byte offset in Norm (at a rune start, or len(Norm)) to
// a rune offset in Norm.
func (t *Text) RuneAt(byteOff int) int {
	t.once.Do(func() {
		b2r := make([]int32, len(t.Norm)+1)
		ri := int32(0)
		for b := range t.Norm {
			b2r[b] = ri
			ri++
		}
		b2r[len(t.Norm)] = ri
		t.byteToRune = b2r
	})
	return int(t.byteToRune[byteOff])
}

// ByteSpan maps a byte range of Norm to the original code point span.
func (t *Text) ByteSpan(b0, b1 int) doc.Span { return t.Orig(t.RuneAt(b0), t.RuneAt(b1)) }

// firstJoinable is the first rune joinable may accept (U+2E80, the first
// CJK radical).
const firstJoinable = 0x2E80

func isSpace(r rune) bool { return r == ' ' || r == '\u3000' || r == '\u00a0' || r == '\t' }

// joinable reports whether a space next to r is an artefact: Han
// characters and CJK punctuation never have spaces between them.
func joinable(r rune) bool {
	if r < firstJoinable || r == utf8.RuneError {
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
