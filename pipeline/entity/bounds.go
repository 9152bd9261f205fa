package entity

import (
	"sort"

	"github.com/sco-news/extract/pipeline/segment"
)

// tokenBounds answers whether a token starts or ends at a position of a
// text of n runes (the text's end counts as a start, its start as an
// end; without tokens every position counts). Tokens as the segmenter
// gives them (in order, inside the text) are searched where asked;
// others are marked in two arrays over the text first.
type tokenBounds struct {
	toks         []segment.Token
	n            int
	starts, ends []bool // nil: search toks
	checked      bool   // starts and ends are made when needed
	s            *scratch
	// sc and ec are where the last searches for a start and an end
	// stopped: Matcher.match asks in text order, so the next answer is
	// usually a step or two further.
	sc, ec int
}

// bounds returns the token bounds of toks over a text of n runes, in the
// buffers of s; they are checked at the first question.
func (s *scratch) bounds(toks []segment.Token, n int) *tokenBounds {
	tb := &s.tb
	*tb = tokenBounds{toks: toks, n: n, s: s}
	return tb
}

// check makes starts and ends when the tokens are not in order.
func (tb *tokenBounds) check() {
	tb.checked = true
	toks, n, s := tb.toks, tb.n, tb.s
	if tokensInOrder(toks, n) {
		return
	}
	starts, ends := bools(s.starts, n+1), bools(s.ends, n+1)
	s.starts, s.ends = starts, ends
	starts[n], ends[0] = true, true
	for _, t := range toks {
		starts[t.Start] = true
		ends[t.End] = true
	}
	tb.starts, tb.ends = starts, ends
}

// tokensInOrder reports tokens sorted by start and by end, inside [0, n].
func tokensInOrder(toks []segment.Token, n int) bool {
	for i, t := range toks {
		if t.Start < 0 || t.End < 0 || t.Start > n || t.End > n {
			return false
		}
		if i > 0 && (t.Start < toks[i-1].Start || t.End < toks[i-1].End) {
			return false
		}
	}
	return true
}

// startsAt reports a token starting at p.
func (tb *tokenBounds) startsAt(p int) bool {
	if !tb.checked {
		tb.check()
	}
	if tb.starts != nil {
		return tb.starts[p]
	}
	if len(tb.toks) == 0 || p == tb.n {
		return true
	}
	toks, i := tb.toks, tb.sc
	if i > 0 && toks[i-1].Start >= p {
		i = sort.Search(len(toks), func(i int) bool { return toks[i].Start >= p })
	}
	for i < len(toks) && toks[i].Start < p {
		i++
	}
	tb.sc = i
	return i < len(toks) && toks[i].Start == p
}

// endsAt reports a token ending at p.
func (tb *tokenBounds) endsAt(p int) bool {
	if !tb.checked {
		tb.check()
	}
	if tb.ends != nil {
		return tb.ends[p]
	}
	if len(tb.toks) == 0 || p == 0 {
		return true
	}
	toks, i := tb.toks, tb.ec
	if i > 0 && toks[i-1].End >= p {
		i = sort.Search(len(toks), func(i int) bool { return toks[i].End >= p })
	}
	for i < len(toks) && toks[i].End < p {
		i++
	}
	tb.ec = i
	return i < len(toks) && toks[i].End == p
}
