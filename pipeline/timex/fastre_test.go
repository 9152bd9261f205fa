package timex

import (
	"regexp"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fastTexts are texts that exercise the cheaper forms of the patterns:
// case, word boundaries at window edges, Han and full-width characters,
// the two letters that fold to ASCII, and invalid UTF-8.
var fastTexts = []string{
	"The summit will be held from August 31 to September 1, 2025. Xi said on Tuesday that last year trade grew.",
	"MAY 24, 2021; the THIRD of March; 14th April 15; 31-Oct-74 and Sep-23-2020, 2019-aug-1",
	"in the 1990s, the nineteen eighties, 21st century; EOM and the end of the month, Q3 2024, H1-2025",
	"新华社北京8月29日电 2025年上海合作组织峰会将于8月31日至9月1日在天津举行。今年以来，贸易额增长。",
	"上周五、本月15日、去年7月、3天前、２０２４年１０月、二〇二五年十月一日、上半年、今年早些时候",
	"between now and May 5, year to date; 3 fridays from now; two weeks after May 1; the week of March 3",
	"a Kelvin \u212a and a long \u017f: \u212aay 5, Augu\u017ft 3, \u017fept 4",
	"x2025年 12025 6,107.31 August 18th to 20th, 18、19 and 20 June; for 3 days, from 10/31",
	"bad \xff\xfe utf8 \xe5\xb9 May 3 \xe5 2024年 \x80月",
	"Friday 7/6, this friday 5/12; the 3rd week of May; week 31; 20250824 and 10-31-1974.",
	"2025-05-24 10:28:31, 2014/10/3T9:05 and 2025.1.2 3:4, 2025-1-22 \t 1:05:1, 12025-08-2907 2024-123 2024/1x 2024-12-31T23:59:59Z",
}

// windowsOf returns windows of s on rune boundaries: all of them for a
// short text, else every 7th start with a few lengths.
func windowsOf(s string) [][2]int {
	var bounds []int
	for i := range s {
		bounds = append(bounds, i)
	}
	bounds = append(bounds, len(s))
	var ws [][2]int
	for a := 0; a < len(bounds); a += 7 {
		for _, n := range []int{1, 5, 13, 40, len(bounds)} {
			if b := a + n; b < len(bounds) {
				ws = append(ws, [2]int{bounds[a], bounds[b]})
			}
		}
	}
	return append(ws, [2]int{0, len(s)})
}

// checkFast compares every fastRe with its original on windows of s.
func checkFast(t *testing.T, s string, ws [][2]int) {
	t.Helper()
	ts := findHits(s)
	for _, fr := range fastRes {
		for _, w := range ws {
			want := fr.re.FindAllStringSubmatchIndex(s[w[0]:w[1]], -1)
			for _, m := range want {
				shift(m, w[0])
			}
			got := fr.find(s, ts.low, ts.safe, w[0], w[1], -1)
			if !assert.Equal(t, want, got, "%s on %q", fr.re, s[w[0]:w[1]]) {
				return
			}
			sub := s[w[0]:w[1]]
			lowSub := ts.low[w[0]:w[1]]
			require.Equal(t, fr.re.MatchString(sub), fr.matchString(sub, lowSub, ts.safe), "%s on %q", fr.re, sub)
			if body := bodies[fr]; body != nil {
				got := fr.find(s, ts.low, ts.safe, bodyStart(s, w[0], w[1], body), w[1], 1)
				require.Equal(t, len(want) > 0, len(got) > 0, "%s from its body on %q", fr.re, sub)
				if len(want) > 0 {
					require.Equal(t, want[0], got[0], "%s from its body on %q", fr.re, sub)
				}
			}
		}
	}
}

// TestFastReSameMatches checks that the cheaper forms of every pattern
// find exactly what the pattern finds.
func TestFastReSameMatches(t *testing.T) {
	require.NotEmpty(t, fastRes)
	for _, s := range fastTexts {
		t.Run(s[:min(len(s), 24)], func(t *testing.T) {
			checkFast(t, s, windowsOf(s))
		})
	}
}

// TestFastReSameOnSeeds checks the same on the trigger windows of the seed
// documents, where the rules run.
func TestFastReSameOnSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, d := range seedDocs(t) {
		ts := findHits(d.norm)
		sc := &scan{s: d.norm, hits: ts.hits, low: ts.low, safe: ts.safe, sentEnds: ts.sentEnds}
		for _, r := range rules {
			ws := sc.windows(&sc.hits, &r.trig)
			for _, w := range ws {
				want := r.re.re.FindAllStringSubmatchIndex(d.norm[w[0]:w[1]], -1)
				for _, m := range want {
					shift(m, w[0])
				}
				require.Equal(t, want, sc.findAll(r.re, w[0], w[1]), "%s", r.re.re)
			}
		}
	}
}

