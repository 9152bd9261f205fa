package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// run executes the command line in process with the given stdin.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := execute(context.Background(), args, streams{In: strings.NewReader(stdin), Out: &out, Err: &errb})
	return code, out.String(), errb.String()
}

func TestAnnotate(t *testing.T) {
	code, out, stderr := run(t, "2025年8月31日，上海合作组织峰会在天津举行。上合组织副秘书长索海尔·汗出席。中国与上合组织其他成员国贸易额达5100亿美元。",
		"annotate", "--published", "2025-09-01")
	require.Equal(t, 0, code, stderr)
	var got map[string][]map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	for _, k := range []string{"entities", "figures", "dates", "events", "relations"} {
		assert.Contains(t, got, k)
	}
	surfaces := func(key, field string) []string {
		var s []string
		for _, x := range got[key] {
			s = append(s, x[field].(string))
		}
		return s
	}
	assert.Contains(t, surfaces("entities", "surface"), "索海尔·汗")
	assert.Contains(t, surfaces("entities", "surface"), "天津")
	assert.Contains(t, surfaces("figures", "surface"), "5100亿美元")
	assert.Contains(t, surfaces("dates", "date"), "2025-08-31")
	require.NotEmpty(t, got["events"])
	assert.Equal(t, "summit", got["events"][0]["type"])
	assert.Equal(t, "2025-08-31", got["events"][0]["date_start"])
	var preds []string
	for _, r := range got["relations"] {
		preds = append(preds, r["subject_id"].(string)+" "+r["predicate"].(string)+" "+r["object_id"].(string))
	}
	assert.Contains(t, preds, "person:sohail-khan holds_position org:sco")
	assert.Contains(t, preds, "country:CHN member_of org:sco")
}

func TestAnnotateJSONL(t *testing.T) {
	in := `{"id":"a","text":"去年7月，白俄罗斯成为上海合作组织第十个成员国。","published":"2025-05-01"}` + "\n" +
		`{"id":"b","text":5}` + "\n" +
		`{"id":"c","text":"SCO Secretary-General Zhang Ming visited Tianjin."}` + "\n"
	code, out, stderr := run(t, in, "annotate", "--jsonl")
	assert.Equal(t, exitRejected, code)
	assert.Contains(t, stderr, `stdin:2: field "text": want a string, got a number`)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3)
	var a, b Output
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &a))
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &b))
	assert.Equal(t, "a", a.ID)
	assert.NotEmpty(t, b.Error)
	var dates []string
	for _, d := range a.Dates {
		dates = append(dates, d.Date)
	}
	assert.Contains(t, dates, "2024-07", "去年7月 resolves against published")
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("上合组织峰会在天津举行。"), 0o644))
	bad := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(bad, []byte("{not json\n"), 0o644))
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"ok", []string{"run", "--quiet", "--out", filepath.Join(dir, "o1"), good}, exitOK},
		{"rejected input", []string{"run", "--quiet", "--out", filepath.Join(dir, "o2"), good, bad}, exitRejected},
		{"unknown flag", []string{"run", "--nope", good}, exitUsage},
		{"no paths", []string{"run"}, exitUsage},
		{"bad published", []string{"run", "--published", "soon", good}, exitUsage},
		{"unknown command", []string{"frobnicate"}, exitUsage},
		{"bad dictionary", []string{"run", "--dict", filepath.Join(dir, "missing.yaml"), good}, exitFatal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, "", tt.args...)
			assert.Equal(t, tt.code, code, stderr)
		})
	}
}

func TestSchemaCommand(t *testing.T) {
	code, out, _ := run(t, "", "schema")
	require.Equal(t, 0, code)
	for _, want := range []string{"documents", "published", "TIMESTAMP(ms, UTC)", "events", "date_start", "DATE", "relations", "holds_position"} {
		assert.Contains(t, out, want)
	}
}

func TestReadmeSchemaIsCurrent(t *testing.T) {
	_, out, _ := run(t, "", "schema", "--markdown")
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	assert.Contains(t, string(readme), out, "README's table list is stale: run `bin/extract schema --markdown` and paste it")
}

func TestDictCheck(t *testing.T) {
	code, out, _ := run(t, "", "dict", "check")
	assert.Equal(t, 0, code, out)
	dir := t.TempDir()
	f := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(f, []byte("type: PERSON\nentries:\n  - id: person:x\n    zh: 某某\n    en: X\n  - id: person:x\n    zh: 某某\n    en: X\n"), 0o644))
	code, out, _ = run(t, "", "dict", "check", f)
	assert.Equal(t, exitFatal, code)
	assert.Contains(t, out, "bad.yaml:")
}
