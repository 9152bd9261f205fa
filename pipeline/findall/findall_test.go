package findall

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFirstRunes(t *testing.T) {
	tests := []struct {
		expr string
		want string // sorted runes; "" = always run
	}{
		{`举行|举办|召开`, "举召"},
		{`(?i:\b(?:held|hosted)\b)`, "Hh"},
		{`成为[^,]{0,4}成员国|接收`, "成接"},
		{`(?:批准|通过)了?《`, "批通"},
		{`[^,]{0,4}会议`, ""},
		{`\d+周年`, "0123456789"},
		{`为|是|成为`, "为是成"},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			assert.ElementsMatch(t, []rune(tt.want), []rune(FirstRunes(tt.expr)))
		})
	}
}

var exprs = []string{
	`举行|举办|召开|开幕`,
	`(?i:\b(?:held|hosted|took place|met with|met)\b)`,
	`成为[^,;。]{0,24}?(?:成员国|观察员国)|接收[^,;。]{0,24}?为`,
	`为|是|(?i:\b(?:is|as|was)\b)`,
	`\d+周年|[一二三]+周年`,
	`[^,]{0,4}会议`, // no first runes: runs whole
}

var testRunes = []rune("举行办召开幕成为员国观察接收是会议周年一二三决定计划上午下0123456789 ,;。heldostkpacmwiHSATnru")

func randomText(r *rand.Rand) string {
	n := r.IntN(40)
	rs := make([]rune, n)
	for i := range rs {
		rs[i] = testRunes[r.IntN(len(testRunes))]
	}
	return string(rs)
}

func TestScannerMatchesRegexp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	texts := []string{"峰会在天津举行，论坛同期举办", "The summit was held in Astana; they met with", "伊朗成为上合组织成员国。是为", "成立24周年", ""}
	for range 3000 {
		texts = append(texts, randomText(r))
	}
	for _, e := range exprs {
		s := New(e)
		for _, txt := range texts {
			if !assert.Equal(t, s.Regexp().FindAllStringIndex(txt, -1), s.FindAll(txt), "%s on %q", e, txt) {
				return
			}
			assert.Equal(t, s.Regexp().FindStringIndex(txt), s.Find(txt), "%s on %q", e, txt)
		}
	}
}

func TestSetMatchesScanners(t *testing.T) {
	var scs []*Scanner
	for _, e := range exprs {
		scs = append(scs, New(e))
	}
	set := NewSet(scs...)
	r := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		txt := randomText(r)
		all := set.FindAll(txt, ^uint64(0))
		for k, s := range scs {
			assert.Equal(t, s.Regexp().FindAllStringIndex(txt, -1), all[k], "%s on %q", exprs[k], txt)
		}
	}
}

func FuzzFindAll(f *testing.F) {
	f.Add("峰会在天津举行")
	f.Add("xheld met with")
	scs := make([]*Scanner, len(exprs))
	for i, e := range exprs {
		scs[i] = New(e)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sc := range scs {
			if !assert.Equal(t, sc.Regexp().FindAllStringIndex(s, -1), sc.FindAll(s), "%s on %q", sc.Regexp(), s) {
				return
			}
		}
	})
}

func TestTailAndWholeMatchRegexp(t *testing.T) {
	tail := NewTail(`(?:决定|计划|(?i:\bplans? to\b))[^,;。]{0,6}$`)
	whole := NewWhole(`(?i)^(?:\s|on|in|the|上午|下午|[,，\d])*$`)
	assert.NotZero(t, tail.Reads(), "a bounded tail expression reads only the tail")
	assert.True(t, whole.Narrow(), "a whole expression of words has a known alphabet")
	r := rand.New(rand.NewPCG(5, 6))
	texts := []string{"双方决定成立", "they plans to", "on the 5", "上午 10", "会议决定", ""}
	for range 3000 {
		texts = append(texts, randomText(r))
	}
	for _, txt := range texts {
		assert.Equal(t, tail.Regexp().MatchString(txt), tail.MatchString(txt), "tail on %q", txt)
		assert.Equal(t, whole.Regexp().MatchString(txt), whole.MatchString(txt), "whole on %q", txt)
	}
}
