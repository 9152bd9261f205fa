package timex

import (
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// Where a match can start: a pattern's prefix set lists strings (lower
// case) of which every match of the pattern begins with one. A search
// then tries the pattern only at the positions of the window where one of
// them begins (starts.next), anchored there, instead of at every byte.
// A pattern that can match the empty string, or whose start the analysis
// cannot pin to a short list, has no prefix set (ok false).

// maxPrefixes bounds a prefix set (a bigger one is cut back to shorter
// prefixes, fit), maxPrefixLen its strings, and maxPrefixWork the analysis.
const (
	maxPrefixes   = 256
	maxPrefixLen  = 12
	maxPrefixWork = 10000
	// maxExtendWork bounds the analysis of what follows one literal.
	maxExtendWork = 200
)

// prefixes returns the prefix set of p, and false when it has none.
func prefixes(p *syntax.Regexp) ([]string, bool) {
	pa := &prefixAnalysis{}
	set, ok := pa.seq([]*syntax.Regexp{p})
	if !ok || len(set) == 0 {
		return nil, false
	}
	for _, s := range set {
		if s == "" {
			return nil, false // the pattern can match the empty string
		}
	}
	return set, true
}

type prefixAnalysis struct{ work int }

// fit cuts the strings of set back until it has at most maxPrefixes.
func fit(set []string) []string {
	for n := maxPrefixLen; len(set) > maxPrefixes || n == maxPrefixLen; n-- {
		seen := make(map[string]bool, len(set))
		out := set[:0:0]
		for _, s := range set {
			if len(s) > n {
				s = s[:n]
			}
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
		set = out
		if n == 1 {
			break
		}
	}
	return set
}

// seq returns the prefix set of the concatenation of subs; "" in it means
// the concatenation can match the empty string.
func (pa *prefixAnalysis) seq(subs []*syntax.Regexp) ([]string, bool) {
	pa.work++
	if pa.work > maxPrefixWork {
		return nil, false
	}
	if len(subs) == 0 {
		return []string{""}, true
	}
	a, rest := subs[0], subs[1:]
	with := func(head ...*syntax.Regexp) ([]string, bool) {
		return pa.seq(append(append([]*syntax.Regexp(nil), head...), rest...))
	}
	switch a.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return pa.seq(rest)
	case syntax.OpCapture:
		return with(a.Sub[0])
	case syntax.OpConcat:
		return with(a.Sub...)
	case syntax.OpAlternate:
		var set []string
		for _, b := range a.Sub {
			s, ok := with(b)
			if !ok {
				return nil, false
			}
			set = append(set, s...)
		}
		return fit(set), true
	case syntax.OpQuest:
		return pa.optional(a.Sub[0], rest)
	case syntax.OpStar:
		return pa.optional(a.Sub[0], rest)
	case syntax.OpPlus:
		return pa.first(a.Sub[0])
	case syntax.OpRepeat:
		if a.Min == 0 {
			return pa.optional(a.Sub[0], rest)
		}
		return pa.first(a.Sub[0])
	case syntax.OpLiteral:
		if len(a.Rune) == 0 {
			return pa.seq(rest)
		}
		s, ok := lowerLiteral(a)
		if !ok {
			return nil, false
		}
		return pa.extend(s, rest), true
	case syntax.OpCharClass:
		return classStrings(a.Rune)
	}
	return nil, false
}

// extend returns the prefix set of the literal s followed by rest: s with
// each prefix of rest appended, so that a search tries the pattern only
// where more than its first letters fit ("second", not "s"). When rest
// has no prefix set, or the analysis has used too much work, it is s.
func (pa *prefixAnalysis) extend(s string, rest []*syntax.Regexp) []string {
	if len(s) >= maxPrefixLen || len(rest) == 0 || pa.work > maxPrefixWork-maxExtendWork {
		return []string{s}
	}
	// the strings of rest are looked for with a small budget of their
	// own: if they fail, s alone still does
	sub := &prefixAnalysis{work: maxPrefixWork - maxExtendWork}
	tails, ok := sub.seq(rest)
	pa.work += sub.work - (maxPrefixWork - maxExtendWork)
	if !ok {
		return []string{s}
	}
	out := make([]string, 0, len(tails))
	for _, t := range tails {
		out = append(out, s+t)
	}
	return fit(out)
}

// optional is the prefix set of x? followed by rest (x* too: a match
// that starts with x starts with one of x's prefixes).
func (pa *prefixAnalysis) optional(x *syntax.Regexp, rest []*syntax.Regexp) ([]string, bool) {
	a, ok := pa.first(x)
	if !ok {
		return nil, false
	}
	b, ok := pa.seq(rest)
	if !ok {
		return nil, false
	}
	return fit(union(a, b)), true
}

// first is the prefix set of x alone, refused when x can match the empty
// string (then a match of x followed by more need not start with x's).
func (pa *prefixAnalysis) first(x *syntax.Regexp) ([]string, bool) {
	set, ok := pa.seq([]*syntax.Regexp{x})
	if !ok {
		return nil, false
	}
	for _, s := range set {
		if s == "" {
			return nil, false
		}
	}
	return set, true
}

// lowerLiteral returns a literal in lower case; false when it folds a
// non-ASCII letter (its other case would not show in lower-cased text).
func lowerLiteral(a *syntax.Regexp) (string, bool) {
	b := make([]byte, 0, len(a.Rune))
	for _, c := range a.Rune {
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= utf8.RuneSelf && a.Flags&syntax.FoldCase != 0 && unicode.SimpleFold(c) != c:
			return "", false
		}
		b = utf8.AppendRune(b, c)
	}
	return string(b), true
}

