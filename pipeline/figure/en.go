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
		return enTok{word: string(rs[k:e]), start: k, end: e}, true
	}
	if isDigit(at(rs, k)) {
		v, e, ok := parseArabic(rs, k)
		if ok && !isLetter(at(rs, e)) {
			return enTok{v: v, start: k, end: e}, true
		}
	}
	return enTok{}, false
}

// parseEn reads an English number phrase at rs[i] (twenty-one trillion three
// hundred, 3 hundred and 21, two point five, five and a half million, one
// third). It also accepts a leading Arabic number followed by a scale word.
func parseEn(rs []rune, i int) (v float64, end int, ok bool) {
	var (
		total, group float64
		lastScale    float64
		last         string // kind of the last token: unit, tens, hundred, scale, num
		n            int    // tokens used
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
			if last == "and" && group != 0 {
				goto out
			}
			if last == "and" {
				// "1.5 trillion and 25.25 billion" is two numbers
				if t.v != math.Trunc(t.v) {
					goto out
				}
				if st, ok := nextEnTok(rs, t.end); ok && enScales[st.word] >= lastScale && lastScale > 0 {
					goto out
				}
			}
			group += t.v
			last = "num"
		case w == "a" || w == "an":
			if n > 0 {
				goto out
			}
			nt, ok := nextEnTok(rs, t.end)
			if !ok || !(nt.word == "hundred" || enScales[nt.word] > 0 || nt.word == "dozen" || enDenominators[nt.word] > 0 && nt.word != "second") {
				goto out
			}
			if enDenominators[nt.word] > 0 {
				j = t.end
				last = "a"
				goto out
			}
			group = 1
			last = "a"
		case enUnits[w] > 0 || w == "zero" || w == "nought" || w == "naught":
			u := enUnits[w]
			switch last {
			case "", "hundred", "scale", "and", "a":
				if last == "and" && group != 0 && int(group)%100 != 0 {
					goto out
				}
			case "tens":
				if u >= 10 {
					goto out
				}
			case "unit":
				if group >= 10 || u >= 10 || group == 0 {
					goto out
				}
				// "one twenty two": read as 1 then 22 → 122 (Duckling)
				goto out
			default:
				goto out
			}
			group += u
			last = "unit"
		case enTens[w] > 0:
			switch last {
			case "", "hundred", "scale", "and":
			case "unit":
				if group >= 10 || group == 0 {
					goto out
				}
				// "one twenty two" = 122
				group = group*100 + enTens[w]
				last = "tens"
				n++
				j, end = t.end, t.end
				continue
			default:
				goto out
			}
			group += enTens[w]
			last = "tens"
		case w == "hundred" || w == "hundreds":
			if last == "hundred" || last == "and" || group >= 100 && last != "num" {
				goto out
			}
			if group == 0 {
				group = 1
			}
			group *= 100
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
			group = 0
			lastScale = s
			last = "scale"
		case w == "and":
			if n == 0 {
				goto out
			}
			nt, ok := nextEnTok(rs, t.end)
			if !ok || !(nt.word == "" || enUnits[nt.word] > 0 || enTens[nt.word] > 0 || nt.word == "a" || nt.word == "zero") {
				goto out
			}
			if nt.word == "a" || nt.word == "one" {
				// and a half / and one half: a fraction follows
				if f, e, ok := enFractionPhrase(rs, nt.start); ok {
					v := total + group
					if lastScale > 0 && group == 0 {
						v = total + f*lastScale
					} else if lastScale > 0 && last == "scale" {
						v = total + f*lastScale
					} else {
						v += f
					}
					// five and a half million
					if st, ok := nextEnTok(rs, e); ok && enScales[st.word] > 0 && lastScale == 0 {
						return v * enScales[st.word], st.end, true
					}
					return v, e, true
				}
			}
			last = "and"
			n++
			j = t.end
			continue
		case w == "point" && n > 0:
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
		case w == "dozen" || w == "dozens":
			if n == 0 {
				goto out
			}
			group *= 12
			total *= 12
			last = "dozen"
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
	if n == 0 && last != "a" {
		return 0, i, false
	}
	// two thirds, twenty-three fifths, a fifth: a denominator after the number
	if dt, ok := nextEnTok(rs, end); ok && enDenominators[dt.word] > 0 && (last == "unit" || last == "tens" || last == "a") {
		if last == "a" {
			return 1 / enDenominators[dt.word], dt.end, true
		}
		return (total + group) / enDenominators[dt.word], dt.end, true
	}
	if n == 0 || last == "a" {
		return 0, i, false
	}
	return total + group, end, true
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

// enFractionPhrase reads "a half", "one half", "a quarter", "three fifths" at i.
func enFractionPhrase(rs []rune, i int) (float64, int, bool) {
	t, ok := nextEnTok(rs, i)
	if !ok {
		return 0, i, false
	}
	num := 1.0
	if t.word != "a" && t.word != "an" {
		u, ok := enUnits[t.word]
		if !ok {
			return 0, i, false
		}
		num = u
	}
	d, ok := nextEnTok(rs, t.end)
	if !ok || enDenominators[d.word] == 0 {
		return 0, i, false
	}
	return num / enDenominators[d.word], d.end, true
}
