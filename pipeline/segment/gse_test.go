package segment

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/dict"
)

// The tests in this file prove that Segmenter segments exactly as gse
// does when gse is loaded the way the pipeline used to load it (domain
// words, then gse's embedded Simplified dictionary): same dictionary, same
// path lengths, same tokens and tags.

var (
	refOnce sync.Once
	refOurs *Segmenter
	refGse  *gse.Segmenter
)

func reference(t testing.TB) (*Segmenter, *gse.Segmenter) {
	refOnce.Do(func() {
		d, err := dict.Load()
		require.NoError(t, err)
		words := d.Surfaces()
		refOurs, err = New(words)
		require.NoError(t, err)
		refGse = &gse.Segmenter{SkipLog: true}
		require.NoError(t, refGse.LoadDictStr(DomainDict(words)))
		require.NoError(t, refGse.LoadDictEmbed("zh_s"))
	})
	return refOurs, refGse
}

// gseTokens is the pipeline's former segmentation: gse's Segment sentence
// by sentence, converted to rune offsets.
func gseTokens(g *gse.Segmenter, text string) []Token {
	var toks []Token
	for _, sp := range sentences(text) {
		chunk := text[sp.bStart:sp.bEnd]
		rpos, bpos := sp.Start, 0
		for _, sg := range g.Segment([]byte(chunk)) {
			st, en := sg.Start(), sg.End()
			rpos += utf8.RuneCountInString(chunk[bpos:st])
			n := utf8.RuneCountInString(chunk[st:en])
			toks = append(toks, Token{Start: rpos, End: rpos + n, Text: chunk[st:en], Pos: sg.Token().Pos()})
			rpos += n
			bpos = en
		}
	}
	return toks
}

func TestDictionaryMatchesGse(t *testing.T) {
	ours, g := reference(t)
	gd := g.Dict
	require.Equal(t, gd.NumTokens(), len(ours.dict.entries), "word count")
	assert.Equal(t, gd.TotalFreq(), ours.dict.total, "total frequency")
	assert.Equal(t, gd.MaxTokenLen(), ours.dict.maxWords, "longest word in words")
	bad := 0
	for i := range gd.Tokens {
		gt := &gd.Tokens[i]
		key := gt.Text()
		v := ours.dict.lookup(key)
		if v < 0 || ours.dict.entries[v].freq != gt.Freq() || ours.dict.tags[ours.dict.entries[v].pos] != gt.Pos() || int(v) != i {
			if bad++; bad < 10 {
				t.Errorf("gse word %d %q (freq %v, pos %q): ours %v", i, key, gt.Freq(), gt.Pos(), v)
			}
		}
	}
}

func TestSegmentationMatchesGse(t *testing.T) {
	ours, g := reference(t)
	var texts []string
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	texts = append(texts, randomTexts(2000)...)
	texts = append(texts, "", "A", "ABC上合组织SCO峰会", "Ёлка и Алматы-2025年", "\xff\xfe上合", "上合组织+ 5G 4S店 １２")
	for i, text := range texts {
		want := gseTokens(g, text)
		got := ours.Tokens(text)
		if !assert.Equal(t, want, got, "text %d %q", i, short(text)) {
			break
		}
	}
}

func FuzzSegmentationMatchesGse(f *testing.F) {
	for _, s := range randomTexts(20) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ours, g := reference(t)
		assert.Equal(t, gseTokens(g, s), ours.Tokens(s))
	})
}

// randomTexts mixes Han characters of common words, Latin letters of both
// cases, digits, Cyrillic, punctuation and middle dots, so that words,
// letter runs and uncovered characters meet at every kind of boundary.
func randomTexts(n int) []string {
	pool := []string{"上", "合", "组", "织", "秘", "书", "长", "索", "海", "尔", "·", "汗", "中", "国", "吉", "乌", "铁", "路",
		"贸", "易", "额", "亿", "美", "元", "年", "月", "日", "峰", "会", "天", "津", "的", "了", "是", "在", "和",
		"a", "B", "s", "S", "G", "5", "4", "2025", "Ё", "л", "к", "а", "é", "，", "。", "、", " ", "-", ".", "\n", "“", "”", "（", "）", "㐀", "𠀀"}
	r := rand.New(rand.NewPCG(7, 11))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range r.IntN(60) {
			b.WriteString(pool[r.IntN(len(pool))])
		}
		out[i] = b.String()
	}
	return out
}

func short(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		return string([]rune(s)[:40]) + "…"
	}
	return s
}

func seedText(b *testing.B) string {
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	if len(seeds) == 0 {
		b.Skip("no seeds in ../../seeds")
	}
	var sb strings.Builder
	for _, p := range seeds {
		buf, err := os.ReadFile(p)
		require.NoError(b, err)
		sb.Write(buf)
	}
	return sb.String()
}

// BenchmarkTokensSeeds segments all seed files with Segmenter.Tokens.
func BenchmarkTokensSeeds(b *testing.B) {
	ours, _ := reference(b)
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	c := cpuTime()
	for b.Loop() {
		ours.Tokens(text)
	}
	reportCPU(b, c, len(text))
}

// BenchmarkGseTokensSeeds is the same with gse's Segment: the former code.
func BenchmarkGseTokensSeeds(b *testing.B) {
	_, g := reference(b)
	text := seedText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	c := cpuTime()
	for b.Loop() {
		gseTokens(g, text)
	}
	reportCPU(b, c, len(text))
}

// cpuTime is this process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds MB per CPU-second since c0: unlike MB/s, other processes
// on the machine do not lower it (it is a report, never a test).
func reportCPU(b *testing.B, c0 time.Duration, size int) {
	if cpu := (cpuTime() - c0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu, "MB/cpu-s")
	}
}

// BenchmarkGseNew is BenchmarkNew with gse's own loader: the former start-up.
func BenchmarkGseNew(b *testing.B) {
	words := []string{"上合组织", "索海尔·汗", "中吉乌铁路"}
	b.ReportAllocs()
	for b.Loop() {
		g := &gse.Segmenter{SkipLog: true}
		require.NoError(b, g.LoadDictStr(DomainDict(words)))
		require.NoError(b, g.LoadDictEmbed("zh_s"))
	}
}

// BenchmarkTokensSeedsCold is BenchmarkTokensSeeds with the caches flushed
// before every seed file (untimed), as the other stages of the pipeline
// flush them between documents: it measures the memory waits that a warm
// loop hides.
func BenchmarkTokensSeedsCold(b *testing.B) {
	ours, _ := reference(b)
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	if len(seeds) == 0 {
		b.Skip("no seeds in ../../seeds")
	}
	var texts []string
	size := 0
	for _, p := range seeds {
		buf, err := os.ReadFile(p)
		require.NoError(b, err)
		texts = append(texts, string(buf))
		size += len(buf)
	}
	b.SetBytes(int64(size))
	flush := make([]uint64, 64<<20/8)
	for b.Loop() {
		for _, text := range texts {
			b.StopTimer()
			for i := 0; i < len(flush); i += 8 {
				flush[i]++
			}
			b.StartTimer()
			ours.Tokens(text)
		}
	}
}
