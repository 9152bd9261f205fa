package main

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/table"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds the extract command once per test process.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "extract-bin")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "extract")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	require.NoError(t, buildErr)
	return binPath
}

// runBinary runs extract with args and returns its exit code and output.
func runBinary(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return code, out.String(), errb.String()
}

// partFile returns the one part file of a table in an output directory.
func partFile(t *testing.T, out, tbl string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(out, tbl, "run_date=*", "part-*.parquet"))
	require.NoError(t, err)
	require.Len(t, files, 1, "%s: want one part file", tbl)
	return files[0]
}

func openDuck(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	return db
}

func TestEndToEndSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test builds the binary")
	}
	seeds := filepath.Join("..", "..", "seeds")
	out1, out8 := t.TempDir(), t.TempDir()
	code, stdout, stderr := runBinary(t, "run", "--out", out1, "--jobs", "1", seeds)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "23 documents")
	code, _, stderr = runBinary(t, "run", "--out", out8, "--jobs", "8", seeds)
	require.Equal(t, 0, code, stderr)

	t.Run("byte-identical across jobs", func(t *testing.T) {
		for _, tbl := range table.Names {
			if tbl == "runs" {
				continue
			}
			a, err := os.ReadFile(partFile(t, out1, tbl))
			require.NoError(t, err)
			b, err := os.ReadFile(partFile(t, out8, tbl))
			require.NoError(t, err)
			assert.True(t, bytes.Equal(a, b), "%s differs between --jobs 1 and --jobs 8", tbl)
		}
	})

	db := openDuck(t)
	read := func(tbl string) string {
		return fmt.Sprintf("read_parquet('%s', hive_partitioning=true)", filepath.Join(out1, tbl, "**", "*.parquet"))
	}
	t.Run("schema as documented", func(t *testing.T) {
		want := map[string][]table.Column{}
		for _, c := range table.Schema() {
			want[c.Table] = append(want[c.Table], c)
		}
		duckType := map[string]string{
			"STRING": "VARCHAR", "BIGINT": "BIGINT", "DOUBLE": "DOUBLE", "BOOLEAN": "BOOLEAN", "INT32": "INTEGER",
			"DATE": "DATE", "TIMESTAMP(ms, UTC)": "TIMESTAMP WITH TIME ZONE", "LIST<STRING>": "VARCHAR[]",
		}
		for _, tbl := range table.Names {
			rows, err := db.Query("DESCRIBE SELECT * FROM " + read(tbl))
			require.NoError(t, err, tbl)
			var got []string
			for rows.Next() {
				var name, typ string
				var null, key, def, extra sql.NullString
				require.NoError(t, rows.Scan(&name, &typ, &null, &key, &def, &extra))
				got = append(got, name+" "+typ)
			}
			require.NoError(t, rows.Close())
			var exp []string
			for _, c := range want[tbl] {
				exp = append(exp, c.Name+" "+duckType[c.Type])
			}
			exp = append(exp, "run_date DATE")
			assert.Equal(t, exp, got, tbl)
		}
	})
	t.Run("tables non-empty", func(t *testing.T) {
		for _, tbl := range table.Names {
			if tbl == "errors" {
				continue // clean seeds: covered by the bad-input test
			}
			var n int
			require.NoError(t, db.QueryRow("SELECT count(*) FROM "+read(tbl)).Scan(&n))
			assert.Positive(t, n, tbl)
		}
	})
	t.Run("offsets reproduce surfaces", func(t *testing.T) {
		for _, tbl := range []string{"mentions", "figures"} {
			q := fmt.Sprintf(`SELECT count(*), count(*) FILTER (WHERE substring(d.text, x.start+1, x."end"-x.start) <> x.surface)
				FROM %s x JOIN %s d USING (doc_id)`, read(tbl), read("documents"))
			var n, bad int
			require.NoError(t, db.QueryRow(q).Scan(&n, &bad))
			assert.Positive(t, n, tbl)
			assert.Zero(t, bad, "%s rows whose offsets do not reproduce the surface", tbl)
		}
		for _, tbl := range []string{"events", "relations"} {
			q := fmt.Sprintf(`SELECT count(*) FILTER (WHERE x.start < 0 OR x."end" > d.char_count OR x.start >= x."end")
				FROM %s x JOIN %s d USING (doc_id)`, read(tbl), read("documents"))
			var bad int
			require.NoError(t, db.QueryRow(q).Scan(&bad))
			assert.Zero(t, bad, "%s evidence spans outside their document", tbl)
		}
		var bad int
		require.NoError(t, db.QueryRow(`SELECT count(*) FROM `+read("documents")+` WHERE length(text) <> char_count`).Scan(&bad))
		assert.Zero(t, bad, "char_count is the code point length")
	})
}

func TestPandasReadsEveryTable(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	py := os.Getenv("EXTRACT_PYTHON")
	var prefix []string
	root := ""
	switch {
	case strings.HasPrefix(py, "chroot:"):
		root = strings.TrimPrefix(py, "chroot:")
		prefix = []string{"chroot", root, "python3"}
	case py != "":
		prefix = []string{py}
	default:
		prefix = []string{"python3"}
	}
	probe := exec.Command(prefix[0], append(prefix[1:], "-c", "import pandas, pyarrow")...)
	if err := probe.Run(); err != nil {
		t.Skipf("pandas + pyarrow not available (%v): set EXTRACT_PYTHON=chroot:DIR or a python with both; .ci/run provides them", err)
	}
	outDir := t.TempDir()
	if root != "" {
		d, err := os.MkdirTemp(filepath.Join(root, "tmp"), "extract-out")
		require.NoError(t, err)
		t.Cleanup(func() { os.RemoveAll(d) })
		outDir = d
	}
	code, _, stderr := runBinary(t, "run", "--out", outDir, filepath.Join("..", "..", "seeds"))
	require.Equal(t, 0, code, stderr)
	inside := outDir
	if root != "" {
		inside = strings.TrimPrefix(outDir, root)
	}
	script := `
import sys, pandas as pd
out = sys.argv[1]
for t in sys.argv[2:]:
    df = pd.read_parquet(f"{out}/{t}", engine="pyarrow")
    print(t, len(df), ",".join(f"{c}:{df[c].dtype}" for c in df.columns))
docs = pd.read_parquet(f"{out}/documents")
ments = pd.read_parquet(f"{out}/mentions").merge(docs[["doc_id", "text"]], on="doc_id")
bad = sum(r.text[r.start:r.end] != r.surface for r in ments.itertuples())
print("bad_offsets", bad)
assert str(docs["published"].dtype).startswith("datetime64"), docs["published"].dtype
`
	args := append(append(prefix[1:], "-c", script, inside), table.Names...)
	out, err := exec.Command(prefix[0], args...).CombinedOutput()
	require.NoError(t, err, string(out))
	text := string(out)
	assert.Contains(t, text, "bad_offsets 0")
	for _, tbl := range table.Names {
		assert.Contains(t, text, tbl+" ", "pandas read %s", tbl)
	}
	if runtime.GOOS == "linux" {
		assert.Contains(t, text, "run_date:category", "hive partition column")
	}

	// the README's pandas snippet runs as written (with its out/ path)
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	block := regexp.MustCompile("(?s)```python\n(.*?)```").FindSubmatch(readme)
	require.NotNil(t, block, "README has a ```python block")
	snippet := strings.ReplaceAll(string(block[1]), `"out/`, `"`+inside+`/`)
	out, err = exec.Command(prefix[0], append(prefix[1:], "-c", snippet)...).CombinedOutput()
	assert.NoError(t, err, "README pandas snippet:\n%s\n%s", snippet, out)
}
