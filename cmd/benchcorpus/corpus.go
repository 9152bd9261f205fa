package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
)

// Manifest describes a generated corpus; it is written next to the corpus
// directory (DIR.json), never inside it, so `extract run DIR` reads only
// the documents.
type Manifest struct {
	Files     int   `json:"files"`
	Documents int   `json:"documents"`
	Bytes     int64 `json:"bytes"`
}

var (
	// sourceLine is the splitter's source line of search-result exports.
	sourceLine = regexp.MustCompile(`(?m)^(.+?)·\s*(\d{4}-\d{2}-\d{2} \d{2}:\d{2})\s*$`)
	// year matches a four-digit year in 20xx, the part of dates we shift.
	year = regexp.MustCompile(`20[0-4]\d`)
)

func runMake(args []string) error {
	fs := newFlags("make")
	mb := fs.Int("mb", 200, "corpus size in MB (at least)")
	seeds := fs.String("seeds", "seeds", "directory of seed .txt files")
	out := fs.String("out", "", "output directory (created; must not exist)")
	_ = fs.Parse(args)
	if *out == "" {
		return fmt.Errorf("-out is required")
	}
	m, err := makeCorpus(*seeds, *out, int64(*mb)<<20)
	if err != nil {
		return err
	}
	b, _ := json.Marshal(m)
	if err := os.WriteFile(filepath.Clean(*out)+".json", append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write manifest: %w", err)
	}
	fmt.Printf("corpus %s: %d files, %d documents, %.1f MB\n", *out, m.Files, m.Documents, float64(m.Bytes)/1e6)
	return nil
}

// makeCorpus writes copies of every seed into out until size bytes are
// written. Copy i of a seed gets its own file name (so its own document
// ids) and every 20xx year shifted back by i%20 years, so that copies are
// distinct documents with distinct dates.
func makeCorpus(seedDir, out string, size int64) (Manifest, error) {
	var m Manifest
	paths, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return m, fmt.Errorf("no seeds in %s", seedDir)
	}
	sort.Strings(paths)
	seeds := make([][]byte, len(paths))
	for i, p := range paths {
		if seeds[i], err = os.ReadFile(p); err != nil {
			return m, fmt.Errorf("read seed %s: %w", p, err)
		}
	}
	if err := os.Mkdir(out, 0o755); err != nil {
		return m, fmt.Errorf("create corpus: %w", err)
	}
	for i := 0; m.Bytes < size; i++ {
		dir := filepath.Join(out, fmt.Sprintf("%04d", i/100))
		if i%100 == 0 {
			if err := os.Mkdir(dir, 0o755); err != nil {
				return m, fmt.Errorf("create corpus: %w", err)
			}
		}
		for j, s := range seeds {
			text := shiftYears(s, i%20)
			name := filepath.Join(dir, fmt.Sprintf("%06d_%s", i, filepath.Base(paths[j])))
			if err := os.WriteFile(name, text, 0o644); err != nil {
				return m, fmt.Errorf("write corpus: %w", err)
			}
			m.Files++
			m.Bytes += int64(len(text))
			if n := len(sourceLine.FindAll(text, -1)); n > 0 {
				m.Documents += n
			} else {
				m.Documents++
			}
		}
	}
	return m, nil
}

func shiftYears(text []byte, by int) []byte {
	if by == 0 {
		return text
	}
	return year.ReplaceAllFunc(text, func(y []byte) []byte {
		n, _ := strconv.Atoi(string(y))
		return []byte(strconv.Itoa(n - by))
	})
}
