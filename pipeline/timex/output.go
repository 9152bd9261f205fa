package timex

import (
	"math/bits"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
)

// The last step: resolved expressions as doc.Timex, with code point spans.

// timexes resolves the expressions and converts byte offsets to code point
// offsets.
func (sc *scan) timexes(exprs []expr) []doc.Timex {
	if len(exprs) == 0 {
		return nil
	}
	out := make([]doc.Timex, 0, len(exprs))
	runeAt := 0
	last := 0
	for i := range exprs {
		e := &exprs[i]
		r, ok := e.resolve(sc.ref)
		if ok && (r.from.Year < 1 || r.to.Year < 1) {
			ok = false // year 0 (10-1-0000) is no date, and doc.Date takes it for none
		}
		if !ok && (sc.ref != nil || !e.relative()) {
			continue // a date that does not exist (2月30日)
		}
		if e.endpoint && e.right == nil {
			continue // "up to date" alone
		}
		if e.relative() && sc.inTitle(e.start) {
			continue // 《明日之后》: a title's 明日 is not the day after publication
		}
		runeAt += sc.runeCount(last, e.start)
		start := runeAt
		runeAt += utf8.RuneCountInString(sc.s[e.start:e.end])
		last = e.end
		t := doc.Timex{
			Span:      doc.Span{Start: start, End: runeAt},
			Surface:   sc.s[e.start:e.end],
			Precision: e.precision(),
			Relative:  e.relative(),
			IsRange:   e.right != nil || e.openRange,
		}
		if ok {
			t.Date, t.EndDate, t.Precision = r.from, r.to, r.prec
		}
		out = append(out, t)
	}
	return out
}

// runeCount returns the number of code points in s[i:j]: in valid UTF-8,
// the bytes that do not continue a character, counted eight at a time.
func (sc *scan) runeCount(i, j int) int {
	if !sc.valid {
		return utf8.RuneCountInString(sc.s[i:j])
	}
	s := sc.s
	n := 0
	for ; i+8 <= j; i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		// a continuation byte is 10xxxxxx: bit 7 set, bit 6 clear
		n += 8 - bits.OnesCount64(x&^(x<<1)&0x8080808080808080)
	}
	for ; i < j; i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// inTitle reports whether byte offset i lies inside a 《》 title that
// opened on the same line, at most 64 bytes before.
func (sc *scan) inTitle(i int) bool {
	for j := i; j > 0 && i-j < 64; {
		r, size := utf8.DecodeLastRuneInString(sc.s[:j])
		switch r {
		case '《':
			return true
		case '》', '\n':
			return false
		}
		j -= size
	}
	return false
}
