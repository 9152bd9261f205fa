package event

// stripDatelineRunes appends to dst the runes of text that
// datelinePrefix.ReplaceAllString(string(text), "") keeps, in one pass and
// without the regexp: the dateline at the start (up to the first 电 with no
// ,，。 before it and at most 20 runes before the spaces that lead to it,
// with the spaces after it), then every parenthesized group, ( or （ to
// the first ) or ）.
func stripDatelineRunes(dst, text []rune) []rune {
	i := datelineEnd(text)
	for i < len(text) {
		r := text[i]
		if r != '(' && r != '（' {
			dst = append(dst, r)
			i++
			continue
		}
		j := i + 1
		for j < len(text) && text[j] != ')' && text[j] != '）' {
			j++
		}
		if j == len(text) {
			return append(dst, text[i:]...) // no group closes: no more can
		}
		i = j + 1
	}
	return dst
}

// datelineEnd returns the end of the match of datelinePrefix's first
// alternative, ^[^,，。]{0,20}?\s*电\s*, in text; 0 when it does not match.
func datelineEnd(text []rune) int {
	for k, r := range text {
		switch r {
		case ',', '，', '。':
			return 0
		case '电':
			j := k
			for j > 0 && isSpaceRune(text[j-1]) {
				j--
			}
			if j > 20 {
				continue // a later 电 may still be near enough
			}
			e := k + 1
			for e < len(text) && isSpaceRune(text[e]) {
				e++
			}
			return e
		}
	}
	return 0
}

// isSpaceRune reports what \s matches.
func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}
