package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
)

// word is one English word of the text: letters, digits, inner hyphens and
// apostrophes.
type word struct {
	doc.Span
	text, lower string
	cls         wordClass
}

func (w *word) capital() bool { return w.cls&clsCapital != 0 }

// englishWords cuts the Latin words of text (rs: its runes). A word's
// text is cut from text, not encoded again; so is its lower-case form when
// the word is ASCII without capitals, and the others are cut from one
// string.
func englishWords(text string, rs []rune) []word {
	return (&scratch{}).englishWords(text, rs)
}

// englishWords is the package function with the buffers of s.
func (s *scratch) englishWords(text string, rs []rune) []word {
	ws, lows, lowEnds := s.words[:0], s.lows[:0], s.lowEnds[:0]
	b := 0 // the byte offset of rs[i] in text
	for i := 0; i < len(rs); {
		if r := rs[i]; !isLatinLetter(r) {
			if r < utf8.RuneSelf {
				b++
			} else {
				b += runeWidth(text, b, r)
			}
			i++
			continue
		}
		// inside a word every rune is valid and encoded at its length
		j, bj := i, b
		own := true // ASCII without capitals: its own lower-case form
		for j < len(rs) {
			c := rs[j]
			if c < utf8.RuneSelf && asciiWordByte[c] != 0 {
				own = own && asciiWordByte[c] != upperByte
				j++
				bj++
				continue
			}
			if !(isLatinLetter(c) || (c == '-' || c == '\'' || c == '’') && j+1 < len(rs) && (isLatinLetter(rs[j+1]) || rs[j+1] >= '0' && rs[j+1] <= '9')) {
				break
			}
			own = own && c < utf8.RuneSelf
			bj += utf8.RuneLen(c)
			j++
		}
		// a possessive is not part of the name (Tokayev's adviser)
		if j-i > 2 && (rs[j-2] == '\'' || rs[j-2] == '’') && (rs[j-1] == 's' || rs[j-1] == 'S') {
			bj -= utf8.RuneLen(rs[j-2]) + 1
			j -= 2
		}
		ws = append(ws, word{Span: doc.Span{Start: i, End: j}, text: text[b:bj]})
		if own {
			lowEnds = append(lowEnds, -1)
		} else {
			lows = appendLower(lows, text[b:bj])
			lowEnds = append(lowEnds, int32(len(lows)))
		}
		i, b = j, bj
	}
	s.words, s.lows, s.lowEnds = ws, lows, lowEnds
	if len(ws) == 0 {
		return ws
	}
	all := string(lows)
	from := 0
	for k := range ws {
		if end := int(lowEnds[k]); end < 0 {
			ws[k].lower = ws[k].text
		} else {
			ws[k].lower = all[from:end]
			from = end
		}
		ws[k].cls = classOf(ws[k].text, ws[k].lower)
	}
	return ws
}

// Kinds of ASCII bytes inside a word (asciiWordByte): letters and digits.
const (
	lowerByte = 1 + iota
	upperByte
	digitByte
)

// asciiWordByte tells the ASCII letters and digits apart from the rest (0).
var asciiWordByte = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = lowerByte
		case 'A' <= c && c <= 'Z':
			t[c] = upperByte
		case '0' <= c && c <= '9':
			t[c] = digitByte
		}
	}
	return t
}()

// isLatinLetter reports an ASCII letter or a letter below U+0250 (Latin-1
// and the Latin Extended blocks).
func isLatinLetter(r rune) bool { return uint32(r) < latinEnd && latinLetters[r] }

const latinEnd = 0x250

// latinLetters answers isLatinLetter below latinEnd.
var latinLetters = func() (t [latinEnd]bool) {
	for r := rune(0); r < latinEnd; r++ {
		t[r] = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsLetter(r)
	}
	return t
}()

// english finds English names: people after titles ("Deputy Foreign
// Minister Farhod Yusupov", "Secretary-General of the SCO, Yerzhan
// Ashikbayev", "Reporters Han Mo, Han Liang") and before an apposition
// ("Igor Kovalenko, head of …"); organisations, places and projects ending
// in a head word ("Peking University", "Poly Theater", "China-Belarus
// Industrial Park", "Ministry of Investment, Industry and Trade of
// Uzbekistan"); places after in/at ("in Goa").
func (d *discoverer) english() {
	ws := d.s.englishWords(d.text, d.rs)
	if len(ws) == 0 {
		return
	}
	e := &enScan{d: d, ws: ws, names: int8s(d.s.names, len(ws))}
	d.s.names = e.names
	e.persons()
	e.heads()
	e.places()
}

