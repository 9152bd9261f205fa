package table

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
)

var runDate = time.Date(2026, 11, 21, 23, 59, 0, 0, time.UTC)

func noInfo(string) (string, string, []string, bool) { return "", "", nil, false }

// files lists every file under dir, relative, hidden ones included.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var got []string
	require.NoError(t, filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		require.NoError(t, err)
		if !fi.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			got = append(got, rel)
		}
		return nil
	}))
	return got
}

func analysis(id string) *doc.Analysis {
	return &doc.Analysis{
		Doc:      doc.Document{ID: id, Text: "上合组织在天津", Lang: "zh"},
		Mentions: []doc.Mention{{Span: doc.Span{Start: 0, End: 4}, Surface: "上合组织", EntityID: "org:sco", EntityType: "ORG"}},
	}
}

func TestPartFinish(t *testing.T) {
	dir := t.TempDir()
	p, err := NewPart(dir, runDate, "r1-00000", "test", noInfo)
	require.NoError(t, err)
	require.True(t, p.Empty())
	require.NoError(t, p.Write(analysis("a")))
	require.NoError(t, p.Write(analysis("b")))
	require.NoError(t, p.WriteError(Error{SourcePath: "x.txt", ArticleIndex: -1, Stage: "decode", Message: "empty input", Rejected: true}))
	assert.False(t, p.Empty())
	assert.Equal(t, int64(2), p.Counts()["documents"])
	ents := p.Entities()
	require.Len(t, ents, 1)
	assert.Equal(t, Entity{EntityID: "org:sco", Type: "ORG", Origin: "discovered", Aliases: []string{"上合组织"}, MentionCount: 2, DocCount: 2}, ents[0])

	renames, err := p.Finish()
	require.NoError(t, err)
	require.Len(t, renames, len(Names)-1)
	for _, r := range renames {
		assert.True(t, strings.HasPrefix(filepath.Base(r.Tmp), ".part-r1-00000.parquet"), r.Tmp)
		assert.Contains(t, r.Final, "run_date=2026-11-21")
		_, err := os.Stat(filepath.Join(dir, r.Tmp))
		assert.NoError(t, err, "finished file stays under its temporary name")
		require.NoError(t, os.Rename(filepath.Join(dir, r.Tmp), filepath.Join(dir, r.Final)))
	}
	docs, err := readAll[Document](filepath.Join(dir, "documents"))
	require.NoError(t, err)
	assert.Len(t, docs, 2)
}

func TestPartAbort(t *testing.T) {
	dir := t.TempDir()
	p, err := NewPart(dir, runDate, "r1-00000", "test", noInfo)
	require.NoError(t, err)
	require.NoError(t, p.Write(analysis("a")))
	p.Abort()
	assert.Empty(t, files(t, dir), "abort leaves nothing behind")
}

func TestWriteAndReadRuns(t *testing.T) {
	dir := t.TempDir()
	later := Run{RunID: "20261122T000000Z-b", StartedAt: runDate.Add(time.Hour), FinishedAt: runDate.Add(2 * time.Hour), Status: "ok", Documents: 3}
	earlier := Run{RunID: "20261121T235900Z-a", StartedAt: runDate, FinishedAt: runDate.Add(time.Minute), Status: "interrupted", Inputs: []string{"in/"}}
	require.NoError(t, WriteRun(dir, later.StartedAt, later, "test"))
	require.NoError(t, WriteRun(dir, earlier.StartedAt, earlier, "test"))
	assert.Equal(t, []string{
		"runs/run_date=2026-11-21/part-20261121T235900Z-a.parquet",
		"runs/run_date=2026-11-22/part-20261122T000000Z-b.parquet",
	}, files(t, dir))
	runs, err := ReadRuns(dir)
	require.NoError(t, err)
	require.Len(t, runs, 2)
	assert.Equal(t, "interrupted", runs[0].Status)
	assert.Equal(t, []string{"in/"}, runs[0].Inputs)
	assert.Equal(t, int64(3), runs[1].Documents)
	assert.True(t, runs[1].StartedAt.Equal(later.StartedAt))

	_, err = ReadRuns(t.TempDir())
	assert.ErrorContains(t, err, "holds no runs table")
}

func BenchmarkPartWrite(b *testing.B) {
	dir := b.TempDir()
	p, err := NewPart(dir, runDate, "bench", "test", noInfo)
	require.NoError(b, err)
	a := analysis("a")
	a.Doc.Text = strings.Repeat("上海合作组织成员国元首理事会会议在天津举行。", 100)
	b.SetBytes(int64(len(a.Doc.Text)))
	for b.Loop() {
		require.NoError(b, p.Write(a))
	}
	p.Abort()
}
