package eval

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
)

// want is the expected outcome of scoring one document: counts per table
// (only the tables listed are checked; the others must be zero) and
// correct/total per attribute.
type want struct {
	tables map[string]Counts
	docs   map[string]int // documents per table; default 1 for listed tables
	attrs  map[string][2]int
}

func TestScore(t *testing.T) {
	const text = "中方与巴方在天津举行会谈。上合组织秘书长张明出席。哈萨克斯坦文化和信息部信息委员会副主席阿利舍尔・穆卡占表示,贸易额达5100亿美元,增长5%。"
	tests := []struct {
		name string
		gold GoldDoc
		pred doc.Analysis
		want want
	}{
		{
			name: "exact dictionary match",
			gold: GoldDoc{Text: text, Entities: []GoldEntity{{"COUNTRY", "中方"}, {"ORG", "上合组织"}}},
			pred: doc.Analysis{Mentions: []doc.Mention{
				mention(text, "中方", "country:CHN", doc.Country),
				mention(text, "上合组织", "org:SCO", doc.Org),
			}},
			want: want{tables: map[string]Counts{"entities": {TP: 2}}},
		},
		{
			name: "alias in another language",
			gold: GoldDoc{Text: "SCO members met in Tianjin.", Entities: []GoldEntity{{"ORG", "SCO"}, {"LOCATION", "Tianjin"}}},
			pred: doc.Analysis{Mentions: []doc.Mention{
				{Surface: "SCO", EntityID: "org:SCO", EntityType: doc.Org, CanonicalName: "上海合作组织"},
				{Surface: "Tianjin", EntityID: "location:tianjin", EntityType: doc.Location},
			}},
			want: want{tables: map[string]Counts{"entities": {TP: 2}}},
		},
		{
			name: "outside the dictionary: by surface, dots and spaces folded",
			gold: GoldDoc{Text: text, Entities: []GoldEntity{
				{"ORG", "哈萨克斯坦文化和信息部信息委员会"}, {"PERSON", "阿利舍尔・穆卡占"}, {"PERSON", "张明"}}},
			pred: doc.Analysis{Mentions: []doc.Mention{
				mention(text, "哈萨克斯坦文化和信息部信息委员会", "org:哈萨克斯坦文化和信息部信息委员会", doc.Org),
				{Surface: "阿利舍尔·穆卡占", EntityID: "person:x1", EntityType: doc.Person},
				mention(text, "张明", "", doc.Person),
			}},
			want: want{tables: map[string]Counts{"entities": {TP: 3}}},
		},
		{
			name: "dictionary name needs the dictionary id, not only the surface",
			gold: GoldDoc{Text: text, Entities: []GoldEntity{{"ORG", "上合组织"}}},
			pred: doc.Analysis{Mentions: []doc.Mention{mention(text, "上合组织", "org:discovered-1", doc.Org)}},
			want: want{tables: map[string]Counts{"entities": {FP: 1, FN: 1}}},
		},
		{
			name: "wrong type",
			gold: GoldDoc{Text: text, Entities: []GoldEntity{{"LOCATION", "天津"}}},
			pred: doc.Analysis{Mentions: []doc.Mention{mention(text, "天津", "location:tianjin", doc.Org)}},
			want: want{tables: map[string]Counts{"entities": {FP: 1, FN: 1}}},
		},
		{
			name: "ambiguous short form matches either entity",
			gold: GoldDoc{Text: text, Entities: []GoldEntity{{"COUNTRY", "巴方"}}},
			pred: doc.Analysis{Mentions: []doc.Mention{mention(text, "巴方", "country:PSE", doc.Country)}},
			want: want{tables: map[string]Counts{"entities": {TP: 1}}},
		},
		{
			name: "ambiguous name and its full name both listed: each needs its own entity",
			gold: GoldDoc{Text: "巴基斯坦外长说,巴方支持。", Entities: []GoldEntity{{"COUNTRY", "巴方"}, {"COUNTRY", "巴基斯坦"}}},
			pred: doc.Analysis{Mentions: []doc.Mention{{Surface: "巴方", EntityID: "country:PAK", EntityType: doc.Country}}},
			want: want{tables: map[string]Counts{"entities": {TP: 1, FN: 1}}},
		},
		{
			name: "one entity listed twice in gold counts once",
			gold: GoldDoc{Text: text, Entities: []GoldEntity{{"ORG", "上合组织"}, {"ORG", "上海合作组织"}}},
			pred: doc.Analysis{Mentions: []doc.Mention{mention(text, "上合组织", "org:SCO", doc.Org), mention(text, "上合组织", "org:SCO", doc.Org)}},
			want: want{tables: map[string]Counts{"entities": {TP: 1}}},
		},
		{
			name: "missing list is not scored",
			gold: GoldDoc{Text: text},
			pred: doc.Analysis{
				Mentions: []doc.Mention{mention(text, "天津", "location:tianjin", doc.Location)},
				Figures:  []doc.Figure{{Kind: "percent", Value: 5, Unit: "%"}},
			},
			want: want{},
		},
		{
			name: "empty list is scored: every prediction is false",
			gold: GoldDoc{Text: text, Entities: []GoldEntity{}, Figures: []GoldFigure{}, Events: []GoldEvent{}, Relations: []GoldRelation{}},
			pred: doc.Analysis{
				Mentions:  []doc.Mention{mention(text, "天津", "location:tianjin", doc.Location)},
				Figures:   []doc.Figure{{Kind: "percent", Value: 5, Unit: "%"}},
				Events:    []doc.Event{{Type: doc.Meeting, DateStart: doc.Date{Year: 2025}, Precision: doc.Year}},
				Relations: []doc.Relation{{SubjectID: "a", Predicate: doc.MemberOf, ObjectID: "b"}},
			},
			want: want{tables: map[string]Counts{"entities": {FP: 1}, "figures": {FP: 1}, "events": {FP: 1}, "relations": {FP: 1}}},
		},
		{
			name: "figures: keys and tolerance",
			gold: GoldDoc{Text: text, Figures: []GoldFigure{
				{Kind: "money", Value: 510000000000, Unit: "USD", Text: "5100亿美元", Measure: "trade_volume"},
				{Kind: "percent", Value: 5, Unit: "%", Text: "5%", Measure: "growth_rate"},
				{Kind: "count", Value: 10, Unit: "member_state"},
				{Kind: "count", Value: 3, Unit: "country", Approx: true},
			}},
			pred: doc.Analysis{Figures: []doc.Figure{
				{Kind: "money", Value: 5.1e11 * (1 + 1e-12), Unit: "USD", Measure: "trade_volume"},
				{Kind: "percent", Value: 5},
				{Kind: "count", Value: 10, Unit: "country"},
				{Kind: "count", Value: 3.0001, Unit: "country", Approx: true},
			}},
			want: want{
				tables: map[string]Counts{"figures": {TP: 3, FP: 1, FN: 1}},
				attrs:  map[string][2]int{"figures.unit": {0, 1}, "figures.measure": {2, 3}, "figures.approx": {3, 3}},
			},
		},
		{
			name: "figures: the currency is part of the key, the count unit is not",
			gold: GoldDoc{Text: text, Figures: []GoldFigure{{Kind: "money", Value: 100, Unit: "USD"}, {Kind: "count", Value: 2, Unit: "person"}}},
			pred: doc.Analysis{Figures: []doc.Figure{{Kind: "money", Value: 100, Unit: "CNY"}, {Kind: "percent", Value: 2, Unit: "%"}}},
			want: want{tables: map[string]Counts{"figures": {FP: 2, FN: 2}}},
		},
		{
			name: "figures: duplicate keys count once on each side",
			gold: GoldDoc{Text: text, Figures: []GoldFigure{{Kind: "count", Value: 10, Unit: "member_state"}, {Kind: "count", Value: 10, Unit: "member_state"}}},
			pred: doc.Analysis{Figures: []doc.Figure{{Kind: "count", Value: 10, Unit: "member_state"}, {Kind: "count", Value: 10, Unit: "member_state"}, {Kind: "count", Value: 10}}},
			want: want{
				tables: map[string]Counts{"figures": {TP: 1}},
				attrs:  map[string][2]int{"figures.unit": {1, 1}, "figures.measure": {1, 1}, "figures.approx": {1, 1}},
			},
		},
		{
			name: "events: date precision, location entity or none, end",
			gold: GoldDoc{Text: text, Events: []GoldEvent{
				{Type: "meeting", Date: "2025-05-23", Location: "天津"},
				{Type: "summit", Date: "2025-08-31", End: "2025-09-01", Location: "Tianjin"},
				{Type: "forum", Date: "2025-05"},
				{Type: "launch", Date: "2024"},
				{Type: "visit", Date: "2025-05-20", Location: "阿斯塔纳"},
			}},
			pred: doc.Analysis{
				Mentions: []doc.Mention{{Surface: "阿斯塔纳", EntityID: "location:d-1", EntityType: doc.Location}},
				Events: []doc.Event{
					{Type: doc.Meeting, DateStart: day(2025, 5, 23), DateEnd: day(2025, 5, 23), Precision: doc.Day, LocationEntityID: "location:tianjin"},
					{Type: doc.Summit, DateStart: day(2025, 8, 31), DateEnd: day(2025, 8, 31), Precision: doc.Day, LocationEntityID: "location:tianjin"},
					{Type: doc.Forum, DateStart: day(2025, 5, 1), DateEnd: day(2025, 5, 31), Precision: doc.Month, LocationEntityID: "location:tianjin"},
					{Type: doc.Launch, DateStart: day(2024, 1, 1), DateEnd: day(2024, 12, 31), Precision: doc.Year},
					{Type: doc.Visit, DateStart: day(2025, 5, 20), Precision: doc.Day, LocationEntityID: "location:d-1"},
				},
			},
			want: want{
				tables: map[string]Counts{"events": {TP: 4, FP: 1, FN: 1}},
				attrs:  map[string][2]int{"events.end": {3, 4}},
			},
		},
		{
			name: "events: the same event twice counts once",
			gold: GoldDoc{Text: text, Events: []GoldEvent{{Type: "meeting", Date: "2025-05-23", Location: "天津"}}},
			pred: doc.Analysis{Events: []doc.Event{
				{Type: doc.Meeting, DateStart: day(2025, 5, 23), Precision: doc.Day, LocationEntityID: "location:tianjin"},
				{Type: doc.Meeting, DateStart: day(2025, 5, 23), Precision: doc.Day, LocationEntityID: "location:tianjin"},
			}},
			want: want{tables: map[string]Counts{"events": {TP: 1}}, attrs: map[string][2]int{"events.end": {1, 1}}},
		},
		{
			name: "relations: subject by surface, object by dictionary, role and status",
			gold: GoldDoc{Text: text, Relations: []GoldRelation{
				{Subject: "张明", Predicate: "holds_position", Object: "上合组织", Role: "秘书长"},
				{Subject: "阿利舍尔·穆卡占", Predicate: "holds_position", Object: "哈萨克斯坦文化和信息部信息委员会", Role: "副主席"},
				{Subject: "中方", Predicate: "member_of", Object: "SCO", Status: "member"},
				{Subject: "巴方", Predicate: "member_of", Object: "上合组织", Status: "member"},
			}},
			pred: doc.Analysis{
				Mentions: []doc.Mention{
					mention(text, "张明", "person:p1", doc.Person),
					{Surface: "阿利舍尔・穆卡占", EntityID: "person:p2", EntityType: doc.Person},
					mention(text, "哈萨克斯坦文化和信息部信息委员会", "org:o1", doc.Org),
				},
				Relations: []doc.Relation{
					{SubjectID: "person:p1", Predicate: doc.HoldsPosition, ObjectID: "org:SCO", Role: "秘书长"},
					{SubjectID: "person:p2", Predicate: doc.HoldsPosition, ObjectID: "org:o1", Role: "主席"},
					{SubjectID: "country:CHN", Predicate: doc.MemberOf, ObjectID: "org:SCO", Status: "observer"},
					{SubjectID: "country:PAK", Predicate: doc.HoldsPosition, ObjectID: "org:SCO"},
				},
			},
			want: want{
				tables: map[string]Counts{"relations": {TP: 3, FP: 1, FN: 1}},
				attrs:  map[string][2]int{"relations.role": {1, 2}, "relations.status": {0, 1}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.gold.ID = "d"
			rep, err := Score(context.Background(), []GoldDoc{tt.gold}, fixed(map[string]doc.Analysis{"d": tt.pred}), testDict())
			require.NoError(t, err)
			assert.Equal(t, 1, rep.Documents)
			for _, n := range TableNames {
				wc, listed := tt.want.tables[n]
				assert.Equal(t, wc, rep.Tables[n].Counts, n)
				wantDocs := 0
				if listed {
					wantDocs = 1
				}
				assert.Equal(t, wantDocs, rep.Tables[n].Documents, n+" documents")
			}
			for _, n := range AttributeNames {
				a := rep.Attrs[n]
				assert.Equal(t, tt.want.attrs[n], [2]int{a.Correct, a.Total}, n)
			}
		})
	}
}

func TestScoreByType(t *testing.T) {
	const text = "中方与巴方在天津举行会谈。"
	gold := []GoldDoc{{ID: "d", Text: text, Entities: []GoldEntity{{"COUNTRY", "中方"}, {"LOCATION", "天津"}}}}
	pred := doc.Analysis{Mentions: []doc.Mention{
		mention(text, "中方", "country:CHN", doc.Country),
		mention(text, "巴方", "country:PAK", doc.Country),
	}}
	rep, err := Score(context.Background(), gold, fixed(map[string]doc.Analysis{"d": pred}), testDict())
	require.NoError(t, err)
	by := rep.Tables["entities"].ByType
	assert.Equal(t, Counts{TP: 1, FP: 1}, *by["COUNTRY"])
	assert.Equal(t, Counts{FN: 1}, *by["LOCATION"])
	assert.Len(t, by, 2)
}

func TestScoreAnnotatorError(t *testing.T) {
	gold := []GoldDoc{
		{ID: "fail", Text: "天津", Entities: []GoldEntity{{"LOCATION", "天津"}}},
		{ID: "ok", Text: "天津", Entities: []GoldEntity{{"LOCATION", "天津"}}},
	}
	pred := doc.Analysis{Mentions: []doc.Mention{{Surface: "天津", EntityID: "location:tianjin", EntityType: doc.Location}}}
	rep, err := Score(context.Background(), gold, fixed(map[string]doc.Analysis{"ok": pred}), testDict())
	require.NoError(t, err)
	assert.Equal(t, []DocError{{ID: "fail", Err: "boom"}}, rep.Errors)
	assert.Equal(t, Counts{TP: 1, FN: 1}, rep.Tables["entities"].Counts)
	assert.Equal(t, 2, rep.Documents)
}

func TestScoreCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Score(ctx, []GoldDoc{{ID: "d", Text: "x"}}, fixed(nil), nil)
	assert.ErrorIs(t, err, context.Canceled)
}

func TestScoreNoDictionary(t *testing.T) {
	// Without a dictionary every name matches by surface.
	gold := []GoldDoc{{ID: "d", Text: "上合组织", Entities: []GoldEntity{{"ORG", "上合组织"}}}}
	pred := doc.Analysis{Mentions: []doc.Mention{{Surface: "上合组织", EntityID: "org:SCO", EntityType: doc.Org}}}
	rep, err := Score(context.Background(), gold, fixed(map[string]doc.Analysis{"d": pred}), nil)
	require.NoError(t, err)
	assert.Equal(t, Counts{TP: 1}, rep.Tables["entities"].Counts)
}
