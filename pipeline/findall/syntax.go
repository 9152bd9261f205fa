package findall

import (
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FirstRunes returns the runes a match of the regular expression expr can
// start with, as a string for strings.ContainsAny, or "" when any rune can
// start one (then the expression must always run). Event triggers are
// alternations of literal words, so most sentences contain none of their
// first runes and skip the regular expression altogether.
func FirstRunes(expr string) string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return ""
	}
	set := map[rune]bool{}
	if !first(re.Simplify(), set) {
		return ""
	}
	var b strings.Builder
	for r := range set {
		b.WriteRune(r)
	}
	return b.String()
}

// first adds to set the runes a match of re can start with; false when it
// cannot tell (a large class, any character, or a possibly empty match).
func first(re *syntax.Regexp, set map[rune]bool) bool {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return false
		}
		addRune(set, re.Rune[0], re.Flags&syntax.FoldCase != 0)
		return true
	case syntax.OpCharClass:
		// a small class: 为|是 parses as [为是]
		return addClass(set, re.Rune, 64)
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !first(s, set) {
				return false
			}
		}
		return true
	case syntax.OpCapture, syntax.OpPlus:
		return first(re.Sub[0], set)
	case syntax.OpRepeat:
		return re.Min > 0 && first(re.Sub[0], set)
	case syntax.OpConcat:
		for _, s := range re.Sub {
			switch s.Op {
			case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText, syntax.OpBeginLine:
				continue // empty-width: the next part starts the match
			}
			return first(s, set)
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

// MaxBytes returns the longest a match of re can be in bytes, -1 when it
// is unbounded or tied to the end of the text ($).
func MaxBytes(re *syntax.Regexp) int {
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
		return MaxBytes(re.Sub[0])
	case syntax.OpRepeat:
		n := MaxBytes(re.Sub[0])
		if n < 0 || re.Max < 0 {
			return -1
		}
		return n * re.Max
	case syntax.OpConcat, syntax.OpAlternate:
		n := 0
		for _, s := range re.Sub {
			m := MaxBytes(s)
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

// Alphabet returns every rune a match of the regular expression re can
// hold, nil when there are too many to list (any character, a large class).
func Alphabet(re *syntax.Regexp) map[rune]bool {
	set := map[rune]bool{}
	if !alphabet(re, set) {
		return nil
	}
	return set
}

func alphabet(re *syntax.Regexp, set map[rune]bool) bool {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			addRune(set, r, re.Flags&syntax.FoldCase != 0)
		}
		return true
	case syntax.OpCharClass:
		return addClass(set, re.Rune, 256)
	case syntax.OpEmptyMatch, syntax.OpNoMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true
	case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat, syntax.OpConcat, syntax.OpAlternate:
		for _, s := range re.Sub {
			if !alphabet(s, set) {
				return false
			}
		}
		return true
	}
	return false
}

// addRune adds r to set, with its case variants when fold is set.
func addRune(set map[rune]bool, r rune, fold bool) {
	set[r] = true
	if fold {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			set[f] = true
		}
	}
}

// addClass adds the runes of a character class (pairs of range ends) to
// set; false, adding nothing, when it is empty or holds more than max.
func addClass(set map[rune]bool, ranges []rune, max int) bool {
	n := 0
	for i := 0; i+1 < len(ranges); i += 2 {
		n += int(ranges[i+1]-ranges[i]) + 1
	}
	if n == 0 || n > max {
		return false
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			set[r] = true
		}
	}
	return true
}
