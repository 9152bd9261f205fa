package figure

// runeBits answers "is r in this set" with a bit table over the Basic
// Multilingual Plane (a map beyond it): the scanner asks at every rune of
// a text whether it is a numeral, may start a figure or has a fold.
type runeBits struct {
	bmp   [0x10000 / 64]uint64
	other map[rune]bool
}

func newRuneBits[V any](m map[rune]V) *runeBits {
	b := &runeBits{other: map[rune]bool{}}
	for r := range m {
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
		return b.bmp[r/64]&(1<<(r%64)) != 0
	}
	return b.other[r]
}

// The sets of the maps read at every rune.
var (
	zhNumeralBits = newRuneBits(zhNumerals)
	starterBits   = newRuneBits(starters)
	tradFoldBits  = newRuneBits(tradFold)
	vulgarBits    = newRuneBits(vulgarFractions)
)
