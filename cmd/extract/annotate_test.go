package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
)

// TestAnalyzeSafelyTurnsPanicIntoError: a stage that panics (here: no
// annotator at all) gives an error naming the document, not a crash.
func TestAnalyzeSafelyTurnsPanicIntoError(t *testing.T) {
	_, err := analyzeSafely(nil, doc.Document{ID: "d1", Text: "上合组织峰会举行。"})
	require.Error(t, err)
	assert.Contains(t, err.Error(), `document "d1": internal error`)
}
