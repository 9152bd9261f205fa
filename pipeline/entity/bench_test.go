package entity

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/normalize"
	"github.com/sco-news/extract/pipeline/segment"
)

// BenchmarkFindSeeds runs Find over the seed files as the pipeline gives
// them to it: normalized and segmented (a file per call).
func BenchmarkFindSeeds(b *testing.B) {
	paths, _ := filepath.Glob("../../seeds/*.txt")
	if len(paths) == 0 {
		b.Skip("no seeds in ../../seeds")
	}
	m := matcher(b)
	d, err := dict.Load()
	require.NoError(b, err)
	seg, err := segment.New(d.Surfaces())
	require.NoError(b, err)
	type input struct {
		text string
		toks []segment.Token
	}
	var ins []input
	size := 0
	for _, p := range paths {
		buf, err := os.ReadFile(p)
		require.NoError(b, err)
		norm := normalize.New(string(buf), dict.FoldRune).Norm
		ins = append(ins, input{norm, seg.Tokens(norm)})
		size += len(norm)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, in := range ins {
			m.Find(in.text, in.toks)
		}
	}
}
