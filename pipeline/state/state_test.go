package state

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
)

func TestDocKey(t *testing.T) {
	pub := time.Date(2025, 8, 30, 0, 0, 0, 0, time.UTC)
	base := doc.Document{ID: "a", SourcePath: "x/a.txt", ArticleIndex: 0, Text: "上合组织", Published: &pub}
	tests := []struct {
		name   string
		change func(*doc.Document)
		same   bool
	}{
		{"identical", func(*doc.Document) {}, true},
		{"moved file", func(d *doc.Document) { d.SourcePath = "y/a.txt" }, true},
		{"text", func(d *doc.Document) { d.Text = "上合组织。" }, false},
		{"id", func(d *doc.Document) { d.ID = "b" }, false},
		{"title", func(d *doc.Document) { d.Title = "t" }, false},
		{"published", func(d *doc.Document) { d.Published = nil }, false},
		{"field boundary", func(d *doc.Document) { d.ID, d.Text = "a上合", "组织" }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := base
			tt.change(&d)
			assert.Equal(t, tt.same, DocKey(&base) == DocKey(&d))
		})
	}
	assert.NotEqual(t, ProblemKey("a.jsonl", 1, 2, "jsonl", "bad JSON", "ab"), ProblemKey("a.jsonl", 1, 2, "jsonl", "bad JSON", "cd"))
}

// chunk writes a chunk's temporary files and returns its manifest.
func chunk(t *testing.T, out, run string, seq int, keys ...Key) Manifest {
	t.Helper()
	m := Manifest{Run: run, Seq: seq, Keys: keys}
	for _, tbl := range []string{"documents", "mentions"} {
		dir := filepath.Join(out, tbl, "run_date=2026-11-21")
		require.NoError(t, os.MkdirAll(dir, 0o755))
		name := "part-" + run + ".parquet"
		require.NoError(t, os.WriteFile(filepath.Join(dir, "."+name+".tmp"), []byte(tbl), 0o644))
		m.Files = append(m.Files, File{Tmp: filepath.Join(tbl, "run_date=2026-11-21", "."+name+".tmp"), Final: filepath.Join(tbl, "run_date=2026-11-21", name)})
	}
	return m
}

func visible(t *testing.T, out string) []string {
	t.Helper()
	var got []string
	require.NoError(t, filepath.Walk(out, func(p string, fi os.FileInfo, err error) error {
		require.NoError(t, err)
		if !fi.IsDir() && !strings.Contains(p, Dir) {
			rel, _ := filepath.Rel(out, p)
			got = append(got, rel)
		}
		return nil
	}))
	return got
}

func TestCommitAndReopen(t *testing.T) {
	out := t.TempDir()
	cfg := Config{Version: "1", Dict: "d"}
	st, rec, err := Open(out, cfg)
	require.NoError(t, err)
	assert.Equal(t, Recovery{}, rec)
	k1, k2 := Key{1}, Key{2}
	require.NoError(t, st.Commit(chunk(t, out, "r1-00000", 0, k1, k2)))
	assert.False(t, st.Done(k1), "keys of this run are not reloaded mid-run")
	require.NoError(t, st.Close())

	tests := []struct {
		name string
		cfg  Config
		done bool
	}{
		{"same version and dictionary", cfg, true},
		{"other dictionary", Config{Version: "1", Dict: "e"}, false},
		{"other version", Config{Version: "2", Dict: "d"}, false},
		{"full", Config{Version: "1", Dict: "d", Full: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, rec, err := Open(out, tt.cfg)
			require.NoError(t, err)
			defer st.Close()
			assert.Equal(t, 1, rec.Chunks)
			assert.Equal(t, tt.done, st.Done(k1))
			assert.Equal(t, tt.done, st.Done(k2))
			assert.False(t, st.Done(Key{3}))
		})
	}
	assert.Equal(t, []string{"documents/run_date=2026-11-21/part-r1-00000.parquet", "mentions/run_date=2026-11-21/part-r1-00000.parquet"}, visible(t, out))
}

