package doctest

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
)

// Spans splits an input whose expected spans are written in brackets
// ("峰会于[8月31日]举行，贸易额达[5100亿美元]") into the plain text and the
// spans (code point offsets into it); unbalanced brackets fail the test.
func Spans(t testing.TB, s string) (string, []doc.Span) {
	t.Helper()
	var b strings.Builder
	var spans []doc.Span
	n, open := 0, -1
	for _, r := range s {
		switch r {
		case '[':
			require.Equal(t, -1, open, "nested [ in %q", s)
			open = n
		case ']':
			require.NotEqual(t, -1, open, "] without [ in %q", s)
			spans = append(spans, doc.Span{Start: open, End: n})
			open = -1
		default:
			b.WriteRune(r)
			n++
		}
	}
	require.Equal(t, -1, open, "unclosed [ in %q", s)
	return b.String(), spans
}

// Clamp turns two arbitrary ints (fuzz arguments) into a span inside a
// text of n code points: each is taken modulo n+1, the smaller first.
func Clamp(a, b, n int) doc.Span {
	a, b = abs(a)%(n+1), abs(b)%(n+1)
	if a > b {
		a, b = b, a
	}
	return doc.Span{Start: a, End: b}
}

func abs(x int) int {
	if x < 0 {
		if x == -x { // math.MinInt
			return 0
		}
		return -x
	}
	return x
}

// Pieces returns n texts, each up to max-1 pieces drawn at random and
// joined, from a generator seeded with seed1 and seed2 (the same texts on
// every run): inputs for tests that hold a fast matcher against the
// regular expression it replaces.
func Pieces(pieces []string, max, n int, seed1, seed2 uint64) []string {
	rnd := rand.New(rand.NewPCG(seed1, seed2))
	texts := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range rnd.IntN(max) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}
