package normalize

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// newByRunes is the rune-slice form of New that the one-pass scan
// replaced: the specification New and Folder.New must match.
func newByRunes(text string, fold func(rune) rune) *Text {
	orig := []rune(text)
	norm := make([]rune, 0, len(orig))
	toOrig := make([]int32, 0, len(orig)+1)
	prevNonSpace := func(i int) rune {
		for j := i - 1; j >= 0; j-- {
			if !isSpace(orig[j]) {
				return orig[j]
			}
		}
		return utf8.RuneError
	}
	nextNonSpace := func(i int) rune {
		for j := i + 1; j < len(orig); j++ {
			if !isSpace(orig[j]) {
				return orig[j]
			}
		}
		return utf8.RuneError
	}
	for i, r := range orig {
		if isSpace(r) && i > 0 && i+1 < len(orig) && joinable(prevNonSpace(i)) && joinable(nextNonSpace(i)) {
			continue
		}
		norm = append(norm, Rune(r, fold))
		toOrig = append(toOrig, int32(i))
	}
	toOrig = append(toOrig, int32(len(orig)))
	s := string(norm)
	b2r := make([]int32, len(s)+1)
	ri := int32(0)
	for b := range s {
		b2r[b] = ri
		ri++
	}
	b2r[len(s)] = ri
	return &Text{Norm: s, n: len(norm), toOrig: toOrig, byteToRune: b2r}
}

// assertSameText checks that got is want of newByRunes: the same Norm and
// the same maps, though got may leave toOrig nil (the identity) and builds
// byteToRune only when asked.
func assertSameText(t *testing.T, want, got *Text) {
	t.Helper()
	assert.Equal(t, want.Norm, got.Norm)
	assert.Equal(t, want.Len(), got.Len())
	for i := range want.toOrig {
		assert.Equal(t, int(want.toOrig[i]), got.orig(i), "rune %d", i)
	}
	for b := range want.Norm {
		assert.Equal(t, int(want.byteToRune[b]), got.RuneAt(b), "byte %d", b)
	}
	assert.Equal(t, want.Len(), got.RuneAt(len(want.Norm)))
}

// testFold folds a few Traditional characters, one of them out of the
// BMP and one into it, and leaves the rest.
func testFold(r rune) rune {
	switch r {
	case '組':
		return '组'
	case '織':
		return '织'
	case '𠀀':
		return '上'
	case '㐀':
		return '𠀁'
	}
	return r
}

var foldCases = []string{
	"", " ", "  上 ", "上合組織 峰 会", "举 行，负 责", "SCO 峰会", "a\u00a0b", "上\u3000\t 合", "２０２４年・ＳＣＯ",
	"\xff 上 \xfe", "上 \xff", "𠀀 㐀 ", "上 \ufffd 合", "end 。 ", "索海尔・汗•x‧y", "Ｓ ＣＯ",
	"plain\tascii text", "한 국 上", "上 a 上", "a 上 b", "上 上，ＡＢ 組 織 x", "\xc0\x80 上 \xed\xa0\x80", "上 \t\u3000 合 ",
}

func TestNewMatchesRuneSlices(t *testing.T) {
	f := NewFolder(testFold)
	for _, fold := range []func(rune) rune{nil, testFold} {
		for _, in := range foldCases {
			t.Run(in, func(t *testing.T) {
				want := newByRunes(in, fold)
				assertSameText(t, want, New(in, fold))
				if fold != nil {
					assertSameText(t, want, f.New(in))
				}
			})
		}
	}
}

func FuzzFolder(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	fl := NewFolder(testFold)
	f.Fuzz(func(t *testing.T, s string) {
		want := newByRunes(s, testFold)
		assertSameText(t, want, New(s, testFold))
		assertSameText(t, want, fl.New(s))
	})
}

func BenchmarkFolderNew(b *testing.B) {
	f := NewFolder(testFold)
	text := "上海合作组织峰会将于8月31日至9月1日在天津举行，上合组织副秘书长索海尔・汗出席。 举 行 SCO Summit ２０２５"
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		f.New(text)
	}
}
