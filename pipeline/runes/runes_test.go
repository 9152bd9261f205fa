package runes

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

var texts = []string{"", "abc", "上合组织峰会", "Tianjin 天津 · 2025年", "é ü Ж ← 😀 ㄅ ꀀ 가", "\uFFFD ok", "\xe4\xb8", "a\xffb", "上\xe4\xb8合"}

func check(t *testing.T, s string) {
	rs, off := make([]rune, len(s)), make([]int32, len(s)+1)
	n, ok := Decode(rs, off, s)
	if !assert.Equal(t, utf8.ValidString(s), ok, "%q", s) || !ok {
		return
	}
	assert.Equal(t, []rune(s), rs[:n], "%q", s)
	i := 0
	for k, r := range s {
		assert.Equal(t, int32(k), off[i], "%q rune %d", s, i)
		_ = r
		i++
	}
	assert.Equal(t, int32(len(s)), off[n])
}

func TestDecode(t *testing.T) {
	for _, s := range texts {
		check(t, s)
	}
}

func TestASCIIEndAndPrefix(t *testing.T) {
	tests := []struct {
		s       string
		i, want int
	}{
		{"", 0, 0}, {"abcdefghij", 0, 10}, {"abcdefghij上", 2, 10}, {"上", 0, 0}, {"abc上def", 0, 3}, {"abcdefgh上", 8, 8},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ASCIIEnd(tt.s, tt.i), "%q from %d", tt.s, tt.i)
	}
	assert.Equal(t, "上合", Prefix("上合组织", 4), "cut inside a rune moves to the next start")
	assert.Equal(t, "上", Prefix("上合组织", 3))
	assert.Equal(t, "ab", Prefix("ab", 5))
}

// FuzzDecode checks Decode against []rune on any input.
func FuzzDecode(f *testing.F) {
	for _, s := range texts {
		f.Add(s)
	}
	f.Fuzz(check)
}
