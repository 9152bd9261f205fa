package figure

// Comparison words of number intervals (大于, 不超过, at least, or more) and
// the matching of words around a number, spaces allowed inside Chinese
// words and symbols (小于 或 等于, < = 100).

// A comparison word and what it makes of the number next to it.
type comparison struct {
	word  string
	lower bool // a lower bound (大于); else an upper bound (小于)
	equal bool // an exact value (等于): both bounds
	incl  bool // the bound belongs to the interval
}

// comparePrefixes are written before the number, compareSuffixes after it.
var comparePrefixes = []comparison{
	{"大于", true, false, false}, {"多于", true, false, false}, {"高于", true, false, false},
	{"超过了", true, false, false}, {"超过", true, false, false}, {"超出", true, false, false},
	{"过", true, false, false}, {"逾", true, false, false}, {"突破", true, false, false},
	{"大于等于", true, false, true}, {"大于或等于", true, false, true}, {"大于或者等于", true, false, true},
	{"不小于", true, false, true}, {"不少于", true, false, true}, {"不低于", true, false, true},
	{"至少", true, false, true}, {"至少是", true, false, true}, {"至少有", true, false, true},
	{"至少为", true, false, true}, {"最少", true, false, true}, {"最少是", true, false, true},
	{"最少有", true, false, true}, {"起码", true, false, true}, {"≥", true, false, true},
	{">=", true, false, true}, {">", true, false, false},
	{"小于", false, false, false}, {"少于", false, false, false}, {"低于", false, false, false},
	{"不足", false, false, false}, {"不到", false, false, false},
	{"小于等于", false, false, true}, {"小于或等于", false, false, true}, {"小于或者等于", false, false, true},
	{"不大于", false, false, true}, {"不多于", false, false, true}, {"不超过", false, false, true},
	{"不高于", false, false, true}, {"最多", false, false, true}, {"最多为", false, false, true},
	{"最多是", false, false, true}, {"最多有", false, false, true}, {"至多", false, false, true},
	{"≤", false, false, true}, {"<=", false, false, true}, {"<", false, false, false},
	{"等于", false, true, true}, {"=", false, true, true},
	{"more than", true, false, false}, {"greater than", true, false, false}, {"larger than", true, false, false},
	{"bigger than", true, false, false}, {"higher than", true, false, false}, {"over", true, false, false},
	{"above", true, false, false}, {"exceed", true, false, false}, {"exceeds", true, false, false},
	{"exceeding", true, false, false}, {"surpass", true, false, false}, {"surpassing", true, false, false},
	{"at least", true, false, true}, {"no less than", true, false, true}, {"not less than", true, false, true},
	{"no fewer than", true, false, true}, {"not fewer than", true, false, true},
	{"greater than or equal to", true, false, true}, {"greater than or equal", true, false, true},
	{"more than or equal to", true, false, true}, {"bigger or equal than", true, false, true},
	{"higher or equal than", true, false, true}, {"larger or equal than", true, false, true},
	{"greater or equal than", true, false, true}, {"more or equal than", true, false, true},
	{"equal to or more than", true, false, true}, {"equal to or greater than", true, false, true},
	{"at least or equal to", true, false, true},
	{"less than", false, false, false}, {"fewer than", false, false, false}, {"smaller than", false, false, false},
	{"lower than", false, false, false}, {"under", false, false, false}, {"below", false, false, false},
	{"at most", false, false, true}, {"no more than", false, false, true}, {"not more than", false, false, true},
	{"up to", false, false, true}, {"less than or equal to", false, false, true},
	{"less than or equal", false, false, true}, {"smaller or equal than", false, false, true},
	{"lower or equal than", false, false, true}, {"less or equal than", false, false, true},
	{"equal to or less than", false, false, true}, {"equal to or smaller than", false, false, true},
	{"no greater than", false, false, true}, {"not greater than", false, false, true},
	{"equal to", false, true, true}, {"equals to", false, true, true}, {"equals", false, true, true},
	{"equaling to", false, true, true}, {"equalling to", false, true, true},
}

var compareSuffixes = []comparison{
	{"以上", true, false, false}, {"或以上", true, false, true}, {"或者以上", true, false, true},
	{"或更多", true, false, true}, {"或者更多", true, false, true}, {"多", true, false, false},
	{"余", true, false, false}, {"以下", false, false, false}, {"之下", false, false, false},
	{"或以下", false, false, true}, {"或者以下", false, false, true}, {"以内", false, false, true},
	{"or more", true, false, true}, {"and more", true, false, true}, {"or greater", true, false, true},
	{"or above", true, false, true}, {"or higher", true, false, true}, {"and above", true, false, true},
	{"or more than", true, false, true}, {"or greater than", true, false, true},
	{"or less", false, false, true}, {"or fewer", false, false, true}, {"or below", false, false, true},
	{"or lower", false, false, true}, {"and below", false, false, true}, {"or less than", false, false, true},
}

type wordMatch struct {
	c          comparison
	start, end int
}

// bestBefore finds the longest comparison word ending right before i (spaces
// between), bestAfter the longest starting right after i.
func bestBefore(rs []rune, i int, list []comparison) (wordMatch, bool) {
	var best wordMatch
	found := false
	for _, c := range list {
		if s, ok := matchBefore(rs, i, []string{c.word}); ok && (!found || s < best.start) {
			best, found = wordMatch{c: c, start: s, end: i}, true
		}
	}
	return best, found
}

func bestAfter(rs []rune, i int, list []comparison) (wordMatch, bool) {
	var best wordMatch
	found := false
	for _, c := range list {
		if e, ok := matchAfter(rs, i, []string{c.word}); ok && (!found || e > best.end) {
			best, found = wordMatch{c: c, start: i, end: e}, true
		}
	}
	return best, found
}

// matchBefore reports whether one of words ends at i (spaces skipped before
// i and between the runes of a Chinese word or symbol) and returns its start.
func matchBefore(rs []rune, i int, words []string) (int, bool) {
	for _, w := range words {
		ws := []rune(w)
		k := i
		ok := true
		for j := len(ws) - 1; j >= 0; j-- {
			if ws[j] == ' ' {
				if !isSpace(at(rs, k-1)) {
					ok = false
					break
				}
				for k > 0 && isSpace(rs[k-1]) {
					k--
				}
				continue
			}
			if j == len(ws)-1 || !isLetter(ws[j]) {
				for k > 0 && isSpace(rs[k-1]) {
					k--
				}
			}
			if at(rs, k-1) != ws[j] {
				ok = false
				break
			}
			k--
		}
		if ok && !(isLetter(ws[0]) && isLetter(at(rs, k-1))) {
			return k, true
		}
	}
	return i, false
}

// matchAfter reports whether one of words starts at i (after spaces) and
// returns its end.
func matchAfter(rs []rune, i int, words []string) (int, bool) {
	for _, w := range words {
		ws := []rune(w)
		k := i
		ok := true
		for j, r := range ws {
			if r == ' ' {
				if !isSpace(at(rs, k)) {
					ok = false
					break
				}
				k = skipSpaces(rs, k)
				continue
			}
			if j == 0 || !isLetter(r) {
				k = skipSpaces(rs, k)
			}
			if at(rs, k) != r {
				ok = false
				break
			}
			k++
		}
		if ok && !(isLetter(ws[len(ws)-1]) && isLetter(at(rs, k))) {
			if isLetter(ws[0]) && skipSpaces(rs, i) == i {
				continue // "200or more": an English word needs a space
			}
			return k, true
		}
	}
	return i, false
}
