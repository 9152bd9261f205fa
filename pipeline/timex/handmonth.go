package timex

// A hand-written matcher for the English month rule ("in March", "next
// March", "mid-march", "March"), which runs at every month name of an
// English text. It gives exactly the matches of its pattern on text free
// of the two letters that fold to ASCII (fastRe.find runs it only there);
// TestFastReSameMatches and FuzzFastRe compare them.

// monthWordPattern is the pattern findMonthWord matches.
const monthWordPattern = `(?i)\b(?:(this|next|last|early|late|mid|in|during|since|by|until|of|from|to|through|till|and|or|between)[\s-]+)?` + enMon + `\b`

// safeHandMatchers are hand matchers (as handMatchers) that are exact
// only on safe text.
var safeHandMatchers = map[string]func(s string, lo, hi, n int) [][]int{
	monthWordPattern: findMonthWord,
}

// monthLeadWords are the words of its first group, monthWordNames the names.
var (
	monthLeadWords = wordSet("this", "next", "last", "early", "late", "mid", "in", "during", "since", "by", "until",
		"of", "from", "to", "through", "till", "and", "or", "between")
	monthWordNames = wordSet("january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
)

// wordSet returns a set of words.
func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// lowerIn reports whether the ASCII letters s, lower-cased, are in set.
func lowerIn(s string, set map[string]bool) bool {
	var buf [16]byte
	if len(s) > len(buf) {
		return false
	}
	for i := 0; i < len(s); i++ {
		buf[i] = s[i] | 0x20
	}
	return set[string(buf[:len(s)])]
}

// findMonthWord matches monthWordPattern. A match begins at a word
// boundary with a letter. Since every word of either list is made of
// letters and is no prefix of a word of the other, the first group takes
// the whole run of letters there when it is a lead word and white space
// or - follows; then, or else, the month name is a whole run of word
// characters (\b must follow it), and its "." is taken when a word
// character follows the dot (\b again).
func findMonthWord(s string, lo, hi, n int) [][]int {
	// wordEndAt returns the end of the run of word characters at i.
	wordEndAt := func(i int) int {
		for i < hi && isWordByte(s[i]) {
			i++
		}
		return i
	}
	month := func(q int) int { // where the month name at q ends, or -1
		e := wordEndAt(q)
		if e == q || !lowerIn(s[q:e], monthWordNames) {
			return -1
		}
		return e
	}
	return findAllAt(s, lo, hi, n, func(s string, p, hi int) []int {
		if !isASCIILetterByte(s[p]) || p > lo && isWordByte(s[p-1]) {
			return nil
		}
		m := []int{p, -1, -1, -1, -1, -1}
		q := p
		if e := wordEndAt(p); e < hi && (isSpaceByte(s[e]) || s[e] == '-') && lowerIn(s[p:e], monthLeadWords) {
			q = e
			for q < hi && (isSpaceByte(s[q]) || s[q] == '-') {
				q++
			}
			if month(q) >= 0 {
				m[2], m[3] = p, e
			} else {
				q = p
			}
		}
		e := month(q)
		if e < 0 {
			return nil
		}
		m[4], m[5] = q, e
		m[1] = e
		if e+1 < hi && s[e] == '.' && isWordByte(s[e+1]) {
			m[1] = e + 1
		}
		return m
	})
}
