package split

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSplitExport checks the export rules on arbitrary text: articles come
// in input order, each text is a verbatim slice of the input that holds no
// source line of its own and no title of a following article, titles and
// sources are single trimmed lines, and a source line's time reads back
// as written (Beijing time).
func FuzzSplitExport(f *testing.F) {
	f.Add("q\n标题一\nRen Min Wang· 2025-05-24 06:31\n正文一。\n标题二\nXin Hua She· 2025-09-01 03:35\n正文二\n")
	f.Add("标题\r\nA ・ 2025-05-24 06:31\r\n\r\n正文\r\n")
	f.Add("t\nA· 2025-02-30 25:61\n")
	f.Add("\xff\nA· 2025-01-01 00:00\nbody")
	f.Fuzz(func(t *testing.T, s string) {
		arts := Split(s)
		if s != "" && len(arts) == 0 {
			t.Fatal("no article")
		}
		pos := 0
		for i, a := range arts {
			j := strings.Index(s[pos:], a.Text)
			if j < 0 {
				t.Fatalf("article %d: text %q is not in the input after offset %d", i, a.Text, pos)
			}
			pos += j + len(a.Text)
			if strings.ContainsAny(a.Title, "\n") || strings.ContainsAny(a.Source, "\n") {
				t.Fatalf("article %d: multi-line title %q or source %q", i, a.Title, a.Source)
			}
			if a.Title != strings.TrimSpace(a.Title) || a.Source != strings.TrimSpace(a.Source) {
				t.Fatalf("article %d: untrimmed title %q or source %q", i, a.Title, a.Source)
			}
			if a.Source != "" && a.Published != nil {
				if stamp := a.Published.In(Beijing).Format("2006-01-02 15:04"); !strings.Contains(s, stamp) {
					t.Fatalf("article %d: time %s is not the source line's", i, stamp)
				}
			}
			if utf8.ValidString(s) && !utf8.ValidString(a.Text) {
				t.Fatalf("article %d: valid input gave invalid text", i)
			}
		}
		if len(arts) == 1 && arts[0].Source == "" && arts[0].Text != s {
			t.Fatalf("a text without heads must be one article holding the whole text")
		}
	})
}
