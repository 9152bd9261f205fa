package figure

import (
	"math"
	"strconv"
	"strings"
)

var enUnits = map[string]float64{
	"zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var enTens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// enScales are the multipliers above a hundred, singular and plural.
var enScales = map[string]float64{
	"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6,
	"billion": 1e9, "billions": 1e9, "trillion": 1e12, "trillions": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5,
	"crore": 1e7, "crores": 1e7, "cr": 1e7, "koti": 1e7, "krore": 1e7, "krores": 1e7, "kr": 1e7,
}

// enDenominators are the ordinal words that make a fraction (two thirds).
var enDenominators = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "fourth": 4, "fourths": 4,
	"quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
	"tenth": 10, "tenths": 10, "twentieth": 20, "twentieths": 20, "thirtieth": 30,
	"thirtieths": 30, "hundredth": 100, "hundredths": 100, "thousandth": 1e3,
	"thousandths": 1e3, "millionth": 1e6, "millionths": 1e6, "billionth": 1e9,
	"trillionth": 1e12, "trillionths": 1e12,
}

// enPronounBefore are words after which "one" is a pronoun (that one).
var enPronounBefore = map[string]bool{
	"the": true, "this": true, "that": true, "which": true, "each": true, "every": true,
	"any": true, "no": true, "another": true, "some": true, "a": true, "last": true,
}

// enTok is one token of an English number phrase.
type enTok struct {
	word       string  // lower-case word, "" for an Arabic number
	v          float64 // value of an Arabic number
	start, end int
}

// nextEnTok reads the token at i after skipping spaces and at most one hyphen
// ("twenty-one", "fifty - two"). ok is false at a non-token.
func nextEnTok(rs []rune, i int) (enTok, bool) {
	k := skipSpaces(rs, i)
	if at(rs, k) == '-' && k > 0 && isLetter(at(rs, k-1)) || at(rs, k) == '-' && k > i {
		k2 := skipSpaces(rs, k+1)
		if isLetter(at(rs, k2)) {
			k = k2
		}
	}
	if isLetter(at(rs, k)) {
		e := k
		for e < len(rs) && isLetter(rs[e]) {
			e++
		}
		return enTok{word: internEn(rs[k:e]), start: k, end: e}, true
	}
	if isDigit(at(rs, k)) {
		v, e, ok := parseArabic(rs, k)
		if ok && !isLetter(at(rs, e)) {
			return enTok{v: v, start: k, end: e}, true
		}
	}
	return enTok{}, false
}

// enVocab holds every word the English number parser compares with, so
// that reading a token allocates nothing: any other word reads as "~".
var enVocab = func() map[string]string {
	m := map[string]string{}
	add := func(w string) { m[w] = w }
	for _, l := range []map[string]float64{enUnits, enTens, enScales, enDenominators, enOrdinalUnits} {
		for w := range l {
			add(w)
		}
	}
	for _, w := range []string{"a", "an", "and", "couple", "doz", "dozen", "dozens", "dozs", "dz", "dzs", "half",
		"hundred", "hundreds", "in", "nil", "of", "oh", "out", "over", "pair", "point", "quarter",
		"or", "is", "are", "was", "were", "minus", "negative"} {
		add(w)
	}
	for w := range ratioFollowers {
		add(w)
	}
	return m
}()

// wordEnd returns the end of the letters starting at i.
func wordEnd(rs []rune, i int) int {
	for i < len(rs) && isLetter(rs[i]) {
		i++
	}
	return i
}

// internEn returns the vocabulary string equal to the letters rs, "~" for a
// word outside the vocabulary.
func internEn(rs []rune) string {
	var buf [24]byte
	if len(rs) > len(buf) {
		return "~"
	}
	for i, r := range rs {
		buf[i] = byte(r)
	}
	if w, ok := enVocab[string(buf[:len(rs)])]; ok {
		return w
	}
	return "~"
}

