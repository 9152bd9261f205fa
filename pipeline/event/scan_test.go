package event

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/findall"
)

// TestPrefilterKeepsEveryMatch checks on every trigger and noun pattern
// that a text with a match always contains one of the pattern's first runes.
func TestPrefilterKeepsEveryMatch(t *testing.T) {
	texts := []string{"峰会在天津举行", "The summit was held in Astana and Belarus joined the SCO", "双方签署了协议", "HELD", "白俄罗斯成为上合组织成员国", "会议开幕"}
	var pats []pattern
	for _, tr := range triggers {
		pats = append(pats, tr.re)
	}
	for _, n := range nouns {
		pats = append(pats, n.re)
	}
	for _, p := range pats {
		for _, txt := range texts {
			for _, pair := range []struct {
				re    *regexp.Regexp
				first string
			}{{p.zh.Regexp(), findall.FirstRunes(p.zh.Regexp().String())}, {p.en.Regexp(), findall.FirstRunes(p.en.Regexp().String())}} {
				if pair.re.MatchString(txt) && pair.first != "" {
					assert.True(t, strings.ContainsAny(txt, pair.first), "%s matches %q but the prefilter would skip it", pair.re, txt)
				}
			}
		}
	}
}

// scanTexts are texts for comparing scanner.findAll with the regular
// expression: the seeds, and random mixes of trigger words, Latin words
// with and without word boundaries, punctuation and invalid UTF-8.
func scanTexts(t testing.TB) []string {
	texts := []string{"", "举行", "held", "xheld", "heldx", "_held", "HeLd", "\xffheld", "ſigned", "成为成为成员国", "成为上合组织成员国,成为观察员国", "加入加入", "接收伊朗为成员国", "访问访", "会议会议会谈"}
	files, _ := filepath.Glob("../../seeds/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	pieces := []string{"举行", "成为", "成员国", "观察员", "加入", "给予", "地位", "升级为", "访问", "访", "开幕", "会议", "峰会", "论坛", "仪式", "揭牌", "启动",
		"held", "Held", "HELD", "met", "met with", "the", "summit", "Summit", "Council of the Heads of State", "joined", "became", "signed", "paid a visit to",
		"x", "_", "1", " ", ",", "。", "，", "\xe4", "\xff", "é", "ſ", "K", "天津", "SCO"}
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b strings.Builder
		for range rnd.IntN(12) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestScannerMatchesRegexp checks that every trigger and noun pattern
// finds exactly what its regular expression finds.
func TestScannerMatchesRegexp(t *testing.T) {
	var scs []*findall.Scanner
	for _, tr := range triggers {
		scs = append(scs, tr.re.zh, tr.re.en)
	}
	for _, n := range nouns {
		scs = append(scs, n.re.zh, n.re.en)
	}
	texts := scanTexts(t)
	for _, sc := range scs {
		require.NotNil(t, sc.First(), "%s has no first runes: it runs whole", sc.Regexp())
		for _, txt := range texts {
			want := sc.Regexp().FindAllStringIndex(txt, -1)
			assert.Equal(t, want, sc.FindAll(txt), "%s on %q", sc.Regexp(), txt)
		}
	}
}

func FuzzScanner(f *testing.F) {
	for _, s := range []string{"峰会在天津举行", "The summit was held in Astana", "xheld met with", "成为上合组织成员国"} {
		f.Add(s)
	}
	var scs []*findall.Scanner
	for _, tr := range triggers {
		scs = append(scs, tr.re.zh, tr.re.en)
	}
	for _, n := range nouns {
		scs = append(scs, n.re.zh, n.re.en)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sc := range scs {
			if want, got := sc.Regexp().FindAllStringIndex(s, -1), sc.FindAll(s); !assert.Equal(t, want, got, "%s on %q", sc.Regexp(), s) {
				return
			}
		}
		for _, tr := range []*findall.Tail{undecided, wished} {
			if !assert.Equal(t, tr.Regexp().MatchString(s), tr.MatchString(s), "%s on %q", tr.Regexp(), s) {
				return
			}
		}
		assert.Equal(t, fillerRe.Regexp().MatchString(s), fillerRe.MatchString(s), "%q", s)
		assert.Equal(t, anaphorRe.Regexp().FindStringIndex(s), anaphorRe.Find(s), "%q", s)
	})
}

// TestPatternSetMatchesRegexp checks the one-pass search of the trigger
// and noun sets against their regular expressions run one by one.
func TestPatternSetMatchesRegexp(t *testing.T) {
	naive := func(p pattern, text string) [][]int {
		locs := p.zh.Regexp().FindAllStringIndex(text, -1)
		if hasLatin(text) {
			locs = append(locs, p.en.Regexp().FindAllStringIndex(text, -1)...)
			sort.Slice(locs, func(i, j int) bool { return locs[i][0] < locs[j][0] })
		}
		return locs
	}
	texts := scanTexts(t)
	for _, txt := range texts {
		got := triggerSet.findAll(txt)
		for i, tr := range triggers {
			assert.Equal(t, naive(tr.re, txt), got[i], "trigger %d on %q", i, txt)
		}
		got = nounSet.findAll(txt)
		for i, n := range nouns {
			assert.Equal(t, naive(n.re, txt), got[i], "noun %d on %q", i, txt)
		}
	}
}

// TestTailReMatchesRegexp checks the expressions anchored at the end
// against their regular expressions over whole texts.
func TestTailReMatchesRegexp(t *testing.T) {
	texts := scanTexts(t)
	words := []string{"希望", "愿意", "决定", "计划", "hopes to", "Seeks to", "decided to", "agreed to ", "the ", "该", "本次", "届时的", "在", "于", "in ", "at the city of ", "成为"}
	rnd := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		var b strings.Builder
		for range rnd.IntN(8) {
			b.WriteString(words[rnd.IntN(len(words))])
			if rnd.IntN(2) == 0 {
				b.WriteString("白俄罗斯,x ")
			}
		}
		texts = append(texts, b.String())
	}
	for _, tr := range []*findall.Tail{undecided, wished} {
		require.NotZero(t, tr.Reads(), "%s reads the whole text", tr.Regexp())
		for _, txt := range texts {
			assert.Equal(t, tr.Regexp().MatchString(txt), tr.MatchString(txt), "%s on %q", tr.Regexp(), txt)
		}
	}
}

// TestWholeReMatchesRegexp checks the alphabet shortcut of fillerRe, and
// anaphorRe's find, against their regular expressions.
func TestWholeReMatchesRegexp(t *testing.T) {
	texts := scanTexts(t)
	words := []string{"on", "In", "the", "早上", "当地时间", "据悉", " ", ",", "（", "]", "7", "当天", "the same day", "that day", "x", "ſ", "K", "\xff", "同一天"}
	rnd := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		var b strings.Builder
		for range rnd.IntN(8) {
			b.WriteString(words[rnd.IntN(len(words))])
		}
		texts = append(texts, b.String())
	}
	require.True(t, fillerRe.Narrow(), "fillerRe has a known alphabet")
	for _, txt := range texts {
		assert.Equal(t, fillerRe.Regexp().MatchString(txt), fillerRe.MatchString(txt), "%q", txt)
		assert.Equal(t, anaphorRe.Regexp().FindStringIndex(txt), anaphorRe.Find(txt), "%q", txt)
	}
}
