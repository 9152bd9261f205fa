package dict

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

func TestBuiltinChecksClean(t *testing.T) {
	ps := Check()
	for _, p := range ps {
		t.Error(p.String())
	}
}

// TestCheckFixtures runs Check on one fixture per kind of mistake and
// asserts the problem (line and message) it must report.
func TestCheckFixtures(t *testing.T) {
	tests := []struct {
		file string
		want []string // "line: substring of the message"
	}{
		{"duplicate_id.yaml", []string{"6: duplicate id person:test-a (first defined at testdata/duplicate_id.yaml:3)"}},
		{"alias_conflict.yaml", []string{
			`6: alias "SCO" of org:sco (dict/orgs.yaml:`,
			`6: alias "SCO" of org:test-sco-clone is also claimed by org:sco`,
			`10: alias "双胞胎" of org:test-twin-a is also claimed by org:test-twin-b`,
			`14: alias "雙胞胎" of org:test-twin-b is also claimed by org:test-twin-a`,
		}},
		{"unknown_type.yaml", []string{
			`4: entry country:XXA: unknown type "STATE"`,
			`12: unknown field "colour"`,
			`13: id org:test-wrong-prefix: a COUNTRY id starts with "country:"`,
		}},
		{"bad_date.yaml", []string{
			`8: bad date "2024-02-30"`,
			`9: bad date "24 May 2021"`,
			`10: unknown status "friend"`,
			`10: period from 2020 to 2019 ends before it starts`,
			`11: entry country:XXD: unknown id org:nowhere`,
		}},
		{"missing_name.yaml", []string{
			`3: entry location:test-no-en: missing canonical name en`,
			`5: entry location:test-no-zh: missing canonical name zh`,
			`7: entry without id`,
		}},
		{"out_of_order.yaml", []string{`6: id location:test-a out of order`}},
		{"syntax.yaml", []string{`3: yaml:`}},
		{"phrase_alias.yaml", []string{
			`3: phrase "上合組織" is an alias of org:sco`,
			`4: empty phrase`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			ps := Check(path)
			require.NotEmpty(t, ps)
			var got []string
			for _, p := range ps {
				assert.Equal(t, path, p.Pos.File, "problem outside the fixture: %s", p)
				got = append(got, p.String())
			}
			for _, w := range tt.want {
				want := path + ":" + w
				assert.True(t, hasPrefixIn(got, want), "want a problem starting %q in\n%s", want, strings.Join(got, "\n"))
			}
			assert.Len(t, got, len(tt.want), "problems:\n%s", strings.Join(got, "\n"))
		})
	}
}

func hasPrefixIn(list []string, prefix string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

// TestCheckGolden keeps the full text of every fixture's problems in
// testdata/check.golden (refresh with go test -update).
func TestCheckGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.yaml")
	require.NoError(t, err)
	// Lines inside the built-in files move as they grow: mask them.
	builtinLine := regexp.MustCompile(`(dict/[a-z]+\.yaml):\d+`)
	var b strings.Builder
	for _, f := range files {
		for _, p := range Check(f) {
			b.WriteString(builtinLine.ReplaceAllString(p.String(), "$1:N") + "\n")
		}
	}
	golden := filepath.Join("testdata", "check.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), b.String())
}

func TestLoadFailsOnProblems(t *testing.T) {
	_, err := Load("testdata/duplicate_id.yaml", "testdata/missing.yaml")
	require.Error(t, err)
	var ps Problems
	require.ErrorAs(t, err, &ps)
	assert.Contains(t, err.Error(), "testdata/duplicate_id.yaml:6: duplicate id person:test-a")
	assert.Contains(t, err.Error(), "testdata/missing.yaml:0: read:")
}

// FuzzParseFile feeds arbitrary bytes to the dictionary file parser: it
// must not panic, and every problem must point at a line of the input.
func FuzzParseFile(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.yaml")
	for _, name := range append(files, "countries.yaml") {
		data, err := os.ReadFile(name)
		if err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("type: [\n"))
	f.Add([]byte("entries:\n  - {id: x}\n  - 3\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, _, ps := parseFile("fuzz.yaml", data)
		lines := strings.Count(string(data), "\n") + 2
		for _, p := range ps {
			if p.Pos.Line < 0 || p.Pos.Line > lines {
				t.Errorf("problem at line %d of a %d-line input: %s", p.Pos.Line, lines, p)
			}
		}
		for _, r := range recs {
			if len(r.aliasPos) != len(r.e.Aliases) {
				t.Errorf("entry %s: %d alias positions for %d aliases", r.e.ID, len(r.aliasPos), len(r.e.Aliases))
			}
		}
	})
}
