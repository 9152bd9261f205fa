package relation

import (
	"flag"
	"testing"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/doctest"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.json.gz")

// capturedInputs returns the stage's inputs for the seeds and the gold
// files (see doctest.Captured).
func capturedInputs(tb testing.TB) []Input {
	cs := doctest.CapturedInputs(tb)
	ins := make([]Input, len(cs))
	for i, c := range cs {
		ins[i] = Input{Text: c.Text, Sentences: c.Sentences, Mentions: c.Mentions}
	}
	return ins
}

// TestGolden checks the relations of the seeds and the gold files against
// testdata/golden.json.gz (refresh with -update after a deliberate change).
func TestGolden(t *testing.T) {
	var got [][]doc.Relation
	for _, in := range capturedInputs(t) {
		got = append(got, Extract(in))
	}
	doctest.Golden(t, "testdata/golden.json.gz", got, *update)
}

// BenchmarkSeeds runs the stage over the seeds and the gold files.
func BenchmarkSeeds(b *testing.B) {
	ins := capturedInputs(b)
	n := 0
	for _, in := range ins {
		n += len(in.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range ins {
			Extract(in)
		}
	}
}
