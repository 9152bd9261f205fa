package event

import (
	"github.com/sco-news/extract/pipeline/wordlist"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A tail is an expression anchored at the end of a text: one of a few
// words, then at most n runes that are not stops, then the end (希望 +
// "[^,;。；]{0,6}$", "in the "). It is read backwards from the end: the
// places the word may end at are the last n+1 rune boundaries, and each
// word is compared there, instead of an expression run over the tail.
type tail struct {
	words []tailWord
	n     int    // runes allowed after the word
	stops string // runes not allowed after it
	// asciiStop and wideStops are stops' ASCII and other runes
	asciiStop [utf8.RuneSelf]bool
	wideStops []rune
	re        *regexp.Regexp
	// byLast are the words that may end with each byte
	byLast [256][]int
}

// tailWord is a word of a tail: ASCII case-insensitive when fold is set
// (ſ for s, K for k, as (?i)), with \b before it when start is set and
// after it when end is set.
type tailWord struct {
	lit        string
	fold       bool
	start, end bool
}

// newTail makes the tail of words followed by up to n runes not in stops;
// expr is the regular expression it matches like (the tests compare).
func newTail(words []tailWord, n int, stops, expr string) *tail {
	t := &tail{words: words, n: n, stops: stops, re: regexp.MustCompile(expr)}
	for _, r := range stops {
		if r < utf8.RuneSelf {
			t.asciiStop[r] = true
		} else {
			t.wideStops = append(t.wideStops, r)
		}
	}
	for i, w := range words {
		l := w.lit[len(w.lit)-1]
		last := []byte{l}
		if w.fold && l >= 'a' && l <= 'z' {
			last = append(last, l-'a'+'A')
		}
		if w.fold && l == 's' {
			last = append(last, "ſ"[len("ſ")-1])
		}
		if w.fold && l == 'k' {
			last = append(last, "K"[len("K")-1])
		}
		for _, b := range last {
			t.byLast[b] = append(t.byLast[b], i)
		}
	}
	return t
}

// tw makes tail words: zh ones as written, en ones folded with \b before
// (and after when end is set).
func tw(fold, start, end bool, lits ...string) []tailWord {
	out := make([]tailWord, len(lits))
	for i, l := range lits {
		if fold {
			l = strings.ToLower(l)
		}
		out[i] = tailWord{lit: l, fold: fold, start: start, end: end}
	}
	return out
}

// Regexp returns the expression t matches like.
func (t *tail) Regexp() *regexp.Regexp { return t.re }

// MatchString reports what t.Regexp().MatchString(s) reports.
func (t *tail) MatchString(s string) bool {
	e := len(s)
	for k := 0; ; k++ {
		if e > 0 {
			for _, i := range t.byLast[s[e-1]] {
				if t.words[i].endsAt(s, e) {
					return true
				}
			}
		}
		if k == t.n || e == 0 {
			return false
		}
		r, w := utf8.DecodeLastRuneInString(s[:e])
		if r < utf8.RuneSelf && t.asciiStop[r] || r >= utf8.RuneSelf && slices.Contains(t.wideStops, r) {
			return false
		}
		e -= w
	}
}

// endsAt reports whether w matches s ending at byte e.
func (w *tailWord) endsAt(s string, e int) bool {
	j := e
	for k := len(w.lit) - 1; k >= 0; k-- {
		if j == 0 {
			return false
		}
		c, l := s[j-1], w.lit[k]
		switch {
		case c == l || w.fold && c|0x20 == l && l >= 'a' && l <= 'z':
			j--
		case w.fold && l == 's' && strings.HasSuffix(s[:j], "ſ"):
			j -= len("ſ")
		case w.fold && l == 'k' && strings.HasSuffix(s[:j], "K"):
			j -= len("K")
		default:
			return false
		}
	}
	return (!w.start || wordlist.Boundary(s, j)) && (!w.end || wordlist.Boundary(s, e))
}
