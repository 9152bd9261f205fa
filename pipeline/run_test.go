package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/annotate"
	"github.com/sco-news/extract/pipeline/read"
	"github.com/sco-news/extract/pipeline/table"
)

var (
	annOnce sync.Once
	ann     *annotate.Annotator
	annErr  error
)

func annotator(t *testing.T) *annotate.Annotator {
	t.Helper()
	annOnce.Do(func() { ann, annErr = annotate.Default() })
	require.NoError(t, annErr)
	return ann
}

// corpus writes a small input directory: a JSONL file with n documents
// (two of them identical), one bad line and one empty file.
func corpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	var b strings.Builder
	for i := range n {
		id := string(rune('a' + i))
		if i == n-1 {
			id = "a" // the same document as the first: written once
		}
		b.WriteString(`{"id":"` + id + `","text":"上海合作组织峰会在天津举行。","published":"2025-08-30"}` + "\n")
	}
	b.WriteString("{not json\n")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "docs.jsonl"), []byte(b.String()), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644))
	return dir
}

func parts(t *testing.T, out, tbl string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(out, tbl, "*", "*.parquet"))
	require.NoError(t, err)
	return files
}

func TestRunChunksAndAccounts(t *testing.T) {
	in := corpus(t, 8)
	tests := []struct {
		name        string
		commitEvery int
		chunks      int
	}{
		{"one chunk", 0, 1},
		{"a chunk every 3 units", 3, 3}, // 7 documents + 2 rejected inputs
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			var problems []string
			sum, err := Run(context.Background(), Config{
				Paths: []string{in}, Out: out, Jobs: 2, Annotator: annotator(t), CommitEvery: tt.commitEvery,
				OnProblem: func(p read.Problem, recorded bool) { problems = append(problems, p.Error()) },
			})
			require.NoError(t, err)
			assert.Equal(t, "rejected", sum.Status)
			assert.Equal(t, tt.chunks, sum.Chunks)
			assert.Len(t, parts(t, out, "documents"), tt.chunks)
			assert.Equal(t, 7, sum.Documents)
			assert.Equal(t, 1, sum.Skipped, "the duplicate")
			assert.Equal(t, 2, sum.Rejected)
			assert.Equal(t, sum.Read, sum.Documents+sum.Skipped+sum.RejectedRows)
			assert.Len(t, problems, 2)
			runs, err := table.ReadRuns(out)
			require.NoError(t, err)
			require.Len(t, runs, 1)
			assert.Equal(t, int64(7), runs[0].RowsDocuments)
			assert.Equal(t, int64(2), runs[0].Errors)
			var mentions int64
			for _, e := range sum.Entities {
				mentions += e.MentionCount
			}
			assert.Equal(t, sum.Rows["mentions"], mentions, "entity totals add up over chunks")
		})
	}
}

func TestRunIncremental(t *testing.T) {
	in := corpus(t, 4)
	out := t.TempDir()
	cfg := Config{Paths: []string{in}, Out: out, Jobs: 2, Annotator: annotator(t)}
	first, err := Run(context.Background(), cfg)
	require.NoError(t, err)
	require.Equal(t, 3, first.Documents)

	again, err := Run(context.Background(), cfg)
	require.NoError(t, err)
	assert.Equal(t, 0, again.Documents)
	assert.Equal(t, 0, again.RejectedRows, "rejected inputs are recorded once")
	assert.Equal(t, 2, again.Rejected, "but still reported")
	assert.Equal(t, again.Read, again.Skipped)
	assert.Len(t, parts(t, out, "documents"), 1, "no new data files")

	cfg.Full = true
	full, err := Run(context.Background(), cfg)
	require.NoError(t, err)
	assert.Equal(t, 3, full.Documents)
	assert.Equal(t, 2, full.RejectedRows)
}

func TestRunInterrupted(t *testing.T) {
	in := corpus(t, 8)
	out := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sum, err := Run(ctx, Config{
		Paths: []string{in}, Out: out, Jobs: 1, Annotator: annotator(t), CommitEvery: 2,
		Fault: func(point string, n int) {
			if point == "committed" && n == 0 {
				cancel()
				time.Sleep(10 * time.Millisecond) // let the cancellation reach the reader
			}
		},
	})
	require.ErrorIs(t, err, ErrInterrupted)
	assert.Equal(t, "interrupted", sum.Status)
	assert.GreaterOrEqual(t, sum.Chunks, 1)
	runs, err := table.ReadRuns(out)
	require.NoError(t, err)
	require.Len(t, runs, 1)
	assert.Equal(t, "interrupted", runs[0].Status)
	tmp, _ := filepath.Glob(filepath.Join(out, "*", "*", ".part-*"))
	assert.Empty(t, tmp, "the unfinished chunk is discarded")

	rest, err := Run(context.Background(), Config{Paths: []string{in}, Out: out, Jobs: 1, Annotator: annotator(t)})
	require.NoError(t, err)
	assert.Equal(t, 7, sum.Documents+rest.Documents, "the rerun does what was left, no more")
}

func TestRunLocked(t *testing.T) {
	in := corpus(t, 2)
	out := t.TempDir()
	cfg := Config{Paths: []string{in}, Out: out, Annotator: annotator(t)}
	var inner error
	cfg.Fault = func(point string, n int) {
		if point == "document" && n == 1 {
			_, inner = Run(context.Background(), Config{Paths: []string{in}, Out: out, Annotator: annotator(t)})
		}
	}
	_, err := Run(context.Background(), cfg)
	require.NoError(t, err)
	require.Error(t, inner)
	assert.Contains(t, inner.Error(), "in use by another run")
}
