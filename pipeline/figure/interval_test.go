package figure

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/doctest"
)

// notation writes an interval the way Recognizers-Text does: (10,20], [5,).
func notation(n Number) string {
	var b strings.Builder
	if n.NoMin {
		b.WriteString("(")
	} else {
		if n.MinIncl {
			b.WriteString("[")
		} else {
			b.WriteString("(")
		}
		b.WriteString(strconv.FormatFloat(n.ValueMin, 'f', -1, 64))
	}
	b.WriteString(",")
	if n.NoMax {
		b.WriteString(")")
	} else {
		b.WriteString(strconv.FormatFloat(n.ValueMax, 'f', -1, 64))
		if n.MaxIncl {
			b.WriteString("]")
		} else {
			b.WriteString(")")
		}
	}
	return b.String()
}

func TestRanges(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"补贴标准为[1万-5万]，名额[2000至3000]个", []string{"[10000,50000)", "[2000,3000)"}},
		{"温差在[20~100之间]", []string{"[20,100)"}},
		{"参会人数[大于10小于20]，预算[不超过三百万]", []string{"(10,20)", "(,3000000]"}},
		{"规模[五百多]人，投资[十几万]", []string{"(500,)", "(100000,)"}},
		{"企业数量[1000以上]，[比四分之一大]", []string{"(1000,)", "(0.25,)"}},
		{"[大于50][小于12]的目标", []string{"(50,)", "(,12)"}},
		{"the budget is [between 20 and 30 million]", []string{"[20000000,30000000)"}},
		{"[more than thirty], [at least 5 and up to 700]", []string{"(30,)", "[5,700]"}},
		{"[above 1000 and below 1500]", []string{"(1000,1500)"}},
		{"scores of [200 or more]; [five hundred or less]", []string{"[200,)", "(,500]"}},
		{"x [>=30] and y [<= -5]", []string{"[30,)", "(,-5]"}},
		{"[equal to 5000] or [less than 6000]", []string{"[5000,5000]", "(,6000)"}},
		{"call +1-222-2222 now, <>30", nil},
		{"他今年三十岁，有两个孩子", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			text, spans := doctest.Spans(t, tt.in)
			require.Len(t, spans, len(tt.want), "test marks")
			got := Ranges(text)
			require.Len(t, got, len(tt.want), "%+v", got)
			for i, w := range tt.want {
				assert.Equal(t, spans[i], got[i].Span, "span %d", i)
				assert.Equal(t, w, notation(got[i]), "interval %d", i)
				assert.LessOrEqual(t, got[i].ValueMin, got[i].ValueMax)
			}
		})
	}
}

func TestNumbersMore(t *testing.T) {
	tests := []struct {
		in   string
		want []float64
	}{
		{"[1 234 567] people and [40 000] more", []float64{1234567, 40000}},
		{"[12,34,567.89] and [1.3x10^6] and [6.23x10^-4]", []float64{1234567.89, 1.3e6, 6.23e-4}},
		{"the result is [⅔]", []float64{2.0 / 3}},
		{"[minus 5] and [- 1 4/5]", []float64{-5, -1.8}},
		{"[one over three] and [two out of five hundred]", []float64{1.0 / 3, 0.004}},
		{"[a hundred trillionths], [one twenty-fifth], [two] millionth", []float64{1e-10, 0.04, 2}},
		{"[three hundred and two dozens] and [half a dozen]", []float64{324, 6}},
		{"[half million] and [one billion and a half million]", []float64{5e5, 1000500000}},
		{"[five billion and three quarters], [one hundred and thirty fifths]", []float64{5.75e9, 26}},
		{"[3 hundred and 21] yuan; [3 hundred] and [2 hundred]", []float64{321, 300, 200}},
		{"[forty-five (45)]", []float64{45}},
		{"[参拾参]，[三百]参观者", []float64{33, 300}},
		{"[一半]的人，[半百]之年，[三十万多亿]", []float64{0.5, 50, 3e13}},
		{"I want to earn $[2000] over [3] years", []float64{2000, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			text, spans := doctest.Spans(t, tt.in)
			got := Numbers(text)
			require.Len(t, got, len(tt.want), "%+v", got)
			for i, w := range tt.want {
				assert.Equal(t, spans[i], got[i].Span, "span %d", i)
				assert.InEpsilon(t, w, got[i].Value, 1e-9, "value %d", i)
			}
		})
	}
}

func FuzzRanges(f *testing.F) {
	for _, s := range []string{"大于10小于20", "between 20 and 30", "20 - 100", "五百多", "x>10 and y<20", "十几万多亿",
		"less than or equal to 30", "比 170 低", "1995-01", "< = 100", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rs := Ranges(s)
		spans := make([]doc.Span, 0, len(rs))
		for _, n := range rs {
			spans = append(spans, n.Span)
			if n.ValueMin > n.ValueMax {
				t.Fatalf("min %v > max %v for %q", n.ValueMin, n.ValueMax, n.Surface)
			}
		}
		checkSpans(t, s, spans)
	})
}

func BenchmarkRanges(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Ranges(benchText)
	}
}

// BenchmarkExtractSeeds runs Extract over the real pages in seeds/ (news
// text with few figures per sentence, unlike benchText).
func BenchmarkExtractSeeds(b *testing.B) {
	paths, _ := filepath.Glob("../../seeds/*.txt")
	if len(paths) == 0 {
		b.Skip("no seeds at ../../seeds")
	}
	var text strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(b, err)
		text.Write(data)
	}
	s := text.String()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Extract(s, Options{})
	}
}
