package figure

import (
	"github.com/sco-news/extract/pipeline/runeset"
)

// The scanner's fast path. Extract and Numbers try to read a figure or a
// number at every position of a text; almost every position starts neither,
// and these tables say so with one bit test (a rune no reader accepts first)
// or one map lookup (an English word no reader accepts first), so that the
// readers run only where something may start.

// beginBits holds every rune at which figureAt or numberAt may read
// something: letters, digits, numerals, vulgar fractions and the starters
// (approximation words, currency prefixes, signs).
var beginBits = func() *runeset.Set {
	m := map[rune]bool{}
	for r := 'a'; r <= 'z'; r++ {
		m[r] = true
	}
	for r := '0'; r <= '9'; r++ {
		m[r] = true
	}
	for _, t := range []map[rune]bool{starters, zhNumerals} {
		for r := range t {
			m[r] = true
		}
	}
	for r := range vulgarFractions {
		m[r] = true
	}
	return runeset.Of(m)
}()

// enStartWords are the English words at which a figure or a number may
// start: number words that begin a number phrase (parseEnCardinal), signs
// (minus five), articles (a dollar, a fifth), the first word of an
// approximation (more than), of a percent phrase (percent of) and of a
// currency written before the amount (us$, rm), up to its first non-letter.
// At any other word figureAt and numberAt find nothing, and nothing inside
// the word either.
var enStartWords = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range []map[string]float64{enUnits, enTens} {
		for w := range t {
			m[w] = true
		}
	}
	for _, w := range []string{"zero", "nought", "naught", "nil", "a", "an", "half", "quarter", "hundred",
		"hundreds", "point", "minus", "negative", "per", "percent", "percents"} {
		m[w] = true
	}
	add := func(w string) {
		e := 0
		for e < len(w) && isLetter(rune(w[e])) {
			e++
		}
		if e > 0 {
			m[w[:e]] = true
		}
	}
	for _, w := range approxWords {
		add(w)
	}
	for _, c := range prefixCurrencies.all {
		add(c.word)
	}
	return m
}()

// startLengths filters words before the lookup in enStartWords: bit n of
// startLengths[a][b] is set when a start word of n letters begins with the
// letters a, b (b = 26 for a one-letter word). "the", "of", "and" fail it.
var startLengths = func() (t [26][27]uint32) {
	for w := range enStartWords {
		t[w[0]-'a'][secondLetter(len(w), rune(w[min(1, len(w)-1)]))] |= 1 << len(w)
	}
	return t
}()

// secondLetter indexes the second letter of a lower-case word given as
// its length and its second letter, 26 when it has one letter.
func secondLetter(n int, second rune) int {
	if n < 2 {
		return 26
	}
	return int(second - 'a')
}

// fastPath is false only in tests, to check that the fast path skips
// nothing the readers would find.
var fastPath = true

// skipNothing returns the end of what starts at i when neither figureAt nor
// numberAt can read anything there nor inside it: a run of runes that start
// nothing, a letter inside a word, or a whole word that starts nothing.
// Else (or with fastPath off) it returns i. sep is true when every rune
// skipped is a list separator (3000亿、4000亿和5000亿美元 keeps its list).
func skipNothing(rs []rune, i int) (end int, sep bool) {
	r := rs[i]
	switch {
	case !fastPath:
		return i, false
	case !beginBits.Has(r):
		sep = true
		for i < len(rs) && !beginBits.Has(rs[i]) {
			sep = sep && isListSeparatorAt(rs, i)
			i++
		}
		return i, sep
	case !isLetter(r):
		return i, false
	case isLetter(at(rs, i-1)):
		return i + 1, false // (a letter is no list separator)
	}
	return skipWord(rs, i), false
}

// skipWord returns the end of the English word starting at i when no figure
// or number may start there, else i.
func skipWord(rs []rune, i int) int {
	e := wordEnd(rs, i)
	w := rs[i:e]
	if len(w) > 31 || startLengths[w[0]-'a'][secondLetter(len(w), at(w, 1))]&(1<<len(w)) == 0 {
		return e
	}
	var buf [32]byte
	for k, r := range w {
		buf[k] = byte(r)
	}
	if enStartWords[string(buf[:len(w)])] {
		return i
	}
	return e
}
