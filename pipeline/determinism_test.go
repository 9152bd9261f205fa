package pipeline

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/annotate"
	"github.com/sco-news/extract/pipeline/table"
)

// TestDeterministicAcrossJobs runs the seeds with 1 and 8 workers and
// compares every data table byte for byte. `make test` runs it under -race.
func TestDeterministicAcrossJobs(t *testing.T) {
	a, err := annotate.Default()
	require.NoError(t, err)
	now := func() time.Time { return time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC) }
	outs := map[int]string{}
	for _, jobs := range []int{1, 8} {
		out := t.TempDir()
		_, err := Run(context.Background(), Config{Paths: []string{"../seeds"}, Out: out, Jobs: jobs, Annotator: a, Now: now})
		require.NoError(t, err, "jobs=%d", jobs)
		outs[jobs] = out
	}
	for _, tbl := range table.Names {
		if tbl == "runs" {
			continue // times and run ids differ by design
		}
		read := func(dir string) []byte {
			files, err := filepath.Glob(filepath.Join(dir, tbl, "*", "*.parquet"))
			require.NoError(t, err)
			require.Len(t, files, 1, tbl)
			b, err := os.ReadFile(files[0])
			require.NoError(t, err)
			return b
		}
		assert.True(t, bytes.Equal(read(outs[1]), read(outs[8])), "%s differs between --jobs 1 and --jobs 8", tbl)
	}
}
