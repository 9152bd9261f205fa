package figure

import (
	"math"
	"strings"
)

// English fractions and ratios: the denominators (a fifth, two thirds, one
// twenty-fifth, fifty-four hundredths) and the ratio words (1 over 3, two
// out of five, 1 in twenty-one) that parseEn reads after a numerator.

// parseEn reads an English number phrase at rs[i] (twenty-one trillion three
// hundred, 3 hundred and 21, two point five, five and a half million, one
// third, two thirds of a million, half a dozen, 1 over 3, two out of five).
// It also accepts a leading Arabic number followed by a scale word.
func parseEn(rs []rune, i int) (v float64, end int, ok bool) {
	v, end, ok = parseEnCardinal(rs, i)
	if !ok {
		return 0, i, false
	}
	// two thirds of a million, three quarters billion
	if v < 1 {
		if t, ok := nextEnTok(rs, end); ok && enScales[t.word] > 0 {
			return v * enScales[t.word], t.end, true
		}
		if t, ok := nextEnTok(rs, end); ok && t.word == "of" {
			if a, ok := nextEnTok(rs, t.end); ok && a.word == "a" {
				if sc, ok := nextEnTok(rs, a.end); ok && enScales[sc.word] > 0 {
					return v * enScales[sc.word], sc.end, true
				}
			}
		}
	}
	// 1 over 3, one out of three, 1 in twenty-one
	if v == math.Trunc(v) && v >= 0 {
		if d, e, ok := enRatio(rs, end, v); ok && d != 0 {
			return v / d, e, true
		}
	}
	return v, end, true
}

// enOrdinalUnits are the ordinals that end a compound denominator
// (twenty-first, thirty fifths); "second" only inside a compound.
var enOrdinalUnits = map[string]float64{
	"first": 1, "firsts": 1, "second": 2, "seconds": 2, "third": 3, "thirds": 3, "fourth": 4,
	"fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
	"eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
}

// enRatio reads "over N", "out of N", "in N" after a numerator at i.
func enRatio(rs []rune, i int, numerator float64) (float64, int, bool) {
	t, ok := nextEnTok(rs, i)
	if !ok || t.start == i {
		return 0, i, false
	}
	k := t.end
	switch t.word {
	case "out":
		o, ok := nextEnTok(rs, k)
		if !ok || o.word != "of" {
			return 0, i, false
		}
		k = o.end
	case "over", "in":
	default:
		return 0, i, false
	}
	d, e, ok := parseEnCardinal(rs, skipSpaces(rs, k))
	if !ok || d != math.Trunc(d) || d <= 0 || skipSpaces(rs, k) == k {
		return 0, i, false
	}
	if t.word != "over" && d < numerator {
		return 0, i, false // 12 out of 10, 8 in 5: not a ratio
	}
	if t.word != "out" {
		// "over 3 years", "in 2009": a period, not a ratio.
		if t.word == "in" && d >= 1000 {
			return 0, i, false
		}
		if n, ok := nextEnTok(rs, e); ok && n.word != "" && !ratioFollowers[n.word] {
			return 0, i, false
		}
	}
	return d, e, true
}

var ratioFollowers = map[string]bool{"of": true, "and": true, "or": true, "is": true, "are": true, "was": true, "were": true}

// enCompoundDenominator reads a tens word joined to an ordinal unit at i
// (twenty-first, thirty fifths) and returns its value.
func enCompoundDenominator(rs []rune, i int) (float64, int, bool) {
	t, ok := nextEnTok(rs, i)
	if !ok || enTens[t.word] == 0 {
		return 0, i, false
	}
	u, ok := nextEnTok(rs, t.end)
	if !ok || enOrdinalUnits[u.word] == 0 {
		return 0, i, false
	}
	return enTens[t.word] + enOrdinalUnits[u.word], u.end, true
}

// followsHundred reports whether "hundred" comes next: "3 hundred and 2
// hundred" is two numbers.
func followsHundred(rs []rune, i int) bool {
	t, ok := nextEnTok(rs, i)
	return ok && (t.word == "hundred" || t.word == "hundreds")
}

// isPluralOrdinal reports whether the ordinal ending at e is plural (fifths).
func isPluralOrdinal(rs []rune, e int) bool { return at(rs, e-1) == 's' }

// enFractionPhrase reads "a half", "one half", "three quarters", "fifty-four
// hundredths", "two thirds" at i: a numerator under a hundred and a
// denominator (plural unless the numerator is one).
func enFractionPhrase(rs []rune, i int) (num, den float64, end int, ok bool) {
	t, ok := nextEnTok(rs, i)
	if !ok {
		return 0, 0, i, false
	}
	e := t.end
	switch {
	case t.word == "a" || t.word == "an":
		num = 1
	case enUnits[t.word] > 0:
		num = enUnits[t.word]
	case enTens[t.word] > 0:
		num = enTens[t.word]
		if u, ok := nextEnTok(rs, t.end); ok && enUnits[u.word] > 0 && enUnits[u.word] < 10 {
			num, e = num+enUnits[u.word], u.end
		}
	default:
		return 0, 0, i, false
	}
	if den, e2, ok := enCompoundDenominator(rs, e); ok && (num == 1 || isPluralOrdinal(rs, e2)) {
		return num, den, e2, true
	}
	d, ok := nextEnTok(rs, e)
	if !ok || enDenominators[d.word] == 0 || d.word == "second" || num != 1 && !strings.HasSuffix(d.word, "s") && d.word != "half" {
		return 0, 0, i, false
	}
	return num, enDenominators[d.word], d.end, true
}
