package timex

// Quick tests that rule out a place before a pattern runs there: English
// patterns that begin at almost every number, month name, "the" or "a"
// but need a particular word a few words on. Each states a condition that
// every match beginning at p meets (it may hold where no match does), on
// the lower-cased text; TestFastReSameMatches and FuzzFastRe check them
// with the patterns they guard.

// The patterns with a quick test (en.go).
const (
	// dayMonthPattern: 24 May 2021; the third of March; 14th April.
	dayMonthPattern = `(?i)\b(?:the\s+)?` + enOrd + `\s+(?:day\s+)?(?:of\s+)?` + enMon + `\b(?:\s*,?\s*(?:in\s+|of\s+)?(\d{4})\b|\s+of\s+(\d{2})\b)?`
	// ordinalDayPattern: the 5th, on the first of next month (period.go).
	ordinalDayPattern = `(?i)\b(?:the|on)\s+(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?:\s+(?:day\s+)?of\s+(this|next|last|the)\s+month)?`
	// agoPattern: 3 days ago, two years ago, in 2 weeks.
	agoPattern = `(?i)\b(?:(in)\s+)?(\d+|a|an|one|` + enCountWords + `|a couple of|a few)\s+(days?|weeks?|fortnights?|months?|years?)(?:\s+(ago|from now|later|hence))?\b`
	// monthYearPattern: July 2024; 2017 April.
	monthYearPattern = `(?i)\b` + enMon + `(?:\s*[-/,]?\s*(\d{4})|\s+(?:of|in)\s+(\d{4}|\d{2}))\b|\b(\d{4})\s+` + enMon + `\b`
)

// quickTests maps a pattern to its quick test: false when no match of the
// pattern begins at low[p:] and ends by hi.
var quickTests = map[string]func(low string, p, hi int) bool{
	dayMonthPattern:   monthAfterWords,
	monthYearPattern:  yearAfterMonth,
	ordinalDayPattern: ordinalAfterThe,
	agoPattern:        unitAfterCount,
}

// ordinalAfterThe: in ordinalDayPattern "the" or "on" and white space come
// before a number or the three first letters of an ordinal word.
func ordinalAfterThe(low string, p, hi int) bool {
	q := p
	switch {
	case p+3 <= hi && lowerIs(low[p:p+3], "the"):
		q += 3
	case p+2 <= hi && lowerIs(low[p:p+2], "on"):
		q += 2
	default:
		return false
	}
	r := q
	for r < hi && isSpaceByte(low[r]) {
		r++
	}
	if r == q || r >= hi {
		return false
	}
	if isASCIIDigit(low[r]) {
		return true
	}
	if r+3 > hi {
		return false
	}
	switch string([]byte{low[r] | 0x20, low[r+1] | 0x20, low[r+2] | 0x20}) {
	case "fir", "sec", "thi", "fou", "fif", "six", "sev", "eig", "nin", "ten":
		return true
	}
	return false
}

// unitAfterCount: in agoPattern the unit is the first word after white
// space that begins with a unit's name, since no word of a count does,
// after at most four words (in a couple of).
func unitAfterCount(low string, p, hi int) bool {
	n := 0
	for i := p; i < hi; {
		for i < hi && !isSpaceByte(low[i]) {
			i++
		}
		j := i
		for j < hi && isSpaceByte(low[j]) {
			j++
		}
		if j == i {
			return false
		}
		if n++; n > 4 {
			return false
		}
		for _, u := range [...]string{"day", "week", "fortnight", "month", "year"} {
			if j+len(u) <= hi && lowerIs(low[j:j+len(u)], u) {
				return true
			}
		}
		i = j
	}
	return false
}

// monthAfterWords: in dayMonthPattern the month name is the first word
// (a run of non-space characters after white space) that begins with a
// three-letter month stem, since no other word of a match does; before it
// come at most five words: "the", the day (one word, or two when it is
// "twenty first"), "day" and "of", each but the day optional.
func monthAfterWords(low string, p, hi int) bool {
	var words [5]string
	n := 0
	for i := p; i < hi; {
		e := i
		for e < hi && !isSpaceByte(low[e]) {
			e++
		}
		j := e
		for j < hi && isSpaceByte(low[j]) {
			j++
		}
		if j == e || n == len(words) {
			return false
		}
		words[n] = low[i:e]
		n++
		if j+3 <= hi && isMonthStem(low[j:j+3]) {
			return dayWords(words[:n])
		}
		i = j
	}
	return false
}

// dayWords reports whether ws, the words before the month, can be
// [the] day [day] [of].
func dayWords(ws []string) bool {
	if len(ws) > 0 && lowerIs(ws[0], "the") {
		ws = ws[1:]
	}
	if len(ws) > 0 && lowerIs(ws[len(ws)-1], "of") {
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 0 && lowerIs(ws[len(ws)-1], "day") {
		ws = ws[:len(ws)-1]
	}
	switch len(ws) {
	case 1:
		return true
	case 2: // twenty first, thirty first
		return len(ws[0]) >= 6 && (lowerIs(ws[0][:6], "twenty") || lowerIs(ws[0][:6], "thirty"))
	}
	return false
}

// lowerIs reports whether s, its ASCII letters lower-cased, is w (a word
// of lower-case letters).
func lowerIs(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// isMonthStem reports whether w (three bytes) begins an English month name.
func isMonthStem(w string) bool {
	switch string([]byte{w[0] | 0x20, w[1] | 0x20, w[2] | 0x20}) {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec":
		return true
	}
	return false
}

// yearAfterMonth: in monthYearPattern a match that begins with a letter
// is a month name that takes the whole run of letters there (a digit, a
// mark or a space follows it), then ".", and then either a number after
// spaces and one of -/, (four digits), or "of" or "in" between spaces
// before a number (two digits or more).
func yearAfterMonth(low string, p, hi int) bool {
	if p >= hi || isASCIIDigit(low[p]) {
		return true // the second form, a year first
	}
	q := p
	for q < hi && isASCIILetterByte(low[q]) {
		q++
	}
	if q < hi && low[q] == '.' {
		q++
	}
	skip := func(i int) int {
		for i < hi && isSpaceByte(low[i]) {
			i++
		}
		return i
	}
	r := skip(q)
	if r < hi && (low[r] == '-' || low[r] == '/' || low[r] == ',') {
		r = skip(r + 1)
	}
	if digits(low, r, hi, 4) == 4 && wordEnd(low, r+4, hi) {
		return true // \d{4}\b
	}
	r = skip(q)
	if r == q || r+2 > hi {
		return false
	}
	if w := string([]byte{low[r] | 0x20, low[r+1] | 0x20}); w != "of" && w != "in" {
		return false
	}
	d := skip(r + 2)
	return d > r+2 && digits(low, d, hi, 2) == 2
}
