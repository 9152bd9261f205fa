package event

import (
	"flag"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

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
		ins[i] = Input{DocID: c.DocID, Text: c.Text, Sentences: c.Sentences, Mentions: c.Mentions, Dates: c.Dates}
	}
	return ins
}

// TestGolden checks the events of the seeds and the gold files against
// testdata/golden.json.gz (refresh with -update after a deliberate change).
func TestGolden(t *testing.T) {
	var got [][]doc.Event
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

// TestDateKeyMatchesFmt checks dateKey's digits against the fmt formats
// it replaces, inside and outside the range it writes itself.
func TestDateKeyMatchesFmt(t *testing.T) {
	for _, y := range []int{-12, 0, 7, 99, 2025, 9999, 10000, 123456} {
		for _, m := range []int{-1, 0, 1, 12, 99, 100} {
			for _, d := range []int{-3, 0, 9, 31, 99, 100} {
				dt := doc.Date{Year: y, Month: m, Day: d}
				assert.Equal(t, fmt.Sprintf("%04d", y), dateKey(dt, doc.Year))
				assert.Equal(t, fmt.Sprintf("%04d-%02d", y, m), dateKey(dt, doc.Month))
				assert.Equal(t, fmt.Sprintf("%04d-%02d-%02d", y, m, d), dateKey(dt, doc.Day))
			}
		}
	}
}
