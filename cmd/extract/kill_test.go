package main

import (
	"bufio"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/table"
)

// Crash safety: runs killed at every point of the commit protocol, then
// resumed, must end with the rows of an uninterrupted run.

// sameRows asserts that two output directories hold the same rows in every
// data table (as multisets, whatever the runs and chunks), and the same
// entity totals.
func sameRows(t *testing.T, db *sql.DB, want, got string) {
	t.Helper()
	for _, tbl := range []string{"documents", "mentions", "figures", "events", "relations", "errors"} {
		sel := func(out string) string {
			return fmt.Sprintf("SELECT * EXCLUDE (run_date, filename) FROM %s", glob(out, tbl))
		}
		var missing, extra, n int
		require.NoError(t, db.QueryRow(fmt.Sprintf("SELECT count(*) FROM (%s EXCEPT ALL %s)", sel(want), sel(got))).Scan(&missing), tbl)
		require.NoError(t, db.QueryRow(fmt.Sprintf("SELECT count(*) FROM (%s EXCEPT ALL %s)", sel(got), sel(want))).Scan(&extra), tbl)
		require.NoError(t, db.QueryRow(fmt.Sprintf("SELECT count(*) FROM (%s)", sel(want))).Scan(&n), tbl)
		assert.Zero(t, missing, "%s: rows missing after the kill and rerun", tbl)
		assert.Zero(t, extra, "%s: extra (duplicate) rows after the kill and rerun", tbl)
		if tbl != "errors" {
			assert.Positive(t, n, tbl)
		}
	}
	totals := func(out string) string {
		return fmt.Sprintf("SELECT entity_id, sum(mention_count), sum(doc_count) FROM %s GROUP BY entity_id", glob(out, "entities"))
	}
	var diff int
	require.NoError(t, db.QueryRow(fmt.Sprintf("SELECT count(*) FROM (((%s) EXCEPT (%s)) UNION ALL ((%s) EXCEPT (%s)))",
		totals(want), totals(got), totals(got), totals(want))).Scan(&diff))
	assert.Zero(t, diff, "entity totals differ")
}

// noPartialFiles asserts that every visible Parquet file is complete.
func noPartialFiles(t *testing.T, db *sql.DB, out string) {
	t.Helper()
	for _, tbl := range table.Names {
		files, err := filepath.Glob(filepath.Join(out, tbl, "*", "*.parquet"))
		require.NoError(t, err)
		for _, f := range files {
			var n int
			assert.NoError(t, db.QueryRow(fmt.Sprintf("SELECT count(*) FROM read_parquet('%s')", f)).Scan(&n), "partial file %s", f)
		}
	}
}

func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it many times")
	}
	seeds := filepath.Join("..", "..", "seeds")
	db := openDuck(t)
	ref := filepath.Join(t.TempDir(), "ref")
	r := exe(t, nil, "run", "--quiet", "--commit-every", "5", "--out", ref, seeds)
	require.Equal(t, 0, r.code, r.stderr)

	tests := []struct {
		name, fault string
		code        int  // exit code of the faulty run (-1: killed)
		runRow      bool // the faulty run wrote its run row
	}{
		{"SIGKILL mid-chunk", "document:7", -1, false},
		{"SIGKILL with a chunk complete but not recorded", "finished:1", -1, false},
		{"SIGKILL after the commit point, before the renames", "recorded:1", -1, false},
		{"SIGINT", "document:12:INT", exitInterrupted, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out := filepath.Join(t.TempDir(), "out")
			r := exe(t, []string{faultEnv + "=" + tt.fault}, "run", "--quiet", "--commit-every", "5", "--out", out, seeds)
			require.Equal(t, tt.code, r.code, r.stderr)
			assert.Equal(t, tt.code == -1, r.killed)
			noPartialFiles(t, db, out)
			runs, _ := table.ReadRuns(out)
			if tt.runRow {
				require.Len(t, runs, 1)
				assert.Equal(t, "interrupted", runs[0].Status)
				lastRun(t, db, out)
			} else {
				assert.Empty(t, runs)
			}

			r = exe(t, nil, "run", "--quiet", "--commit-every", "5", "--out", out, seeds)
			require.Equal(t, 0, r.code, r.stderr)
			run := lastRun(t, db, out)
			assert.Equal(t, int64(23), run.Documents)
			assert.Positive(t, run.Skipped, "the rerun did only what was left")
			noPartialFiles(t, db, out)
			sameRows(t, db, ref, out)
			tmp, _ := filepath.Glob(filepath.Join(out, "*", "*", ".part-*"))
			assert.Empty(t, tmp, "temporary files left")

			r = exe(t, nil, "runs", out)
			require.Equal(t, 0, r.code, r.stderr)
			if !tt.runRow {
				assert.Contains(t, r.stdout, "killed")
			}
		})
	}

	t.Run("SIGKILL from outside at a random moment", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "out")
		cmd := exec.Command(binary(t), "run", "--quiet", "--commit-every", "1", "--jobs", "1", "--out", out, seeds)
		require.NoError(t, cmd.Start())
		for {
			m, _ := filepath.Glob(filepath.Join(out, "_state", "chunks", "*.manifest"))
			if len(m) >= 3 || cmd.ProcessState != nil {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		noPartialFiles(t, db, out)
		r := exe(t, nil, "run", "--quiet", "--commit-every", "5", "--out", out, seeds)
		require.Equal(t, 0, r.code, r.stderr)
		sameRows(t, db, ref, out)
	})

	t.Run("a second run on the same output is refused", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "out")
		cmd := exec.Command(binary(t), "run", "--quiet", "--out", out, seeds)
		cmd.Env = append(os.Environ(), faultEnv+"=document:1:STOP")
		stderr, err := cmd.StderrPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
		sc := bufio.NewScanner(stderr)
		for sc.Scan() && !strings.Contains(sc.Text(), "test fault: paused") {
		}
		r := exe(t, nil, "run", "--quiet", "--out", out, seeds)
		assert.Equal(t, exitFatal, r.code)
		assert.Contains(t, r.stderr, "in use by another run")
	})
}
