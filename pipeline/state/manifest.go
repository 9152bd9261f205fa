package state

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/sco-news/extract/pipeline/doc"
)

// Key identifies one processed input: a document (DocKey) or a rejected
// input recorded in the errors table (ProblemKey).
type Key [sha256.Size]byte

// String is the key in hex, as written in manifests.
func (k Key) String() string { return hex.EncodeToString(k[:]) }

// DocKey hashes everything of a document that its rows depend on: id,
// text, title, source, URL and publication time. The source path and the
// position in the file are not part of it, so moving an input directory
// does not reprocess it; the program version and dictionary hash are in the
// manifest header instead.
func DocKey(d *doc.Document) Key {
	h := sha256.New()
	field := func(s string) {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	field("doc")
	field(d.ID)
	field(d.Text)
	field(d.Title)
	field(d.Source)
	field(d.URL)
	if d.Published != nil {
		field(d.Published.UTC().Format(time.RFC3339Nano))
	} else {
		field("")
	}
	var k Key
	h.Sum(k[:0])
	return k
}

// ProblemKey hashes a rejected input: where it is, what is wrong and a
// digest of its bytes when known ("" otherwise), so the same bad input is
// recorded in the errors table once, and again when it changes.
func ProblemKey(path string, index, line int, stage, message, digest string) Key {
	s := fmt.Sprintf("problem\x00%s\x00%d\x00%d\x00%s\x00%s\x00%s", path, index, line, stage, message, digest)
	return Key(sha256.Sum256([]byte(s)))
}

// File is one file of a chunk: its temporary and final paths, relative to
// the output directory.
type File struct {
	Tmp   string `json:"tmp"`
	Final string `json:"final"`
}

// Manifest describes one committed chunk. On disk it is one JSON header
// line, then one hex key per line.
type Manifest struct {
	Run     string `json:"run"`
	Seq     int    `json:"seq"`
	Version string `json:"version"`
	Dict    string `json:"dict"`
	Files   []File `json:"files"`
	Keys    []Key  `json:"-"`
}

// writeManifest writes m under a temporary name, syncs it and renames it
// into place: the manifest appears whole or not at all.
func writeManifest(path string, m Manifest) error {
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("write manifest %s: %w", path, err)
	}
	w := bufio.NewWriter(f)
	head, err := json.Marshal(m)
	if err != nil {
		return fail(err)
	}
	w.Write(head)
	w.WriteByte('\n')
	for _, k := range m.Keys {
		w.WriteString(k.String())
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write manifest %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write manifest %s: %w", path, err)
	}
	syncDir(filepath.Dir(path))
	return nil
}

// readManifest reads a manifest; keys only when withKeys.
func readManifest(path string, withKeys bool) (Manifest, error) {
	f, err := os.Open(path)
	if err != nil {
		return Manifest{}, fmt.Errorf("read manifest: %w", err)
	}
	defer f.Close()
	m, err := parseManifest(f, withKeys)
	if err != nil {
		return Manifest{}, fmt.Errorf("read manifest %s: %w", path, err)
	}
	return m, nil
}

// parseManifest reads the on-disk form; errors name the line.
func parseManifest(r io.Reader, withKeys bool) (Manifest, error) {
	var m Manifest
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return m, err
		}
		return m, fmt.Errorf("line 1: empty manifest")
	}
	if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
		return m, fmt.Errorf("line 1: %w", err)
	}
	if m.Run == "" {
		return m, fmt.Errorf("line 1: no run id")
	}
	if !withKeys {
		return m, nil
	}
	for line := 2; sc.Scan(); line++ {
		var k Key
		b := sc.Bytes()
		if len(b) != 2*len(k) {
			return m, fmt.Errorf("line %d: want a %d-digit hex key", line, 2*len(k))
		}
		if _, err := hex.Decode(k[:], b); err != nil {
			return m, fmt.Errorf("line %d: %w", line, err)
		}
		m.Keys = append(m.Keys, k)
	}
	return m, sc.Err()
}
