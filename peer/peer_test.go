package peer

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const casesDir = "../../shared/peer-cases"

// TestPeerSummary runs every peer case and fails when a pass rate drops
// below the committed summary (testdata/peer/summary.json). Refresh it with
// `go run ./cmd/extract peer --cases ../shared/peer-cases --summary testdata/peer/summary.json`.
func TestPeerSummary(t *testing.T) {
	if _, err := os.Stat(casesDir); err != nil {
		t.Skip("peer cases not found at " + casesDir)
	}
	var out bytes.Buffer
	_, err := Run(context.Background(), Config{Dir: casesDir, Check: "../testdata/peer/summary.json"}, &out)
	require.NoError(t, err, out.String())
}

func TestReadCasesReportsEveryBadLine(t *testing.T) {
	in := `{"source":"a#0","lang":"zh","kind":"number","text":"十","expect":[{"text":"十","start":0,"end":0,"value":10}]}
not json
{"source":"a#2","lang":"en","kind":"money","text":"$5","expect":[]}
{bad`
	cases, err := ReadCases(strings.NewReader(in), "x.jsonl")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "x.jsonl:2:")
	assert.Contains(t, err.Error(), "x.jsonl:4:")
	assert.Len(t, cases, 2)
}

func TestCompare(t *testing.T) {
	base := Summary{Files: []FileSummary{{File: "f", Kinds: []KindSummary{{Kind: "money", Rate: 0.9}, {Kind: "number", Rate: 0.5}}}}}
	cur := Summary{Files: []FileSummary{{File: "f", Kinds: []KindSummary{{Kind: "money", Rate: 0.8}}}}}
	drops := Compare(base, cur)
	require.Len(t, drops, 2)
	assert.Contains(t, drops[0], "money")
	assert.Contains(t, drops[1], "missing")
}

func TestFigureScorers(t *testing.T) {
	tests := []struct {
		name string
		c    Case
		pass bool
	}{
		{"recognizers money", Case{Source: "recognizers-text:x#1", Lang: "zh", Kind: "money", Text: "奖池金额攀升至36.57亿元。",
			Expect: []Item{{Text: "36.57亿元", Start: ptr(7), End: ptr(13), Value: []byte("3657000000"), Unit: "CNY"}}}, true},
		{"wrong span fails", Case{Source: "recognizers-text:x#2", Lang: "zh", Kind: "money", Text: "奖池金额攀升至36.57亿元。",
			Expect: []Item{{Text: "36.57亿", Start: ptr(7), End: ptr(12), Value: []byte("3657000000"), Unit: "CNY"}}}, false},
		{"duckling whole string", Case{Source: "duckling:x#L1", Lang: "en", Kind: "money", Text: "ten dollars",
			Expect: []Item{{Text: "ten dollars", Value: []byte("10"), UnitRaw: "Dollar"}}}, true},
		{"cents in main units", Case{Source: "duckling:x#L2", Lang: "en", Kind: "money", Text: "ten cents",
			Expect: []Item{{Text: "ten cents", Value: []byte("10"), UnitRaw: "Cent"}}}, true},
		{"percent", Case{Source: "recognizers-text:x#3", Lang: "zh", Kind: "percent", Text: "百分之五十",
			Expect: []Item{{Text: "百分之五十", Start: ptr(0), End: ptr(4), Value: []byte("50"), Unit: "%"}}}, true},
		{"number negative case", Case{Source: "recognizers-text:x#4", Lang: "zh", Kind: "number", Text: "我家在四川", Expect: nil}, true},
		{"number range", Case{Source: "recognizers-text:x#5", Lang: "zh", Kind: "numberrange", Text: "这个数字大于二十小于等于三十五",
			Expect: []Item{{Text: "大于二十小于等于三十五", Start: ptr(4), End: ptr(14), Value: []byte(`{"start": 20, "end": 35, "interval": "(20,35]"}`)}}}, true},
		{"number range with a wrong end", Case{Source: "recognizers-text:x#6", Lang: "zh", Kind: "numberrange", Text: "这个数字大于二十小于等于三十五",
			Expect: []Item{{Text: "大于二十小于等于三十五", Start: ptr(4), End: ptr(14), Value: []byte(`{"start": 20, "end": 35, "interval": "(20,35)"}`)}}}, false},
		{"open range", Case{Source: "recognizers-text:x#7", Lang: "en", Kind: "numberrange", Text: "He is over thirty years old.",
			Expect: []Item{{Text: "over thirty", Start: ptr(6), End: ptr(16), Value: []byte(`{"start": 30, "interval": "(30,)"}`)}}}, true},
		{"range opener outside the span", Case{Source: "duckling:x#L3", Lang: "en", Kind: "money", Text: "between 10 and 20 dollars",
			Expect: []Item{{Text: "between 10 and 20 dollars", Value: []byte(`{"start": 10, "end": 20}`), UnitRaw: "Dollar"}}}, true},
		{"a quantifier inside an amount is not an extra number", Case{Source: "recognizers-text:x#8", Lang: "zh", Kind: "number", Text: "这台电脑两美元", Expect: nil}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := judge(tt.c)
			assert.Empty(t, o.Skip)
			assert.Equal(t, tt.pass, o.Pass, o.Detail)
		})
	}
}

func TestDocumentedDifferencesAreSkips(t *testing.T) {
	tests := []Case{
		{Source: "duckling:x#L1", Lang: "zh", Kind: "money", Text: "五分", Expect: []Item{{Text: "五分", Value: []byte("5"), UnitRaw: "Cent"}}},
		{Source: "duckling:x#L2", Lang: "zh", Kind: "money", Text: "五個半", Expect: []Item{{Text: "五個半", Value: []byte("5.5"), UnitRaw: "Dollar"}}},
		{Source: "duckling:x#L3", Lang: "en", Kind: "number", Text: "a few", Expect: []Item{{Text: "a few", Value: []byte("3")}}},
	}
	for _, c := range tests {
		t.Run(c.Text, func(t *testing.T) {
			o := judge(c)
			assert.Contains(t, o.Skip, "differs by design")
		})
	}
}

func TestNotSupportedDotnetIsScoredApart(t *testing.T) {
	c := Case{Source: "recognizers-text:x#9", Lang: "zh", Kind: "money", Text: "十块钱", Flags: []string{"NotSupported:dotnet"}}
	assert.Equal(t, "money/NotSupported:dotnet", rowKind(c))
	assert.Empty(t, judge(c).Skip)
	assert.Equal(t, "date", rowKind(Case{Kind: "date", Flags: []string{"NotSupported:dotnet"}}))
}

func ptr(i int) *int { return &i }
