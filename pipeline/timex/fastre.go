package timex

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Regular expressions here mostly ignore case ((?i)), and Go's matcher
// pays for that on every character it compares (a walk of the case-folding
// orbit). A pattern is therefore also compiled without case folding, for
// the text with its ASCII letters lower-cased (scan.low, same byte offsets):
// there it finds exactly the matches the original finds in the original,
// provided the text holds neither of the two non-ASCII letters that fold to
// ASCII ones (K KELVIN SIGN, ſ LONG S; scan.safe), and provided every
// literal and character class of the pattern treats upper and lower case
// alike (foldFree checks that).
//
// On top of that, every match of a pattern must contain one of a few
// literal strings (prefilter.go): a window of text without them is skipped
// without running the pattern at all, and no match begins after the last
// of them. And a match can only begin where one of the pattern's prefixes
// does (prefix.go, starts.go): the pattern runs anchored at those places
// only, which is what makes a search cheap, since Go's matcher otherwise
// restarts at every byte of the window. The commonest digit patterns skip
// the matcher altogether (hand.go).

// fastRe is a regular expression with its cheaper equivalents.
type fastRe struct {
	re *regexp.Regexp
	// low is re without case folding, for ASCII-lower-cased text (onLow),
	// or re itself when it does not fold case; nil when re cannot be so
	// converted.
	low   *regexp.Regexp
	onLow bool
	// need lists sets of literal strings (lower-case), indexed: a match of
	// re contains, for every set, one of its strings (in lower-cased text).
	need []*starts
	// starts, when set, says where in lower-cased text a match of low can
	// begin; atStart is low anchored at the start of its input, afterRune
	// low anchored after the first character of its input (which supplies
	// the context of \b), nil when no match looks before its start
	// (contextFree).
	starts             *starts
	atStart, afterRune *regexp.Regexp
	// maxLen is the longest match in bytes, -1 when unbounded.
	maxLen int
	// hand, when set, finds the matches without re (hand.go).
	hand func(s string, lo, hi, n int) [][]int
	// handSafe: hand matches letters as ASCII, and gives the pattern's
	// matches only on text free of the letters that fold to ASCII (safe).
	handSafe bool
	// quick, when set, rules out a place before the anchored pattern
	// runs there (quick.go).
	quick func(low string, p, hi int) bool
	// once builds the fields above on first use (ready): start-up stays
	// as cheap as compiling the patterns themselves.
	once sync.Once
}

// fastRes lists every fastRe made, for the test that checks them against
// their originals.
var fastRes []*fastRe

// newFastRe compiles pattern with its cheaper equivalents.
func newFastRe(pattern string) *fastRe {
	return fastOf(regexp.MustCompile(pattern))
}

// fastOf returns re with its cheaper equivalents (built on first use).
func fastOf(re *regexp.Regexp) *fastRe {
	f := &fastRe{re: re, maxLen: -1, hand: handMatchers[re.String()], quick: quickTests[re.String()]}
	if f.hand == nil {
		f.hand, f.handSafe = safeHandMatchers[re.String()], true
	}
	fastRes = append(fastRes, f)
	return f
}

// ready builds fr's cheaper equivalents once.
func (fr *fastRe) ready() *fastRe {
	fr.once.Do(fr.build)
	return fr
}

// build makes the cheaper equivalents of fr.re.
func (fr *fastRe) build() {
	f, re := fr, fr.re
	p, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return
	}
	for _, set := range selective(required(p), maxNeed) {
		f.need = append(f.need, newStarts(set, false))
	}
	low, src := p, re.String()
	if folds(p) {
		var ok bool
		if low, ok = foldFree(p); !ok {
			return
		}
		src = low.String()
		f.onLow = true
	}
	f.low = regexp.MustCompile(src)
	if f.low.NumSubexp() != re.NumSubexp() {
		f.low = nil
		return
	}
	if set, ok := prefixes(low); ok {
		f.starts = newStarts(set, startsWithBoundary([]*syntax.Regexp{low}))
		f.maxLen = maxLength(low)
		f.atStart = regexp.MustCompile(`\A(?:` + src + `)`)
		if !contextFree(low, set) {
			f.afterRune = regexp.MustCompile(`\A(?s:.)(?:` + src + `)`)
		}
	}
}

