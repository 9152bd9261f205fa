//go:build capture

package event_test

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/annotate"
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/doctest"
	"github.com/sco-news/extract/pipeline/entity"
	"github.com/sco-news/extract/pipeline/normalize"
	"github.com/sco-news/extract/pipeline/read"
	"github.com/sco-news/extract/pipeline/segment"
	"github.com/sco-news/extract/pipeline/timex"
)

// TestCaptureInputs writes the event and relation stages' inputs for the
// seeds and the gold files, as annotate.Analyze computes them, to
// pipeline/doctest/testdata/inputs.json.gz (their benchmarks and golden
// tests read them). Run it after a change to an earlier stage:
//
//	go test -tags capture -run TestCaptureInputs ./pipeline/event/
func TestCaptureInputs(t *testing.T) {
	a, err := annotate.Default()
	require.NoError(t, err)
	var docs []doc.Document
	err = read.Walk(context.Background(), []string{"../../seeds"}, nil, read.Options{Fold: dict.FoldRune}, func(u read.Unit) error {
		if u.Doc != nil {
			docs = append(docs, *u.Doc)
		}
		return nil
	})
	require.NoError(t, err)
	golds, _ := filepath.Glob("../../testdata/gold/*.jsonl")
	for _, g := range golds {
		f, err := os.Open(g)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			rec, err := read.ParseRecord(sc.Bytes())
			require.NoError(t, err)
			docs = append(docs, doc.Document{ID: rec.ID, Text: rec.Text, Published: rec.Published, Lang: normalize.Lang(rec.Text, dict.FoldRune)})
		}
		require.NoError(t, f.Close())
	}
	m := entity.NewMatcher(a.Dict)
	var out []doctest.Captured
	for _, d := range docs {
		norm := normalize.New(d.Text, dict.FoldRune).Norm
		sents := segment.Sentences(norm)
		ments := entity.Mentions(m.Find(norm, a.Segmenter().Tokens(norm)), sents)
		out = append(out, doctest.Captured{DocID: d.ID, Text: norm, Sentences: sents, Mentions: ments, Dates: timex.Extract(norm, d.Published)})
	}
	doctest.WriteGz(t, doctest.InputsPath(), out)
}
