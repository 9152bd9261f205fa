package timex

import (
	"regexp"
	"strings"
)

// Years in words: "nineteen ninety six", "two thousand and fifteen",
// "seventeen hundred thirty three", "twenty twenty". They are read after a
// month ("August two thousand and fifteen", "13 Sept nineteen seventy
// two") and after in, since, by or of ("in nineteen ninety six"), never
// alone: "two thousand" is more often a count than a year.

var (
	wordYearRule = regexp.MustCompile(`(?i)\b(?:in|since|by|of)\s+(two\s+thousand|sixteen|seventeen|eighteen|nineteen|twenty)\b`)
	// wordYearGapRe sits between a month and the year in words after it.
	wordYearGapRe = regexp.MustCompile(`(?i)^\s*,?\s*(?:of\s+)?`)
)

var (
	wordUnits = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
	wordTeens = map[string]int{"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
		"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
	wordTens      = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
	wordCenturies = map[string]int{"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
	// wordYearFollow are the words that may follow a year in words; any
	// other lower-case word makes it a count ("in two thousand cases").
	wordYearFollow = map[string]bool{"and": true, "or": true, "to": true, "when": true, "after": true, "before": true,
		"until": true, "the": true, "with": true, "we": true, "they": true, "he": true, "she": true, "it": true,
		"i": true, "was": true, "were": true, "had": true, "has": true, "is": true}
)

// wordToken is a lower-cased word of s and the byte offset after it.
type wordToken struct {
	w   string
	end int
}

// wordTokens splits the start of s into words separated by spaces or
// hyphens, up to max words.
func wordTokens(s string, max int) []wordToken {
	var out []wordToken
	i := 0
	for len(out) < max {
		for i < len(s) && (s[i] == ' ' || s[i] == '-') {
			i++
		}
		j := i
		for j < len(s) && isASCIILetterByte(s[j]) {
			j++
		}
		if j == i {
			break
		}
		out = append(out, wordToken{strings.ToLower(s[i:j]), j})
		i = j
	}
	return out
}

// below100 reads a number under 100 in words from toks; n is the number of
// tokens used (0 when none).
func below100(toks []wordToken) (v, n int) {
	if len(toks) == 0 {
		return 0, 0
	}
	if t, ok := wordTens[toks[0].w]; ok {
		if len(toks) > 1 {
			if u, ok := wordUnits[toks[1].w]; ok {
				return t + u, 2
			}
		}
		return t, 1
	}
	if t, ok := wordTeens[toks[0].w]; ok {
		return t, 1
	}
	if u, ok := wordUnits[toks[0].w]; ok {
		return u, 1
	}
	return 0, 0
}

// parseWordYear reads a year in words at the start of s: the year and the
// byte length used, or 0, 0.
func parseWordYear(s string) (int, int) {
	toks := wordTokens(s, 6)
	if len(toks) < 2 {
		return 0, 0
	}
	y, used := 0, 0
	switch c, ok := wordCenturies[toks[0].w]; {
	case toks[0].w == "two" && toks[1].w == "thousand":
		y, used = 2000, 2
	case ok && toks[1].w == "hundred":
		y, used = c*100, 2
	case ok:
		v, n := below100(toks[1:])
		if n == 0 || v < 10 {
			return 0, 0
		}
		return c*100 + v, toks[n].end
	default:
		return 0, 0
	}
	rest := toks[used:]
	and := len(rest) > 0 && rest[0].w == "and"
	if and {
		rest = rest[1:]
	}
	if v, n := below100(rest); n > 0 {
		return y + v, rest[n-1].end
	}
	return y, toks[used-1].end
}

// wordYearEnds reports whether the text after a year in words lets it be
// a year: the end of the text, punctuation, or a word of wordYearFollow.
func wordYearEnds(rest string) bool {
	toks := wordTokens(rest, 1)
	t := strings.TrimLeft(rest, " ")
	if len(toks) == 0 || t == "" || !isASCIILetterByte(t[0]) {
		return true
	}
	return wordYearFollow[toks[0].w]
}

func buildEnWordYear(sc *scan, m []int) (expr, bool) {
	y, n := parseWordYear(sc.s[m[2]:])
	e := expr{start: m[2], end: m[2] + n}
	if y == 0 || !wordYearEnds(sc.s[e.end:]) {
		return e, false
	}
	e.f = fields{y: y, hasY: true}
	return e, true
}

// mergeWordYear gives a month or month-day without year the year in words
// written after it.
func (sc *scan) mergeWordYear(es []expr) []expr {
	for i := range es {
		e := &es[i]
		if e.right != nil || e.calc != nil || e.abs != nil || !e.f.hasM || e.f.hasY || e.f.mRel {
			continue
		}
		next := len(sc.s)
		if i+1 < len(es) {
			next = es[i+1].start
		}
		gap := wordYearGapRe.FindStringIndex(sc.s[e.end:next])
		if gap == nil {
			continue
		}
		at := e.end + gap[1]
		y, n := parseWordYear(sc.s[at:next])
		if y == 0 || !wordYearEnds(sc.s[at+n:]) {
			continue
		}
		e.f.y, e.f.hasY = y, true
		e.end = at + n
	}
	return es
}