// folds reports whether p has a literal that ignores case.
func folds(p *syntax.Regexp) bool {
	if p.Op == syntax.OpLiteral && p.Flags&syntax.FoldCase != 0 {
		return true
	}
	for _, s := range p.Sub {
		if folds(s) {
			return true
		}
	}
	return false
}

// foldFree rewrites p (in place) so that it matches ASCII-lower-cased text
// as p matches the original, without case folding; false when p has a
// literal or class that tells case apart or folds a non-ASCII letter.
func foldFree(p *syntax.Regexp) (*syntax.Regexp, bool) {
	ok := true
	var walk func(r *syntax.Regexp)
	walk = func(r *syntax.Regexp) {
		switch r.Op {
		case syntax.OpLiteral:
			if r.Flags&syntax.FoldCase != 0 {
				for i, c := range r.Rune {
					switch {
					case c < utf8.RuneSelf:
						r.Rune[i] = unicode.ToLower(c)
					case unicode.SimpleFold(c) != c:
						ok = false
					}
				}
				r.Flags &^= syntax.FoldCase
			} else {
				for _, c := range r.Rune {
					if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' && unicode.SimpleFold(c) != c {
						// a case-sensitive letter: after lower-casing, a
						// lower-case literal would also match what was
						// upper case
						ok = false
					}
				}
			}
		case syntax.OpCharClass:
			for c := 'A'; c <= 'Z'; c++ {
				if inClass(r.Rune, c) != inClass(r.Rune, c+'a'-'A') {
					ok = false
				}
			}
		}
		for _, s := range r.Sub {
			walk(s)
		}
	}
	walk(p)
	return p, ok
}

// inClass reports whether c lies in one of the ranges of a class.
func inClass(ranges []rune, c rune) bool {
	for i := 0; i+1 < len(ranges); i += 2 {
		if ranges[i] <= c && c <= ranges[i+1] {
			return true
		}
	}
	return false
}

// maxLength returns the longest match of p in bytes, -1 when unbounded.
func maxLength(p *syntax.Regexp) int {
	switch p.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0
	case syntax.OpLiteral:
		n := 0
		for _, c := range p.Rune {
			n += utf8.UTFMax // a folded literal matches the other case, maybe longer
			_ = c
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture:
		return maxLength(p.Sub[0])
	case syntax.OpQuest:
		return maxLength(p.Sub[0])
	case syntax.OpRepeat:
		if p.Max < 0 {
			return -1
		}
		if n := maxLength(p.Sub[0]); n >= 0 {
			return n * p.Max
		}
		return -1
	case syntax.OpConcat:
		sum := 0
		for _, s := range p.Sub {
			n := maxLength(s)
			if n < 0 {
				return -1
			}
			sum += n
		}
		return sum
	case syntax.OpAlternate:
		most := 0
		for _, s := range p.Sub {
			n := maxLength(s)
			if n < 0 {
				return -1
			}
			most = max(most, n)
		}
		return most
	}
	return -1 // star, plus, no match
}

// maxNeed is how many literal sets a search checks: each costs a scan of
// the window, and past the most selective ones they rarely rule one out.
const maxNeed = 2

// selective returns the n sets whose shortest string is longest (a set of
// single characters such as \s or \d is in almost every window), in their
// order.
func selective(sets [][]string, n int) [][]string {
	if len(sets) <= n {
		return sets
	}
	idx := make([]int, len(sets))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return len(sets[idx[a]][0]) > len(sets[idx[b]][0]) })
	idx = idx[:n]
	sort.Ints(idx)
	out := make([][]string, n)
	for i, k := range idx {
		out[i] = sets[k]
	}
	return out
}
