package figure

import (
	"unicode"

	"github.com/sco-news/extract/pipeline/runeset"
)

// The sets of the maps the scanner reads at every rune of a text: is it a
// numeral, may it start a figure, does it fold, is it a vulgar fraction, is
// it Han, may blockMask block it, may an approximation word start there.
var (
	zhNumeralBits   = runeset.Of(zhNumerals)
	starterBits     = runeset.Of(starters)
	tradFoldBits    = runeset.Of(tradFold)
	vulgarBits      = runeset.Of(vulgarFractions)
	hanBits         = runeset.Table(unicode.Han)
	blockableBits   = runeset.Of(blockable)
	approxFirstBits = runeset.Of(approxByFirst)
)
