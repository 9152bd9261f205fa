package annotate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRuneIndexCut(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"empty", ""},
		{"ascii", "SCO Summit 2025 in Tianjin"},
		{"han", "上海合作组织峰会"},
		{"mixed", "上合组织SCO峰会 2025年·𠀀x"},
		{"one stride", strings.Repeat("上", stride)},
		{"strides", strings.Repeat("a上𠀀b·", stride)},
		{"ascii runs", strings.Repeat("abcdefghij上", stride)},
		{"long ascii run", "上" + strings.Repeat("x", 3*stride+5) + "合"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, ok := newRuneIndex(tt.text)
			assert.True(t, ok)
			rs := []rune(tt.text)
			for s := 0; s <= len(rs); s++ {
				for e := s; e <= len(rs); e++ {
					assert.Equal(t, string(rs[s:e]), x.cut(s, e), "%d:%d", s, e)
				}
			}
		})
	}
	_, ok := newRuneIndex("上合\xff组织")
	assert.False(t, ok, "not UTF-8")
}
