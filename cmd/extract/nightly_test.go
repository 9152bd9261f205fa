package main

import (
	"bufio"
	"bytes"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/table"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// result is one finished run of the binary.
type result struct {
	code           int
	stdout, stderr string
	maxRSS         int64 // kilobytes
	killed         bool
}

// exe runs the extract binary with extra environment variables.
func exe(t *testing.T, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			r.killed = ws.Signal() == syscall.SIGKILL
		}
	} else {
		require.NoError(t, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss
	}
	return r
}

// glob is a DuckDB source over every part file of a table.
func glob(out, tbl string) string {
	return fmt.Sprintf("read_parquet('%s', hive_partitioning=true, filename=true)", filepath.Join(out, tbl, "**", "*.parquet"))
}

// dataFiles lists the visible files of the data tables (not runs).
func dataFiles(t *testing.T, out string) []string {
	t.Helper()
	var files []string
	for _, tbl := range table.Names {
		if tbl == "runs" {
			continue
		}
		fs, err := filepath.Glob(filepath.Join(out, tbl, "run_date=*", "*"))
		require.NoError(t, err)
		files = append(files, fs...)
	}
	sort.Strings(files)
	return files
}

// lastRun reads the newest run row and checks the accounting identity:
// documents read = documents written + skipped + rejected errors rows.
func lastRun(t *testing.T, db *sql.DB, out string) table.Run {
	t.Helper()
	runs, err := table.ReadRuns(out)
	require.NoError(t, err)
	require.NotEmpty(t, runs)
	r := runs[len(runs)-1]
	var rejected int64
	if files, _ := filepath.Glob(filepath.Join(out, "errors", "*", "*.parquet")); len(files) > 0 {
		q := fmt.Sprintf("SELECT count(*) FROM %s WHERE rejected AND filename LIKE '%%part-%s-%%'", glob(out, "errors"), r.RunID)
		require.NoError(t, db.QueryRow(q).Scan(&rejected))
	}
	assert.Equal(t, r.Documents, r.RowsDocuments+r.Skipped+rejected, "documents read = written + skipped + rejected rows (run %s)", r.RunID)
	return r
}

func copyDir(t *testing.T, src, dst string, skip func(string) bool) {
	t.Helper()
	ents, err := os.ReadDir(src)
	require.NoError(t, err)
	require.NoError(t, os.MkdirAll(dst, 0o755))
	for _, e := range ents {
		if e.IsDir() || (skip != nil && skip(e.Name())) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644))
	}
}

// writeHugeLine writes a JSONL file holding one line of size bytes.
func writeHugeLine(t *testing.T, path string, size int) {
	t.Helper()
	f, err := os.Create(path)
	require.NoError(t, err)
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString(`{"id":"huge","text":"`)
	chunk := bytes.Repeat([]byte("上合组织"), 1<<16)
	for n := 0; n < size; n += len(chunk) {
		w.Write(chunk)
	}
	w.WriteString("\"}\n")
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())
}

func TestBadInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and writes a 200 MB file")
	}
	in := t.TempDir()
	copyDir(t, filepath.Join("..", "..", "testdata", "bad"), in, func(n string) bool { return strings.HasSuffix(n, ".golden") })
	writeHugeLine(t, filepath.Join(in, "huge.jsonl"), 200<<20)
	require.NoError(t, os.Symlink("loop2.txt", filepath.Join(in, "loop1.txt")))
	require.NoError(t, os.Symlink("loop1.txt", filepath.Join(in, "loop2.txt")))
	unreadable := filepath.Join(in, "unreadable.txt")
	require.NoError(t, os.WriteFile(unreadable, []byte("上合组织"), 0o000))
	if f, err := os.Open(unreadable); err == nil {
		// root reads anything: use a file whose reads fail instead.
		f.Close()
		require.NoError(t, os.Remove(unreadable))
		require.NoError(t, os.Symlink("/proc/self/mem", unreadable))
	}
	out := filepath.Join(t.TempDir(), "out")
	missing := filepath.Join(in, "missing.txt")
	r := exe(t, nil, "run", "--quiet", "--out", out, in, missing)
	db := openDuck(t)

	rows, err := db.Query(fmt.Sprintf(`SELECT source_path, article_index, line, stage, message, rejected FROM %s ORDER BY ALL`, glob(out, "errors")))
	require.NoError(t, err)
	var got []string
	for rows.Next() {
		var path, stage, msg string
		var index, line int64
		var rejected bool
		require.NoError(t, rows.Scan(&path, &index, &line, &stage, &msg, &rejected))
		name := filepath.Base(path)
		if name == "unreadable.txt" {
			assert.Equal(t, "read", stage)
			assert.True(t, rejected)
			msg = "<depends on the user: permission denied, or a read error as root>"
		}
		got = append(got, fmt.Sprintf("%s\t%d\t%d\t%s\t%s\t%v", name, index, line, stage, msg, rejected))
		loc := name
		if line > 0 {
			loc = fmt.Sprintf("%s:%d", name, line)
		}
		assert.Equal(t, 1, strings.Count(r.stderr, loc+": "), "one stderr line for %s", loc)
	}
	require.NoError(t, rows.Close())
	sort.Strings(got)
	run := lastRun(t, db, out)
	golden := fmt.Sprintf("exit %d\ndocuments read %d\ndocuments written %d\nerrors rows:\n%s\n", r.code, run.Documents, run.RowsDocuments, strings.Join(got, "\n"))
	path := filepath.Join("..", "..", "testdata", "bad", "errors.golden")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(golden), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), golden, "stderr:\n%s", r.stderr)
	assert.Equal(t, exitRejected, r.code)
	assert.Equal(t, len(got)+1, strings.Count(r.stderr, "\n"), "one stderr line per problem, one for the exit:\n%s", r.stderr)

	t.Run("a 200 MB line does not grow memory", func(t *testing.T) {
		small := t.TempDir()
		copyDir(t, filepath.Join("..", "..", "testdata", "bad"), small, func(n string) bool { return strings.HasSuffix(n, ".golden") })
		base := exe(t, nil, "run", "--quiet", "--out", filepath.Join(t.TempDir(), "out"), small)
		require.Equal(t, exitRejected, base.code, base.stderr)
		assert.Less(t, r.maxRSS-base.maxRSS, int64(64<<10), "peak RSS %d KiB with the 200 MB file, %d KiB without", r.maxRSS, base.maxRSS)
	})
}

