package event

import (
	"github.com/sco-news/extract/pipeline/doctest"
	"github.com/sco-news/extract/pipeline/wordlist"
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
			}{{regexp.MustCompile(p.zhExpr), findall.FirstRunes(p.zhExpr)}, {regexp.MustCompile(p.enExpr), findall.FirstRunes(p.enExpr)}} {
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
		"paid an official visit to", "state visit to", "has become", "was admitted", "kick off", "opens", "launch ceremony", "ſummit", "Kick", "talks", "held talks",
		"接收", "为", "给予", "伙伴", "升级为", "转为", "批准了《", "通过《", "《", "了", "成立仪式", "开工典礼", "见面会", "会见", "ceremony", "Council of Heads of State",
		"x", "_", "1", " ", ",", "。", "，", "\xe4", "\xff", "é", "ſ", "K", "天津", "SCO"}
	texts = append(texts, doctest.Pieces(pieces, 12, 3000, 1, 2)...)
	return texts
}

// listed is a word list with the expression it matches like.
type listed struct {
	set  *wordlist.Set
	expr *regexp.Regexp
}

// lists are the Chinese and English lists of every trigger and noun.
func lists() []listed {
	var ps []pattern
	for _, tr := range triggers {
		ps = append(ps, tr.re)
	}
	for _, n := range nouns {
		ps = append(ps, n.re)
	}
	var out []listed
	for _, p := range ps {
		out = append(out, listed{wordlist.NewSet(p.zh), regexp.MustCompile(p.zhExpr)}, listed{wordlist.NewSet(p.en), regexp.MustCompile(p.enExpr)})
	}
	return out
}

// TestScannerMatchesRegexp checks that every trigger and noun list finds
// exactly what its regular expression finds.
func TestScannerMatchesRegexp(t *testing.T) {
	texts := scanTexts(t)
	for _, l := range lists() {
		for _, txt := range texts {
			assert.Equal(t, l.expr.FindAllStringIndex(txt, -1), l.set.FindAll(txt, 1)[0], "%s on %q", l.expr, txt)
		}
	}
}

func FuzzScanner(f *testing.F) {
	for _, s := range []string{"峰会在天津举行", "The summit was held in Astana", "xheld met with", "成为上合组织成员国"} {
		f.Add(s)
	}
	ls := lists()
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range ls {
			if want, got := l.expr.FindAllStringIndex(s, -1), l.set.FindAll(s, 1)[0]; !assert.Equal(t, want, got, "%s on %q", l.expr, s) {
				return
			}
		}
		for _, tr := range []*tail{undecided, wished, introRe, periodBefore, genericRe} {
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
		locs := regexp.MustCompile(p.zhExpr).FindAllStringIndex(text, -1)
		if hasLatin(text) {
			locs = append(locs, regexp.MustCompile(p.enExpr).FindAllStringIndex(text, -1)...)
			sort.Slice(locs, func(i, j int) bool { return locs[i][0] < locs[j][0] })
		}
		return locs
	}
	texts := scanTexts(t)
	for _, txt := range texts {
		got := sentenceSet.findAll(txt)
		for i, tr := range triggers {
			assert.Equal(t, naive(tr.re, txt), got[i], "trigger %d on %q", i, txt)
		}
		for i, n := range nouns {
			assert.Equal(t, naive(n.re, txt), got[len(triggers)+i], "noun %d in the sentence set on %q", i, txt)
		}
		byPattern := make([][][]int, len(triggers)+len(nouns))
		for _, m := range sentenceSet.matches(txt) {
			byPattern[m.k] = append(byPattern[m.k], []int{m.start, m.end})
		}
		assert.Equal(t, got, byPattern, "matches on %q", txt)
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
	words := []string{"希望", "愿意", "决定", "计划", "hopes to", "Seeks to", "decided to", "agreed to ", "the ", "该", "本次", "届时的", "在", "于", "in ", "at the city of ", "成为",
		"ſeeks to", "HOPE TO", "xin ", "near the ", "period of ", "for the years ", "covering ", "；", "\xff", "届时", "the", "Plans to", "aim to"}
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
	for _, tr := range []*tail{undecided, wished, introRe, periodBefore, genericRe} {
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
	texts = append(texts, doctest.Pieces(words, 8, 3000, 7, 8)...)
	require.True(t, fillerRe.Narrow(), "fillerRe has a known alphabet")
	for _, txt := range texts {
		assert.Equal(t, fillerRe.Regexp().MatchString(txt), fillerRe.MatchString(txt), "%q", txt)
		assert.Equal(t, anaphorRe.Regexp().FindStringIndex(txt), anaphorRe.Find(txt), "%q", txt)
		assert.Equal(t, anaphorRe.Regexp().FindStringIndex(txt), findAnaphor(txt), "guarded, %q", txt)
	}
}

// TestGuardsKeepEveryMatch checks every guard against its expression run
// alone on the scan texts and random mixes of the expressions' words.
func TestGuardsKeepEveryMatch(t *testing.T) {
	texts := scanTexts(t)
	pieces := []string{"新闻中心", "秘书处", "s", "S", "ſ", " secretariat", "在", "于", " in ", "at the city of ", "near the ", "the ", "该", "本次", "届时的", "届时",
		"电", "(Xinhua)", " -- ", "—", "\t", "for the period ", "covering ", "period of ", "年", "的", "规划", "行动计划", " action plan", " roadmap",
		"会议", "会上", "与会", "访问期间", "双方", "两国领导人", "during the", "at the summit", "after the talks", "both sides", "The meeting ",
		"资金", "经费", "24周年", "二十周年", "周年", "成员国", "观察员", "伙伴国", "member states", "observer status", "Dialogue Partners", "SCO partner", "partner state", "x", "K", "\xff", ",", "。"}
	texts = append(texts, doctest.Pieces(pieces, 6, 5000, 9, 10)...)
	guards := []struct {
		re    *regexp.Regexp
		guard func(string) bool
	}{
		{notEvent, notEventAt}, {notAfter, notAfterAt}, {introRe.Regexp(), introBefore}, {genericRe.Regexp(), genericBefore}, {datelineRe, datelineAfter},
		{periodBefore.Regexp(), periodBeforeAt}, {periodAfter, periodAfterAt}, {backRef, backRefAt}, {statusRe, statusIn},
	}
	for _, g := range guards {
		for _, txt := range texts {
			assert.Equal(t, g.re.MatchString(txt), g.guard(txt), "%s on %q", g.re, txt)
		}
	}
}
