package findall

import (
	"math/bits"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// aheadRunes is how many runes ahead the check reads.
const aheadRunes = 3

// ahead is a cheap necessary condition for a match starting at a position:
// the expression's program run as an NFA over the next few runes, every
// empty-width assertion taken as true. A position it rejects cannot start
// a match; one it accepts is tried with the regular expression itself. It
// keeps the literal alternations of English triggers ("held", "hosted",
// "took place"…) from running the expression at every word that starts
// with h or t.
type ahead struct {
	prog *syntax.Prog
	// startSet and nextSet[pc] are the rune instructions reachable
	// without consuming a rune from the start and from rune instruction
	// pc; startMatch and nextMatch[pc] say whether the match is too.
	startSet   pcSet
	startMatch bool
	nextSet    []pcSet
	nextMatch  []bool
	// lits[pc] are all the runes rune instruction pc matches when they
	// are few (a literal and its case folds); nil: ask the instruction.
	lits [][]rune
	// firsts: the first step for each rune; nil: step from startSet
	firsts *firstSteps
}

// maxAheadInsts bounds the program (the state sets are fixed bit sets).
const maxAheadInsts = 512

// newAhead returns the check for re, nil when its program is too large.
func newAhead(re *syntax.Regexp) *ahead {
	prog, err := syntax.Compile(re)
	if err != nil || len(prog.Inst) > maxAheadInsts {
		return nil
	}
	n := len(prog.Inst)
	a := &ahead{prog: prog, nextSet: make([]pcSet, n), nextMatch: make([]bool, n), lits: make([][]rune, n)}
	a.startSet, a.startMatch = a.closure(uint32(prog.Start))
	for pc, in := range prog.Inst {
		if isRuneInst(in.Op) {
			a.nextSet[pc], a.nextMatch[pc] = a.closure(in.Out)
			a.lits[pc] = literals(&in)
		}
	}
	if !a.startMatch {
		a.buildFirsts()
	}
	return a
}

// literals returns the runes a one-rune instruction matches (the rune and
// its case folds), nil for any other instruction.
func literals(in *syntax.Inst) []rune {
	if (in.Op != syntax.InstRune && in.Op != syntax.InstRune1) || len(in.Rune) != 1 {
		return nil
	}
	r := in.Rune[0]
	out := []rune{r}
	if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			out = append(out, f)
		}
	}
	return out
}

func isRuneInst(op syntax.InstOp) bool {
	return op == syntax.InstRune || op == syntax.InstRune1 || op == syntax.InstRuneAny || op == syntax.InstRuneAnyNotNL
}

// closure returns the rune instructions reachable from pc without
// consuming a rune, and whether the match is.
func (a *ahead) closure(pc uint32) (pcSet, bool) {
	seen := make([]bool, len(a.prog.Inst))
	var out pcSet
	match := false
	var walk func(pc uint32)
	walk = func(pc uint32) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		in := &a.prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(in.Out)
			walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			walk(in.Out)
		case syntax.InstMatch:
			match = true
		case syntax.InstFail:
		default:
			out.add(pc)
		}
	}
	walk(pc)
	return out, match
}

func matchRune(in *syntax.Inst, r rune) bool {
	switch in.Op {
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return r != '\n'
	}
	return in.MatchRune(r)
}

// may reports whether a match may start at byte i of text: false only
// when none can.
func (a *ahead) may(text string, i int) bool {
	if a == nil || a.startMatch {
		return true
	}
	cur := &a.startSet
	var next pcSet
	var scratch stepped
	for step := 0; step < aheadRunes; step++ {
		if i >= len(text) {
			return false
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		i += w
		st := &scratch
		if step == 0 && a.firsts != nil {
			st = a.firsts.get(r)
		} else {
			a.step(cur, r, st)
		}
		if st.match {
			return true
		}
		if !st.any {
			return false
		}
		next = st.set
		cur = &next
	}
	return true
}

// stepped is where one rune leads: the match, or the rune instructions
// that come next (any: there are some).
type stepped struct {
	set        pcSet
	match, any bool
}

// step reads rune r from the instructions of cur into st.
func (a *ahead) step(cur *pcSet, r rune, st *stepped) {
	*st = stepped{}
	for k, word := range cur {
		for ; word != 0; word &= word - 1 {
			pc := k*64 + bits.TrailingZeros64(word)
			if lits := a.lits[pc]; lits != nil {
				if !slices.Contains(lits, r) {
					continue
				}
			} else if !matchRune(&a.prog.Inst[pc], r) {
				continue
			}
			if a.nextMatch[pc] {
				st.match = true
				return
			}
			st.set.or(&a.nextSet[pc])
			st.any = true
		}
	}
}

// firstSteps holds the first step from the start for every rune a match
// can start with, when the start instructions are all literals: the step
// every candidate position takes.
type firstSteps struct {
	ascii [utf8.RuneSelf]*stepped
	other map[rune]*stepped
}

var nowhere = &stepped{}

func (f *firstSteps) get(r rune) *stepped {
	var st *stepped
	if r >= 0 && r < utf8.RuneSelf {
		st = f.ascii[r]
	} else {
		st = f.other[r]
	}
	if st == nil {
		return nowhere
	}
	return st
}

func (a *ahead) buildFirsts() {
	f := &firstSteps{other: map[rune]*stepped{}}
	for k, word := range a.startSet {
		for ; word != 0; word &= word - 1 {
			pc := k*64 + bits.TrailingZeros64(word)
			if a.lits[pc] == nil {
				return // a class: step each time
			}
			for _, r := range a.lits[pc] {
				st := &stepped{}
				a.step(&a.startSet, r, st)
				if r >= 0 && r < utf8.RuneSelf {
					f.ascii[r] = st
				} else {
					f.other[r] = st
				}
			}
		}
	}
	a.firsts = f
}

// pcSet is a set of instructions of a program of at most maxAheadInsts.
type pcSet [maxAheadInsts / 64]uint64

func (s *pcSet) add(pc uint32) { s[pc/64] |= 1 << (pc % 64) }

func (s *pcSet) or(t *pcSet) {
	for k := range s {
		s[k] |= t[k]
	}
}