// parseEnCardinal reads the number phrase itself (no ratio).
func parseEnCardinal(rs []rune, i int) (v float64, end int, ok bool) {
	var (
		total, group float64
		atom         float64 // units and tens since the last hundred, scale or and
		lastScale    float64
		last         string // kind of the last token: unit, tens, hundred, scale, num, and
		beforeAnd    string
		n            int // tokens used
		j            = i
	)
	end = i
	for {
		t, ok := nextEnTok(rs, j)
		if !ok {
			break
		}
		if n == 0 && t.start != i {
			break
		}
		w := t.word
		switch {
		case w == "":
			if n > 0 && last != "scale" && last != "hundred" && last != "and" {
				goto out
			}
			if last == "and" {
				// 3 hundred and 21; but "1.5 trillion and 25.25 billion" is two numbers
				if beforeAnd != "hundred" || t.v >= 100 || t.v <= 0 || t.v != math.Trunc(t.v) || followsHundred(rs, t.end) {
					goto out
				}
			}
			group += t.v
			atom = t.v
			last = "num"
		case (w == "a" || w == "an") && n == 0:
			nt, ok := nextEnTok(rs, t.end)
			if !ok {
				goto out
			}
			if d := enDenominators[nt.word]; d > 0 && nt.word != "second" {
				return 1 / d, nt.end, true // a fifth, a half
			}
			if d, e, ok := enCompoundDenominator(rs, t.end); ok {
				return 1 / d, e, true // a twenty-first
			}
			if nt.word == "pair" || nt.word == "couple" {
				// a pair, a couple (of): two; Duckling's span takes the "of"
				return 2, nt.end, true
			}
			if !(nt.word == "hundred" || enScales[nt.word] > 0 || nt.word == "dozen" || nt.word == "quarter") {
				goto out
			}
			if nt.word == "quarter" {
				st, ok := nextEnTok(rs, nt.end)
				if !ok || enScales[st.word] == 0 {
					goto out
				}
				return 0.25 * enScales[st.word], st.end, true // a quarter million
			}
			group, atom = 1, 1
			last = "a"
		case (w == "half" || w == "quarter") && n == 0:
			nt, ok := nextEnTok(rs, t.end)
			f := 0.5
			if w == "quarter" {
				f = 0.25
			}
			switch {
			case ok && enScales[nt.word] > 0:
				return f * enScales[nt.word], nt.end, true // half million
			case ok && nt.word == "a" && w == "half":
				if dz, ok := nextEnTok(rs, nt.end); ok && (dz.word == "dozen" || dz.word == "dozens") {
					return 6, dz.end, true // half a dozen
				}
			}
			if w == "quarter" {
				goto out
			}
			return 0.5, t.end, true
		case enUnits[w] > 0 || w == "zero" || w == "nought" || w == "naught" || w == "nil" && n == 0:
			u := enUnits[w]
			switch last {
			case "", "hundred", "scale", "a":
			case "and":
				if group != 0 && int(group)%100 != 0 && beforeAnd != "scale" || beforeAnd == "hundred" && followsHundred(rs, t.end) {
					goto out
				}
			case "tens":
				if u >= 10 {
					goto out
				}
			default:
				goto out
			}
			group += u
			atom = u
			if last == "tens" {
				atom = group - math.Floor(group/100)*100
			}
			last = "unit"
		case enTens[w] > 0:
			// one twenty-fifth: the tens start a compound denominator
			if n > 0 && last != "and" {
				if _, _, ok := enCompoundDenominator(rs, t.start); ok {
					goto out
				}
			}
			switch last {
			case "", "hundred", "scale", "and":
			case "unit":
				if group >= 10 || group == 0 {
					goto out
				}
				// "one twenty two" = 122 (Duckling)
				group = group*100 + enTens[w]
				atom = enTens[w]
				last = "tens"
				n++
				j, end = t.end, t.end
				continue
			default:
				goto out
			}
			group += enTens[w]
			atom = enTens[w]
			last = "tens"
		case w == "hundred" || w == "hundreds":
			if last == "hundred" || last == "and" || group >= 100 && last != "num" || beforeAnd == "hundred" {
				goto out
			}
			if group == 0 {
				group = 1
			}
			group *= 100
			atom = 0
			last = "hundred"
		case enScales[w] > 0:
			s := enScales[w]
			if last == "and" || n == 0 {
				goto out
			}
			if group == 0 {
				if total == 0 || s <= lastScale {
					goto out
				}
				total *= s
			} else if lastScale != 0 && s > lastScale {
				total = (total + group) * s
			} else {
				total += group * s
			}
			group, atom = 0, 0
			lastScale = s
			last = "scale"
		case w == "and":
			if n == 0 {
				goto out
			}
			// and a half, and three quarters, and fifty-four hundredths
			if num, den, e, ok := enFractionPhrase(rs, t.end); ok {
				f := num / den
				v := total + group
				if f >= 1 && last != "scale" {
					// one hundred and thirty fifths: an improper fraction
					// takes the whole number as numerator (130/5).
					return (v + num) / den, e, true
				}
				if st, ok := nextEnTok(rs, e); ok && enScales[st.word] > 0 {
					if lastScale == 0 {
						return (v + f) * enScales[st.word], st.end, true // five and a half million
					}
					return v + f*enScales[st.word], st.end, true // one billion and a half million
				}
				if last == "scale" {
					return total + f*lastScale, e, true // five billion and three quarters
				}
				return v + f, e, true
			}
			nt, ok := nextEnTok(rs, t.end)
			if !ok || !(nt.word == "" || enUnits[nt.word] > 0 || enTens[nt.word] > 0 || nt.word == "zero") {
				goto out
			}
			beforeAnd = last
			last = "and"
			n++
			j = t.end
			continue
		case w == "point":
			fr, e := enDecimals(rs, t.end)
			if e == t.end {
				goto out
			}
			v := total + group + fr
			// two point two million
			if st, ok := nextEnTok(rs, e); ok && enScales[st.word] > 0 {
				return v * enScales[st.word], st.end, true
			}
			return v, e, true
		case w == "dozen" || w == "dozens" || w == "dz" || w == "dzs" || w == "doz" || w == "dozs":
			if n == 0 {
				goto out
			}
			// three hundred and two dozens: the dozens are the last part
			group = group - atom + atom*12
			if atom == 0 {
				group *= 12
			}
			n++
			j, end = t.end, t.end
			goto out
		default:
			goto out
		}
		n++
		j, end = t.end, t.end
	}
out:
	if n == 0 || last == "a" && group == 1 && end == i {
		return 0, i, false
	}
	// two thirds, twenty-three fifths, one twenty-fifth, a hundred
	// trillionths: a denominator after the numerator (plural unless one).
	num := total + group
	switch last {
	case "unit", "tens", "a", "hundred", "scale":
		if d, e, ok := enCompoundDenominator(rs, end); ok && (num == 1 || isPluralOrdinal(rs, e)) {
			return num / d, e, true
		}
		if dt, ok := nextEnTok(rs, end); ok && enDenominators[dt.word] > 0 && dt.start > end && (num == 1 || strings.HasSuffix(dt.word, "s")) {
			return num / enDenominators[dt.word], dt.end, true
		}
	}
	return num, end, true
}

