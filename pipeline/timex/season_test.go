package timex

import (
	"testing"
	"time"
)

// TestNewsForms covers seasons, quarter ranges, counts in words and
// weekdays written with a distance; pub is Friday 2025-08-29, jan is
// 2026-01-20 (inside a winter), nov is 2025-11-07.
func TestNewsForms(t *testing.T) {
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC)
	jan := time.Date(2026, 1, 20, 2, 0, 0, 0, time.UTC)
	nov := time.Date(2025, 11, 7, 2, 0, 0, 0, time.UTC)
	tests := []markedCase{
		// seasons: meteorological months at year precision, winter runs into the next year
		{"zh this summer", "[今年夏天]，两国青年将在阿拉木图相聚", &pub, []string{"2025-06-01..2025-08-31 year"}},
		{"zh last autumn", "[去年秋季]签署的协议已生效", &pub, []string{"2024-09-01..2024-11-30 year"}},
		{"zh year winter", "[2026年冬季]开通新航线", &pub, []string{"2026-12-01..2027-02-28 year"}},
		{"zh short forms", "[今冬][明春]天然气供应充足", &pub, []string{"2025-12-01..2026-02-28 year", "2026-03-01..2026-05-31 year"}},
		{"zh this winter inside winter", "[今冬]比往年更冷", &jan, []string{"2025-12-01..2026-02-28 year"}},
		{"zh bare season before a comma", "[冬季]，口岸通关时间延长", &pub, []string{"2025-12-01..2026-02-28 year"}},
		{"zh winter games are no date", "冬季运动会在哈尔滨开幕", &pub, nil},
		{"zh summer forum is no date", "夏季达沃斯论坛", &pub, nil},
		{"zh name is no season", "主任李明春表示", &pub, nil},
		{"en this summer", "The corridor will open [this summer].", &pub, []string{"2025-06-01..2025-08-31 year"}},
		{"en last summer after it", "Trade rose [last summer].", &nov, []string{"2025-06-01..2025-08-31 year"}},
		{"en last summer inside it", "Trade rose [last summer].", &pub, []string{"2024-06-01..2024-08-31 year"}},
		{"en next spring", "Talks resume [next spring].", &pub, []string{"2026-03-01..2026-05-31 year"}},
		{"en season of a year", "It was built in [the spring of 2024].", &pub, []string{"2024-03-01..2024-05-31 year"}},
		{"en season and year", "Exports fell in [winter 2023].", &pub, []string{"2023-12-01..2024-02-29 year"}},
		{"en in the autumn", "A summit is planned in [the autumn] in Minsk.", &pub, []string{"2025-09-01..2025-11-30 year"}},
		{"en fall is a verb", "Prices may fall in the next round", &pub, nil},
		{"en games are no date", "the [2022] Winter Olympics in Beijing", &pub, []string{"2022-01-01..2022-12-31 year"}},
		{"en summer camp", "a youth summer camp in Qingdao", &pub, nil},
		// quarters: a range's end takes its start's year
		{"zh quarters range", "[2024年一季度至三季度]，贸易额增长", &pub, []string{"2024-01-01..2024-09-30 month"}},
		{"en quarter codes of years", "sales rose [from q1 of 2017 - q3 of 2018]", &pub, []string{"2017-01-01..2018-09-30 month"}},
		{"en quarter range", "[from Q2 2023 to Q1 2024]", &pub, []string{"2023-04-01..2024-03-31 month"}},
		{"en quarter of this year", "growth in [the first quarter of this year]", &pub, []string{"2025-01-01..2025-03-31 month"}},
		{"en quarter of last year", "up from [the third quarter of last year]", &pub, []string{"2024-07-01..2024-09-30 month"}},
		{"en quarter of the year", "[the second quarter of the year] was slow", &pub, []string{"2025-04-01..2025-06-30 month"}},
		// counts in words
		{"en next forty days", "over the [next forty days]", &pub, []string{"2025-08-30..2025-10-08 day"}},
		{"en twenty-one days later", "returned [twenty-one days later]", &pub, []string{"2025-09-19 day"}},
		// weekdays with a distance: the weekday of that day's week
		{"weekday then distance", "back [Monday two weeks from now]", &pub, []string{"2025-09-08 day"}},
		{"distance then weekday", "back [in 3 days on Monday]", &pub, []string{"2025-09-01 day"}},
		{"weekday and distance from a date", "due [Friday, 3 weeks after May 1, 2025]", &pub, []string{"2025-05-23 day"}},
	}
	runMarked(t, tests)
}
