// Package state remembers what an output directory already holds, so that
// nightly runs are incremental (a document processed before with the same
// content, dictionary and program version is skipped) and resumable (a run
// killed at any moment is completed by the next one).
//
// The state lives in OUT/_state/: a lock file, and one manifest per
// committed chunk of a run (OUT/_state/chunks/<run>-<seq>.manifest). A
// manifest is the commit point of its chunk: it is written (temporary name,
// fsync, rename) after the chunk's Parquet files are complete under their
// temporary names and before they are renamed into place. Opening the store
// rolls every manifest forward (renames what a crash left unrenamed) and
// removes temporary files no manifest claims (chunks that never committed).
//
//	st, rec, err := state.Open("out", state.Config{Version: "0.1.0", Dict: sha})
//	defer st.Close()
//	if !st.Done(state.DocKey(d)) { … process d … }
//	err = st.Commit(state.Manifest{Run: id, Seq: 0, Files: renames, Keys: keys})
package state

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Dir is the state directory's name inside the output directory. Its
// leading underscore keeps it out of pyarrow datasets; it holds no Parquet.
const Dir = "_state"

// ErrLocked is returned by Open when another run holds the output directory.
var ErrLocked = errors.New("output directory is in use by another run")

// Config says which manifests count: only those written by the same
// program version with the same dictionary hash, unless Full ignores all.
type Config struct {
	Version, Dict string
	// Full ignores what was processed before (every document is done again);
	// recovery still runs and new manifests are still written.
	Full bool
	// Tables are the table directories to clean of temporary files left by
	// a killed run (all subdirectories when empty).
	Tables []string
}

// Recovery reports what Open repaired.
type Recovery struct {
	// RolledForward counts files of committed chunks renamed into place.
	RolledForward int
	// Removed counts temporary files of chunks that never committed.
	Removed int
	// Chunks and Keys count the manifests read and the keys loaded.
	Chunks, Keys int
}

// Store is an opened state directory. Done is safe for concurrent readers;
// Commit must be called from one goroutine.
type Store struct {
	out  string
	cfg  Config
	lock *os.File
	keys map[Key]struct{}
}

// Open locks the output directory, recovers from any crashed run and loads
// the keys of every committed chunk that matches cfg.
func Open(out string, cfg Config) (*Store, Recovery, error) {
	var rec Recovery
	chunks := filepath.Join(out, Dir, "chunks")
	if err := os.MkdirAll(chunks, 0o755); err != nil {
		return nil, rec, fmt.Errorf("create %s: %w", chunks, err)
	}
	lock, err := lockDir(filepath.Join(out, Dir, "lock"))
	if err != nil {
		return nil, rec, err
	}
	s := &Store{out: out, cfg: cfg, lock: lock, keys: map[Key]struct{}{}}
	if err := s.recover(&rec); err != nil {
		s.Close()
		return nil, rec, err
	}
	return s, rec, nil
}

// Close releases the lock.
func (s *Store) Close() error {
	if s.lock == nil {
		return nil
	}
	err := unlockDir(s.lock)
	s.lock = nil
	return err
}

// Done reports whether the key was committed by an earlier chunk.
func (s *Store) Done(k Key) bool {
	_, ok := s.keys[k]
	return ok
}

// Commit makes a chunk permanent: Record, then Apply.
func (s *Store) Commit(m Manifest) error {
	if err := s.Record(m); err != nil {
		return err
	}
	return s.Apply(m)
}

// Record writes the chunk's manifest: the commit point. Files are paths
// relative to the output directory; the temporary ones must be complete
// and synced. From here on the chunk is committed: if the process dies
// before Apply, the next Open renames its files.
func (s *Store) Record(m Manifest) error {
	m.Version, m.Dict = s.cfg.Version, s.cfg.Dict
	return writeManifest(s.manifestPath(m.Run, m.Seq), m)
}

// Apply renames a recorded chunk's files into place.
func (s *Store) Apply(m Manifest) error {
	_, err := s.apply(m)
	return err
}

func (s *Store) manifestPath(run string, seq int) string {
	return filepath.Join(s.out, Dir, "chunks", fmt.Sprintf("%s-%05d.manifest", run, seq))
}

