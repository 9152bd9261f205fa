package event

import (
	"regexp"
	"strings"
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
		{`\d+周年`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			got := []rune(firstRunes(tt.expr))
			assert.ElementsMatch(t, []rune(tt.want), got)
		})
	}
}

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
			}{{p.zh, p.zhFirst}, {p.en, p.enFirst}} {
				if pair.re.MatchString(txt) && pair.first != "" {
					assert.True(t, strings.ContainsAny(txt, pair.first), "%s matches %q but the prefilter would skip it", pair.re, txt)
				}
			}
		}
	}
}
