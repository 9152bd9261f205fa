package figure

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doctest"
)

// TestExtractRules covers one rule per case, with sentences written for the
// test (spans marked with brackets).
func TestExtractRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		// money
		{"code glued before", "the fee is [USD3.14] and [RM42]",
			[]want{{kind: "money", value: 3.14, unit: "USD"}, {kind: "money", value: 42, unit: "MYR"}}},
		{"code glued after", "it sold for [115USD] or [3.14US$]",
			[]want{{kind: "money", value: 115, unit: "USD"}, {kind: "money", value: 3.14, unit: "USD"}}},
		{"scale after the code", "they paid [75 USD million]", []want{{kind: "money", value: 7.5e7, unit: "USD"}}},
		{"million-prefixed code", "an increase to [120 MEUR]", []want{{kind: "money", value: 1.2e8, unit: "EUR"}}},
		{"fraction of a scale", "it costs [three quarters billion us dollars]", []want{{kind: "money", value: 7.5e8, unit: "USD"}}},
		{"half million", "it costs [half million usd]", []want{{kind: "money", value: 5e5, unit: "USD"}}},
		{"article as one", "above [a dollar and 42 cents]", []want{{kind: "money", value: 1.42, unit: "USD", approx: true}}},
		{"article before a prefix currency", "a [US$ 4.7 billion] deal", []want{{kind: "money", value: 4.7e9, unit: "USD"}}},
		{"the currency of the next amount", "we are giving away 3 [USD50] cards", []want{{kind: "money", value: 50, unit: "USD"}}},
		{"dollars and cents", "it only cost [3 dollars 50 cents]", []want{{kind: "money", value: 3.5, unit: "USD"}}},
		{"two amounts in a row", "[50 dollar] [50 dollar]", []want{{kind: "money", value: 50, unit: "USD"}, {kind: "money", value: 50, unit: "USD"}}},
		{"indian grouping", "a loan of [12,34,567.89 rupees]", []want{{kind: "money", value: 1234567.89, unit: "INR"}}},
		{"hyphenated", "a [12-cent] dividend and its [one-yen] bid",
			[]want{{kind: "money", value: 0.12, unit: "USD"}, {kind: "money", value: 1, unit: "JPY"}}},
		{"classifier before a currency", "我有[20个比特币]", []want{{kind: "money", value: 20, unit: "XBT"}}},
		{"jiao and fen", "单价[五块七毛八]，运费[三块零四]，小费[五块半]", []want{
			{kind: "money", value: 5.78, unit: "CNY"}, {kind: "money", value: 3.04, unit: "CNY"}, {kind: "money", value: 5.5, unit: "CNY"}}},
		{"cantonese dollar after a currency", "[港币三个一毫四]", []want{{kind: "money", value: 3.14, unit: "HKD"}}},
		{"kuai as a classifier", "他买了一块蛋糕和两块土地", nil},
		{"money range with both units", "价格在[五元六角-五元七毛八分]之间", []want{{kind: "money", value: 5.6, unit: "CNY", lo: 5.6, hi: 5.78}}},
		{"english range", "from [10 dollars to 20 dollars] and between [10 and 20 euros]", []want{
			{kind: "money", value: 10, unit: "USD", lo: 10, hi: 20}, {kind: "money", value: 10, unit: "EUR", lo: 10, hi: 20}}},
		{"a change is not a range", "exports rose from [$10 billion] to [$20 billion]",
			[]want{{kind: "money", value: 1e10, unit: "USD"}, {kind: "money", value: 2e10, unit: "USD"}}},
		{"bound is not approximate", "at least [$1.42] and 最多[两部]手机", []want{
			{kind: "money", value: 1.42, unit: "USD"}, {kind: "count", value: 2, unit: ""}}},
		{"exceeding is approximate", "GDP exceeding [$23 trillion]", []want{{kind: "money", value: 2.3e13, unit: "USD", approx: true}}},
		// percent
		{"share in words", "covering nearly [half] of the world's population and [a quarter] of its land",
			[]want{{kind: "percent", value: 50, unit: "%", approx: true}, {kind: "percent", value: 25, unit: "%"}}},
		// counts
		{"unknown noun after a classifier", "书中收录了[18个]精彩瞬间和[18个生动故事]", []want{
			{kind: "count", value: 18, unit: ""}, {kind: "count", value: 18, unit: "story"}}},
		{"head noun after modifiers", "同[30家民间友好机构]和[300余位主流媒体代表]", []want{
			{kind: "count", value: 30, unit: "organization"}, {kind: "count", value: 300, unit: "person", approx: true}}},
		{"noun said before", "合作项目已超过[50个]。", []want{{kind: "count", value: 50, unit: "", approx: true}}},
		{"N big things", "地跨[三大洲]，筑牢[四大]支柱", []want{{kind: "count", value: 3, unit: "continent"}, {kind: "count", value: 4, unit: ""}}},
		{"noun starting with a classifier", "监管货物[1.2万批次]", []want{{kind: "count", value: 12000, unit: "shipment"}}},
		{"english plural noun", "focus on [eight key areas] after [three successful visits]", []want{
			{kind: "count", value: 8, unit: "area"}, {kind: "count", value: 3, unit: "visit"}}},
		{"not counts", "一家媒体，几十项活动，“五个共同家园”，The two sides met. 5G networks, 3个月, 5 years, 3 times", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans := doctest.Spans(t, tt.in)
			require.Len(t, spans, len(tt.want), "test marks")
			got := Extract(text, Options{})
			require.Len(t, got, len(tt.want), "figures: %+v", got)
			for i, w := range tt.want {
				g := got[i]
				assert.Equal(t, spans[i], g.Span, "span %d", i)
				assert.Equal(t, w.kind, g.Kind, "kind %d", i)
				assert.InEpsilon(t, w.value, g.Value, 1e-9, "value %d", i)
				assert.Equal(t, w.unit, g.Unit, "unit %d", i)
				assert.Equal(t, w.approx, g.Approx, "approx %d", i)
				if w.lo != 0 || w.hi != 0 {
					assert.InEpsilon(t, w.lo, g.ValueMin, 1e-9, "min %d", i)
					assert.InEpsilon(t, w.hi, g.ValueMax, 1e-9, "max %d", i)
				}
			}
		})
	}
}

func TestMeasureRules(t *testing.T) {
	tests := []struct {
		name, in, measure string
	}{
		{"growth noun after", "Trade reached $510 billion, reflecting a 2.7% increase.", "growth_rate"},
		{"share of", "The bloc covers 42 percent of the world's population.", "share"},
		{"trade named far before", "In 2021 the total import and export of goods between the two countries will be US$25.25 billion.", "trade_volume"},
		{"a ministry of trade is not trade", "贸易和一体化部副部长出席论坛，双方签署协议，总金额超过12亿美元。", ""},
		{"countries making up the bloc", "上合组织有10个成员国、2个观察员国和14个对话伙伴，覆盖26个国家。", "member_count"},
		{"countries of a meeting", "来自26个国家的代表出席论坛。", ""},
		{"up inside a word", "The group covers 40% of the land.", "share"},
		{"a verb is not a counted noun", "Group 2 covers 40% of the land.", "share"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Extract(tt.in, Options{})
			require.NotEmpty(t, got)
			assert.Equal(t, tt.measure, got[len(got)-1].Measure, "%+v", got[len(got)-1])
		})
	}
}
