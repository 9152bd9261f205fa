package figure

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/doctest"
)

// want is an expected figure: the fields a test checks.
type want struct {
	kind   string
	value  float64
	unit   string
	approx bool
	lo, hi float64 // range, zero when none
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"trade money and growth", "2024年贸易额达[5100亿美元]，同比增长[2.7%]。",
			[]want{{kind: "money", value: 5.1e11, unit: "USD"}, {kind: "percent", value: 2.7, unit: "%"}}},
		{"yuan with decimals", "进出口总额[4351.1亿元]", []want{{kind: "money", value: 4.3511e11, unit: "CNY"}}},
		{"yuan renminbi", "投资[8亿元人民币]", []want{{kind: "money", value: 8e8, unit: "CNY"}}},
		{"currency applies to a list", "分别为[3000亿]、[4000亿]和[5000亿美元]",
			[]want{{kind: "money", value: 3e11, unit: "USD"}, {kind: "money", value: 4e11, unit: "USD"}, {kind: "money", value: 5e11, unit: "USD"}}},
		{"rouble tenge euro", "[100亿卢布]和[50万坚戈]及[3欧元]",
			[]want{{kind: "money", value: 1e10, unit: "RUB"}, {kind: "money", value: 5e5, unit: "KZT"}, {kind: "money", value: 3, unit: "EUR"}}},
		{"english money", "a deal worth [US$25.25 billion] and [$890bn]",
			[]want{{kind: "money", value: 2.525e10, unit: "USD"}, {kind: "money", value: 8.9e11, unit: "USD"}}},
		{"english yuan", "[2 billion yuan] and [RMB 10 million]",
			[]want{{kind: "money", value: 2e9, unit: "CNY"}, {kind: "money", value: 1e7, unit: "CNY"}}},
		{"money range", "补贴[1万-5万元]", []want{{kind: "money", value: 1e4, unit: "CNY", lo: 1e4, hi: 5e4}}},
		{"percent words", "[百分之五十]的企业，[四成]的人，近[一半]",
			[]want{{kind: "percent", value: 50, unit: "%"}, {kind: "percent", value: 40, unit: "%"}, {kind: "percent", value: 50, unit: "%", approx: true}}},
		{"english percent", "trade rose [14.4 percent]", []want{{kind: "percent", value: 14.4, unit: "%"}}},
		{"counts", "[10个成员国]、[2个观察员国]和[14个对话伙伴]",
			[]want{{kind: "count", value: 10, unit: "member_state"}, {kind: "count", value: 2, unit: "observer_state"}, {kind: "count", value: 14, unit: "dialogue_partner"}}},
		{"approx counts", "[300余位嘉宾]，开行[2000多列]，[1.64万列]，[100多项活动]",
			[]want{{kind: "count", value: 300, unit: "person", approx: true}, {kind: "count", value: 2000, unit: "train", approx: true},
				{kind: "count", value: 16400, unit: "train"}, {kind: "count", value: 100, unit: "activity", approx: true}}},
		{"chinese numerals", "来自[二十六个国家]", []want{{kind: "count", value: 26, unit: "country"}}},
		{"english counts", "more than [20 countries] and [6 founding member states]",
			[]want{{kind: "count", value: 20, unit: "country", approx: true}, {kind: "count", value: 6, unit: "member_state"}}},
		{"not figures", "第十个成员国，增长2.5倍，5G网络，2025年8月31日，任期三年，为期两天，上合组织+", nil},
		{"phone number", "电话：010-65001234", nil},
		{"full width", "增长[２.７％]", []want{{kind: "percent", value: 2.7, unit: "%"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans := doctest.Spans(t, tt.in)
			require.Len(t, spans, len(tt.want), "test marks")
			got := Extract(text, Options{Lang: "zh"})
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

func TestExtractContext(t *testing.T) {
	text := "2024年，中国与上合组织其他成员国贸易额达5100亿美元，同比增长2.7%，占中国外贸总额的14.4%。上合组织现有10个成员国。"
	span := func(w string, nth int) doc.Span {
		rs, ws := []rune(text), []rune(w)
		for i := 0; i+len(ws) <= len(rs); i++ {
			if string(rs[i:i+len(ws)]) == w {
				if nth == 0 {
					return doc.Span{Start: i, End: i + len(ws)}
				}
				nth--
			}
		}
		t.Fatalf("%q not in text", w)
		return doc.Span{}
	}
	subs := []Subject{
		{Span: span("中国", 0), EntityID: "country:CHN", EntityType: doc.Country},
		{Span: span("上合组织", 0), EntityID: "org:SCO", EntityType: doc.Org},
		{Span: span("上合组织", 1), EntityID: "org:SCO", EntityType: doc.Org},
	}
	got := Extract(text, Options{Lang: "zh", Subjects: subs})
	require.Len(t, got, 4)
	assert.Equal(t, "trade_volume", got[0].Measure)
	assert.Equal(t, "2024", got[0].Period)
	assert.Equal(t, "growth_rate", got[1].Measure)
	assert.Equal(t, "share", got[2].Measure)
	assert.Equal(t, "member_count", got[3].Measure)
	assert.Equal(t, "org:SCO", got[3].SubjectEntityID)
	assert.Equal(t, "", got[3].Period)
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []float64
	}{
		{"[两千四百五]", []float64{2450}},
		{"[4.78万亿]", []float64{4.78e12}},
		{"[一万五千亿]", []float64{1.5e12}},
		{"[三 百 五 又 三 分之 一]", []float64{350 + 1.0/3}},
		{"[1,234,567]和[二十六]", []float64{1234567, 26}},
		{"[拾万零五十六]", []float64{100056}},
		{"[负三十二]", []float64{-32}},
		{"[twenty-one trillion three hundred]", []float64{21000000000300}},
		{"[1.5 trillion] and [25.25 billion]", []float64{1.5e12, 2.525e10}},
		{"一切都在四川", nil},
		{"the 180ml liquid", nil},
		{"[二〇二五]年", []float64{2025}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			text, spans := doctest.Spans(t, tt.in)
			got := Numbers(text)
			require.Len(t, got, len(tt.want), "%+v", got)
			for i, w := range tt.want {
				assert.Equal(t, spans[i], got[i].Span)
				assert.InEpsilon(t, w, got[i].Value, 1e-9)
				assert.Equal(t, string([]rune(text)[spans[i].Start:spans[i].End]), got[i].Surface)
			}
		})
	}
}

func TestFootnotesAreNotFigures(t *testing.T) {
	assert.Empty(t, Extract("贸易额增长[1][2]，见注释[3]。", Options{}))
}

func checkSpans(t *testing.T, s string, spans []doc.Span) {
	n := utf8.RuneCountInString(s)
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
			t.Fatalf("span %v outside %d runes of %q", sp, n, s)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"贸易额达5100亿美元，同比增长2.7%", "1万-5万元", "三 百 五 又 三 分之 一", "US$25.25 billion",
		"more than 20 countries", "a fifth of", "www.三.com 一切", "ＨＴＴＰ：／／一二",
		"300余位代表", "百分之五十", "七成六", "$20 and 43c", "between 10 and 20 dollars", "负3分之负一百五十七", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		figs := Extract(s, Options{})
		if slow := slowExtract(s); slow != fmt.Sprintf("%+v", figs) {
			t.Fatalf("the fast path differs on %q:\n%s\n%+v", s, slow, figs)
		}
		spans := make([]doc.Span, 0, len(figs))
		for _, g := range figs {
			spans = append(spans, g.Span)
			if !(g.ValueMin <= g.Value && g.Value <= g.ValueMax) {
				t.Fatalf("value %v outside [%v, %v] for %q", g.Value, g.ValueMin, g.ValueMax, g.Surface)
			}
		}
		checkSpans(t, s, spans)
		nums := Numbers(s)
		spans = spans[:0]
		for _, n := range nums {
			spans = append(spans, n.Span)
		}
		checkSpans(t, s, spans)
	})
}

var benchText = strings.Repeat("2024年，中国与上合组织其他成员国贸易额达5100亿美元，同比增长2.7%。来自26个国家的300余位代表参加，中欧班列开行1.64万列。", 50)

func BenchmarkExtract(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Extract(benchText, Options{Lang: "zh"})
	}
}

func BenchmarkNumbers(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Numbers(benchText)
	}
}
