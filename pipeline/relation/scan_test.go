package relation

import (
	"github.com/sco-news/extract/pipeline/doctest"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
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
		"established in 2001 by", "Founded in 1996 by", "granted", "absorb", "absorbed", "becomes", "bid to", "ſeeks to", "obſervers", "partner ſtatus", "SCO Partners",
		"member states, including", "observers such as", "等", "在内的", "10个", "观察员国", "对话伙伴国", "Kelvin", "MAKE", "x", "_", "1", " ", ",", "。", "\xe4", "\xff", "é", "ſ", "K", "SCO"}
	texts = append(texts, doctest.Pieces(pieces, 12, 3000, 3, 4)...)
	return texts
}

// scanned is a finder with the regular expression it replaces.
type scanned struct {
	f    finder
	expr string
}

// scanners are the membership triggers, statuses and pendingRe, each with
// the regular expression it must match like (the words lists replaced
// these expressions).
func scanners() []scanned {
	return []scanned{
		{pendingRe, `申请|希望|寻求|争取|(?i:process of|applied to|applies to|seeks? to|hopes? to|wants? to|bid to)`},
		{memberTriggers[0].re, `接收|给予|吸收|(?i:\b(?:granted|admitted|accepted|accepting|absorb|absorbed|made|welcomed)\b)`},
		{memberTriggers[1].re, `(?i:\b(?:established|founded) in \d{4} by\b)`},
		{memberTriggers[2].re, `成为|加入|升级为|转为|作为|为|是|(?i:\b(?:became|become|becomes|joined|joins|is|are|was|were|as)\b)`},
		{statuses[0].re, `观察员|(?i:\bobservers?\b)`},
		{statuses[1].re, `对话伙伴|(?i:\bdialogue partners?\b)`},
		{statuses[2].re, `伙伴国|上合组织伙伴|(?i:\bSCO partners?\b|\bpartner (?:state|country|status)\b)`},
		{statuses[3].re, `成员国|正式成员|创始成员|(?i:\bmembers?\b|\bfull members?\b|\bmember states?\b|\bfounding members?\b)`},
		{pluralRe, `(?i)\b(?:members|states|countries|observers|partners)\b`},
		{enListRe, `(?i)\b(member states?|member countries|members|observer states?|observers|dialogue partners|partner states|partner countries|partners)\b,? (?:including|among them|among which|such as|notably|namely)\b`},
		{zhListRe, `(?:在内的|等)[^，,。；、]{0,8}?(?:[0-9一二三四五六七八九十]+个)?(成员国|观察员国|对话伙伴国|对话伙伴|伙伴国)`},
	}
}

// TestScannerMatchesRegexp checks that every scanner and words list finds
// exactly what its regular expression finds, and that the listings'
// groups are the expression's.
func TestScannerMatchesRegexp(t *testing.T) {
	texts := scanTexts(t)
	for _, sc := range scanners() {
		re := regexp.MustCompile(sc.expr)
		for _, txt := range texts {
			assert.Equal(t, re.FindAllStringIndex(txt, -1), sc.f.FindAll(txt), "%s on %q", re, txt)
			assert.Equal(t, re.FindStringIndex(txt), sc.f.Find(txt), "%s on %q", re, txt)
		}
	}
	for _, txt := range texts {
		tx := newText(txt)
		_, both := tx.scan(doc.Span{Start: 0, End: len(tx.rs)})
		if !utf8.ValidString(txt) {
			continue // the text holds txt's runes: U+FFFD for invalid bytes
		}
		assert.Equal(t, memberTriggers[0].re.FindAll(txt), both[0], "admitWords on %q", txt)
		assert.Equal(t, memberTriggers[2].re.FindAll(txt), both[1], "becomeWords on %q", txt)
	}
	for _, sc := range []*findall.Scanner{enListRe, zhListRe} {
		for _, txt := range texts {
			assert.Equal(t, sc.Regexp().FindAllStringSubmatchIndex(txt, -1), submatches(sc, txt, true), "%s on %q", sc.Regexp(), txt)
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
			re := regexp.MustCompile(sc.expr)
			if !assert.Equal(t, re.FindAllStringIndex(s, -1), sc.f.FindAll(s), "%s on %q", re, s) ||
				!assert.Equal(t, re.FindStringIndex(s), sc.f.Find(s), "%s on %q", re, s) {
				return
			}
		}
	})
}

// TestZhRoleMatchesRegexp checks zhRole against zhRoleRe on the runs
// between mentions a role can be: Han runs with and without head words.
func TestZhRoleMatchesRegexp(t *testing.T) {
	heads := append([]string{"", "长", "副", "a", " ", "的", "一二三四五六七八九十"}, zhRoleHeads...)
	rnd := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range rnd.IntN(6) {
			b.WriteString(heads[rnd.IntN(len(heads))])
		}
		role := b.String()
		assert.Equal(t, zhRoleRe.MatchString(role), zhRole(role), "%q", role)
	}
}

// TestCuesKeepEveryMatch checks that a sentence whose rules' expressions
// match (on the whole text or from a rune on) has the rules' cue.
func TestCuesKeepEveryMatch(t *testing.T) {
	texts := scanTexts(t)
	texts = append(texts, "The SCO, which comprises China", "the SCO, whoſe members include", "India's accession to the", "ADMISSION into", "conſiſts of")
	type check struct {
		re  *regexp.Regexp
		cue func(cues) bool
	}
	status := func(c cues) bool { return c.status }
	checks := []check{
		{statusNounRe, status}, {zhStatusNounRe, status}, {appositionRe, status}, {enListRe.Regexp(), status}, {zhListRe.Regexp(), status}, {othersRe, status},
		{foundersRe, func(c cues) bool { return c.founders }},
		{comprisesRe, func(c cues) bool { return c.comprise }},
		{accessionRe, func(c cues) bool { return c.accede }},
	}
	for _, st := range statuses {
		checks = append(checks, check{st.re.Regexp(), status})
	}
	for _, txt := range texts {
		tx := newText(txt)
		if len(tx.rs) > 80 {
			continue // the seeds' long lines: the random mixes cover the words
		}
		c, _ := tx.scan(doc.Span{Start: 0, End: len(tx.rs)})
		for _, ch := range checks {
			for i := range tx.rs {
				if ch.re.MatchString(tx.sub(i, len(tx.rs))) {
					assert.True(t, ch.cue(c), "%s matches %q but the cue is missing", ch.re, txt)
					break
				}
			}
		}
	}
}
