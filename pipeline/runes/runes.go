// Package runes reads document text as code points quickly: stages index
// text by code point (the offsets every table stores) but slice it by byte,
// so they need both, for every document, on the hot path.
//
//	n, ok := runes.Decode(rs, off, s) // rs[:n] = []rune(s), off[i] = byte offset of rs[i], off[n] = len(s)
//	end := runes.ASCIIEnd(s, 0)       // first non-ASCII byte
//	runes.Prefix(s, 32)               // s cut after 32 bytes, at a rune start
package runes

import "unicode/utf8"

// Decode writes the code points of s to rs and the byte offset of each to
// off, with off[n] = len(s), and returns their number n. rs needs len(s)
// slots and off len(s)+1 (a rune takes a byte at least). ASCII and the
// three-byte runes U+1000 to U+CFFF (Han among them) are decoded inline.
// ok is false, and rs and off are partly written, when s is not valid
// UTF-8: the caller then decodes the way []rune(s) does (U+FFFD).
func Decode(rs []rune, off []int32, s string) (n int, ok bool) {
	for i := 0; i < len(s); n++ {
		c := s[i]
		if c < utf8.RuneSelf {
			rs[n], off[n] = rune(c), int32(i)
			i++
			continue
		}
		if 0xE1 <= c && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			rs[n], off[n] = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), int32(i)
			i += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			return n, false
		}
		rs[n], off[n] = r, int32(i)
		i += w
	}
	off[n] = int32(len(s))
	return n, true
}

// ASCIIEnd returns the first offset at or after i of a byte of s that is
// not ASCII, len(s) when none, reading eight bytes at a time.
func ASCIIEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// Prefix returns s cut after n bytes, at the next rune start: an anchored
// expression whose matches are shorter than n, with at most a \b after
// them, answers on it as on s.
func Prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n < len(s) && !utf8.RuneStart(s[n]) {
		n++
	}
	return s[:n]
}