type enScan struct {
	d  *discoverer
	ws []word
	// names memoizes nameAt (which reads only the words and the known
	// matches): 1 + its answer, 0 before the first call.
	names []int8
}

// adjacent reports words i and i+1 separated by one space.
func (e *enScan) adjacent(i int) bool {
	return i+1 < len(e.ws) && e.ws[i+1].Start == e.ws[i].End+1 && e.d.rs[e.ws[i].End] == ' '
}

// nameWord reports a word that may be part of a name.
func (e *enScan) nameWord(i int) bool {
	w := &e.ws[i]
	return w.capital() && !w.is(clsNotName) && !e.d.knownOtherAt(w.Start, w.End, doc.Person) && !w.is(clsTitle)
}

// nameAt returns how many words from i form a name (capitalised, at most 4).
func (e *enScan) nameAt(i int) int {
	if n := e.names[i]; n > 0 {
		return int(n) - 1
	}
	n := e.nameAtOnce(i)
	e.names[i] = int8(n + 1)
	return n
}

func (e *enScan) nameAtOnce(i int) int {
	n := 0
	for i+n < len(e.ws) && n < 4 && e.nameWord(i+n) {
		n++
		if !e.adjacent(i+n-1) && !e.initial(i+n-1) {
			break
		}
	}
	// a name is not an organisation or a place
	if n > 0 {
		if e.ws[i+n-1].cls&(clsOrgHead|clsPlaceHead|clsAreaHead) != 0 {
			return 0
		}
	}
	return n
}

func (e *enScan) span(i, n int) doc.Span {
	return doc.Span{Start: e.ws[i].Start, End: e.ws[i+n-1].End}
}

// titleEndingAt returns how many words ending at word i form a title.
func (e *enScan) titleEndingAt(i int) int { return e.endingAt(enTitles, i) }

func (e *enScan) persons() {
	for i := 0; i < len(e.ws); i++ {
		t := e.titleEndingAt(i)
		if t == 0 {
			continue
		}
		plural := strings.HasSuffix(e.ws[i].lower, "s") && e.ws[i].lower != "photos by"
		j := i + 1
		if j >= len(e.ws) {
			continue
		}
		space := e.sepIs(i, " ")
		switch {
		case e.ws[j].lower == "of" && space:
			// "Secretary-General of the SCO, Yerzhan Ashikbayev"
			k := j + 1
			for k < len(e.ws) && k-j < 7 && !e.sepStartsWith(k, ',') {
				k++
			}
			if k >= len(e.ws) || !e.sepIs(k, ", ") {
				continue
			}
			j = k + 1
		case space || e.sepIs(i, ": ") || e.sepIs(i, ":"):
		default:
			continue
		}
		for j < len(e.ws) {
			n := e.nameAt(j)
			if n == 0 {
				break
			}
			e.d.add(e.span(j, n), doc.Person, MethodEnglish)
			if !plural {
				break
			}
			j += n
			if j < len(e.ws) && e.ws[j].lower == "and" && (e.sepIs(j-1, ", ") || e.sepIs(j-1, " ")) {
				j++
				continue
			}
			if j < len(e.ws) && e.sepIs(j-1, ", ") {
				continue
			}
			break
		}
	}
	// "Igor Kovalenko, head of …", "Di Bojie, a professor at …"
	for i := 0; i < len(e.ws); i++ {
		n := e.nameAt(i)
		if n < 2 || i > 0 && e.adjacent(i-1) && e.ws[i-1].capital() && !e.ws[i-1].is(clsNotName) {
			continue
		}
		k := i + n - 1
		if !e.sepIs(k, ", ") || k+1 >= len(e.ws) {
			continue
		}
		j := k + 1
		if w := e.ws[j].lower; w == "a" || w == "an" || w == "the" {
			j++
		} else if e.ws[j].capital() && j+1 < len(e.ws) && e.ws[j+1].lower == "s" && (e.sepIs(j, "'") || e.sepIs(j, "’")) {
			j += 2 // "Ahmed Raza, Pakistan's foreign minister": the possessive's s is a word of its own
		}
		for j < len(e.ws) && (e.ws[j].lower == "deputy" || e.ws[j].lower == "vice" || e.ws[j].lower == "first" || e.ws[j].lower == "chief" || e.ws[j].lower == "senior") {
			j++
		}
		// a field before the post: "energy minister", "interior minister"
		if j+1 < len(e.ws) && !e.titleStartingAt(j) && !e.ws[j].capital() && e.adjacent(j) && e.ws[j+1].lower == "minister" {
			j++
		}
		if j < len(e.ws) && e.titleStartingAt(j) || e.headsClause(k+1) {
			e.d.add(e.span(i, n), doc.Person, MethodEnglish)
		}
		i += n - 1
	}
	e.speakers()
}

