package timex

import (
	"os"
	"path/filepath"
	"testing"
	"time"
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
