package annotate

import (
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/runes"
)

// runeIndex converts code point offsets of a text to byte offsets, to cut
// surfaces from the original text without converting it to runes: it keeps
// the byte offset of every stride-th code point and steps from there.
type runeIndex struct {
	s string
	// at[j] is the byte offset of code point j*stride; nil when s is
	// ASCII (code point and byte offsets are the same).
	at []int32
}

const stride = 32

// newRuneIndex indexes s, false when s is not valid UTF-8.
func newRuneIndex(s string) (runeIndex, bool) {
	x := runeIndex{s: s}
	if runes.ASCIIEnd(s, 0) == len(s) {
		return x, true
	}
	x.at = make([]int32, 0, len(s)/stride+2)
	r := 0 // code points before b
	for b := 0; b < len(s); {
		if s[b] < utf8.RuneSelf {
			// every byte of an ASCII run is a code point
			e := runes.ASCIIEnd(s, b+1)
			for m := (r + stride - 1) / stride * stride; m < r+e-b; m += stride {
				x.at = append(x.at, int32(b+m-r))
			}
			r += e - b
			b = e
			continue
		}
		c, size := utf8.DecodeRuneInString(s[b:])
		if c == utf8.RuneError && size == 1 {
			return x, false
		}
		if r%stride == 0 {
			x.at = append(x.at, int32(b))
		}
		r++
		b += size
	}
	if r%stride == 0 {
		x.at = append(x.at, int32(len(s)))
	}
	return x, true
}

// byteAt returns the byte offset of code point r (r <= the number of code
// points of s).
func (x runeIndex) byteAt(r int) int {
	if x.at == nil {
		return r
	}
	b := int(x.at[r/stride])
	for n := r % stride; n > 0; n-- {
		b++
		for b < len(x.s) && x.s[b]&0xC0 == 0x80 {
			b++
		}
	}
	return b
}

// cut returns the text of the code point span [start, end).
func (x runeIndex) cut(start, end int) string { return x.s[x.byteAt(start):x.byteAt(end)] }
