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
