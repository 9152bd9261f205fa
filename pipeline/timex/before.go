package timex

import "unicode/utf8"

// bareBeforeRe and listBeforeRe begin with "start of text or a character
// that is not a letter or digit", so no prefix anchors them and Go's
// matcher would restart at every byte of their window. Both end at the end
// of their window ($), though, and everything a match holds after its
// first character belongs to a small set of characters (its body): the
// match begins at the last character before hi that is not in the body, or
// later. Searching from there finds the same match: that character is
// one the leading class accepts (the body holds every character the class
// refuses), and ^ cannot match there since no match continues with it.

// bodyStart returns where a search of s[lo:hi] for a pattern ending at hi
// may begin: the start of the last character before the run of body
// characters that ends at hi, or lo.
func bodyStart(s string, lo, hi int, body func(r rune) bool) int {
	p := hi
	for p > lo {
		r, size := utf8.DecodeLastRuneInString(s[lo:p])
		if !body(r) {
			return p - size
		}
		p -= size
	}
	return lo
}

// inFoldLetterOrDigit reports whether r is an ASCII letter or digit, or one
// of the two non-ASCII letters that fold to ASCII ones (U+017F, U+212A): ones a
// case-folded [^0-9a-z] refuses.
func inFoldLetterOrDigit(r rune) bool {
	return r < utf8.RuneSelf && isASCIIAlnum(byte(r)) || r == '\u017f' || r == '\u212a'
}

// isSpaceRune reports whether r is one of \s's characters.
func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' || r == '\v'
}

// inBareBody holds every character of bareBeforeRe after its first, and
// every one its leading class refuses: \w, \s, digits of both widths, the
// Chinese numerals, 日号號 and the connecting marks.
func inBareBody(r rune) bool {
	switch {
	case inFoldLetterOrDigit(r), r == '_', isSpaceRune(r), r >= '０' && r <= '９':
		return true
	}
	switch r {
	case '零', '〇', '○', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '廿', '卅',
		'日', '号', '號', '至', '到', '-', '—', '–', '~', '～', '－', '―':
		return true
	}
	return false
}

// inListBody holds every character of listBeforeRe after its first, and
// every one its leading class refuses: letters, digits, \s, the list marks
// and .,/:-.
func inListBody(r rune) bool {
	switch {
	case inFoldLetterOrDigit(r), isSpaceRune(r):
		return true
	}
	switch r {
	case '.', ',', '/', ':', '-', '、':
		return true
	}
	return false
}

// bodies maps the patterns findBefore narrows to their body sets.
var bodies = map[*fastRe]func(r rune) bool{
	bareBeforeRe: inBareBody,
	listBeforeRe: inListBody,
}
