package entity

import (
	"unicode"
	"unicode/utf8"
)

// wordClass is a bit set of the word lists an English word belongs to,
// looked up once per word of a text (englishWords) instead of once per
// rule that asks.
type wordClass uint16

const (
	clsCapital     wordClass = 1 << iota // starts with an upper-case letter
	clsNotName                           // enNotNames
	clsTitle                             // a one-word title of enTitles
	clsTitleFirst                        // the first word of a title
	clsTitleLast                         // the last word of a title
	clsProjectLast                       // the last word of an enProjectHeads phrase
	clsOrgHead                           // enOrgHeads
	clsOrgOfHead                         // enOrgOfHeads
	clsPlaceHead                         // enPlaceHeads
	clsAreaHead                          // enAreaHeads
	clsNameOf                            // enNameOf
)

// enClasses maps a lower-case word to its classes (clsCapital aside).
var enClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	sets := []struct {
		set map[string]bool
		cls wordClass
	}{
		{enNotNames, clsNotName}, {enTitles.set, clsTitle}, {enTitles.first, clsTitleFirst},
		{enOrgHeads, clsOrgHead}, {enOrgOfHeads, clsOrgOfHead}, {enPlaceHeads, clsPlaceHead},
		{enAreaHeads, clsAreaHead}, {enNameOf, clsNameOf},
	}
	for _, s := range sets {
		for w := range s.set {
			m[w] |= s.cls
		}
	}
	for w := range enTitles.byLast {
		m[w] |= clsTitleLast
	}
	for w := range enProjectHeads.byLast {
		m[w] |= clsProjectLast
	}
	enTitles.lastClass = clsTitleLast
	enProjectHeads.lastClass = clsProjectLast
	return m
}()

// is reports whether the word is in every class of c.
func (w word) is(c wordClass) bool { return w.cls&c == c }

// classOf returns the classes of a word and its lower-case form.
func classOf(text, lower string) wordClass {
	c := enClasses[lower]
	if r, _ := utf8.DecodeRuneInString(text); unicode.IsUpper(r) {
		c |= clsCapital
	}
	return c
}

// appendLower appends strings.ToLower(s) to buf (s is valid UTF-8).
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
			return buf
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
