package event

import (
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// scanner finds every match of a regular expression whose matches start
// with one of a few known runes (see firstRunes), the way
// FindAllStringIndex does (leftmost first, non-overlapping, in text
// order), but runs the expression only where one of those runes stands:
// anchored there, with the rune before it as context for \b. A sentence
// costs one pass over its runes and a few anchored tries instead of a
// backtracking attempt at every position.
type scanner struct {
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

func newScanner(expr string) *scanner {
	s := &scanner{re: regexp.MustCompile(expr)}
	if f := firstRunes(expr); f != "" {
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
			if n := maxBytes(re); n >= 0 {
				s.window = n + utf8.UTFMax
			}
			s.ahead = newAhead(re)
		}
	}
	return s
}

// matchAt returns the end of the match starting at byte i of text (prev:
// the start of the rune before i, -1 when i is 0), or 0 when none does.
func (s *scanner) matchAt(text string, i, prev int, r rune) int {
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

// find returns what s.re.FindStringIndex(text) returns.
func (s *scanner) find(text string) []int {
	if s.first == nil {
		return s.re.FindStringIndex(text)
	}
	prev := -1
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if s.starts(r) {
			if end := s.matchAt(text, i, prev, r); end > i {
				return []int{i, end}
			}
		}
		prev, i = i, i+w
	}
	return nil
}

func (s *scanner) starts(r rune) bool {
	if r < utf8.RuneSelf {
		return s.ascii[r]
	}
	_, ok := slices.BinarySearch(s.first, r)
	return ok
}

// findAll returns what s.re.FindAllStringIndex(text, -1) returns.
func (s *scanner) findAll(text string) [][]int {
	return newScanSet([]*scanner{s}).findAll(text, 1)[0]
}

// maxBytes returns the longest a match of re can be in bytes, -1 when it
// is unbounded or tied to the end of the text ($).
func maxBytes(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpNoMatch, syntax.OpBeginText, syntax.OpBeginLine,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			w := utf8.RuneLen(r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					w = max(w, utf8.RuneLen(f))
				}
			}
			n += max(w, 1)
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		return utf8.UTFMax
	case syntax.OpCapture, syntax.OpQuest:
		return maxBytes(re.Sub[0])
	case syntax.OpRepeat:
		n := maxBytes(re.Sub[0])
		if n < 0 || re.Max < 0 {
			return -1
		}
		return n * re.Max
	case syntax.OpConcat, syntax.OpAlternate:
		n := 0
		for _, s := range re.Sub {
			m := maxBytes(s)
			if m < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				n += m
			} else {
				n = max(n, m)
			}
		}
		return n
	}
	return -1 // star, plus, end of text or line
}

// isWordByte reports an ASCII word character, as \b sees them.
func isWordByte(r rune) bool {
	return r < utf8.RuneSelf && (r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
}

// scanSet runs several scanners (at most 64) over a text in one pass:
// each rune is looked up once to learn which of them may start there.
type scanSet struct {
	scs   []*scanner
	ascii [utf8.RuneSelf]uint64
	other map[rune]uint64
	// some has a bit for every rune of the Basic Multilingual Plane that
	// starts a match of some scanner: most runes need no lookup in other
	some  [0x10000 / 64]uint64
	whole uint64 // scanners without first runes: run whole
}

func newScanSet(scs []*scanner) *scanSet {
	if len(scs) > 64 {
		panic("scanSet: more than 64 scanners")
	}
	ss := &scanSet{scs: scs, other: map[rune]uint64{}}
	for k, s := range scs {
		if s.first == nil {
			ss.whole |= 1 << k
			continue
		}
		for _, r := range s.first {
			if r < utf8.RuneSelf {
				ss.ascii[r] |= 1 << k
			} else {
				ss.other[r] |= 1 << k
				if r < 0x10000 {
					ss.some[r/64] |= 1 << (r % 64)
				}
			}
		}
	}
	return ss
}

// findAll returns, for every scanner k with bit k of run set, what its
// expression's FindAllStringIndex(text, -1) returns.
func (ss *scanSet) findAll(text string, run uint64) [][][]int {
	out := make([][][]int, len(ss.scs))
	var live uint64
	for k, s := range ss.scs {
		if run&(1<<k) == 0 {
			continue
		}
		if ss.whole&(1<<k) != 0 {
			out[k] = s.re.FindAllStringIndex(text, -1)
			continue
		}
		live |= 1 << k
	}
	if live == 0 {
		return out
	}
	var next [64]int // where each scanner may match next (after its last match)
	prev := -1
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		var mask uint64
		if r < utf8.RuneSelf {
			mask = ss.ascii[r]
		} else if r >= 0x10000 || ss.some[r/64]&(1<<(r%64)) != 0 {
			mask = ss.other[r]
		}
		for mask &= live; mask != 0; mask &= mask - 1 {
			k := bits.TrailingZeros64(mask)
			if i < next[k] {
				continue
			}
			if end := ss.scs[k].matchAt(text, i, prev, r); end > i {
				out[k] = append(out[k], []int{i, end})
				next[k] = end
			}
		}
		prev, i = i, i+w
	}
	return out
}