// apply renames every file of a committed chunk that is not yet in place.
func (s *Store) apply(m Manifest) (int, error) {
	n := 0
	dirs := map[string]bool{}
	for _, f := range m.Files {
		tmp, final := filepath.Join(s.out, f.Tmp), filepath.Join(s.out, f.Final)
		if _, err := os.Stat(tmp); err != nil {
			if _, ferr := os.Stat(final); ferr == nil {
				continue // already in place
			}
			return n, fmt.Errorf("commit %s: neither %s nor its temporary file exists", m.Run, f.Final)
		}
		if err := os.Rename(tmp, final); err != nil {
			return n, fmt.Errorf("commit %s: %w", f.Final, err)
		}
		dirs[filepath.Dir(final)] = true
		n++
	}
	for d := range dirs {
		syncDir(d)
	}
	return n, nil
}

// recover rolls committed chunks forward, loads their keys and deletes
// temporary files that no manifest claims.
func (s *Store) recover(rec *Recovery) error {
	dir := filepath.Join(s.out, Dir, "chunks")
	ents, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("read %s: %w", dir, err)
	}
	claimed := map[string]bool{}
	for _, e := range ents {
		name := e.Name()
		p := filepath.Join(dir, name)
		if strings.HasPrefix(name, ".") && strings.HasSuffix(name, ".tmp") {
			os.Remove(p) // a manifest that was never committed
			continue
		}
		if !strings.HasSuffix(name, ".manifest") {
			continue
		}
		m, err := readManifest(p, !s.cfg.Full)
		if err != nil {
			return err
		}
		rec.Chunks++
		for _, f := range m.Files {
			claimed[filepath.Clean(f.Tmp)] = true
		}
		n, err := s.apply(m)
		if err != nil {
			return err
		}
		rec.RolledForward += n
		if !s.cfg.Full && m.Version == s.cfg.Version && m.Dict == s.cfg.Dict {
			for _, k := range m.Keys {
				s.keys[k] = struct{}{}
			}
		}
	}
	rec.Keys = len(s.keys)
	removed, err := removeOrphans(s.out, s.cfg.Tables, claimed)
	rec.Removed = removed
	return err
}

// removeOrphans deletes temporary part files (".part-….tmp") under the
// table directories that no manifest claims: the remains of a killed run.
func removeOrphans(out string, tables []string, claimed map[string]bool) (int, error) {
	if len(tables) == 0 {
		ents, err := os.ReadDir(out)
		if err != nil {
			return 0, fmt.Errorf("read %s: %w", out, err)
		}
		for _, e := range ents {
			if e.IsDir() && e.Name() != Dir {
				tables = append(tables, e.Name())
			}
		}
	}
	var orphans []string
	for _, t := range tables {
		root := filepath.Join(out, t)
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if errors.Is(err, fs.ErrNotExist) && p == root {
				return fs.SkipDir
			}
			if err != nil {
				return err
			}
			name := d.Name()
			if d.IsDir() || !strings.HasPrefix(name, ".part-") || !strings.HasSuffix(name, ".tmp") {
				return nil
			}
			rel, err := filepath.Rel(out, p)
			if err != nil {
				return err
			}
			if !claimed[rel] {
				orphans = append(orphans, p)
			}
			return nil
		})
		if err != nil {
			return 0, fmt.Errorf("scan %s: %w", root, err)
		}
	}
	sort.Strings(orphans)
	for _, p := range orphans {
		if err := os.Remove(p); err != nil {
			return 0, fmt.Errorf("remove %s: %w", p, err)
		}
	}
	return len(orphans), nil
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync() // not supported everywhere; the rename is what matters
		d.Close()
	}
}

// CommittedChunks counts the committed chunks of every run recorded in
// out's state directory, by run id. A run with chunks but no row in the
// runs table was killed.
func CommittedChunks(out string) (map[string]int, error) {
	dir := filepath.Join(out, Dir, "chunks")
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]int{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", dir, err)
	}
	runs := map[string]int{}
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".manifest")
		if !ok || strings.HasPrefix(name, ".") {
			continue
		}
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			runs[name[:i]]++
		}
	}
	return runs, nil
}
