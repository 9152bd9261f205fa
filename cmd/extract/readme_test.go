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

// TestDocumentedQueriesRun runs every statement of the SQL blocks of the
// README and docs/operating.md with DuckDB over a fresh run of the seeds,
// so the documented queries keep working as the tables change.
func TestDocumentedQueriesRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	out := t.TempDir()
	code, _, stderr := runBinary(t, "run", "--quiet", "--out", out, filepath.Join("..", "..", "seeds"))
	require.Equal(t, 0, code, stderr)
	// README queries must return rows on the seeds; operating.md has
	// queries over the errors table, empty for clean seeds
	for f, needRows := range map[string]bool{"../../README.md": true, "../../docs/operating.md": false} {
		t.Run(filepath.Base(f), func(t *testing.T) {
			stmts := sqlStatements(t, f, out)
			require.GreaterOrEqual(t, len(stmts), 3)
			db := openDuck(t)
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
				if needRows {
					assert.Positive(t, n, "no rows from documented query:\n%s", s)
				}
			}
		})
	}
}

// sqlStatements returns the statements of every ```sql block of a
// Markdown file, with 'out/ paths pointed at out and comments dropped.
func sqlStatements(t *testing.T, file, out string) []string {
	t.Helper()
	md, err := os.ReadFile(file)
	require.NoError(t, err)
	var stmts []string
	for _, block := range regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllSubmatch(md, -1) {
		sql := strings.ReplaceAll(string(block[1]), "'out/", "'"+out+"/")
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
	}
	return stmts
}