func TestRecovery(t *testing.T) {
	tests := []struct {
		name    string
		crash   func(t *testing.T, st *Store, out string)
		want    Recovery
		visible int
		done    bool
	}{
		{"killed before the manifest: temporary files removed", func(t *testing.T, st *Store, out string) {
			chunk(t, out, "r1-00000", 0, Key{1})
		}, Recovery{Removed: 2}, 0, false},
		{"killed after the manifest: files renamed", func(t *testing.T, st *Store, out string) {
			require.NoError(t, st.Record(chunk(t, out, "r1-00000", 0, Key{1})))
		}, Recovery{RolledForward: 2, Chunks: 1, Keys: 1}, 2, true},
		{"killed between renames", func(t *testing.T, st *Store, out string) {
			m := chunk(t, out, "r1-00000", 0, Key{1})
			require.NoError(t, st.Record(m))
			require.NoError(t, os.Rename(filepath.Join(out, m.Files[0].Tmp), filepath.Join(out, m.Files[0].Final)))
		}, Recovery{RolledForward: 1, Chunks: 1, Keys: 1}, 2, true},
		{"killed while writing the manifest", func(t *testing.T, st *Store, out string) {
			chunk(t, out, "r1-00000", 0, Key{1})
			p := filepath.Join(out, Dir, "chunks", ".r1-00000-00000.manifest.tmp")
			require.NoError(t, os.WriteFile(p, []byte(`{"run":`), 0o644))
		}, Recovery{Removed: 2}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			cfg := Config{Version: "1", Dict: "d"}
			st, _, err := Open(out, cfg)
			require.NoError(t, err)
			tt.crash(t, st, out)
			require.NoError(t, st.Close())
			st, rec, err := Open(out, cfg)
			require.NoError(t, err)
			defer st.Close()
			assert.Equal(t, tt.want, rec)
			assert.Len(t, visible(t, out), tt.visible)
			assert.Equal(t, tt.done, st.Done(Key{1}))
			for _, p := range visible(t, out) {
				assert.False(t, strings.HasSuffix(p, ".tmp"), "left %s", p)
			}
		})
	}
}

func TestLock(t *testing.T) {
	out := t.TempDir()
	st, _, err := Open(out, Config{})
	require.NoError(t, err)
	_, _, err = Open(out, Config{})
	if err == nil {
		t.Skip("advisory locks are not available here")
	}
	assert.True(t, errors.Is(err, ErrLocked), err)
	require.NoError(t, st.Close())
	st, _, err = Open(out, Config{})
	require.NoError(t, err)
	require.NoError(t, st.Close())
}

func TestParseManifestErrors(t *testing.T) {
	tests := []struct{ name, in, err string }{
		{"empty", "", "line 1: empty manifest"},
		{"bad header", "{", "line 1:"},
		{"no run", "{}\n", "line 1: no run id"},
		{"short key", `{"run":"r"}` + "\nabc\n", "line 2: want a 64-digit hex key"},
		{"bad hex", `{"run":"r"}` + "\n" + strings.Repeat("zz", 32) + "\n", "line 2:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseManifest(strings.NewReader(tt.in), true)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
		})
	}
}

func FuzzParseManifest(f *testing.F) {
	f.Add([]byte(`{"run":"r","seq":1,"files":[{"tmp":"a","final":"b"}]}` + "\n" + strings.Repeat("ab", 32) + "\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := parseManifest(bytes.NewReader(b), true)
		if err == nil && m.Run == "" {
			t.Fatal("accepted a manifest without run id")
		}
	})
}

func BenchmarkOpen(b *testing.B) {
	out := b.TempDir()
	st, _, err := Open(out, Config{Version: "1"})
	require.NoError(b, err)
	for c := range 20 {
		keys := make([]Key, 5000)
		for i := range keys {
			keys[i] = Key{byte(c), byte(i), byte(i >> 8)}
		}
		require.NoError(b, st.Record(Manifest{Run: "r", Seq: c, Keys: keys}))
	}
	require.NoError(b, st.Close())
	b.ResetTimer()
	for b.Loop() {
		st, _, err := Open(out, Config{Version: "1"})
		require.NoError(b, err)
		st.Close()
	}
}
