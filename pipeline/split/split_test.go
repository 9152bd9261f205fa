package split

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitExport(t *testing.T) {
	in := "上海精神\nSearch documents\n标题一\nRen Min Wang· 2025-05-24 06:31\n正文一。\n第二行。\n标题二\nXin Hua She· 2025-09-01 03:35\n正文二\n"
	got := Split(in)
	require.Len(t, got, 2)
	assert.Equal(t, "标题一", got[0].Title)
	assert.Equal(t, "Ren Min Wang", got[0].Source)
	assert.Equal(t, "正文一。\n第二行。", got[0].Text)
	assert.Equal(t, time.Date(2025, 5, 23, 22, 31, 0, 0, time.UTC), *got[0].Published)
	assert.Equal(t, "正文二", got[1].Text)
	assert.Equal(t, "Xin Hua She", got[1].Source)
}

func TestSplitSingle(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // published date, "" for none
	}{
		{"dateline", "标题\n\n央视网2025-08-30\n\n央视网消息:8月31日至9月1日……", "2025-08-30"},
		{"chinese dateline", "标题\n2024年7月4日 10:00\n正文", "2024-07-04"},
		{"none", "Xinhua News Agency, Beijing, September 12.", ""},
		{"date deep in body is not a dateline", "a\nb\nc\nd\ne\n2025-01-01", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			require.Len(t, got, 1)
			assert.Equal(t, tt.in, got[0].Text)
			if tt.want == "" {
				assert.Nil(t, got[0].Published)
				return
			}
			require.NotNil(t, got[0].Published)
			assert.Equal(t, tt.want, got[0].Published.In(Beijing).Format("2006-01-02"))
		})
	}
}

func TestSplitSeeds(t *testing.T) {
	want := map[string]int{"000": 10, "001": 10, "002": 1, "003": 1, "004": 1}
	files, err := filepath.Glob("../../seeds/*.txt")
	require.NoError(t, err)
	require.Len(t, files, 5)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		arts := Split(string(b))
		assert.Len(t, arts, want[filepath.Base(f)[:3]], f)
		for _, a := range arts {
			assert.NotEmpty(t, strings.TrimSpace(a.Text), f)
			assert.True(t, strings.Contains(string(b), a.Text), "text is a verbatim slice of %s", f)
		}
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("t\nA· 2025-05-24 06:31\nbody\n")
	f.Add("央视网2025-08-30\n")
	f.Add("t\nA· 2025-13-44 99:99\n")
	f.Fuzz(func(t *testing.T, s string) {
		arts := Split(s)
		if len(arts) == 0 {
			t.Fatal("no article")
		}
		for _, a := range arts {
			if !strings.Contains(s, a.Text) {
				t.Fatalf("text %q not in input", a.Text)
			}
		}
	})
}

func TestSplitConsecutiveSourceLines(t *testing.T) {
	// found by fuzzing: a source line right after another one is body text
	got := Split("0\n0·0000-00-00 00:00\n0·0000-00-00 00:00")
	require.Len(t, got, 1)
	assert.Equal(t, "0·0000-00-00 00:00", got[0].Text)
}