// TestBodyStart checks that bareBeforeRe and listBeforeRe, searched from
// where their body begins, find the match they find in the whole window.
func TestBodyStart(t *testing.T) {
	for _, s := range []string{
		"the 13th to ", "x 15-", "15 - ", "18 and ", "3.18 and ", "a/18, ", "x_12th through the ", "(15th until",
		"八月十五至", "是１５－", "第3日到 ", "K12 and", "ſ3rd or", "or,fortnight.\u212ath-", "x.\u212a3 and", "a/\u017fth to", "18、", " 2024-", "\xff18 and ", "on 3rd and the ",
	} {
		checkFast(t, s, [][2]int{{0, len(s)}, {1, len(s)}})
	}
}

// TestQuick checks the patterns with a quick test (quick.go) where they
// match and where they nearly do.
func TestQuick(t *testing.T) {
	for _, s := range []string{
		"in July of 2024, the 3rd day of May, May, 2024, Jan.-2025, Sept /2024, June in 99 and 2017 April",
		"the twenty first day of May; the twenty first of\tSeptember 2020; the 4th\nday of\r\nJun. 3; 14th April 15 of 99, May\f,\f2024",
		"the 5 of of may; the first in June, 1990; the tenth day day of July; Marchx 2024, March 20245, dec in 2",
		"mid-march, in  June, by-may, sept.5, jan., Jan.x, DEC_, dec1, till\t-Oct. 3, from Febr, or  mayday, Between-\nJUNE.",
		"on the 3rd; on 5th; the\tfirst of next month, on  tenth day of this month, then 5th, the fifty, on5, the sixth\nand the 12",
		"in a couple of days, in a few\tweeks, in twenty one years ago, a fortnight, in 3 months from now, an year, one dayx",
		"10-31-1974, 1.2.2024, 123-4-5678, 12-3-45, x1-2-34, 1-12-345, 12-345-2024, 1-2-20245, 7.6-2025 and 10-31-74x",
		"Julyof 2024, July  in  2024, July in2024, July in 202, jul.2024 and 3rd\u00a0May",
	} {
		checkFast(t, s, windowsOf(s))
	}
}

// TestClauseEnds checks the clause-end scans against the pattern they
// replace.
func TestClauseEnds(t *testing.T) {
	clauseRe := regexp.MustCompile(`[。！？；!?;\n]|\.\s`)
	for _, s := range append(fastTexts, "a. b.\tc.\n d? e！f。", ". .", "..\n", "x.") {
		sc := &scan{s: s}
		for _, w := range windowsOf(s) {
			lo, hi := w[0], w[1]
			wantLast := lo
			if locs := clauseRe.FindAllStringIndex(s[lo:hi], -1); len(locs) > 0 {
				wantLast = lo + locs[len(locs)-1][1]
			}
			wantFirst := hi
			if loc := clauseRe.FindStringIndex(s[lo:hi]); loc != nil {
				wantFirst = lo + loc[0]
			}
			if utf8.ValidString(s) {
				assert.Equal(t, wantLast, sc.lastClauseEnd(lo, hi), "%q", s[lo:hi])
			}
			assert.Equal(t, wantFirst, sc.firstClauseEnd(lo, hi), "%q", s[lo:hi])
		}
	}
}

// FuzzFastRe checks the cheaper forms of every pattern on any text.
func FuzzFastRe(f *testing.F) {
	for _, s := range fastTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 200 {
			return
		}
		checkFast(t, s, [][2]int{{0, len(s)}})
	})
}

// TestRuneCount checks the eight-at-a-time count against utf8's.
func TestRuneCount(t *testing.T) {
	for _, s := range append(fastTexts, "", "a", "日", "１２３４５６７８９", "abcdefgh日本語x") {
		ts := findHits(s)
		sc := &scan{s: s, valid: ts.valid}
		assert.Equal(t, utf8.ValidString(s), ts.valid, "%q", s)
		for _, w := range windowsOf(s) {
			assert.Equal(t, utf8.RuneCountInString(s[w[0]:w[1]]), sc.runeCount(w[0], w[1]), "%q", s[w[0]:w[1]])
		}
	}
}
