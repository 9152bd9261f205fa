package segment

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
)

// sentencesByRune is the rune-by-rune form of sentences that the byte scan
// replaced: the specification the fast one must match.
func sentencesByRune(text string) []sentence {
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

func TestSentencesMatchRuneScan(t *testing.T) {
	texts := append(randomTexts(3000), "", "。", "a. B", "a. b", "x.\n", "\xe3\x80", "\xef\xbc\x81”)", "问？」）下", "ok! \"Yes\". 2 more")
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	for i, text := range texts {
		want := sentencesByRune(text)
		got := sentences(text)
		if len(want) == 0 {
			assert.Empty(t, got, "text %d %q", i, short(text))
			continue
		}
		if !assert.Equal(t, want, got, "text %d %q", i, short(text)) {
			break
		}
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range randomTexts(20) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, got := sentencesByRune(s), sentences(s)
		if len(want) == 0 {
			assert.Empty(t, got)
			return
		}
		assert.Equal(t, want, got)
	})
}
