package eval

import (
	"bytes"
	"context"
	"flag"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// sampleReport scores a small gold file with a mix of hits and misses.
func sampleReport(t testing.TB) *Report {
	const a = "上合组织秘书长张明5月23日在天津会见中方代表。\n成员国贸易额达5100亿美元,增长5%。"
	const b = "Belarus became a full member of the SCO on July 4, 2024 in Astana."
	gold := []GoldDoc{
		{ID: "doc-a", Published: "2025-05-24", Lang: "zh", Text: a,
			Entities: []GoldEntity{{"ORG", "上合组织"}, {"PERSON", "张明"}, {"LOCATION", "天津"}, {"COUNTRY", "中方"}},
			Figures: []GoldFigure{
				{Kind: "money", Value: 5.1e11, Unit: "USD", Text: "5100亿美元", Measure: "trade_volume"},
				{Kind: "percent", Value: 5, Unit: "%", Text: "5%", Measure: "growth_rate"},
			},
			Events:    []GoldEvent{{Type: "meeting", Date: "2025-05-23", Location: "天津"}},
			Relations: []GoldRelation{{Subject: "张明", Predicate: "holds_position", Object: "上合组织", Role: "秘书长"}},
		},
		{ID: "doc-b", Published: "2024-07-05", Lang: "en", Text: b,
			Entities:  []GoldEntity{{"COUNTRY", "Belarus"}, {"ORG", "SCO"}, {"LOCATION", "Astana"}},
			Figures:   []GoldFigure{},
			Events:    []GoldEvent{{Type: "accession", Date: "2024-07-04", Location: "Astana"}},
			Relations: []GoldRelation{{Subject: "Belarus", Predicate: "member_of", Object: "SCO", Status: "member"}},
		},
		{ID: "fail", Text: "天津", Entities: []GoldEntity{{"LOCATION", "天津"}}},
	}
	out := map[string]doc.Analysis{
		"doc-a": {
			Mentions: []doc.Mention{
				mention(a, "上合组织", "org:SCO", doc.Org),
				mention(a, "张明", "person:zhang-ming", doc.Person),
				mention(a, "天津", "location:tianjin", doc.Location),
				mention(a, "秘书长", "person:mishuzhang", doc.Person),
			},
			Figures: []doc.Figure{
				{Span: spanOf(a, "5100亿美元"), Surface: "5100亿美元", Kind: "money", Value: 5.1e11, Unit: "USD", Measure: "trade_volume"},
				{Span: spanOf(a, "5%"), Surface: "5%", Kind: "percent", Value: 5, Unit: "%", Measure: "share"},
				{Span: spanOf(a, "23"), Surface: "23", Kind: "count", Value: 23},
			},
			Events: []doc.Event{{Span: spanOf(a, "5月23日在天津会见中方代表"), Type: doc.Meeting,
				DateStart: day(2025, 5, 23), DateEnd: day(2025, 5, 23), Precision: doc.Day, LocationEntityID: "location:tianjin"}},
			Relations: []doc.Relation{{Span: spanOf(a, "上合组织秘书长张明"), SubjectID: "person:zhang-ming", Predicate: doc.HoldsPosition, ObjectID: "org:SCO", Role: "秘书长"}},
		},
		"doc-b": {
			Mentions: []doc.Mention{
				mention(b, "Belarus", "country:BLR", doc.Country),
				mention(b, "SCO", "org:SCO", doc.Org),
				mention(b, "Astana", "location:astana", doc.Location),
			},
			Events: []doc.Event{{Span: spanOf(b, "became a full member"), Type: doc.Accession,
				DateStart: day(2024, 7, 4), DateEnd: day(2024, 7, 4), Precision: doc.Day, LocationEntityID: "location:astana"}},
			Relations: []doc.Relation{{SubjectID: "country:BLR", Predicate: doc.MemberOf, ObjectID: "org:SCO", Status: "observer"}},
		},
	}
	rep, err := Score(context.Background(), gold, fixed(out), testDict())
	require.NoError(t, err)
	return rep
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.Equal(t, string(want), string(got))
}

func TestWriteGolden(t *testing.T) {
	rep := sampleReport(t)
	tests := []struct {
		file  string
		write func(*Report, *bytes.Buffer) error
	}{
		{"report.txt", func(r *Report, b *bytes.Buffer) error { return r.WriteText(b) }},
		{"report.json", func(r *Report, b *bytes.Buffer) error { return r.WriteJSON(b) }},
		{"explain.txt", func(r *Report, b *bytes.Buffer) error { return r.WriteExplain(b) }},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, tt.write(rep, &b))
			golden(t, tt.file, b.Bytes())
		})
	}
}

func TestReadReportRoundTrip(t *testing.T) {
	rep := sampleReport(t)
	var b bytes.Buffer
	require.NoError(t, rep.WriteJSON(&b))
	back, err := ReadReport(&b)
	require.NoError(t, err)
	assert.Equal(t, rep.Documents, back.Documents)
	assert.Equal(t, rep.Tables, back.Tables)
	assert.Equal(t, rep.Attrs, back.Attrs)
	assert.Equal(t, rep.Errors, back.Errors)

	_, err = ReadReport(bytes.NewBufferString("{"))
	assert.Error(t, err)
}

func TestCounts(t *testing.T) {
	tests := []struct {
		name     string
		c        Counts
		p, r, f1 float64
	}{
		{"perfect", Counts{TP: 3}, 1, 1, 1},
		{"nothing to find, nothing found", Counts{}, 1, 1, 1},
		{"only misses", Counts{FN: 2}, 1, 0, 0},
		{"only false alarms", Counts{FP: 2}, 0, 1, 0},
		{"mixed", Counts{TP: 6, FP: 2, FN: 4}, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.p, tt.c.Precision(), 1e-12)
			assert.InDelta(t, tt.r, tt.c.Recall(), 1e-12)
			assert.InDelta(t, tt.f1, tt.c.F1(), 1e-12)
		})
	}
	assert.True(t, math.IsNaN(Accuracy{}.Value()))
	assert.Equal(t, 0.5, Accuracy{Correct: 1, Total: 2}.Value())
}

func TestExcerpt(t *testing.T) {
	text := []rune("第一行\n第二行  上合组织 第三行")
	tests := []struct {
		name string
		span doc.Span
		want string
	}{
		{"middle", doc.Span{Start: 9, End: 13}, "第一行 第二行 ⟦上合组织⟧ 第三行"},
		{"no span", noSpan, ""},
		{"empty span", doc.Span{}, ""},
		{"clamped", doc.Span{Start: 14, End: 99}, "第一行 第二行 上合组织 ⟦第三行⟧"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, excerpt(text, tt.span))
		})
	}
	long := []rune("前文" + string(make([]rune, 100)) + "后文")
	got := excerpt(long, doc.Span{Start: 2, End: 102})
	assert.Equal(t, 2+1+maxEvidence+1+1+2, len([]rune(got)), "evidence cut at maxEvidence")
}
