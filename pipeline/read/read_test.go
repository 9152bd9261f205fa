package read

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestDecode(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("上海合作组织峰会在天津举行。"))
	require.NoError(t, err)
	tests := []struct {
		name     string
		in       []byte
		text     string
		enc      string
		warn     bool
		rejected error
	}{
		{"utf8", []byte("上合组织"), "上合组织", "utf-8", false, nil},
		{"bom", []byte("\xEF\xBB\xBF上合组织"), "上合组织", "utf-8", false, nil},
		{"gbk", gbk, "上海合作组织峰会在天津举行。", "gb18030", false, nil},
		{"utf16", []byte{0xFF, 0xFE, 'S', 0, 'C', 0, 'O', 0}, "SCO", "utf-16", false, nil},
		{"invalid byte", []byte("上合组织\xff峰会 SCO summit in Tianjin"), "上合组织\uFFFD峰会 SCO summit in Tianjin", "utf-8", true, nil},
		{"empty", []byte(" \n"), "", "", false, ErrEmpty},
		{"binary", []byte("PK\x03\x04\x00\x00binary"), "", "", false, ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in)
			if tt.rejected != nil {
				assert.ErrorIs(t, err, tt.rejected)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.text, got.Text)
			assert.Equal(t, tt.enc, got.Encoding)
			assert.Equal(t, tt.warn, got.Warning != "")
		})
	}
}

func TestParseRecord(t *testing.T) {
	tests := []struct {
		name, line, err string
	}{
		{"good", `{"id":"a","text":"上合组织","published":"2025-08-30"}`, ""},
		{"numeric id", `{"id":7,"text":"x"}`, ""},
		{"bad json", `{"id":"a",`, "bad JSON"},
		{"missing text", `{"id":"a"}`, `missing or empty "text"`},
		{"wrong type", `{"id":"a","text":5}`, `field "text": want a string, got a number`},
		{"bad date", `{"id":"a","text":"x","published":"yesterday"}`, "cannot read date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRecord([]byte(tt.line))
			if tt.err == "" {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

func collect(t *testing.T, paths []string, stdin string) (docs []Unit, probs []Unit) {
	t.Helper()
	err := Walk(context.Background(), paths, strings.NewReader(stdin), Options{}, func(u Unit) error {
		if u.Problem != nil {
			probs = append(probs, u)
		} else {
			docs = append(docs, u)
		}
		return nil
	})
	require.NoError(t, err)
	return docs, probs
}

func TestWalkSeeds(t *testing.T) {
	docs, probs := collect(t, []string{"../../seeds"}, "")
	assert.Empty(t, probs)
	assert.Len(t, docs, 23)
	ids := map[string]bool{}
	for _, u := range docs {
		assert.False(t, ids[u.Doc.ID], "duplicate id %s", u.Doc.ID)
		ids[u.Doc.ID] = true
	}
}

func TestWalkProblems(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
		return p
	}
	write("a.jsonl", "{\"id\":\"x\",\"text\":\"上合组织\"}\nnot json\n\n{\"id\":\"y\"}\n")
	write("empty.txt", "")
	write("ignored.csv", "a,b")
	require.NoError(t, os.Symlink("loop2", filepath.Join(dir, "loop1.txt")))
	require.NoError(t, os.Symlink("loop1.txt", filepath.Join(dir, "loop2")))
	docs, probs := collect(t, []string{dir, filepath.Join(dir, "missing.txt"), "-"}, "SCO summit")
	assert.Len(t, docs, 2) // x and stdin
	var msgs []string
	for _, p := range probs {
		msgs = append(msgs, p.Problem.Error())
	}
	assert.Len(t, probs, 5, strings.Join(msgs, "\n"))
	joined := strings.Join(msgs, "\n")
	assert.Contains(t, joined, "a.jsonl:2: jsonl: bad JSON")
	assert.Contains(t, joined, `a.jsonl:4: jsonl: missing or empty "text"`)
	assert.Contains(t, joined, "empty.txt: decode: empty input")
	assert.Contains(t, joined, "loop1.txt: read:")
	assert.Contains(t, joined, "missing.txt: read:")
}

func FuzzParseRecord(f *testing.F) {
	f.Add(`{"id":"a","text":"x","published":"2025-01-01"}`)
	f.Add(`{"text":null}`)
	f.Fuzz(func(t *testing.T, s string) {
		rec, err := ParseRecord([]byte(s))
		if err == nil && strings.TrimSpace(rec.Text) == "" {
			t.Fatal("accepted a record without text")
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("上合组织"))
	f.Add([]byte{0xff, 0xfe, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Decode(b)
		if err == nil && !utf8.ValidString(d.Text) {
			t.Fatalf("decoded text is not valid UTF-8: %q", d.Text)
		}
	})
}
