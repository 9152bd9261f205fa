package normalize

import "unicode"

// Lang guesses a document's language from its letters: "en" when it has
// (almost) no Han characters, "zh" when Han dominates, "zh-Hant" when many
// Han characters change under fold (Traditional to Simplified), and
// "mixed" otherwise.
func Lang(text string, fold func(rune) rune) string {
	var han, latin, trad int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
			if fold != nil && fold(r) != r {
				trad++
			}
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
	}
	switch {
	case han == 0 && latin == 0:
		return "zh"
	case han*20 < latin:
		return "en"
	case latin > han*3:
		return "mixed"
	case trad*10 > han:
		return "zh-Hant"
	}
	return "zh"
}
