package entity

import "unicode"

// Rune classes the rules ask about at every position, answered from bit
// tables over the Basic Multilingual Plane built once from package
// unicode (so exactly what unicode.Is and unicode.ToLower answer), and by
// package unicode itself beyond it.
var (
	hanBMP   = bmpTable(func(r rune) bool { return unicode.Is(unicode.Han, r) })
	casedBMP = bmpTable(func(r rune) bool { return unicode.ToLower(r) != r })
)

// bmpTable is a bit per rune of the Basic Multilingual Plane.
type bmpBits [0x10000 / 64]uint64

func bmpTable(f func(rune) bool) *bmpBits {
	var t bmpBits
	for r := rune(0); r < 0x10000; r++ {
		if f(r) {
			t[r/64] |= 1 << (r % 64)
		}
	}
	return &t
}

func (t *bmpBits) has(r rune) bool { return t[r/64]&(1<<(r%64)) != 0 }

func isHan(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return hanBMP.has(r)
	}
	return unicode.Is(unicode.Han, r)
}

// lower is unicode.ToLower.
func lower(r rune) rune {
	if r >= 0 && r < 0x10000 && !casedBMP.has(r) {
		return r
	}
	return unicode.ToLower(r)
}

// runeBits is a set of runes: a bit table over the Basic Multilingual
// Plane and a map beyond it.
type runeBits struct {
	bmp   bmpBits
	other map[rune]bool
}

func newRuneBits(set map[rune]bool) *runeBits {
	b := &runeBits{other: map[rune]bool{}}
	for r := range set {
		if r >= 0 && r < 0x10000 {
			b.bmp[r/64] |= 1 << (r % 64)
		} else {
			b.other[r] = true
		}
	}
	return b
}

func (b *runeBits) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return b.bmp.has(r)
	}
	return b.other[r]
}
