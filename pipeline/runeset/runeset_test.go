package runeset

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

func TestSets(t *testing.T) {
	han := Func(func(r rune) bool { return unicode.Is(unicode.Han, r) })
	of := Of(map[rune]int{'上': 1, '𠀀': 2, 'a': 3})
	str := Runes("上𠀀a")
	for _, r := range []rune{'上', '合', 'a', 'A', '𠀀', '𠀁', -1, unicode.MaxRune} {
		assert.Equal(t, unicode.Is(unicode.Han, r), han.Has(r), "%q", r)
		want := r == '上' || r == '𠀀' || r == 'a'
		assert.Equal(t, want, of.Has(r), "%q", r)
		assert.Equal(t, want, str.Has(r), "%q", r)
	}
}

func BenchmarkHas(b *testing.B) {
	han := Func(func(r rune) bool { return unicode.Is(unicode.Han, r) })
	text := []rune("上海合作组织峰会在天津举行 SCO summit in Tianjin")
	for b.Loop() {
		for _, r := range text {
			han.Has(r)
		}
	}
}

func TestTableMatchesFunc(t *testing.T) {
	for name, tab := range map[string]*unicode.RangeTable{"Han": unicode.Han, "Greek": unicode.Greek, "Nd": unicode.Nd} {
		t.Run(name, func(t *testing.T) {
			s := Table(tab)
			for r := rune(0); r <= unicode.MaxRune; r++ {
				if s.Has(r) != unicode.Is(tab, r) {
					assert.Failf(t, "Table differs", "%U", r)
					return
				}
			}
		})
	}
}
