package entity

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/segment"
)

// The fast paths of Find answer exactly what the plain forms they replace
// answer: these tests hold them side by side.

// TestScratchRunes checks the one-pass decoding against []rune and the
// Han and dot positions against isHan.
func TestScratchRunes(t *testing.T) {
	for _, s := range []string{"", "abc", "上合组织·阿利舍尔", "\xff\xe4\xb8 中", "a·b中\U0002A700", "\uFFFD\xef\xbf"} {
		t.Run(s, func(t *testing.T) {
			sc := &scratch{}
			rs := sc.runes(s)
			assert.Equal(t, []rune(s), append([]rune{}, rs...))
			var han, dots []int32
			for i, r := range []rune(s) {
				if isHan(r) {
					han = append(han, int32(i))
				} else if r == '·' {
					dots = append(dots, int32(i))
				}
			}
			assert.Equal(t, len(han), len(sc.han))
			for k := range han {
				assert.Equal(t, han[k], sc.han[k])
			}
			assert.Equal(t, len(dots), len(sc.dots))
		})
	}
}

// TestTokenBounds checks the searched token bounds against the marked
// ones, for tokens in order and out of order.
func TestTokenBounds(t *testing.T) {
	tests := []struct {
		name string
		n    int
		toks []segment.Token
	}{
		{"none", 4, nil},
		{"in order", 6, []segment.Token{{Start: 0, End: 2}, {Start: 2, End: 3}, {Start: 3, End: 6}}},
		{"with gaps", 8, []segment.Token{{Start: 1, End: 2}, {Start: 4, End: 7}}},
		{"out of order", 6, []segment.Token{{Start: 3, End: 6}, {Start: 0, End: 2}}},
		{"nested", 6, []segment.Token{{Start: 0, End: 6}, {Start: 1, End: 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			starts, ends := make([]bool, tt.n+1), make([]bool, tt.n+1)
			starts[tt.n], ends[0] = true, true
			for _, tok := range tt.toks {
				starts[tok.Start], ends[tok.End] = true, true
			}
			if len(tt.toks) == 0 {
				for i := range starts {
					starts[i], ends[i] = true, true
				}
			}
			tb := (&scratch{}).bounds(tt.toks, tt.n)
			for p := 0; p <= tt.n; p++ {
				assert.Equal(t, starts[p], tb.startsAt(p), "start %d", p)
				assert.Equal(t, ends[p], tb.endsAt(p), "end %d", p)
			}
			for p := tt.n; p >= 0; p -= 2 { // backwards, skipping
				assert.Equal(t, starts[p], tb.startsAt(p), "start %d", p)
				assert.Equal(t, ends[p], tb.endsAt(p), "end %d", p)
			}
		})
	}
}

// TestClassTable checks the bucketed word classes against enClasses.
func TestClassTable(t *testing.T) {
	for w, c := range enClasses {
		assert.Equal(t, c, enClassTable.of(w), w)
	}
	for _, w := range []string{"", "x", "zhang", "ministry-of", "thé", "minister"} {
		assert.Equal(t, enClasses[w], enClassTable.of(w), w)
	}
}

// TestMergeOrders checks the packed ordering of merge against the stable
// sort of mergeSpans, ties and all.
func TestMergeOrders(t *testing.T) {
	e := &dict.Entry{ID: "org:x", Type: doc.Org}
	m := func(s, end int, method string, linked bool) Match {
		return Match{Span: doc.Span{Start: s, End: end}, Candidates: []*dict.Entry{e}, Method: method, linked: linked}
	}
	tests := []struct {
		name         string
		known, found []Match
	}{
		{"longest wins", []Match{m(0, 2, "dictionary", false)}, []Match{m(0, 4, "a", false)}},
		{"dictionary wins a tie", []Match{m(1, 3, "dictionary", false)}, []Match{m(1, 3, "a", false), m(2, 4, "b", false)}},
		{"linked beats the dictionary", []Match{m(1, 3, "dictionary", false)}, []Match{m(1, 3, "a", true)}},
		{"equal candidates keep their order", nil, []Match{m(5, 7, "a", false), m(5, 7, "b", false), m(0, 1, "c", false)}},
		{"found out of order", []Match{m(9, 10, "dictionary", false)}, []Match{m(6, 8, "a", false), m(2, 4, "b", false), m(3, 5, "c", false)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var all []cand
			for _, k := range tt.known {
				all = append(all, cand{k, 1})
			}
			for _, f := range tt.found {
				rank := 2
				if f.linked {
					rank = 0
				}
				all = append(all, cand{f, rank})
			}
			want := mergeSpans(all)
			require.NotEmpty(t, want)
			assert.Equal(t, want, Merge(tt.known, tt.found))
		})
	}
}

// TestTranslitIsHan checks what the Chinese rules rely on to run only at
// Han characters: every transliteration character is one.
func TestTranslitIsHan(t *testing.T) {
	m := matcher(t)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if m.translit.Has(r) && !isHan(r) {
			t.Fatalf("transliteration character %q is not Han", r)
		}
	}
	assert.True(t, m.flat.lowerLabels, "alias trie labels are in lower case")
}
