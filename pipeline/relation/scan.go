package relation

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// scanner finds every match of a regular expression whose matches start
// with one of a few known runes, the way FindAllStringIndex does (leftmost
// first, non-overlapping, in text order), but runs the expression only
// where one of those runes stands: anchored there, with the rune before it
// as context for \b. The membership triggers are alternations of words
// (成为|加入|为|是|became|joined…): a sentence costs one pass over its
// runes and a few anchored tries instead of a backtracking attempt at
// every position. (pipeline/event has the same scanner over sets of
// expressions.)
type scanner struct {
	re    *regexp.Regexp // the expression: run whole when first is nil
	at    *regexp.Regexp // ^(?:expr): a match at the start of the text
	after *regexp.Regexp // ^(?s:.)(?:expr): a match right after the first rune
	first []rune         // sorted runes a match starts with; nil: unknown
	ascii [utf8.RuneSelf]bool
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
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return s
	}
	re = re.Simplify()
	set := map[rune]bool{}
	if !firstRunes(re, set) {
		return s
	}
	for r := range set {
		s.first = append(s.first, r)
		if r < utf8.RuneSelf {
			s.ascii[r] = true
		}
	}
	slices.Sort(s.first)
	s.at = regexp.MustCompile(`^(?:` + expr + `)`)
	s.after = regexp.MustCompile(`^(?s:.)(?:` + expr + `)`)
	s.wordStart = boundaryFirst(re)
	if n := maxBytes(re); n >= 0 {
		s.window = n + utf8.UTFMax
	}
	s.ahead = newAhead(re)
	return s
}

// findAll returns what s.re.FindAllStringIndex(text, -1) returns.
func (s *scanner) findAll(text string) [][]int {
	if s.first == nil {
		return s.re.FindAllStringIndex(text, -1)
	}
	return s.scan(text, -1)
}

// find returns what s.re.FindStringIndex(text) returns.
func (s *scanner) find(text string) []int {
	if s.first == nil {
		return s.re.FindStringIndex(text)
	}
	if locs := s.scan(text, 1); len(locs) > 0 {
		return locs[0]
	}
	return nil
}

// matches reports whether text holds a match.
func (s *scanner) matches(text string) bool { return s.find(text) != nil }

// scan returns the first n matches (all when n < 0).
func (s *scanner) scan(text string, n int) [][]int {
	var locs [][]int
	prev, next := -1, 0 // the rune before i; where the next match may start
	for i := 0; i < len(text) && n != 0; {
		r, w := utf8.DecodeRuneInString(text[i:])
		if i >= next && s.starts(r) && !(s.wordStart && prev >= 0 && isWordByte(r) && isWordByte(rune(text[prev]))) && s.ahead.may(text, i) {
			end, lim := 0, len(text)
			if s.window > 0 {
				lim = min(lim, i+s.window)
			}
			if prev < 0 {
				if loc := s.at.FindStringIndex(text[:lim]); loc != nil {
					end = loc[1]
				}
			} else if loc := s.after.FindStringIndex(text[prev:lim]); loc != nil {
				end = prev + loc[1]
			}
			if end > i {
				locs = append(locs, []int{i, end})
				next = end
				n--
			}
		}
		prev, i = i, i+w
	}
	return locs
}

func (s *scanner) starts(r rune) bool {
	if r < utf8.RuneSelf {
		return s.ascii[r]
	}
	_, ok := slices.BinarySearch(s.first, r)
	return ok
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

// firstRunes adds to set the runes a match of re can start with; false
// when it cannot tell (a large class, any character, or a possibly empty
// match).
func firstRunes(re *syntax.Regexp, set map[rune]bool) bool {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return false
		}
		r := re.Rune[0]
		set[r] = true
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				set[f] = true
			}
		}
		return true
	case syntax.OpCharClass:
		// a small class: 为|是 parses as [为是]
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n == 0 || n > 64 {
			return false
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set[r] = true
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !firstRunes(s, set) {
				return false
			}
		}
		return true
	case syntax.OpCapture, syntax.OpPlus:
		return firstRunes(re.Sub[0], set)
	case syntax.OpRepeat:
		return re.Min > 0 && firstRunes(re.Sub[0], set)
	case syntax.OpConcat:
		for _, s := range re.Sub {
			switch s.Op {
			case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText, syntax.OpBeginLine:
				continue // empty-width: the next part starts the match
			}
			return firstRunes(s, set)
		}
	}
	return false
}

// boundaryFirst reports whether every match of re passes a \b before its
// first rune.
func boundaryFirst(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpCapture:
		return boundaryFirst(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && boundaryFirst(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !boundaryFirst(s) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}
