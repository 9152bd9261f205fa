package segment

import (
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTrieFind checks lookups through every kind of step: the dense root
// table, short sibling blocks, the hash table of nodes of many children,
// runes beyond the Basic Multilingual Plane and bytes that are not UTF-8.
func TestTrieFind(t *testing.T) {
	d := newDictionary()
	var lines string
	for i := range 3 * linearScan {
		lines += fmt.Sprintf("甲%c 5 n\n", '乙'+rune(i)) // a node of many children
	}
	lines += "甲 3 v\n甲乙丙丁 4 nr\n𠀀𠀁 6 x\n\xff\xfe 7 x\nAB型 8 n\n𠀀 2 x\n"
	d.load(lines)
	require.NoError(t, d.finish())
	for _, tc := range []struct {
		key string
		tag string // "": not a word
	}{
		{"甲", "v"},
		{"甲乙", "n"},
		{fmt.Sprintf("甲%c", '乙'+rune(3*linearScan-1)), "n"},
		{fmt.Sprintf("甲%c", '乙'+rune(3*linearScan)), ""},
		{"甲乙丙", ""}, // a prefix only
		{"甲乙丙丁", "nr"},
		{"𠀀𠀁", "x"},
		{"𠀀", "x"},
		{"𠀁", ""},
		{"\xff\xfe", "x"},
		{"\xff", ""},
		{"ab型", "n"},
		{"乙", ""},
	} {
		t.Run(tc.key, func(t *testing.T) {
			e := d.lookup(tc.key)
			if tc.tag == "" {
				assert.Equal(t, int32(-1), e)
				return
			}
			require.GreaterOrEqual(t, e, int32(0))
			assert.Equal(t, tc.tag, d.tag(e))
		})
	}
}

// TestDecodeRuneMatchesUTF8 checks decodeRune and plain3 against utf8 on
// every sequence a three-byte lead can start, cut short or not.
func TestDecodeRuneMatchesUTF8(t *testing.T) {
	for lead := 0xE0; lead <= 0xEF; lead++ {
		for b1 := 0; b1 < 256; b1++ {
			for b2 := 0; b2 < 256; b2++ {
				s := string([]byte{byte(lead), byte(b1), byte(b2)})
				for _, in := range []string{s, s[:2], "a" + s + "b"} {
					i := 0
					if in[0] == 'a' {
						i = 1
					}
					r, n := decodeRune(in, i)
					wr, wn := utf8.DecodeRuneInString(in[i:])
					if r != wr || n != wn {
						t.Fatalf("decodeRune(%q, %d) = %U, %d; utf8 gives %U, %d", in, i, r, n, wr, wn)
					}
					if plain3(in, i) && (wn != 3 || wr != rune(lead&0x0F)<<12|rune(b1&0x3F)<<6|rune(b2&0x3F)) {
						t.Fatalf("plain3(%q, %d) but utf8 gives %U, %d", in, i, wr, wn)
					}
				}
			}
		}
	}
}
