package timex

import (
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A prefilter is what a pattern's matches must contain: a list of sets of
// literal strings, in lower case, such that every match holds, for each
// set, one of its strings (in the ASCII-lower-cased text). It is read off
// the parsed pattern the way RE2 builds its prefilters: a literal must
// occur, an alternation needs one of its branches' strings, a
// concatenation all of its parts', and an optional or repeated-from-zero
// part nothing. Short exact sets (january|june, [日号]) are multiplied out
// across a concatenation while they stay small.

// maxExact bounds the exact sets multiplied out and the sets kept.
const maxExact = 64

// litInfo is what the analysis knows of a sub-pattern.
type litInfo struct {
	// exact, when known (hasExact), is every string the sub-pattern can match.
	exact    []string
	hasExact bool
	// need is a list of sets of strings, each of which a match contains one of.
	need [][]string
}

// required returns the literal sets every match of p contains.
func required(p *syntax.Regexp) [][]string {
	in := analyze(p)
	need := in.need
	if in.hasExact {
		need = append(need, in.exact)
	}
	var out [][]string
	for _, set := range need {
		if set = minimalSet(set); set != nil {
			out = append(out, set)
		}
	}
	return out
}

// minimalSet drops strings that contain another string of the set (a text
// that holds the longer one holds the shorter), and returns nil for a set
// that every text satisfies (it holds "").
func minimalSet(set []string) []string {
	s := append([]string(nil), set...)
	sort.Slice(s, func(i, j int) bool { return len(s[i]) < len(s[j]) || len(s[i]) == len(s[j]) && s[i] < s[j] })
	var out []string
	for _, x := range s {
		if x == "" {
			return nil
		}
		dup := false
		for _, y := range out {
			if strings.Contains(x, y) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}

// best returns the most selective set of in: its exact strings or one of
// its needed sets, the one whose shortest string is longest; nil for none.
func (in litInfo) best() []string {
	cands := in.need
	if in.hasExact {
		cands = append(append([][]string(nil), cands...), in.exact)
	}
	var b []string
	bl := 0
	for _, set := range cands {
		set = minimalSet(set)
		if set == nil {
			continue
		}
		if l := len(set[0]); b == nil || l > bl || l == bl && len(set) < len(b) {
			b, bl = set, l
		}
	}
	return b
}

func exactInfo(s ...string) litInfo { return litInfo{exact: s, hasExact: true} }

// analyze computes the litInfo of p.
func analyze(p *syntax.Regexp) litInfo {
	switch p.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return exactInfo("")
	case syntax.OpLiteral:
		var b strings.Builder
		for _, c := range p.Rune {
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= utf8.RuneSelf && p.Flags&syntax.FoldCase != 0 && unicode.SimpleFold(c) != c:
				return litInfo{}
			}
			b.WriteRune(c)
		}
		return exactInfo(b.String())
	case syntax.OpCharClass:
		set, ok := classStrings(p.Rune)
		if !ok {
			return litInfo{}
		}
		return exactInfo(set...)
	case syntax.OpCapture:
		return analyze(p.Sub[0])
	case syntax.OpQuest:
		in := analyze(p.Sub[0])
		if in.hasExact && len(in.exact) < maxExact {
			return exactInfo(append(append([]string(nil), in.exact...), "")...)
		}
		return litInfo{}
	case syntax.OpPlus:
		return litInfo{need: nonNil(analyze(p.Sub[0]).best())}
	case syntax.OpRepeat:
		if p.Min == 0 {
			return litInfo{}
		}
		in := analyze(p.Sub[0])
		if p.Min == 1 && p.Max == 1 {
			return in
		}
		return litInfo{need: nonNil(in.best())}
	case syntax.OpConcat:
		return analyzeConcat(p.Sub)
	case syntax.OpAlternate:
		return analyzeAlternate(p.Sub)
	}
	return litInfo{} // any character, star, no match
}

func nonNil(set []string) [][]string {
	if set == nil {
		return nil
	}
	return [][]string{set}
}

// analyzeConcat multiplies out runs of exact parts while they stay small
// and collects every part's needed sets.
func analyzeConcat(subs []*syntax.Regexp) litInfo {
	var out litInfo
	cur := []string{""}
	whole := true // cur still spans every part so far
	flush := func() {
		if set := minimalSet(cur); set != nil {
			out.need = append(out.need, set)
		}
		cur = []string{""}
	}
	for _, s := range subs {
		in := analyze(s)
		if !in.hasExact {
			flush()
			whole = false
			out.need = append(out.need, in.need...)
			continue
		}
		if len(cur)*len(in.exact) > maxExact {
			flush()
			whole = false
		}
		next := make([]string, 0, len(cur)*len(in.exact))
		for _, a := range cur {
			for _, b := range in.exact {
				next = append(next, a+b)
			}
		}
		cur = next
	}
	if whole {
		out.exact, out.hasExact = cur, true
		return out
	}
	flush()
	return out
}

// analyzeAlternate unites the branches' exact sets while they stay small,
// else their most selective sets; a branch without one leaves nothing.
func analyzeAlternate(subs []*syntax.Regexp) litInfo {
	ins := make([]litInfo, len(subs))
	all := true
	n := 0
	for i, s := range subs {
		ins[i] = analyze(s)
		all = all && ins[i].hasExact
		n += len(ins[i].exact)
	}
	if all && n <= maxExact {
		var set []string
		for _, in := range ins {
			set = append(set, in.exact...)
		}
		return exactInfo(set...)
	}
	var set []string
	for _, in := range ins {
		b := in.best()
		if b == nil {
			return litInfo{}
		}
		set = append(set, b...)
	}
	return litInfo{need: [][]string{set}}
}
