package event

import (
	"math/rand"
	"regexp"
	"testing"
)

// datelinePrefix is a news agency dateline with its reporter credit:
// stripDatelineRunes removes what it matches.
var datelinePrefix = regexp.MustCompile(`^[^,，。]{0,20}?\s*电\s*|[(（][^)）]*[)）]`)

// TestStripDatelineRunes compares stripDatelineRunes with the expression
// it stands for, on a table and on random texts of the runes that matter.
func TestStripDatelineRunes(t *testing.T) {
	texts := []string{
		"", "新华社北京9月1日电 ", "新华社北京9月1日电（记者张三）9月1日，", "(Xinhua) 9月1日", "电", " 电 x",
		"一二三四五六七八九十一二三四五六七八九十一电", "一二三四五六七八九十一二三四五六七八九十     电 ", "a，电", "（未闭合",
		"(a)(b)c（d）e", "(a）b", "x电电 y", "。电", "abc\n电\t(q",
	}
	alphabet := []rune("电 \t,，。()（）a中\n")
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		rs := make([]rune, rng.Intn(40))
		for i := range rs {
			rs[i] = alphabet[rng.Intn(len(alphabet))]
		}
		texts = append(texts, string(rs))
	}
	for _, s := range texts {
		if got, want := string(stripDatelineRunes(nil, []rune(s))), datelinePrefix.ReplaceAllString(s, ""); got != want {
			t.Fatalf("stripDatelineRunes(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestEncode compares encode with []rune on valid and invalid text.
func TestEncode(t *testing.T) {
	b := new(runeBuf)
	for _, s := range []string{"", "abc", "上海合作组织", "a\xffb", "\xe4\xb8", "中\xe4", "\xed\xa0\x80x", "\xe0\x80\x80", "𝄞x", "ſK", "é中a", "\xef\xbf\xbd"} {
		rs, str, off := b.encode(s)
		want := []rune(s)
		if string(rs) != string(want) || str != string(want) || len(off) != len(want)+1 {
			t.Errorf("encode(%q) = %q, %q, want %q", s, rs, str, want)
			continue
		}
		for i := range want {
			if str[off[i]:off[i+1]] != string(want[i]) {
				t.Errorf("encode(%q): rune %d at %d", s, i, off[i])
			}
		}
	}
}
