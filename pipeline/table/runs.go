package table

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"
)

// WriteRun writes a run's row as its own part file of the runs table,
// DIR/runs/run_date=<YYYY-MM-DD>/part-<run id>.parquet, atomically. It is
// the last file a run writes: a run row means the run ended (ok, rejected,
// interrupted or failed), and its counts cover every committed chunk.
func WriteRun(dir string, runDate time.Time, run Run, producer string) error {
	f, err := create[Run](PartPath(dir, "runs", runDate, run.RunID), producer, rowGroupRows)
	if err != nil {
		return err
	}
	if run.Inputs == nil {
		run.Inputs = []string{}
	}
	if err := f.write(run); err != nil {
		f.abort()
		return err
	}
	return f.commit()
}

// ReadRuns reads every row of the runs table under dir, oldest first.
func ReadRuns(dir string) ([]Run, error) {
	runs, err := readAll[Run](filepath.Join(dir, "runs"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read runs: %s holds no runs table", dir)
	}
	if err != nil {
		return nil, fmt.Errorf("read runs: %w", err)
	}
	sort.SliceStable(runs, func(i, j int) bool {
		if !runs[i].StartedAt.Equal(runs[j].StartedAt) {
			return runs[i].StartedAt.Before(runs[j].StartedAt)
		}
		return runs[i].RunID < runs[j].RunID
	})
	return runs, nil
}

// readAll reads every row of a table's part files under root.
func readAll[T any](root string) ([]T, error) {
	var rows []T
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".") || !strings.HasSuffix(d.Name(), ".parquet") {
			return err
		}
		rs, err := parquet.ReadFile[T](p)
		if err != nil {
			return fmt.Errorf("read %s: %w", p, err)
		}
		rows = append(rows, rs...)
		return nil
	})
	return rows, err
}
