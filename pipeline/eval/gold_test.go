package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadGold(t *testing.T) {
	in := "\ufeff" + `{"id": "a", "published": "2025-05-23", "lang": "zh", "text": "上合组织成员国贸易额占50%", "entities": [{"type": "ORG", "name": "上合组织"}], "figures": [{"kind": "percent", "value": 50, "text": "50%", "measure": "share"}], "events": [], "relations": []}

{"id": "b", "text": "nothing annotated", "sources": ["ignored"]}
`
	docs, err := ReadGold(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, docs, 2)

	a := docs[0]
	assert.Equal(t, "a", a.ID)
	assert.Equal(t, 1, a.Line)
	assert.Equal(t, []GoldEntity{{Type: "ORG", Name: "上合组织"}}, a.Entities)
	assert.Equal(t, []GoldFigure{{Kind: "percent", Value: 50, Unit: "%", Text: "50%", Measure: "share"}}, a.Figures, "percent unit defaults to %")
	assert.NotNil(t, a.Events, "an empty list is annotated")
	assert.Empty(t, a.Events)

	b := docs[1]
	assert.Equal(t, 3, b.Line)
	assert.Nil(t, b.Entities, "a missing list is not annotated")
	assert.Nil(t, b.Figures)
	assert.Nil(t, b.Events)
	assert.Nil(t, b.Relations)
}

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // every error, in order
	}{
		{"syntax", `{"id": "a", "text": "x"}` + "\n" + `{"id": "b", "text": }`,
			[]string{`line 2: column 21: invalid character '}' looking for beginning of value`}},
		{"missing id and text", `{"lang": "zh"}`,
			[]string{"line 1: missing id", "line 1: missing text"}},
		{"duplicate id", `{"id": "a", "text": "x"}` + "\n\n" + `{"id": "a", "text": "y"}`,
			[]string{`line 3: duplicate id "a" (first on line 1)`}},
		{"wrong json type", `{"id": "a", "text": "x", "figures": [{"kind": "count", "value": "3"}]}`,
			[]string{"line 1: figures.value: want number, got string"}},
		{"bad published and lang", `{"id": "a", "text": "x", "published": "23.05.2025", "lang": "ru"}`,
			[]string{`line 1: published "23.05.2025": want YYYY-MM-DD or RFC 3339`, `line 1: lang "ru": want zh, zh-Hant, en or mixed`}},
		{"entities", `{"id": "a", "text": "上合组织", "entities": [{"type": "ORGANIZATION", "name": "上合组织"}, {"type": "ORG", "name": ""}, {"type": "ORG", "name": "欧盟"}]}`,
			[]string{`line 1: entities[0]: unknown type "ORGANIZATION"`, "line 1: entities[1]: missing name", `line 1: entities[2]: name "欧盟" does not occur in text`}},
		{"figures", `{"id": "a", "text": "5%", "figures": [{"kind": "count"}, {"kind": "money", "value": 1, "unit": "dollar"}, {"kind": "percent", "value": 5, "unit": "pct"}, {"kind": "ratio", "value": 1}, {"kind": "percent", "value": 5, "text": "6%"}, {"kind": "count", "value": 5, "measure": "size"}]}`,
			[]string{
				"line 1: figures[0]: missing value",
				`line 1: figures[1]: money unit "dollar": want an ISO 4217 code (USD)`,
				`line 1: figures[2]: percent unit "pct": want %`,
				`line 1: figures[3]: unknown kind "ratio": want money, percent or count`,
				`line 1: figures[4]: text "6%" does not occur in text`,
				`line 1: figures[5]: unknown measure "size"`,
			}},
		{"events", `{"id": "a", "text": "x", "events": [{"type": "party", "date": "2025"}, {"type": "summit", "date": "2025-02-30"}, {"type": "forum", "date": "2025/08/31"}, {"type": "forum", "date": "2025-09", "end": "2025-08-31"}]}`,
			[]string{
				`line 1: events[0]: unknown type "party"`,
				`line 1: events[1]: date: "2025-02-30": want a date as YYYY, YYYY-MM or YYYY-MM-DD`,
				`line 1: events[2]: date: "2025/08/31": want a date as YYYY, YYYY-MM or YYYY-MM-DD`,
				"line 1: events[3]: end 2025-08-31 before date 2025-09",
			}},
		{"relations", `{"id": "a", "text": "x", "relations": [{"subject": "", "predicate": "knows", "object": "", "status": "friend"}]}`,
			[]string{
				"line 1: relations[0]: missing subject",
				"line 1: relations[0]: missing object",
				`line 1: relations[0]: unknown predicate "knows": want holds_position or member_of`,
				`line 1: relations[0]: unknown status "friend"`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := ReadGold(strings.NewReader(tt.in))
			assert.Nil(t, docs)
			var list ErrorList
			require.True(t, errors.As(err, &list), "want an ErrorList, got %v", err)
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestErrorListTruncates(t *testing.T) {
	in := strings.Repeat(`{"text": "x"}`+"\n", maxShown+5)
	_, err := ReadGold(strings.NewReader(in))
	require.Error(t, err)
	assert.Equal(t, maxShown, strings.Count(err.Error(), "\n"), "maxShown errors and the rest counted")
	assert.Contains(t, err.Error(), "(and 5 more)")
}

func TestDocument(t *testing.T) {
	tests := []struct {
		name, published string
		want            string // RFC 3339, "" for nil
		date            string // calendar date in the time's own zone
	}{
		{"date is midnight in Shanghai", "2025-05-23", "2025-05-22T16:00:00Z", "2025-05-23"},
		{"rfc 3339", "2025-05-24T06:31:00+08:00", "2025-05-23T22:31:00Z", "2025-05-24"},
		{"none", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := GoldDoc{ID: "x", Text: "t", Lang: "zh", Published: tt.published}.Document()
			require.NoError(t, err)
			assert.Equal(t, "x", d.ID)
			assert.Equal(t, "t", d.Text)
			assert.Equal(t, "zh", d.Lang)
			if tt.want == "" {
				assert.Nil(t, d.Published)
				return
			}
			require.NotNil(t, d.Published)
			assert.Equal(t, tt.want, d.Published.UTC().Format(time.RFC3339))
			assert.Equal(t, tt.date, d.Published.Format("2006-01-02"))
		})
	}
	_, err := GoldDoc{ID: "x", Published: "yesterday"}.Document()
	assert.EqualError(t, err, `gold x: published "yesterday": want YYYY-MM-DD or RFC 3339`)
}

// TestRepoGold reads the project's own gold files: they must parse.
func TestRepoGold(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/gold/*.jsonl")
	if len(files) == 0 {
		t.Skip("no gold files under testdata/gold yet")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			fh, err := os.Open(f)
			require.NoError(t, err)
			defer fh.Close()
			docs, err := ReadGold(fh)
			require.NoError(t, err)
			assert.NotEmpty(t, docs)
		})
	}
}

func FuzzReadGold(f *testing.F) {
	f.Add(`{"id": "a", "text": "上合组织", "entities": [{"type": "ORG", "name": "上合组织"}]}`)
	f.Add(`{"id": "a", "text": "5%", "figures": [{"kind": "percent", "value": 5, "text": "5%"}], "events": [{"type": "summit", "date": "2025-08-31", "end": "2025-09-01"}]}`)
	f.Add(`{"id": "b", "text": "x", "relations": [{"subject": "a", "predicate": "member_of", "object": "b", "status": "member"}]}` + "\n{")
	f.Add("\ufeff\n\n{}")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadGold(strings.NewReader(in))
		if err != nil {
			var list ErrorList
			require.True(t, errors.As(err, &list))
			require.NotEmpty(t, list)
			for _, e := range list {
				require.Positive(t, e.Line)
			}
			return
		}
		seen := map[string]bool{}
		last := 0
		for _, d := range docs {
			require.NotEmpty(t, d.ID)
			require.False(t, seen[d.ID])
			seen[d.ID] = true
			require.Greater(t, d.Line, last)
			last = d.Line
			_, err := d.Document()
			require.NoError(t, err)
		}
	})
}
