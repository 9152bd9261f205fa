package event

import (
	"regexp/syntax"
	"strings"
	"unicode"
)

// firstRunes returns the runes a match of the regular expression expr can
// start with, as a string for strings.ContainsAny, or "" when any rune can
// start one (then the expression must always run). Event triggers are
// alternations of literal words, so most sentences contain none of their
// first runes and skip the regular expression altogether.
func firstRunes(expr string) string {
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
// cannot tell (a class, any character, or a possibly empty match).
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
