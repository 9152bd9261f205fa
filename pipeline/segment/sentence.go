package segment

import (
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
	ss := sentences(text)
	out := make([]doc.Span, len(ss))
	for i, s := range ss {
		out[i] = s.Span
	}
	return out
}

func sentences(text string) []sentence {
	var out []sentence
	start, bstart, r := 0, 0, 0
	cut := func(bend, rend int) {
		if rend > start {
			out = append(out, sentence{doc.Span{Start: start, End: rend}, bstart, bend})
		}
		start, bstart = rend, bend
	}
	for b := 0; b < len(text); {
		c, n := utf8.DecodeRuneInString(text[b:])
		b += n
		r++
		switch c {
		case '。', '！', '？', '；', '!', '?', ';', '\n':
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
		case '.':
			if b+1 < len(text) && text[b] == ' ' && (isUpper(text[b+1]) || text[b+1] == '"') {
				cut(b, r)
			}
		}
	}
	cut(len(text), r)
	return out
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
