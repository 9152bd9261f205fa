package timex

import (
	"flag"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/doctest"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// markedCase is a text with the expected expressions marked in brackets
// and their resolutions as show renders them, in text order.
type markedCase struct {
	name string
	in   string
	pub  *time.Time
	want []string
}

// runMarked checks every case: the spans found are the bracketed ones,
// their values are want, and each surface is cut from the text.
func runMarked(t *testing.T, tests []markedCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans := doctest.Spans(t, tt.in)
			require.Len(t, spans, len(tt.want), "test table: spans and values differ in number")
			var gotSpans []doc.Span
			var gotVals []string
			for _, x := range Extract(text, tt.pub) {
				gotSpans = append(gotSpans, x.Span)
				gotVals = append(gotVals, show(x))
				assert.Equal(t, string([]rune(text)[x.Start:x.End]), x.Surface)
			}
			assert.Equal(t, spans, gotSpans)
			assert.Equal(t, tt.want, gotVals)
		})
	}
}

// show renders a timex as "2025-08-31..2025-09-01 day" (or "unresolved day").
func show(x doc.Timex) string {
	if x.Date.IsZero() {
		return "unresolved " + x.Precision
	}
	d := func(v doc.Date) string { return fmt.Sprintf("%04d-%02d-%02d", v.Year, v.Month, v.Day) }
	if x.Date == x.EndDate {
		return d(x.Date) + " " + x.Precision
	}
	return d(x.Date) + ".." + d(x.EndDate) + " " + x.Precision
}

func TestExtract(t *testing.T) {
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC) // 10:00 in Beijing
	tests := []markedCase{
		{"full date", "([2025年04月23日])", &pub, []string{"2025-04-23 day"}},
		{"chinese numerals", "[二〇二五年十月一日]起施行", &pub, []string{"2025-10-01 day"}},
		{"year month", "[2024年7月]，在阿斯塔纳", &pub, []string{"2024-07-01..2024-07-31 month"}},
		{"year", "上合组织从[2001年]成立以来", &pub, []string{"2001-01-01..2001-12-31 year"}},
		{"month day takes publication year", "新华社北京[8月29日]电", &pub, []string{"2025-08-29 day"}},
		{"month day nearest year", "[12月30日]举行", ptr(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)), []string{"2024-12-30 day"}},
		{"day range", "峰会将于[8月31日至9月1日]在天津举行", &pub, []string{"2025-08-31..2025-09-01 day"}},
		{"bare day range", "会议于[15-16日]举行", &pub, []string{"2025-08-15..2025-08-16 day"}},
		{"year range", "[2024-2025年]轮值主席国", &pub, []string{"2024-01-01..2025-12-31 year"}},
		{"year range em dash", "[2026—2035年]发展战略", &pub, []string{"2026-01-01..2035-12-31 year"}},
		{"relative year", "[今年]是上合组织成立24周年。[去年]，哈萨克斯坦", &pub, []string{"2025-01-01..2025-12-31 year", "2024-01-01..2024-12-31 year"}},
		{"since this year", "[今年以来]，贸易额增长", &pub, []string{"2025-01-01..2025-08-29 day"}},
		{"last year july", "[去年7月]，中国正式接任", &pub, []string{"2024-07-01..2024-07-31 month"}},
		{"next year day", "[明年1月25日]起", &pub, []string{"2026-01-25 day"}},
		{"this month day", "[本月15日]开幕", &pub, []string{"2025-08-15 day"}},
		{"last month", "[上月]签署", &pub, []string{"2025-07-01..2025-07-31 month"}},
		{"bare day", "[30日]上午，上合峰会", &pub, []string{"2025-08-30 day"}},
		{"bare day in previous month", "[30日]上午", ptr(time.Date(2025, 9, 2, 0, 0, 0, 0, time.UTC)), []string{"2025-08-30 day"}},
		{"weekday past", "外交部发言人[周二]表示", &pub, []string{"2025-08-26 day"}},
		{"last week's friday", "[上周五]", &pub, []string{"2025-08-22 day"}},
		{"iso with time", "Ren Min Wang· [2025-05-24 06:31]", &pub, []string{"2025-05-24 day"}},
		{"no publication date", "[今年]和[2024年7月]", nil, []string{"unresolved year", "2024-07-01..2024-07-31 month"}},
		{"no publication date month day", "[8月31日]", nil, []string{"unresolved day"}},
		{"durations are not dates", "上合组织成立24年来，为期两天，5年来", &pub, nil},
		{"counts are not dates", "开行2000多列，3个月", &pub, nil},
		{"metro line is not a day", "地铁1号线", &pub, nil},
		{"nonexistent date", "2月30日", &pub, nil},
		{"english full", "in Astana, Kazakhstan, on [May 24, 2021].", &pub, []string{"2021-05-24 day"}},
		{"english month year", "the summit in [July 2024], with", &pub, []string{"2024-07-01..2024-07-31 month"}},
		{"english month day", "Beijing, [September 12]. Topic", &pub, []string{"2025-09-12 day"}},
		{"english range ordinal", "[From September 14th to 16th], the forum", &pub, []string{"2025-09-14..2025-09-16 day"}},
		{"english range with year", "[September 14th to 16th, 2025]", &pub, []string{"2025-09-14..2025-09-16 day"}},
		{"english range", "held in Tianjin [from August 31 to September 1]", &pub, []string{"2025-08-31..2025-09-01 day"}},
		{"english last year", "Trade grew [last year]", &pub, []string{"2024-01-01..2024-12-31 year"}},
		{"english weekday past", "Xi said on [Tuesday] that", &pub, []string{"2025-08-26 day"}},
		{"english weekday future", "The summit will open on [Monday]", &pub, []string{"2025-09-01 day"}},
		{"english year", "[This year] marks the 24th anniversary; in [2024], trade", &pub, []string{"2025-01-01..2025-12-31 year", "2024-01-01..2024-12-31 year"}},
		{"english year range", "[between 2014-2018]", &pub, []string{"2014-01-01..2018-12-31 year"}},
		{"english counts are not years", "over 2000 trains and $2025 million", &pub, nil},
		{"may the verb", "trade may grow", &pub, nil},
		{"traditional", "[下週二]", &pub, []string{"2025-09-02 day"}},
		{"full-width digits", "[２０２５年８月３１日]", &pub, []string{"2025-08-31 day"}},
		{"decade", "[九十年代]", &pub, []string{"1990-01-01..1999-12-31 year"}},
		{"half year", "[2017年下半年]", &pub, []string{"2017-07-01..2017-12-31 month"}},
	}
	runMarked(t, tests)
}

