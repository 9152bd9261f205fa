package timex

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/normalize"
	"github.com/sco-news/extract/pipeline/read"
)

// BenchmarkExtractSeeds runs Extract over the seed pages (../../seeds/*.txt),
// one call per file, and reports MB/s of input.
func BenchmarkExtractSeeds(b *testing.B) {
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		b.Skip("no seeds under ../../seeds")
	}
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatalf("read %s: %v", f, err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC)
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, s := range texts {
			Extract(s, &pub)
		}
	}
}

// seedDoc is one seed document as the pipeline hands it to Extract.
type seedDoc struct {
	norm string
	pub  *time.Time
}

// seedDocs reads ../../seeds as the pipeline does (split into documents,
// normalized), so that BenchmarkExtractDocs measures what BenchmarkAnalyze
// spends in this stage.
func seedDocs(tb testing.TB) []seedDoc {
	var docs []seedDoc
	err := read.Walk(context.Background(), []string{"../../seeds"}, nil, read.Options{Fold: dict.FoldRune}, func(u read.Unit) error {
		if u.Doc != nil {
			docs = append(docs, seedDoc{normalize.New(u.Doc.Text, dict.FoldRune).Norm, u.Doc.Published})
		}
		return nil
	})
	require.NoError(tb, err)
	if len(docs) == 0 {
		tb.Skip("no seeds in ../../seeds")
	}
	return docs
}

// BenchmarkExtractDocs runs Extract over every normalized seed document
// per iteration, as BenchmarkAnalyze does.
func BenchmarkExtractDocs(b *testing.B) {
	docs := seedDocs(b)
	size := 0
	for _, d := range docs {
		size += len(d.norm)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Extract(d.norm, d.pub)
		}
	}
}
