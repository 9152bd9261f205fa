package read

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadLine(t *testing.T) {
	long := strings.Repeat("x", 100)
	tests := []struct {
		name    string
		in      string
		max     int64
		lines   []string
		tooLong []bool
	}{
		{"short lines", "a\r\nb\nc", 10, []string{"a", "b", "c"}, []bool{false, false, false}},
		{"line longer than the buffer", long + "\nz\n", 200, []string{long, "z", ""}, []bool{false, false, false}},
		{"line over the limit", long + "\nz", 50, []string{"", "z"}, []bool{true, false}},
		{"limit is inclusive", "abcd\n", 5, []string{"abcd", ""}, []bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			br := bufio.NewReaderSize(strings.NewReader(tt.in), 16)
			var lines []string
			var long []bool
			for {
				line, _, tooLong, err := readLine(br, tt.max)
				lines, long = append(lines, string(line)), append(long, tooLong)
				if err == io.EOF {
					break
				}
				require.NoError(t, err)
			}
			assert.Equal(t, tt.lines, lines)
			assert.Equal(t, tt.tooLong, long)
		})
	}
}

func TestSurvey(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte("12345"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte("123"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c.csv"), []byte("ignored"), 0o644))
	files, size := Survey(context.Background(), []string{dir, "-", filepath.Join(dir, "missing.txt")})
	assert.Equal(t, 3, files)
	assert.Equal(t, int64(8), size)
}

// TestEveryInputAccounted checks that every unit of a mixed directory is a
// document or a problem naming its file, with digests for what was read.
func TestEveryInputAccounted(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, body []byte) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), body, 0o644))
	}
	write("bad.jsonl", []byte("{\"id\":\"a\",\"text\":\"上合\"}\n[1]\nnull\n{\"id\":\"b\",\"text\":\"x\",\"published\":5}\n"))
	write("bin.txt", []byte{0, 1, 2, 3})
	write("heads.txt", []byte("0\n0·0000-00-00 00:00\n0·0000-00-00 00:00"))
	docs, probs := collect(t, []string{dir}, "")
	assert.Len(t, docs, 2, "a and heads.txt")
	var msgs []string
	for _, p := range probs {
		msgs = append(msgs, p.Problem.Error())
		assert.True(t, p.Problem.Rejected)
		assert.NotEmpty(t, p.Problem.Digest, p.Problem.Error())
	}
	joined := strings.Join(msgs, "\n")
	assert.Contains(t, joined, "bad.jsonl:2: jsonl: want a JSON object, got an array")
	assert.Contains(t, joined, "bad.jsonl:3: jsonl: want a JSON object, got null")
	assert.Contains(t, joined, `bad.jsonl:4: jsonl: field "published": want a string, got a number`)
	assert.Contains(t, joined, "bin.txt: decode: binary data")
	// Two source lines in a row once made the splitter panic (found by
	// fuzzing); the file is now one document.
	assert.NotContains(t, joined, "heads.txt")
	assert.Len(t, probs, 4)
}

// FuzzReadJSONL feeds arbitrary bytes as a JSON Lines file: no panic,
// every non-blank line is exactly one unit with its line number, and
// documents carry valid UTF-8 text.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte("{\"id\":\"a\",\"text\":\"上合\"}\n\n{bad\n"), int64(64))
	f.Add([]byte("{\"text\":\"x\"}\r\n{\"text\":\"\xff\"}"), int64(8))
	f.Fuzz(func(t *testing.T, b []byte, max int64) {
		if max <= 0 || max > 1<<20 {
			max = 64
		}
		var units []Unit
		err := readJSONL(context.Background(), "f.jsonl", bytes.NewReader(b), Options{MaxBytes: max}, func(u Unit) error {
			units = append(units, u)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, l := range bytes.Split(b, []byte("\n")) {
			if len(bytes.TrimSpace(l)) > 0 || int64(len(l))+1 > max { // the limit counts the newline
				want++
			}
		}
		if len(units) > want {
			t.Fatalf("%d units for %d non-blank lines", len(units), want)
		}
		lines := bytes.Count(b, []byte("\n")) + 1
		for _, u := range units {
			switch {
			case u.Doc != nil:
				if !utf8.ValidString(u.Doc.Text) || strings.TrimSpace(u.Doc.Text) == "" {
					t.Fatalf("bad document text %q", u.Doc.Text)
				}
			case u.Problem != nil:
				if u.Problem.Line < 1 || u.Problem.Line > lines {
					t.Fatalf("problem on line %d of %d", u.Problem.Line, lines)
				}
			default:
				t.Fatal("empty unit")
			}
		}
	})
}

// FuzzReadText feeds arbitrary bytes as a text file: no panic, either one
// rejection or documents whose texts are valid UTF-8 and come in order.
func FuzzReadText(f *testing.F) {
	f.Add([]byte("标题\nRen Min Wang· 2025-05-24 06:31\n正文"))
	f.Add([]byte("\xef\xbb\xbf上合\xff组织"))
	f.Add([]byte{0xff, 0xfe, 'a', 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		var docs, rejected int
		err := readStream(context.Background(), "f.txt", bytes.NewReader(b), Options{MaxBytes: 1 << 20}, func(u Unit) error {
			switch {
			case u.Doc != nil:
				docs++
				if !utf8.ValidString(u.Doc.Text) {
					t.Fatalf("invalid UTF-8 text %q", u.Doc.Text)
				}
				if u.Doc.ArticleIndex != docs-1 {
					t.Fatalf("article %d out of order", u.Doc.ArticleIndex)
				}
			case u.Problem.Rejected:
				rejected++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if (docs == 0) == (rejected == 0) {
			t.Fatalf("%d documents and %d rejections: want exactly one of them", docs, rejected)
		}
	})
}
