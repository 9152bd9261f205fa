package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// sourceLine is the line under an article title in a search-result export:
// "Ren Min Wang· 2025-05-24 06:31".
var sourceLine = regexp.MustCompile(`^(.+?)·\s*(\d{4}-\d{2}-\d{2} \d{2}:\d{2})\s*$`)

// seedDoc is one document of the seeds after splitting.
type seedDoc struct {
	ID        string
	Title     string // "" for single-document files
	Published string // YYYY-MM-DD of the source line, "" for single-document files
	Text      string
}

// splitSeeds reads every *.txt file in dir, in name order, and splits it into
// documents by the project's rule (see the brief and testdata/gold/README.md):
// a file with source lines is a search-result export whose article bodies
// are documents; any other file is one document holding the whole content.
func splitSeeds(dir string) ([]seedDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	sort.Strings(paths)
	var docs []seedDoc
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", p, err)
		}
		num, _, ok := strings.Cut(filepath.Base(p), "_")
		if !ok {
			return nil, fmt.Errorf("split %s: file name has no number prefix", p)
		}
		docs = append(docs, splitFile(num, string(b))...)
	}
	return docs, nil
}

// splitFile splits one seed file whose number prefix is num.
func splitFile(num, content string) []seedDoc {
	lines := strings.Split(content, "\n")
	var sources []int // indexes of source lines
	for i, l := range lines {
		if i > 0 && sourceLine.MatchString(l) {
			sources = append(sources, i)
		}
	}
	if len(sources) == 0 {
		return []seedDoc{{ID: fmt.Sprintf("seed-%s-00", num), Text: content}}
	}
	var docs []seedDoc
	for k, s := range sources {
		end := len(lines) // exclusive end of the body
		if k+1 < len(sources) {
			end = sources[k+1] - 1 // the next article's title line
		}
		body := lines[s+1 : end]
		for len(body) > 0 && strings.TrimSpace(body[0]) == "" {
			body = body[1:]
		}
		for len(body) > 0 && strings.TrimSpace(body[len(body)-1]) == "" {
			body = body[:len(body)-1]
		}
		m := sourceLine.FindStringSubmatch(lines[s])
		docs = append(docs, seedDoc{
			ID:        fmt.Sprintf("seed-%s-%02d", num, k),
			Title:     lines[s-1],
			Published: m[2][:10],
			Text:      strings.Join(body, "\n"),
		})
	}
	return docs
}
