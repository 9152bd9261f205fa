package normalize

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNew(t *testing.T) {
	trad := func(r rune) rune {
		switch r {
		case '組':
			return '组'
		case '織':
			return '织'
		}
		return r
	}
	tests := []struct {
		name, in, norm string
	}{
		{"plain", "上合组织", "上合组织"},
		{"full width digits", "２０２４年", "2024年"},
		{"full width letters", "ＳＣＯ峰会", "SCO峰会"},
		{"dots", "索海尔・汗 索海尔•汗 索海尔‧汗 索海尔･汗", "索海尔·汗索海尔·汗索海尔·汗索海尔·汗"},
		{"pdf spaces", "举 行会议，负 责", "举行会议,负责"},
		{"english spaces kept", "SCO Summit 2025", "SCO Summit 2025"},
		{"space between latin and han kept", "SCO 峰会", "SCO 峰会"},
		{"traditional", "上合組織", "上合组织"},
		{"ideographic space", "上合\u3000组织", "上合组织"},
		{"newline kept", "上合\n组织", "上合\n组织"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := New(tt.in, trad)
			assert.Equal(t, tt.norm, got.Norm)
			assert.Equal(t, len([]rune(tt.norm)), got.Len())
		})
	}
}

func TestOrigMapsBack(t *testing.T) {
	in := "会议在天津 举 行，索海尔・汗出席"
	txt := New(in, nil)
	orig := []rune(in)
	norm := []rune(txt.Norm)
	for s := 0; s <= len(norm); s++ {
		for e := s; e <= len(norm); e++ {
			sp := txt.Orig(s, e)
			require.LessOrEqual(t, sp.Start, sp.End)
			require.LessOrEqual(t, sp.End, len(orig))
			if e > s {
				// the original span, with spaces dropped and folded, is the normalized span
				got := New(string(orig[sp.Start:sp.End]), nil).Norm
				assert.Equal(t, string(norm[s:e]), got, "span %d:%d", s, e)
			}
		}
	}
	sp := txt.Orig(5, 7) // 举行
	assert.Equal(t, "举 行", string(orig[sp.Start:sp.End]))
}

func TestByteSpan(t *testing.T) {
	txt := New("SCO峰会 举 行", nil)
	b0 := len("SCO峰会")
	sp := txt.ByteSpan(b0, len(txt.Norm))
	assert.Equal(t, "举 行", string([]rune("SCO峰会 举 行")[sp.Start:sp.End]))
}

func FuzzNew(f *testing.F) {
	for _, s := range []string{"举 行", "２０２４", "a · b", "\xff\xfe", "上合 組織 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		txt := New(s, nil)
		n := txt.Len()
		orig := len([]rune(s))
		for i := 0; i <= n; i++ {
			sp := txt.Orig(i, n)
			if sp.Start < 0 || sp.End > orig || sp.Start > sp.End {
				t.Fatalf("span %v outside %d", sp, orig)
			}
		}
	})
}
