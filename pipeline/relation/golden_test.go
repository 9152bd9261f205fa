package relation

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.json.gz")

// captured is one document's input as the pipeline computes it (see
// capture_test.go, which writes testdata/inputs.json.gz).
type captured struct {
	DocID     string
	Text      string
	Sentences []doc.Span
	Mentions  []doc.Mention
	Dates     []doc.Timex
}

func readGz(tb testing.TB, path string, v any) {
	f, err := os.Open(path)
	require.NoError(tb, err)
	defer f.Close()
	z, err := gzip.NewReader(f)
	require.NoError(tb, err)
	require.NoError(tb, json.NewDecoder(z).Decode(v))
}

func capturedInputs(tb testing.TB) []Input {
	var cs []captured
	readGz(tb, "testdata/inputs.json.gz", &cs)
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
	if *update {
		f, err := os.Create("testdata/golden.json.gz")
		require.NoError(t, err)
		z := gzip.NewWriter(f)
		require.NoError(t, json.NewEncoder(z).Encode(got))
		require.NoError(t, z.Close())
		require.NoError(t, f.Close())
	}
	var want [][]doc.Relation
	readGz(t, "testdata/golden.json.gz", &want)
	require.Len(t, got, len(want))
	for i := range want {
		assert.Equal(t, want[i], got[i], "document %d", i)
	}
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
