package wordlist

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// lists are word lists of every kind, each checked against the regexp it
// is equivalent to.
var lists = []*List{
	NewList(Zh("成员国", "成员", "观察员国", "观察员")),
	NewList(En("members", "member", "member states", "observer")),
	NewList(Loose("ccession", "dmission", "made up")),
	NewList(Zh("伙伴国"), En("partner", "SCO partners", "sk", "ks")),
}

func TestListMatchesItsRegexp(t *testing.T) {
	texts := []string{
		"", "成员国和观察员国", "五个成员", "Members and member states met; observers",
		"memberships", "a member.", "MEMBER STATES", "its accession and admission, made up of",
		"ſk and ks, Ks and KS", "SCO partners, partnership", "伙伴国partner伙伴国", "\xff成员\xfe",
	}
	for _, l := range lists {
		for _, s := range texts {
			t.Run(l.Regexp().String()+"/"+s, func(t *testing.T) {
				assert.Equal(t, l.Regexp().FindAllStringIndex(s, -1), l.FindAll(s))
				assert.Equal(t, l.Regexp().FindStringIndex(s), l.Find(s))
				assert.Equal(t, l.Regexp().MatchString(s), l.Match(s))
			})
		}
	}
}

func TestGapAndCross(t *testing.T) {
	l := NewSet([]Word{Gap("成为", `[^,;。]{0,24}?成员国`)}, Zh(Cross([]string{"揭牌", "启动"}, []string{"仪式", ""})...))
	got := l.FindAll("白俄罗斯成为上合组织成员国，启动仪式和揭牌", 3)
	assert.Equal(t, [][]int{{12, 39}}, got[0])
	assert.Equal(t, [][]int{{42, 54}, {57, 63}}, got[1])
}

func TestBoundary(t *testing.T) {
	tests := []struct {
		text string
		i    int
		want bool
	}{
		{"a b", 1, true}, {"ab", 1, false}, {"a", 0, true}, {"", 0, false}, {"成a", 3, true}, {"成员", 3, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Boundary(tt.text, tt.i), "%q at %d", tt.text, tt.i)
	}
}

// FuzzList checks every list against its regexp on any text.
func FuzzList(f *testing.F) {
	f.Add("Members and member states; 成员国 observers ſk")
	f.Add("\xffaccession成员")
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range lists {
			if want, got := l.Regexp().FindAllStringIndex(s, -1), l.FindAll(s); !assert.Equal(t, want, got, "%s on %q", l.Regexp(), s) {
				return
			}
		}
	})
}
