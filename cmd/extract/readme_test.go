package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadmeQueriesRun runs every statement of the README's SQL block with
// DuckDB over a fresh run of the seeds, so the documented queries keep
// working as the tables change.
func TestReadmeQueriesRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	block := regexp.MustCompile("(?s)```sql\n(.*?)```").FindSubmatch(readme)
	require.NotNil(t, block, "README has a ```sql block")
	out := t.TempDir()
	code, _, stderr := runBinary(t, "run", "--quiet", "--out", out, filepath.Join("..", "..", "seeds"))
	require.Equal(t, 0, code, stderr)

	sql := strings.ReplaceAll(string(block[1]), "'out/", "'"+out+"/")
	var stmts []string
	for _, s := range strings.Split(sql, ";") {
		var lines []string
		for _, l := range strings.Split(s, "\n") {
			if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "--") {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			stmts = append(stmts, strings.Join(lines, "\n"))
		}
	}
	require.GreaterOrEqual(t, len(stmts), 9, "six views and at least three queries")
	db := openDuck(t)
	queries := 0
	for _, s := range stmts {
		if strings.HasPrefix(strings.TrimSpace(s), "CREATE") {
			_, err := db.Exec(s)
			require.NoError(t, err, s)
			continue
		}
		rows, err := db.Query(s)
		require.NoError(t, err, s)
		n := 0
		for rows.Next() {
			n++
		}
		require.NoError(t, rows.Err())
		rows.Close()
		assert.Positive(t, n, "no rows from README query:\n%s", s)
		queries++
	}
	assert.GreaterOrEqual(t, queries, 4)
}
