package segment

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	once   sync.Once
	shared *Segmenter
)

func testSegmenter(t testing.TB) *Segmenter {
	once.Do(func() {
		var err error
		shared, err = New([]string{"上合组织", "索海尔·汗", "中吉乌铁路", "Shanghai Cooperation Organisation"})
		require.NoError(t, err)
	})
	return shared
}

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokensKeepDomainWordsWhole(t *testing.T) {
	seg := testSegmenter(t)
	tests := []struct {
		in   string
		want string
	}{
		{"上合组织副秘书长索海尔·汗", "索海尔·汗"},
		{"上合组织副秘书长索海尔·汗", "上合组织"},
		{"中吉乌铁路项目启动", "中吉乌铁路"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Contains(t, texts(seg.Tokens(tt.in)), tt.want)
		})
	}
}

func TestTokenOffsets(t *testing.T) {
	seg := testSegmenter(t)
	in := "SCO峰会。\n上合组织在天津举行会议！Next."
	rs := []rune(in)
	for _, tok := range seg.Tokens(in) {
		assert.Equal(t, tok.Text, string(rs[tok.Start:tok.End]))
	}
}

func TestSentences(t *testing.T) {
	in := "第一句。第二句！“第三句？”\nThe SCO met. It agreed. e.g. fine"
	rs := []rune(in)
	var got []string
	for _, s := range Sentences(in) {
		got = append(got, string(rs[s.Start:s.End]))
	}
	assert.Equal(t, []string{"第一句。", "第二句！", "“第三句？”", "\n", "The SCO met.", " It agreed. e.g. fine"}, got, "no cut before a lower-case word")
}

func BenchmarkTokens(b *testing.B) {
	seg := testSegmenter(b)
	text := "上海合作组织峰会将于8月31日至9月1日在天津举行，上合组织副秘书长索海尔·汗出席。"
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		seg.Tokens(text)
	}
}

// BenchmarkNew measures the segmenter's start-up with the domain words.
func BenchmarkNew(b *testing.B) {
	words := []string{"上合组织", "索海尔·汗", "中吉乌铁路"}
	b.ReportAllocs()
	for b.Loop() {
		_, err := New(words)
		require.NoError(b, err)
	}
}

func TestDictionaryHashCollisions(t *testing.T) {
	d := newDictionary()
	d.add("甲乙", 10, "n")
	// pretend 丙丁 hashes like 甲乙
	d.index[fnv(fnvOffset, "丙丁")] = d.index[fnv(fnvOffset, "甲乙")]
	v, walkOn := d.lookup(fnv(fnvOffset, "丙丁"), "丙丁")
	assert.Equal(t, int32(-1), v, "an unconfirmed hit is no word")
	assert.True(t, walkOn, "but the walk goes on")
	v, _ = d.lookup(fnv(fnvOffset, "甲乙"), "甲乙")
	assert.Equal(t, int32(0), v)
	d.add("丙丁", 10, "n")
	assert.ErrorContains(t, d.finish(), "same hash", "two words with one hash are refused")
}
