package doctest

import (
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
)

// Captured is one document's input to the event and relation stages as
// annotate.Analyze computes it: the normalized text, its sentences, entity
// mentions and dates. CapturedInputs reads those of the seeds and every
// gold file; pipeline/event's capture_test.go (build tag capture) writes
// them after a change to an earlier stage:
//
//	go test -tags capture -run TestCaptureInputs ./pipeline/event/
type Captured struct {
	DocID     string
	Text      string
	Sentences []doc.Span
	Mentions  []doc.Mention
	Dates     []doc.Timex
}

// InputsPath is the file of captured inputs: testdata/inputs.json.gz in
// this package's directory, wherever the test that asks runs.
func InputsPath() string {
	_, self, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(self), "testdata", "inputs.json.gz")
}

// CapturedInputs reads the captured inputs of the seeds and gold files.
func CapturedInputs(tb testing.TB) []Captured {
	tb.Helper()
	var cs []Captured
	ReadGz(tb, InputsPath(), &cs)
	return cs
}

// ReadGz decodes the gzip-compressed JSON file at path into v.
func ReadGz(tb testing.TB, path string, v any) {
	tb.Helper()
	f, err := os.Open(path)
	require.NoError(tb, err)
	defer f.Close()
	z, err := gzip.NewReader(f)
	require.NoError(tb, err)
	require.NoError(tb, json.NewDecoder(z).Decode(v))
}

// WriteGz writes v as gzip-compressed JSON to path.
func WriteGz(tb testing.TB, path string, v any) {
	tb.Helper()
	f, err := os.Create(path)
	require.NoError(tb, err)
	z := gzip.NewWriter(f)
	require.NoError(tb, json.NewEncoder(z).Encode(v))
	require.NoError(tb, z.Close())
	require.NoError(tb, f.Close())
}

// Golden compares a stage's output per document with the golden file at
// path (gzip-compressed JSON), rewriting the file first when update is set
// (the package's -update flag, after a deliberate change).
func Golden[T any](t *testing.T, path string, got []T, update bool) {
	t.Helper()
	if update {
		WriteGz(t, path, got)
	}
	var want []T
	ReadGz(t, path, &want)
	require.Len(t, got, len(want))
	for i := range want {
		assert.Equal(t, want[i], got[i], "document %d", i)
	}
}
