package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/dict"
)

// The suggestions load back through the dictionary checker, merged with
// the built-in dictionary, without a problem.
func TestSuggestLoadsBack(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	text := "乌兹别克斯坦农业部副部长沙夫卡特·尤苏波夫8日在塔什干会见中国驻乌兹别克斯坦大使馆参赞李明远。尤苏波夫表示，双方将推进卡尔希光伏电站建设。\n" +
		"(记者张伟、李娜) Deputy Trade Minister Rustam Aliyev visited the Navoi Free Trade Zone and Almaty Technical University.\n"
	require.NoError(t, os.WriteFile(in, []byte(text), 0o644))
	out := filepath.Join(dir, "out")
	var stdout bytes.Buffer
	o := &suggestOptions{io: streams{Out: &stdout, Err: &stdout}, min: 1}
	require.NoError(t, runSuggest(context.Background(), o, out, []string{in}))

	files, err := filepath.Glob(filepath.Join(out, "*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	assert.Empty(t, dict.Check(files...))
	d, err := dict.Load(files...)
	require.NoError(t, err)
	for _, name := range []string{"沙夫卡特·尤苏波夫", "中国驻乌兹别克斯坦大使馆", "Rustam Aliyev", "Navoi Free Trade Zone"} {
		assert.NotEmpty(t, d.Lookup(name), name)
	}
	persons, err := os.ReadFile(filepath.Join(out, "persons.yaml"))
	require.NoError(t, err)
	assert.Contains(t, string(persons), "# seen 2 times, found by transliteration")
}
