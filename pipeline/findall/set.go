package findall

import (
	"math/bits"
	"unicode/utf8"
)

// Set runs several scanners (at most 64) over a text in one pass:
// each rune is looked up once to learn which of them may start there.
type Set struct {
	scs   []*Scanner
	ascii [utf8.RuneSelf]uint64
	other map[rune]uint64
	// some has a bit for every rune of the Basic Multilingual Plane that
	// starts a match of some scanner: most runes need no lookup in other
	some  [0x10000 / 64]uint64
	whole uint64 // scanners without first runes: run whole
}

// NewSet makes a set of at most 64 scanners.
func NewSet(scs ...*Scanner) *Set {
	if len(scs) > 64 {
		panic("findall.NewSet: more than 64 scanners")
	}
	ss := &Set{scs: scs, other: map[rune]uint64{}}
	for k, s := range scs {
		if s.first == nil {
			ss.whole |= 1 << k
			continue
		}
		for _, r := range s.first {
			if r < utf8.RuneSelf {
				ss.ascii[r] |= 1 << k
			} else {
				ss.other[r] |= 1 << k
				if r < 0x10000 {
					ss.some[r/64] |= 1 << (r % 64)
				}
			}
		}
	}
	return ss
}

// FindAll returns, for every scanner k with bit k of run set, what its
// expression's FindAllStringIndex(text, -1) returns.
func (ss *Set) FindAll(text string, run uint64) [][][]int {
	out := make([][][]int, len(ss.scs))
	var live uint64
	for k, s := range ss.scs {
		if run&(1<<k) == 0 {
			continue
		}
		if ss.whole&(1<<k) != 0 {
			out[k] = s.re.FindAllStringIndex(text, -1)
			continue
		}
		live |= 1 << k
	}
	if live == 0 {
		return out
	}
	var next [64]int // where each scanner may match next (after its last match)
	prev := -1
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		var mask uint64
		if r < utf8.RuneSelf {
			mask = ss.ascii[r]
		} else if r >= 0x10000 || ss.some[r/64]&(1<<(r%64)) != 0 {
			mask = ss.other[r]
		}
		for mask &= live; mask != 0; mask &= mask - 1 {
			k := bits.TrailingZeros64(mask)
			if i < next[k] {
				continue
			}
			if end := ss.scs[k].matchAt(text, i, prev, r); end > i {
				out[k] = append(out[k], []int{i, end})
				next[k] = end
			}
		}
		prev, i = i, i+w
	}
	return out
}
