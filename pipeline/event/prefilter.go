package event

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/findall"
)

// tailRe is a regular expression anchored at the end of the text ($) whose
// matches are at most a few bytes long: it reads only the text's tail (and
// one rune before it for \b), not the whole clause before a trigger.
type tailRe struct {
	re   *regexp.Regexp
	tail int              // bytes to read; 0: all
	sc   *findall.Scanner // runs the expression where a match can start
}

func newTailRe(expr string) *tailRe {
	t := &tailRe{re: regexp.MustCompile(expr), sc: findall.New(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return t
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[len(re.Sub)-1].Op != syntax.OpEndText {
		return t
	}
	body := &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: re.Sub[:len(re.Sub)-1]}
	if n := findall.MaxBytes(body); n >= 0 {
		t.tail = n + utf8.UTFMax
	}
	return t
}

// MatchString reports what t.re.MatchString(s) reports.
func (t *tailRe) MatchString(s string) bool {
	if t.tail > 0 && len(s) > t.tail {
		s = s[len(s)-t.tail:]
	}
	return t.sc.Find(s) != nil
}

// wholeRe is a regular expression that must match a whole text (^…$) made
// of a small alphabet: a text with a rune outside it cannot match, which
// most clauses show at once.
type wholeRe struct {
	re       *regexp.Regexp
	alphabet map[rune]bool // nil: unknown
}

func newWholeRe(expr string) *wholeRe {
	w := &wholeRe{re: regexp.MustCompile(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return w
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText || re.Sub[len(re.Sub)-1].Op != syntax.OpEndText {
		return w
	}
	set := map[rune]bool{}
	if alphabet(re, set) {
		w.alphabet = set
	}
	return w
}

// alphabet adds to set every rune a match of re can hold; false when
// there are too many to list.
func alphabet(re *syntax.Regexp, set map[rune]bool) bool {
	switch re.Op {
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			set[r] = true
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					set[f] = true
				}
			}
		}
		return true
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
		}
		if n > 256 {
			return false
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				set[r] = true
			}
		}
		return true
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

// MatchString reports what w.re.MatchString(s) reports.
func (w *wholeRe) MatchString(s string) bool {
	if w.alphabet != nil {
		for _, r := range s {
			if !w.alphabet[r] {
				return false
			}
		}
	}
	return w.re.MatchString(s)
}
