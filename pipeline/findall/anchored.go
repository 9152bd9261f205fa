package findall

import (
	"regexp"
	"regexp/syntax"
	"unicode/utf8"
)

// Tail is a regular expression anchored at the end of the text ($) whose
// matches are at most a few bytes long: it reads only the text's tail (and
// one rune before it for \b), not the whole clause before a trigger.
type Tail struct {
	re   *regexp.Regexp
	tail int      // bytes to read; 0: all
	sc   *Scanner // runs the expression where a match can start
}

// NewTail compiles expr, which must end in $ to read only the tail.
func NewTail(expr string) *Tail {
	t := &Tail{re: regexp.MustCompile(expr), sc: New(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return t
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[len(re.Sub)-1].Op != syntax.OpEndText {
		return t
	}
	body := &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: re.Sub[:len(re.Sub)-1]}
	if n := MaxBytes(body); n >= 0 {
		t.tail = n + utf8.UTFMax
	}
	return t
}

// MatchString reports what t.re.MatchString(s) reports.
func (t *Tail) MatchString(s string) bool {
	if t.tail > 0 && len(s) > t.tail {
		s = s[len(s)-t.tail:]
	}
	return t.sc.Find(s) != nil
}

// Whole is a regular expression that must match a whole text (^…$) made
// of a small alphabet: a text with a rune outside it cannot match, which
// most clauses show at once.
type Whole struct {
	re       *regexp.Regexp
	alphabet map[rune]bool // nil: unknown
}

// NewWhole compiles expr, which must be anchored at both ends (^…$).
func NewWhole(expr string) *Whole {
	w := &Whole{re: regexp.MustCompile(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return w
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText || re.Sub[len(re.Sub)-1].Op != syntax.OpEndText {
		return w
	}
	w.alphabet = Alphabet(re)
	return w
}

// MatchString reports what w.re.MatchString(s) reports.
func (w *Whole) MatchString(s string) bool {
	if w.alphabet != nil {
		for _, r := range s {
			if !w.alphabet[r] {
				return false
			}
		}
	}
	return w.re.MatchString(s)
}

// Regexp returns the expression.
func (t *Tail) Regexp() *regexp.Regexp { return t.re }

// Regexp returns the expression.
func (w *Whole) Regexp() *regexp.Regexp { return w.re }

// Reads returns how many bytes of a text's tail t reads, 0 for the whole
// text (the expression's matches are unbounded).
func (t *Tail) Reads() int { return t.tail }

// Narrow reports whether w knows its alphabet, so that most texts are
// refused without running the expression.
func (w *Whole) Narrow() bool { return w.alphabet != nil }
