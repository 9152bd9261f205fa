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

func TestDictionaryFirstLoadWins(t *testing.T) {
	d := newDictionary()
	d.load("甲乙 10 n\n甲乙 20 v\nAB型 5 n\nab型 7 v\n甲乙丙 3 n\n乙 9 n\n\xff 4 x\n")
	require.NoError(t, d.finish())
	tests := []struct {
		key  string
		freq float64 // 0: no word
		pos  string
	}{
		{"甲乙", 10, "n"},
		{"ab型", 5, "n"}, // keys are lowered: the first spelling wins
		{"甲乙丙", 3, "n"},
		{"乙", 2, "n"}, // one rune: frequency 2
		{"\xff", 2, "x"},
		{"甲", 0, ""}, // a prefix only
		{"\ufffd", 0, ""},
		{"丙", 0, ""},
		{"甲乙丙丁", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			v := d.lookup(tt.key)
			if tt.freq == 0 {
				assert.Equal(t, int32(-1), v)
				return
			}
			require.GreaterOrEqual(t, v, int32(0))
			assert.Equal(t, tt.freq, d.entries[v].freq)
			assert.Equal(t, tt.pos, d.tags[d.entries[v].pos])
		})
	}
	assert.Len(t, d.entries, 5, "one entry per key")
	assert.Equal(t, 10.0+5+3+2+2, d.total, "later loads add nothing")
}
