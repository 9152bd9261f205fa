package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRules covers the compositions, weekday-dated forms, numeric forms
// and relative words, one sentence per rule; pub is Friday 2025-08-29.
func TestRules(t *testing.T) {
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC)
	late := time.Date(2025, 12, 28, 2, 0, 0, 0, time.UTC)
	nov := time.Date(2025, 11, 7, 2, 0, 0, 0, time.UTC)
	tests := []markedCase{
		// compositions: ISO weeks (the first week holds the first Thursday)
		{"first week of a month", "talks in [the first week of October 2024] ended", &pub, []string{"2024-09-30..2024-10-06 day"}},
		{"last weeks of a year", "closed for [the last 3 weeks of 2024].", &pub, []string{"2024-12-09..2024-12-29 day"}},
		{"week number", "output in [week 27 of 2024] rose", &pub, []string{"2024-07-01..2024-07-07 day"}},
		{"nth month", "a review in [the 9th month of next year]", &pub, []string{"2026-09-01..2026-09-30 month"}},
		{"week number alone", "sales in the [week 31] fell", &pub, []string{"2025-07-28..2025-08-03 day"}},
		{"year with era", "founded in [2014 AD].", &pub, []string{"2014-01-01..2014-12-31 year"}},
		{"week of a day", "a meeting [the week of April 7th]", &pub, []string{"2025-04-07..2025-04-13 day"}},
		{"zh first months", "[2024年前7个月]，双边贸易额增长", &pub, []string{"2024-01-01..2024-07-31 month"}},
		{"zh first days", "[去年的前10天]", &pub, []string{"2024-01-01..2024-01-10 day"}},
		{"zh first week", "[2025年的第一周]", &pub, []string{"2024-12-30..2025-01-05 day"}},
		{"zh half month", "他[上半月]不在北京", &pub, []string{"2025-08-01..2025-08-15 day"}},
		{"zh between months", "[三月和九月之间]的数据", &pub, []string{"2025-03-01..2025-09-30 month"}},
		// weekdays with dates: the weekday picks the year
		{"weekday picks year", "signed on [Tue, May 7] in Astana", &pub, []string{"2024-05-07 day"}},
		{"weekday numeric", "due [Friday 7/4] at noon", &pub, []string{"2025-07-04 day"}},
		{"weekday ordinal word", "met on [Wednesday the twenty-seventh].", &pub, []string{"2025-08-27 day"}},
		{"zh weekday and date", "[周日，二月九号]", &pub, []string{"2025-02-09 day"}},
		{"n weekdays from now", "due [3 Fridays from now]", &pub, []string{"2025-09-19 day"}},
		{"weekday without the full stop", "meet [next Tuesday].", &pub, []string{"2025-09-02 day"}},
		// numeric forms
		{"month/day range", "on leave [from 10/1 to 11/7]", &pub, []string{"2025-10-01..2025-11-07 day"}},
		{"day/month after on", "back on [22/04]", &pub, []string{"2025-04-22 day"}},
		{"fraction is no date", "two thirds, or 2/3 of members, agreed", &pub, nil},
		{"compact date", "see report-[20250831].html", &pub, []string{"2025-08-31 day"}},
		{"dashed dates", "cases rose at [02-02-2020 - 03-03-2020] in", &pub, []string{"2020-02-02..2020-03-03 day"}},
		{"code is no date", "The code of this object is 133-03-03-2020", &pub, nil},
		{"month with slash", "back [Oct/2]", &pub, []string{"2025-10-02 day"}},
		{"month day year dashed", "back [Sep-23-2020].", &pub, []string{"2020-09-23 day"}},
		{"money is no day", "bought for $12 [December 27]", &pub, []string{"2025-12-27 day"}},
		{"range borrowing the next year", "held [Nov-Feb 2017] in Korea", &pub, []string{"2016-11-01..2017-02-28 month"}},
		{"between bare day", "out [between 3 and 12 of Sept] again", &pub, []string{"2025-09-03..2025-09-12 day"}},
		// relative words
		{"now as a range end", "docked [between Jan 2024 and now]", &pub, []string{"2024-01-01..2025-08-29 day"}},
		{"up to date is no date", "the most up to date equipment", &pub, nil},
		{"year to date", "down 20% in the [year to date].", &pub, []string{"2025-01-01..2025-08-29 day"}},
		{"fortnight", "returned [a fortnight later]", &pub, []string{"2025-09-12 day"}},
		{"calendar year", "sales in the [calendar year 2023]", &pub, []string{"2023-01-01..2023-12-31 year"}},
		{"workweek", "it happens [next workweek]", &pub, []string{"2025-09-01..2025-09-05 day"}},
		{"decades roll", "done in the [next two decades]", &pub, []string{"2025-08-30..2045-08-29 year"}},
		{"quarters", "sales for the [last 2 quarters]", &pub, []string{"2025-01-01..2025-06-30 month"}},
		// halves cut at the publication date
		{"earlier this year", "signed [earlier this year],", &pub, []string{"2025-01-01..2025-06-30 day"}},
		{"earlier this month", "met [earlier this month]", &pub, []string{"2025-08-01..2025-08-15 day"}},
		{"later this year", "due [later this year]", &pub, []string{"2025-08-29..2025-12-31 day"}},
		{"later this week", "due [later this week]", &pub, []string{"2025-08-29..2025-08-31 day"}},
		{"zh earlier this year", "双方[今年早些时候]签署协议", &pub, []string{"2025-01-01..2025-06-30 day"}},
		{"zh later this month", "将于[本月晚些时候]举行", &pub, []string{"2025-08-29..2025-08-31 day"}},
		// years in words
		{"word year after in", "They left in [nineteen ninety six] and", &pub, []string{"1996-01-01..1996-12-31 year"}},
		{"word year after month", "out [August two thousand and fifteen]", &pub, []string{"2015-08-01..2015-08-31 month"}},
		{"count in words is no year", "in two thousand cases", &pub, nil},
		// Chinese words that are not the publication date
		{"title", "游戏《明日之后》将于[明日]上线", &pub, []string{"2025-08-30 day"}},
		{"present-day", "今日的新疆，今日之中国", &pub, nil},
		// the nearest year
		{"january in a december paper", "将于[1月5日]举行", &late, []string{"2026-01-05 day"}},
		{"march in a november paper", "[3月]签署", &nov, []string{"2025-03-01..2025-03-31 month"}},
	}
	runMarked(t, tests)
}

// TestWindowsAreLocal checks the trigger windows: a sentence gives the same
// timexes (shifted) alone and after a long text.
func TestWindowsAreLocal(t *testing.T) {
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC)
	filler := strings.Repeat("上海合作组织成员国2024年贸易额达5100亿美元，同比增长2.7%。The summit of 2025 opened on Monday. ", 40) + "\n"
	shift := len([]rune(filler))
	for _, s := range []string{
		"峰会将于8月31日至9月1日在天津举行", "From September 14th to 16th, 2025, the forum met.",
		"2024年前7个月", "between Jan 2024 and now", "the first week of October 2024", "周日，二月九号",
	} {
		alone := Extract(s, &pub)
		require.NotEmpty(t, alone, s)
		after := Extract(filler+s, &pub)
		require.GreaterOrEqual(t, len(after), len(alone), s)
		tail := after[len(after)-len(alone):]
		for i := range alone {
			want := alone[i]
			want.Start += shift
			want.End += shift
			assert.Equal(t, want, tail[i], s)
		}
	}
}