// classStrings lists the characters of a class, lower-cased, as strings;
// false for a class of more than maxExact characters.
func classStrings(ranges []rune) ([]string, bool) {
	var set []string
	seen := map[rune]bool{}
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i+1]-ranges[i] > maxExact {
			return nil, false
		}
		for c := ranges[i]; c <= ranges[i+1]; c++ {
			l := c
			if l >= 'A' && l <= 'Z' {
				l += 'a' - 'A'
			}
			if !seen[l] {
				seen[l] = true
				set = append(set, string(l))
			}
			if len(set) > maxExact {
				return nil, false
			}
		}
	}
	return set, true
}

// union returns a with the strings of b it lacks.
func union(a, b []string) []string {
	out := a
	for _, s := range b {
		dup := false
		for _, t := range a {
			if s == t {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, s)
		}
	}
	return out
}

// startsWithBoundary reports whether every match of the concatenation
// of subs begins with \b.
func startsWithBoundary(subs []*syntax.Regexp) bool {
	if len(subs) == 0 {
		return false
	}
	a, rest := subs[0], subs[1:]
	with := func(head ...*syntax.Regexp) bool {
		return startsWithBoundary(append(append([]*syntax.Regexp(nil), head...), rest...))
	}
	switch a.Op {
	case syntax.OpWordBoundary:
		return true
	case syntax.OpEmptyMatch:
		return startsWithBoundary(rest)
	case syntax.OpCapture:
		return with(a.Sub[0])
	case syntax.OpConcat:
		return with(a.Sub...)
	case syntax.OpAlternate:
		for _, b := range a.Sub {
			if !with(b) {
				return false
			}
		}
		return true
	case syntax.OpQuest, syntax.OpStar:
		return startsWithBoundary(a.Sub[:1]) && startsWithBoundary(rest)
	case syntax.OpRepeat:
		if a.Min == 0 {
			return startsWithBoundary(a.Sub[:1]) && startsWithBoundary(rest)
		}
		return startsWithBoundary(a.Sub[:1])
	case syntax.OpPlus:
		return startsWithBoundary(a.Sub[:1])
	}
	return false
}

// isWordByte reports whether c is an ASCII word character (\w).
func isWordByte(c byte) bool { return isASCIIAlnum(c) || c == '_' }
