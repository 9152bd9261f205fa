// Package findall finds every match of a regular expression the way
// regexp's FindAllStringIndex does (leftmost first, non-overlapping, in text
// order), but runs the expression only where a match can start. The
// extraction stages' triggers are alternations of words (举行|举办|召开,
// held|hosted); a text costs one pass over its runes, a cheap look-ahead
// and a few anchored tries, instead of a backtracking attempt at every
// position. Results are exactly the regular expression's: the tests
// compare them on the seeds and on random texts.
//
//	s := findall.New(`举行|举办|(?i:\bheld\b)`)
//	s.FindAll("峰会在天津举行，论坛同期举办") // [[12 18] [33 39]]
package findall

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// Scanner is a compiled expression with what it takes to skip the
// positions where no match can start. It is read-only after New.
type Scanner struct {
	re    *regexp.Regexp      // the expression: run whole when first is nil
	at    *regexp.Regexp      // ^(?:expr): a match at the start of the text
	after *regexp.Regexp      // ^(?s:.)(?:expr): a match right after the first rune
	first []rune              // sorted runes a match starts with; nil: unknown
	ascii [utf8.RuneSelf]bool // the ASCII ones
	// wordStart: every match passes \b before its first rune, so an ASCII
	// word rune right after another cannot start one.
	wordStart bool
	// window is how many bytes from a start a match and the rune after it
	// can reach: the anchored expression runs over that much text only
	// (its cost grows with the text it is given). 0: the rest of the text.
	window int
	ahead  *ahead // nil: no check before the expression runs
}

// New compiles expr; like regexp.MustCompile it panics on a bad
// expression (the stages' expressions are constants).
func New(expr string) *Scanner {
	s := &Scanner{re: regexp.MustCompile(expr)}
	if f := FirstRunes(expr); f != "" {
		s.first = []rune(f)
		slices.Sort(s.first)
		for _, r := range s.first {
			if r < utf8.RuneSelf {
				s.ascii[r] = true
			}
		}
		s.at = regexp.MustCompile(`^(?:` + expr + `)`)
		s.after = regexp.MustCompile(`^(?s:.)(?:` + expr + `)`)
		if re, err := syntax.Parse(expr, syntax.Perl); err == nil {
			re = re.Simplify()
			s.wordStart = boundaryFirst(re)
			if n := MaxBytes(re); n >= 0 {
				s.window = n + utf8.UTFMax
			}
			s.ahead = newAhead(re)
		}
	}
	return s
}

// Regexp returns the expression.
func (s *Scanner) Regexp() *regexp.Regexp { return s.re }

// First returns the sorted runes a match starts with, nil when any rune
// may start one (the expression then runs over the whole text).
func (s *Scanner) First() []rune { return s.first }

// FindAll returns what s.Regexp().FindAllStringIndex(text, -1) returns.
func (s *Scanner) FindAll(text string) [][]int {
	if s.first == nil {
		return s.re.FindAllStringIndex(text, -1)
	}
	return s.scan(text, -1)
}

// Find returns what s.Regexp().FindStringIndex(text) returns.
func (s *Scanner) Find(text string) []int {
	if s.first == nil {
		return s.re.FindStringIndex(text)
	}
	if locs := s.scan(text, 1); len(locs) > 0 {
		return locs[0]
	}
	return nil
}

// Match reports whether text holds a match.
func (s *Scanner) Match(text string) bool { return s.Find(text) != nil }

// scan returns the first n matches (all when n < 0).
func (s *Scanner) scan(text string, n int) [][]int {
	var locs [][]int
	prev, next := -1, 0 // the rune before i; where the next match may start
	for i := 0; i < len(text) && n != 0; {
		r, w := utf8.DecodeRuneInString(text[i:])
		if i >= next && s.Starts(r) {
			if end := s.matchAt(text, i, prev, r); end > i {
				locs = append(locs, []int{i, end})
				next = end
				n--
			}
		}
		prev, i = i, i+w
	}
	return locs
}

// Starts reports whether a match may start with r.
func (s *Scanner) Starts(r rune) bool {
	if r < utf8.RuneSelf {
		return s.ascii[r]
	}
	_, ok := slices.BinarySearch(s.first, r)
	return ok
}

// matchAt returns the end of the match starting at byte i of text (prev:
// the start of the rune before i, -1 when i is 0), or 0 when none does.
func (s *Scanner) matchAt(text string, i, prev int, r rune) int {
	if s.wordStart && prev >= 0 && isWordByte(r) && isWordByte(rune(text[prev])) || !s.ahead.may(text, i) {
		return 0
	}
	end := len(text)
	if s.window > 0 {
		end = min(end, i+s.window)
	}
	if prev < 0 {
		if loc := s.at.FindStringIndex(text[:end]); loc != nil {
			return loc[1]
		}
	} else if loc := s.after.FindStringIndex(text[prev:end]); loc != nil {
		return prev + loc[1]
	}
	return 0
}
