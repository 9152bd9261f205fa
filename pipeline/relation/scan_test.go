package relation

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/findall"
)

// scanTexts are the seeds' lines and random mixes of trigger words, Latin
// words with and without word boundaries, punctuation and invalid UTF-8.
func scanTexts(t testing.TB) []string {
	texts := []string{"", "为", "是是", "is", "this", "Is", "_is", "\xffas", "ſ", "成为成员国", "established in 2001 by China", "founded in 19 by"}
	files, _ := filepath.Glob("../../seeds/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	pieces := []string{"observer", "Observers", "dialogue partner", "SCO partners", "partner status", "member", "full members", "member states", "founding member",
		"观察员", "对话伙伴", "伙伴国", "上合组织伙伴", "成员国", "正式成员", "创始成员", "申请", "希望", "process of", "applied to", "hopes to", "Seeks to",
		"为", "是", "成为", "加入", "升级为", "接收", "给予", "作为", "转为", "became", "As", "is", "was", "were", "joined", "made",
		"established in 2001 by", "Founded in 1996 by", "granted", "x", "_", "1", " ", ",", "。", "\xe4", "\xff", "é", "ſ", "K", "SCO"}
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		var b strings.Builder
		for range rnd.IntN(12) {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// scanners are the membership triggers, statuses and pendingRe.
func scanners() []*findall.Scanner {
	scs := []*findall.Scanner{pendingRe}
	for _, tr := range memberTriggers {
		scs = append(scs, tr.re)
	}
	for _, st := range statuses {
		scs = append(scs, st.re)
	}
	return scs
}

// TestScannerMatchesRegexp checks that every scanner finds exactly what
// its regular expression finds.
func TestScannerMatchesRegexp(t *testing.T) {
	texts := scanTexts(t)
	for _, sc := range scanners() {
		require.NotNil(t, sc.First(), "%s has no first runes: it runs whole", sc.Regexp())
		for _, txt := range texts {
			assert.Equal(t, sc.Regexp().FindAllStringIndex(txt, -1), sc.FindAll(txt), "%s on %q", sc.Regexp(), txt)
			assert.Equal(t, sc.Regexp().FindStringIndex(txt), sc.Find(txt), "%s on %q", sc.Regexp(), txt)
		}
	}
}

func FuzzScanner(f *testing.F) {
	for _, s := range []string{"白俄罗斯成为上合组织成员国", "Belarus became a member; it is", "established in 2001 by China"} {
		f.Add(s)
	}
	scs := scanners()
	f.Fuzz(func(t *testing.T, s string) {
		for _, sc := range scs {
			if !assert.Equal(t, sc.Regexp().FindAllStringIndex(s, -1), sc.FindAll(s), "%s on %q", sc.Regexp(), s) ||
				!assert.Equal(t, sc.Regexp().FindStringIndex(s), sc.Find(s), "%s on %q", sc.Regexp(), s) {
				return
			}
		}
	})
}