func TestIncremental(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	in := t.TempDir()
	copyDir(t, filepath.Join("..", "..", "seeds"), in, nil)
	out := filepath.Join(t.TempDir(), "out")
	db := openDuck(t)

	r := exe(t, nil, "run", "--quiet", "--out", out, in)
	require.Equal(t, 0, r.code, r.stderr)
	first := lastRun(t, db, out)
	require.Equal(t, int64(23), first.RowsDocuments)
	files := dataFiles(t, out)

	t.Run("unchanged input writes nothing", func(t *testing.T) {
		r := exe(t, nil, "run", "--quiet", "--out", out, in)
		require.Equal(t, 0, r.code, r.stderr)
		run := lastRun(t, db, out)
		assert.Equal(t, "ok", run.Status)
		assert.Equal(t, int64(0), run.RowsDocuments)
		assert.Equal(t, int64(23), run.Skipped)
		assert.Equal(t, files, dataFiles(t, out), "no new data files")
	})
	t.Run("one changed file reprocesses only its documents", func(t *testing.T) {
		p := filepath.Join(in, "003_eb0fc7206f7cd6cf.txt")
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(p, append(b, []byte("\n上海合作组织秘书处发表声明。\n")...), 0o644))
		r := exe(t, nil, "run", "--quiet", "--out", out, in)
		require.Equal(t, 0, r.code, r.stderr)
		run := lastRun(t, db, out)
		assert.Equal(t, int64(1), run.RowsDocuments)
		assert.Equal(t, int64(22), run.Skipped)
		var path string
		q := fmt.Sprintf("SELECT source_path FROM %s WHERE filename LIKE '%%%s%%'", glob(out, "documents"), run.RunID)
		require.NoError(t, db.QueryRow(q).Scan(&path))
		assert.Equal(t, p, path)
	})
	t.Run("--full reprocesses everything", func(t *testing.T) {
		r := exe(t, nil, "run", "--quiet", "--full", "--out", out, in)
		require.Equal(t, 0, r.code, r.stderr)
		assert.Equal(t, int64(23), lastRun(t, db, out).RowsDocuments)
	})
	t.Run("runs lists every run", func(t *testing.T) {
		r := exe(t, nil, "runs", out)
		require.Equal(t, 0, r.code, r.stderr)
		lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
		require.Len(t, lines, 5, r.stdout)
		assert.Contains(t, lines[0], "STATUS")
		for _, l := range lines[1:] {
			assert.Contains(t, l, " ok ")
		}
	})
}

func TestRunLogs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("上合组织峰会在天津举行。"), 0o644))
	bad := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte("{\"id\":\"x\",\"text\":\"上合组织\"}\n{not json\n"), 0o644))
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"text", []string{"--log-interval", "0"}, []string{"msg=\"run started\"", "msg=progress", "docs_per_s=", "mb_per_s=", "eta=", "extract: " + bad + ":2: jsonl: bad JSON", "msg=\"run finished\""}},
		{"json", []string{"--log-format", "json", "--log-interval", "0"}, []string{`"msg":"run started"`, `"msg":"progress"`, `"msg":"input problem"`, `"line":2`, `"msg":"run finished"`}},
		{"quiet", []string{"--quiet"}, []string{"extract: " + bad + ":2: jsonl: bad JSON"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"run", "--out", filepath.Join(t.TempDir(), "out")}, tt.args...)
			code, stdout, stderr := runCLI(t, append(args, good, bad)...)
			assert.Equal(t, exitRejected, code)
			for _, w := range tt.want {
				assert.Contains(t, stderr, w)
			}
			if tt.name == "quiet" {
				assert.Empty(t, stdout)
				assert.Equal(t, 2, strings.Count(stderr, "\n"), stderr)
			}
		})
	}
	t.Run("unwritable output is fatal", func(t *testing.T) {
		code, _, stderr := runCLI(t, "run", "--quiet", "--out", good, good)
		assert.Equal(t, exitFatal, code)
		assert.Contains(t, stderr, "open output")
	})
	t.Run("runs on a directory without runs", func(t *testing.T) {
		code, _, stderr := runCLI(t, "runs", dir)
		assert.Equal(t, exitFatal, code)
		assert.Contains(t, stderr, "holds no runs table")
	})
	t.Run("bad log format", func(t *testing.T) {
		code, _, _ := runCLI(t, "run", "--log-format", "xml", good)
		assert.Equal(t, exitUsage, code)
	})
}

// runCLI executes the command line in process.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := execute(t.Context(), args, streams{In: strings.NewReader(""), Out: &out, Err: &errb})
	return code, out.String(), errb.String()
}
