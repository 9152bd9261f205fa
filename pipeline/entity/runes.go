package entity

import (
	"unicode"

	"github.com/sco-news/extract/pipeline/runeset"
)

// Rune classes the rules ask about at every position, answered from bit
// tables over the Basic Multilingual Plane built once from package
// unicode (so exactly what unicode.Is and unicode.ToLower answer), and by
// package unicode itself beyond it.
var (
	hanSet   = runeset.Func(func(r rune) bool { return unicode.Is(unicode.Han, r) })
	casedSet = runeset.Func(func(r rune) bool { return unicode.ToLower(r) != r })
)

// isHan reports a Han character (unicode.Han, which starts at U+2E80).
func isHan(r rune) bool { return r >= 0x2E80 && hanSet.Has(r) }

// lower is unicode.ToLower.
func lower(r rune) rune {
	if !casedSet.Has(r) {
		return r
	}
	return unicode.ToLower(r)
}
