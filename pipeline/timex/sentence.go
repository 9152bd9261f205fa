package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reading the sentence around a match: its script, and the word before it.

// scriptReach bounds how far (bytes) sentenceScript looks each way.
const scriptReach = 256

// sentenceScript reports whether the sentence around byte offset i holds
// ASCII letters and whether it holds Han characters: English rules keyed
// on digits run only in English sentences (a Chinese sentence writes
// 2025年, so a bare 2025 there is no year).
func (sc *scan) sentenceScript(i int) (letters, han bool) {
	s := sc.s
	// A text without Han characters has none in any sentence: then the
	// first letter settles it (han is reset on return).
	han = !sc.han
	// look reads the rune that ends (back) or starts (forward) at j; it
	// reports false at a sentence end. Once both are found, nothing more
	// can change.
	look := func(r rune) bool {
		if r < utf8.RuneSelf {
			if r == '\n' {
				return false
			}
			letters = letters || isASCIILetterByte(byte(r))
			return true
		}
		if isSentenceEnd(r) {
			return false
		}
		han = han || r >= 0x2E80 && unicode.Is(unicode.Han, r)
		return true
	}
	for j := i; j > 0 && i-j < scriptReach && !(letters && han); {
		if c := s[j-1]; c < utf8.RuneSelf {
			if !look(rune(c)) {
				break
			}
			j--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !look(r) {
			break
		}
		j -= size
	}
	for j := i; j < len(s) && j-i < scriptReach && !(letters && han); {
		if c := s[j]; c < utf8.RuneSelf {
			if !look(rune(c)) {
				break
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !look(r) {
			break
		}
		j += size
	}
	return letters, han && sc.han
}

// hasPrefixFold reports whether s begins with the ASCII prefix p, ignoring case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// wordBefore reports whether the ASCII word before byte offset i (one or
// more spaces apart) is one of words, compared without case.
func (sc *scan) wordBefore(i int, words []string) bool {
	j := i
	for j > 0 && sc.s[j-1] == ' ' {
		j--
	}
	if j == i {
		return false
	}
	k := j
	for k > 0 && isASCIILetterByte(sc.s[k-1]) {
		k--
	}
	for _, w := range words {
		if strings.EqualFold(sc.s[k:j], w) {
			return true
		}
	}
	return false
}
