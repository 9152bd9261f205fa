package figure

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fastPathTexts start figures and numbers with every kind of start word and
// rune the fast path must not skip.
var fastPathTexts = []string{
	"more than 20 countries, nearly half of the members, at least 5 projects",
	"a dollar and 42 cents, an hour, a fifth of the vote, a quarter million people",
	"percent of 10, per cent of twenty-two, percents of 3",
	"US$ 5, u.s.$ 7, HK$ 3, C $ 4, A$ 9, RM 42, Rs. 300, MUSD 30, ringgit 5, malaysian ringgit 6",
	"minus five dollars, negative 3 percent, point five percent, zero point two",
	"one hundred dollars, hundreds of people, twenty-one trillion, nil, nought",
	"the one, that one, Group 2 covers 40% of the total, 5G networks",
	"超过20个国家，近300人，约5亿美元，人民币8亿元，百分之五十，半成，打对折，上千人",
	"3000亿、4000亿和5000亿美元; 10, 20 and 30 dollars; 五五折",
	"www.三.com 一切 http://example.com/五 ＨＴＴＰ：／／一二 参观 叁拾参",
}

// seedTexts returns the seed pages when they are present.
func seedTexts(tb testing.TB) []string {
	paths, _ := filepath.Glob("../../seeds/*.txt")
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(tb, err)
		out = append(out, string(data))
	}
	return out
}

// slowExtract runs Extract with the fast path off: the readers at every
// position.
func slowExtract(s string) string {
	fastPath = false
	defer func() { fastPath = true }()
	return fmt.Sprintf("%+v", Extract(s, Options{}))
}

func TestFastPathSkipsNothing(t *testing.T) {
	for _, s := range append(fastPathTexts, seedTexts(t)...) {
		name := s
		if len(name) > 40 {
			name = name[:40]
		}
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, slowExtract(s), fmt.Sprintf("%+v", Extract(s, Options{})))
		})
	}
}

func TestSkipWord(t *testing.T) {
	tests := []struct {
		text string
		skip bool
	}{
		{"the", true}, {"of", true}, {"and", true}, {"organisation", true}, {"thee", true},
		{"a", false}, {"an", false}, {"one", false}, {"twenty", false}, {"more", false},
		{"percent", false}, {"us", false}, {"u", false}, {"rm", false}, {"malaysian", false}, {"minus", false},
		{strings.Repeat("x", 40), true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			rs := []rune(tt.text + " 5")
			want := 0
			if tt.skip {
				want = len(tt.text)
			}
			assert.Equal(t, want, skipWord(rs, 0))
		})
	}
}

func TestBlockHints(t *testing.T) {
	for _, s := range fastPathTexts {
		t.Run(s[:10], func(t *testing.T) {
			_, rs, _, h := fold(s, nil)
			got, _ := blockMask(rs, h, nil)
			all, _ := blockMask(rs, blockHints{url: true, numerals: true}, nil)
			if all == nil {
				assert.Nil(t, got)
				return
			}
			assert.Equal(t, all, got)
		})
	}
}

func TestAtof(t *testing.T) {
	tests := []string{"0", "5", "0.1", "0.3", "2.7", "5100", "1234567.89", "9007199254740991", "9007199254740993",
		"123456789012345678901234567890", "0.0000000000000000000000001", "3.14159265358979323846", "00012.500"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		ip, fp := strconv.Itoa(r.IntN(1_000_000_000)), strconv.Itoa(r.IntN(1_000_000_000))
		tests = append(tests, ip, ip+"."+fp, "."+fp)
	}
	for _, s := range tests {
		want, wantErr := strconv.ParseFloat(s, 64)
		got, err := atof([]byte(s))
		require.Equal(t, wantErr == nil, err == nil, s)
		assert.Equal(t, want, got, s)
	}
}

func TestWordList(t *testing.T) {
	l := newWordList("up ", "增长", "share of")
	tests := []struct {
		text     string
		in, head bool
	}{
		{"prices went up 5%", true, false},
		{"group 2", false, false},
		{"up to", true, true},
		{"同比增长", true, false},
		{"the share of", true, false},
		{"timeshare of", false, false},
		{"up", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			rs := []rune(tt.text)
			assert.Equal(t, tt.in, l.in(rs, 0, len(rs)))
			assert.Equal(t, tt.head, l.startsWith(rs, 0, len(rs)))
		})
	}
}
