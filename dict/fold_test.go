package dict

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestFoldRune(t *testing.T) {
	tests := []struct {
		in, want rune
	}{
		{'後', '后'}, {'國', '国'}, {'組', '组'}, {'織', '织'}, {'灣', '湾'},
		{'２', '2'}, {'Ａ', 'A'}, {'，', ','}, {'％', '%'}, {'\u3000', ' '},
		{'・', '·'}, {'•', '·'}, {'‧', '·'}, {'･', '·'}, {'⋅', '·'}, {'·', '·'},
		{'中', '中'}, {'a', 'a'}, {'。', '。'}, {'、', '、'}, {'“', '“'},
		{'乾', '乾'}, // kept: 乾隆 is Simplified too
	}
	for _, tt := range tests {
		t.Run(string(tt.in), func(t *testing.T) {
			assert.Equal(t, string(tt.want), string(FoldRune(tt.in)))
		})
	}
}

func TestMatchKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"traditional", "上海合作組織", "上海合作组织"},
		{"traditional name", "哈薩克斯坦", "哈萨克斯坦"},
		{"full width", "ＳＣＯ", "SCO"},
		{"full width digits", "２０２５年", "2025年"},
		{"katakana dot", "索海尔・汗", "索海尔·汗"},
		{"half-width dot", "索海尔･汗", "索海尔·汗"},
		{"bullet", "索海尔•汗", "索海尔·汗"},
		{"spaces between han", "上合 组织", "上合组织"},
		{"spaces around dot", "索海尔 · 汗", "索海尔·汗"},
		{"ideographic space", "上合\u3000组织", "上合组织"},
		{"english spaces kept", "Shanghai  Cooperation\tOrganisation", "Shanghai Cooperation Organisation"},
		{"han then latin", "上合 SCO", "上合 SCO"},
		{"trim", "  SCO ", "SCO"},
		{"case kept", "sco", "sco"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, MatchKey(tt.in))
		})
	}
}

func TestT2STable(t *testing.T) {
	assert.Greater(t, len(t2s), 4000, "t2s.txt should hold the whole opencc character table")
	for tr, s := range t2s {
		if tr == s {
			t.Errorf("%c maps to itself", tr)
		}
	}
}

// FuzzMatchKey checks that folding keeps one rune per rune, that MatchKey
// is idempotent, and that neither panics.
func FuzzMatchKey(f *testing.F) {
	for _, s := range []string{"上海合作組織", "索海尔 ・ 汗", "ＳＣＯ ２０２５", "a  b", "\xff\xfe", "· ·"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := 0
		for _, r := range s {
			if f := FoldRune(r); f == utf8.RuneError && r != utf8.RuneError {
				t.Errorf("FoldRune(%U) = RuneError", r)
			}
			n++
		}
		k := MatchKey(s)
		if utf8.RuneCountInString(k) > n {
			t.Errorf("MatchKey(%q) = %q has more runes than its input", s, k)
		}
		if k2 := MatchKey(k); k2 != k {
			t.Errorf("MatchKey not idempotent: %q -> %q -> %q", s, k, k2)
		}
	})
}

func BenchmarkFoldRune(b *testing.B) {
	text := []rune("2025年8月31日至9月1日，上海合作組織峰會在天津舉行。Zhang Ming・索海尔•汗")
	b.SetBytes(int64(len(string(text))))
	for b.Loop() {
		for _, r := range text {
			_ = FoldRune(r)
		}
	}
}

func BenchmarkMatchKey(b *testing.B) {
	for b.Loop() {
		_ = MatchKey("上海合作組織 成員國 元首理事會 Shanghai Cooperation Organisation")
	}
}
