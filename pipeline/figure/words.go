package figure

import (
	"github.com/sco-news/extract/pipeline/runeset"
)

// wordList is a list of context words (growth words, trade words, ...)
// indexed by first rune, so that looking for them in a stretch of text
// costs one bit test per rune and a comparison only where a word may start.
// The text is the scanner's runes: nothing is converted to a string.
type wordList struct {
	first   *runeset.Set
	byFirst map[rune][][]rune
}

func newWordList(words ...string) wordList {
	l := wordList{byFirst: map[rune][][]rune{}}
	firsts := map[rune]bool{}
	for _, w := range words {
		rw := []rune(w)
		l.byFirst[rw[0]] = append(l.byFirst[rw[0]], rw)
		firsts[rw[0]] = true
	}
	l.first = runeset.Of(firsts)
	return l
}

// in reports whether one of the words lies inside rs[from:to]; a word that
// starts with a letter must also start a word there ("up " is not in
// "group 2"), rs[from] counting as a word start.
func (l wordList) in(rs []rune, from, to int) bool {
	for k := from; k < to; k++ {
		if !l.first.Has(rs[k]) {
			continue
		}
		for _, w := range l.byFirst[rs[k]] {
			if k+len(w) <= to && runesAt(rs, k, w) && (!isLetter(w[0]) || k == from || !isLetter(rs[k-1])) {
				return true
			}
		}
	}
	return false
}

// startsWith reports whether rs[from:to] starts with one of the words.
func (l wordList) startsWith(rs []rune, from, to int) bool {
	if from >= to || !l.first.Has(rs[from]) {
		return false
	}
	for _, w := range l.byFirst[rs[from]] {
		if from+len(w) <= to && runesAt(rs, from, w) {
			return true
		}
	}
	return false
}

// runesAt reports whether rs[i:] starts with w (i+len(w) <= len(rs)).
func runesAt(rs []rune, i int, w []rune) bool {
	for k, r := range w {
		if rs[i+k] != r {
			return false
		}
	}
	return true
}

// lastRunesFrom returns where the last n runes of rs[from:to] start, moved
// past a word cut at the start.
func lastRunesFrom(rs []rune, from, to, n int) int {
	if to-from <= n {
		return from
	}
	k := to - n
	for k < to && isLetter(rs[k]) && isLetter(rs[k-1]) {
		k++
	}
	return k
}
