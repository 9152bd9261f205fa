package table

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"
)

// rowGroupRows bounds memory while writing and lets readers skip row groups.
// The documents table, which holds whole texts, uses smaller groups
// (docGroupRows) so that its write buffer stays a few megabytes.
const (
	rowGroupRows = 64 << 10
	docGroupRows = 1 << 10
)

// codec compresses every column of every file. One codec for all files
// shares one pool of zstd encoders: each encoder keeps a history window of
// several megabytes, and a codec per file kept ~14 of them alive (112 MB of
// a run's 120 MB live heap, which every garbage collection had to mark).
var codec = &zstd.Codec{}

// SchemaVersion is written into every file's key-value metadata.
const SchemaVersion = "1"

// file writes one Parquet file under a temporary name and renames it into
// place on commit, so readers never see a partial file.
type file[T any] struct {
	path, tmp string
	f         *os.File
	w         *parquet.GenericWriter[T]
	rows      int64
}

func create[T any](path, producer string, groupRows int64) (*file[T], error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", filepath.Dir(path), err)
	}
	tmp := tmpPath(path)
	f, err := os.Create(tmp)
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", tmp, err)
	}
	w := parquet.NewGenericWriter[T](f,
		parquet.Compression(codec),
		parquet.MaxRowsPerRowGroup(groupRows),
		parquet.KeyValueMetadata("extract.schema_version", SchemaVersion),
		parquet.KeyValueMetadata("extract.producer", producer),
	)
	return &file[T]{path: path, tmp: tmp, f: f, w: w}, nil
}

func (f *file[T]) write(rows ...T) error {
	if len(rows) == 0 {
		return nil
	}
	if _, err := f.w.Write(rows); err != nil {
		return fmt.Errorf("write %s: %w", f.path, err)
	}
	f.rows += int64(len(rows))
	return nil
}

// finish completes the temporary file (footer, fsync, close) without
// renaming it: the caller commits it (see pipeline/state).
func (f *file[T]) finish() error {
	if err := f.w.Close(); err != nil {
		f.abort()
		return fmt.Errorf("close %s: %w", f.path, err)
	}
	if err := f.f.Sync(); err != nil {
		f.abort()
		return fmt.Errorf("sync %s: %w", f.path, err)
	}
	if err := f.f.Close(); err != nil {
		os.Remove(f.tmp)
		return fmt.Errorf("close %s: %w", f.path, err)
	}
	return nil
}

// commit finishes the file and renames it into place.
func (f *file[T]) commit() error {
	if err := f.finish(); err != nil {
		return err
	}
	if err := os.Rename(f.tmp, f.path); err != nil {
		os.Remove(f.tmp)
		return fmt.Errorf("rename %s: %w", f.path, err)
	}
	return syncDir(filepath.Dir(f.path))
}

// tmpPath is the temporary name of a part file: hidden (pyarrow skips
// names starting with a dot) and not matching *.parquet (DuckDB globs).
func tmpPath(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
}

// abort drops the temporary file.
func (f *file[T]) abort() {
	f.f.Close()
	os.Remove(f.tmp)
}

// remove drops a finished temporary file.
func (f *file[T]) remove()           { os.Remove(f.tmp) }
func (f *file[T]) tmpName() string   { return f.tmp }
func (f *file[T]) finalName() string { return f.path }

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	defer d.Close()
	_ = d.Sync() // not supported everywhere; the rename is what matters
	return nil
}
