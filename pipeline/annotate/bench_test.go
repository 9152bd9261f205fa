package annotate

import (
	"context"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/normalize"
	"github.com/sco-news/extract/pipeline/read"
)

var (
	seedOnce sync.Once
	seedDocs []doc.Document
)

// seedDocuments returns the documents of ../../seeds as the pipeline reads them.
func seedDocuments(tb testing.TB) []doc.Document {
	seedOnce.Do(func() {
		err := read.Walk(context.Background(), []string{"../../seeds"}, nil, read.Options{Fold: dict.FoldRune}, func(u read.Unit) error {
			if u.Doc != nil {
				seedDocs = append(seedDocs, *u.Doc)
			}
			return nil
		})
		require.NoError(tb, err)
	})
	if len(seedDocs) == 0 {
		tb.Skip("no seeds in ../../seeds")
	}
	return seedDocs
}

func seedBytes(docs []doc.Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return n
}

// BenchmarkAnalyze runs every stage over all seed documents per iteration.
func BenchmarkAnalyze(b *testing.B) {
	a, err := Default()
	require.NoError(b, err)
	docs := seedDocuments(b)
	b.SetBytes(seedBytes(docs))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			a.Analyze(d)
		}
	}
}

// BenchmarkNew measures start-up: the built-in dictionary and the segmenter.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		d, err := dict.Load()
		require.NoError(b, err)
		_, err = New(d)
		require.NoError(b, err)
	}
}

// BenchmarkNormalize runs the normalize stage (the Folder of Analyze) over
// all seed documents per iteration.
func BenchmarkNormalize(b *testing.B) {
	a, err := Default()
	require.NoError(b, err)
	docs := seedDocuments(b)
	b.SetBytes(seedBytes(docs))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			a.fold.New(d.Text)
		}
	}
}

// BenchmarkToOriginal maps the spans of every seed document's analysis
// back to the original text, per iteration.
func BenchmarkToOriginal(b *testing.B) {
	a, err := Default()
	require.NoError(b, err)
	docs := seedDocuments(b)
	type job struct {
		res doc.Analysis
		nt  *normalize.Text
	}
	jobs := make([]job, len(docs))
	for i, d := range docs {
		nt := a.fold.New(d.Text)
		jobs[i] = job{res: a.stages(d, nt), nt: nt}
	}
	b.SetBytes(seedBytes(docs))
	b.ReportAllocs()
	for b.Loop() {
		for i := range jobs {
			res := jobs[i].res
			res.Sentences = append([]doc.Span(nil), res.Sentences...)
			res.Mentions = append([]doc.Mention(nil), res.Mentions...)
			res.Figures = append([]doc.Figure(nil), res.Figures...)
			res.Dates = append([]doc.Timex(nil), res.Dates...)
			res.Events = append([]doc.Event(nil), res.Events...)
			res.Relations = append([]doc.Relation(nil), res.Relations...)
			toOriginal(&res, jobs[i].nt)
		}
	}
}