// enDecimals reads the digits after "point" (zero three, seventy-one, 77)
// and returns them as a fraction.
func enDecimals(rs []rune, i int) (float64, int) {
	var digits strings.Builder
	end := i
	j := i
	for {
		t, ok := nextEnTok(rs, j)
		if !ok {
			break
		}
		switch {
		case t.word == "" && digits.Len() == 0:
			digits.WriteString(strings.TrimPrefix(strconv.FormatFloat(t.v, 'f', -1, 64), "0."))
		case enUnits[t.word] > 0 || t.word == "zero" || t.word == "nought" || t.word == "naught" || t.word == "oh":
			digits.WriteString(strconv.Itoa(int(enUnits[t.word])))
		case enTens[t.word] > 0:
			tv := int(enTens[t.word])
			if u, ok := nextEnTok(rs, t.end); ok && enUnits[u.word] > 0 && enUnits[u.word] < 10 {
				digits.WriteString(strconv.Itoa(tv + int(enUnits[u.word])))
				j, end = u.end, u.end
				continue
			}
			digits.WriteString(strconv.Itoa(tv))
		default:
			goto done
		}
		j, end = t.end, t.end
	}
done:
	if digits.Len() == 0 {
		return 0, i
	}
	f, err := strconv.ParseFloat("0."+digits.String(), 64)
	if err != nil {
		return 0, i
	}
	return f, end
}
