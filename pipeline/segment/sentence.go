package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
)

// sentence is a sentence span in runes and bytes.
type sentence struct {
	doc.Span
	bStart, bEnd int
}

// Sentences returns the sentence spans of text (rune offsets): a sentence
// ends after 。！？；!?; or a line break, and after ". " when a capital
// letter, a digit or a quote follows (English).
func Sentences(text string) []doc.Span {
	return spans(sentences(text))
}

func spans(ss []sentence) []doc.Span {
	out := make([]doc.Span, len(ss))
	for i, s := range ss {
		out[i] = s.Span
	}
	return out
}

func sentences(text string) []sentence {
	out := make([]sentence, 0, len(text)/64+1)
	start, bstart, r := 0, 0, 0
	cut := func(bend, rend int) {
		if rend > start {
			out = append(out, sentence{doc.Span{Start: start, End: rend}, bstart, bend})
		}
		start, bstart = rend, bend
	}
	for b := 0; b < len(text); {
		// skip the ASCII that ends nothing
		for b < len(text) && plainByte[text[b]] {
			b++
			r++
		}
		if b == len(text) {
			break
		}
		c := text[b]
		end := false
		switch {
		case c < utf8.RuneSelf:
			b++
			switch c {
			case '!', '?', ';', '\n':
				end = true
			case '.':
				if b+1 < len(text) && text[b] == ' ' && (isUpper(text[b+1]) || text[b+1] == '"') {
					r++
					cut(b, r)
					continue
				}
			}
		case c == 0xE3 || c == 0xEF:
			// 。 is E3 80 82; ！？； are EF BC 81, 9F, 9B
			q, n := decodeRune(text, b)
			b += n
			end = q == '。' || q == '！' || q == '？' || q == '；'
		case plain3(text, b):
			b += 3
		default:
			_, n := decodeRune(text, b)
			b += n
		}
		r++
		if !end {
			continue
		}
		// keep closing quotes with the sentence
		for b < len(text) {
			q, m := utf8.DecodeRuneInString(text[b:])
			if q != '”' && q != '"' && q != '’' && q != '」' && q != ')' && q != '）' {
				break
			}
			b += m
			r++
		}
		cut(b, r)
	}
	cut(len(text), r)
	return out
}

// plainByte marks the ASCII bytes that never end a sentence.
var plainByte = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !strings.ContainsRune("!?;\n.", rune(c))
	}
	return t
}()

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