func ptr(t time.Time) *time.Time { return &t }

func TestRelativeFlag(t *testing.T) {
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC)
	got := Extract("2025年8月31日，今年，8月31日", &pub)
	require.Len(t, got, 3)
	assert.False(t, got[0].Relative)
	assert.True(t, got[1].Relative)
	assert.True(t, got[2].Relative)
}

func TestPublicationDateInShanghai(t *testing.T) {
	// 2025-05-23 22:31 UTC is 2025-05-24 06:31 in Beijing: 今天 is the 24th.
	pub := time.Date(2025, 5, 23, 22, 31, 0, 0, time.UTC)
	got := Extract("今天", &pub)
	require.Len(t, got, 1)
	assert.Equal(t, doc.Date{Year: 2025, Month: 5, Day: 24}, got[0].Date)
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"峰会将于8月31日至9月1日在天津举行", "2024-2025年", "From September 14th to 16th, 2025",
		"今年以来", "30日上午", "on Tuesday", "二〇二五年十月一日", "15-16日", "2月30日", "Dec31 , 1994",
		"the first week of October 2024", "between Jan 2024 and now", "2024年前7个月", "Oct/2", "20250831",
		"in nineteen ninety six", "from 10/1 to 11/7", "周日，二月九号", "earlier this year", "3 Fridays from now",
		"今冬明春", "去年秋季", "the spring of 2024", "2024年一季度至三季度", "from q1 of 2017 - q3 of 2018",
		"Monday two weeks from now", "in 3 days on Friday", "the next forty days",
		"will open on March 3", "Jul 18, Fri", "9月1日(周一)", "10-31-74", "你12-11-10有时间吗", "next 6th of April",
		"May to March", "from next Monday to Friday", "from 10-1-2018-10-7-2018", "18 and 19 June", "8月18、19日",
		"June 18, 19 and 20.", "the nineties", "上世纪90年代",
	} {
		f.Add(s, true)
	}
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string, withPub bool) {
		var p *time.Time
		if withPub {
			p = &pub
		}
		n := utf8.RuneCountInString(s)
		last := 0
		for _, x := range Extract(s, p) {
			if x.Start < last || x.Start >= x.End || x.End > n {
				t.Fatalf("bad span %v in %q (runes %d, previous end %d)", x.Span, s, n, last)
			}
			last = x.End
			if utf8.ValidString(s) && string([]rune(s)[x.Start:x.End]) != x.Surface {
				t.Fatalf("surface %q does not match span %v of %q", x.Surface, x.Span, s)
			}
			if x.Date.IsZero() != x.EndDate.IsZero() {
				t.Fatalf("half-resolved %+v in %q", x, s)
			}
			if !x.Date.IsZero() && x.EndDate.Time().Before(x.Date.Time()) {
				t.Fatalf("EndDate before Date: %+v in %q", x, s)
			}
			if p == nil && x.Relative && !x.Date.IsZero() {
				t.Fatalf("relative date resolved without publication date: %+v in %q", x, s)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	text := strings.Repeat("新华社北京8月29日电 2025年上海合作组织峰会将于8月31日至9月1日在天津举行。今年以来，贸易额增长。"+
		"The summit will be held from August 31 to September 1, 2025. Xi said on Tuesday that last year trade grew. ", 20)
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Extract(text, &pub)
	}
}
