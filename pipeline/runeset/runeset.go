// Package runeset answers "is r in this set" with one bit test. The
// extraction stages ask such questions at every rune of every document (is
// it Han, may it start a figure, is it a transliteration character), where
// a map lookup or a unicode table search per rune was a visible cost. Has
// is small enough to be inlined at every call site.
//
//	han := runeset.Func(func(r rune) bool { return unicode.Is(unicode.Han, r) })
//	han.Has('上') // true
package runeset

import "unicode"

const (
	bmp = 0x10000             // runes of the Basic Multilingual Plane
	all = unicode.MaxRune + 1 // every rune
)

// Set is a set of runes; read-only after it is built. Runes of the Basic
// Multilingual Plane have a bit table of their own (8 KB); the other planes
// get one (128 KB) only when the set holds one of their runes.
type Set struct {
	bits [bmp / 64]uint64
	ext  *[(all - bmp) / 64]uint64
}

// Of returns the set of the keys of m.
func Of[V any](m map[rune]V) *Set {
	s := &Set{}
	for r := range m {
		s.add(r)
	}
	return s
}

// Runes returns the set of the runes of str.
func Runes(str string) *Set {
	s := &Set{}
	for _, r := range str {
		s.add(r)
	}
	return s
}

// Func returns the set of runes for which f is true (f is asked once for
// every rune, ~10 ms for a unicode table).
func Func(f func(rune) bool) *Set {
	s := &Set{}
	for r := rune(0); r < all; r++ {
		if f(r) {
			s.add(r)
		}
	}
	return s
}

// Table returns the set of the runes of a unicode range table (unicode.Han),
// built from its ranges: much cheaper than Func with unicode.Is.
func Table(t *unicode.RangeTable) *Set {
	s := &Set{}
	for _, r := range t.R16 {
		for c := uint32(r.Lo); c <= uint32(r.Hi); c += uint32(r.Stride) {
			s.add(rune(c))
		}
	}
	for _, r := range t.R32 {
		for c := r.Lo; c <= r.Hi; c += r.Stride {
			s.add(rune(c))
		}
	}
	return s
}

func (s *Set) add(r rune) {
	switch u := uint32(r); {
	case u < bmp:
		s.bits[u/64] |= 1 << (u % 64)
	case u < all:
		if s.ext == nil {
			s.ext = new([(all - bmp) / 64]uint64)
		}
		u -= bmp
		s.ext[u/64] |= 1 << (u % 64)
	}
}

// Has reports whether r is in s.
func (s *Set) Has(r rune) bool {
	u := uint32(r)
	if u < bmp {
		return s.bits[u/64]&(1<<(u%64)) != 0
	}
	return s.ext != nil && u < all && s.ext[(u-bmp)/64]&(1<<((u-bmp)%64)) != 0
}
