package dict

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

//go:generate go run ./internal/gent2s -o t2s.txt

// t2sData is the Traditional→Simplified character table, one
// "Traditional TAB Simplified" pair a line; see internal/gent2s.
//
//go:embed t2s.txt
var t2sData string

// t2s maps a Traditional rune to its Simplified rune. It is built once at
// package initialisation and only read afterwards.
var t2s = parseT2S(t2sData)

func parseT2S(data string) map[rune]rune {
	m := make(map[rune]rune, 4200)
	for _, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		t, n := utf8.DecodeRuneInString(line)
		if n+1 >= len(line) || line[n] != '\t' {
			continue
		}
		s, _ := utf8.DecodeRuneInString(line[n+1:])
		m[t] = s
	}
	return m
}

// MiddleDot is the one middle dot that folding leaves in a text (U+00B7).
const MiddleDot = '·'

// isDot reports whether r is one of the middle-dot variants that
// transliterated names use between given name and surname.
func isDot(r rune) bool {
	switch r {
	case '\u00B7', // · middle dot
		'\u0387', // · Greek ano teleia
		'\u2022', // • bullet
		'\u2027', // ‧ hyphenation point
		'\u2219', // ∙ bullet operator
		'\u22C5', // ⋅ dot operator
		'\u2E31', // ⸱ word separator middle dot
		'\u30FB', // ・ katakana middle dot
		'\uA78F', // ꞏ Latin letter sinological dot
		'\uFF65': // ･ half-width katakana middle dot
		return true
	}
	return false
}

// FoldRune returns the matching form of one rune: full-width and half-width
// forms folded to their canonical width (x/text/width: Ａ → A, ２ → 2,
// ， → ,), every middle-dot variant folded to '·' (U+00B7), and a
// Traditional Chinese character folded to its Simplified form (後 → 后).
// Any other rune is returned unchanged. FoldRune maps one rune to exactly
// one rune, so offsets into the folded text are offsets into the original.
func FoldRune(r rune) rune {
	if r < 0x80 {
		return r
	}
	if isDot(r) {
		return MiddleDot
	}
	if r >= 0x3400 {
		if s, ok := t2s[r]; ok {
			return s
		}
	}
	// Width forms live only in the ideographic space and the Halfwidth and
	// Fullwidth Forms block; skip the width lookup for everything else.
	if r == '\u3000' || (r >= 0xFF00 && r <= 0xFFEF) {
		if f := width.LookupRune(r).Folded(); f != 0 {
			if isDot(f) {
				return MiddleDot
			}
			return f
		}
	}
	return r
}

// isHan reports whether r is a Chinese character (or the middle dot that
// joins transliterated names, which behaves like one for spacing).
func isHan(r rune) bool {
	return r == MiddleDot || unicode.Is(unicode.Han, r)
}

// MatchKey returns the form under which an alias and a piece of text are
// compared: every rune folded by FoldRune, runs of white space collapsed to
// one space and trimmed, and spaces between two Chinese characters (or a
// Chinese character and a middle dot) removed. ASCII keeps its case, so
// "SCO" and "sco" are different keys.
//
//	MatchKey("上海合作組織")   == "上海合作组织"
//	MatchKey("索海尔 ・ 汗")   == "索海尔·汗"
//	MatchKey("ＳＣＯ")         == "SCO"
func MatchKey(s string) string {
	rs := make([]rune, 0, len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u3000' {
			space = len(rs) > 0
			continue
		}
		f := FoldRune(r)
		if space {
			if !(isHan(f) && isHan(rs[len(rs)-1])) {
				rs = append(rs, ' ')
			}
			space = false
		}
		rs = append(rs, f)
	}
	return string(rs)
}