// enNameOf is a word after which capitalised words name a thing, not a
// speaker.
var enNameOf = map[string]bool{"of": true, "the": true, "for": true, "and": true, "at": true, "in": true, "on": true, "by": true, "from": true, "to": true, "with": true}

// initial reports a one-letter word followed by ". " and a word: the
// initial of a name ("S. Jaishankar").
func (e *enScan) initial(i int) bool {
	w := &e.ws[i]
	return w.End-w.Start == 1 && e.sepIs(i, ". ") && e.ws[i+1].capital()
}

// headsClause reports a relative clause that gives a post from word j:
// "who heads the …", "who chairs …".
func (e *enScan) headsClause(j int) bool {
	if j+1 >= len(e.ws) || e.ws[j].lower != "who" {
		return false
	}
	switch e.ws[j+1].lower {
	case "heads", "chairs", "leads", "directs":
		return true
	}
	return false
}

// speakers finds a full name that speaks: "Bakhtiyor Rahimov told
// reporters", "…, said Dilnoza Usmanova." (two words at least, so a
// capitalised sentence opening is not taken for a name).
func (e *enScan) speakers() {
	for i := 0; i < len(e.ws); i++ {
		n := e.nameAt(i)
		if n < 2 || i > 0 && e.adjacent(i-1) && (e.ws[i-1].capital() || e.ws[i-1].is(clsNameOf)) {
			// "the Administration of Traditional Chinese Medicine said"
			i += max(n-1, 0)
			continue
		}
		k := i + n - 1
		told := k+1 < len(e.ws) && e.sepIs(k, " ") && (e.ws[k+1].lower == "told" || e.ws[k+1].lower == "said" || e.ws[k+1].lower == "says")
		said := i > 0 && e.sepIs(i-1, " ") && (e.ws[i-1].lower == "said" || e.ws[i-1].lower == "says" || e.ws[i-1].lower == "told") &&
			(k+1 >= len(e.ws) || e.sepStartsWith(k, '.') || e.sepStartsWith(k, ','))
		if told || said {
			e.d.add(e.span(i, n), doc.Person, MethodEnglish)
		}
		i += n - 1
	}
}

// titleStartingAt reports a title whose first word is word j.
func (e *enScan) titleStartingAt(j int) bool { return e.ws[j].is(clsTitleFirst) }

// places finds "in Goa", "at Kuala Lumpur": a capitalised name after in, at
// or near that is not known, not a month or a title.
func (e *enScan) places() {
	for i := 0; i+1 < len(e.ws); i++ {
		w := e.ws[i].lower
		if (w != "in" && w != "at" && w != "near") || !e.adjacent(i) {
			continue
		}
		if i > 0 && e.adjacent(i-1) && e.ws[i-1].capital() {
			continue // a connector inside a title: "SCO in Action"
		}
		n := e.nameAt(i + 1)
		if n == 0 || n > 3 {
			continue
		}
		if demonym(e.ws[i+n].lower) {
			continue
		}
		// the run must end the name: not followed by a capitalised word or a head
		if e.adjacent(i+n) && i+n+1 < len(e.ws) && (e.ws[i+n+1].capital() || e.projectHeadEndingAt(i+n+1) > 0) {
			continue
		}
		e.d.add(e.span(i+1, n), doc.Location, MethodEnglish)
	}
}

// demonym reports a nationality or language word (Chinese, Russian).
func demonym(w string) bool {
	return strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ish") || w == "english"
}
