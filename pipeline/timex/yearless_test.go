package timex

import (
	"testing"
	"time"
)

// TestYearless covers what settles the year of a date written without one:
// the tense of its clause, a weekday written with it, next/last before it;
// and two-digit years. pub is Friday 2025-08-29.
func TestYearless(t *testing.T) {
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC)
	late := time.Date(2025, 12, 28, 2, 0, 0, 0, time.UTC)
	nov := time.Date(2025, 11, 7, 2, 0, 0, 0, time.UTC)
	sep := time.Date(2025, 9, 7, 2, 0, 0, 0, time.UTC)
	tests := []markedCase{
		// tense of the clause
		{"future month-day", "The summit will open on [March 3] in Astana.", &pub, []string{"2026-03-03 day"}},
		{"past month-day", "The forum was opened on [December 5] in Minsk.", &pub, []string{"2024-12-05 day"}},
		{"no cue keeps the nearest", "A forum on [December 5] in Minsk.", &pub, []string{"2025-12-05 day"}},
		{"zh future month", "峰会将于[3月]在阿斯塔纳举行", &pub, []string{"2026-03-01..2026-03-31 month"}},
		{"zh past day", "双方已于[12月5日]签署协议", &pub, []string{"2024-12-05 day"}},
		{"zh event verb is no tense", "峰会[9月1日]在天津举行", &pub, []string{"2025-09-01 day"}},
		{"zh disposal jiang is no future", "[9月1日]，领导人决定将观察员国统一为伙伴", &late, []string{"2025-09-01 day"}},
		{"future nth weekday", "They will meet on [the first Tuesday of March] in Astana", &pub, []string{"2026-03-03 day"}},
		{"future beginning of a month", "Talks will resume at the [beginning of January].", &pub, []string{"2026-01-01..2026-01-10 day"}},
		{"future range ends after the reference", "I will be out [from August to October].", &nov, []string{"2026-08-01..2026-10-31 month"}},
		{"future range holding the reference", "What will happen [between August and October]?", &sep, []string{"2025-08-01..2025-10-31 month"}},
		{"last is no past cue", "[the fifth last day of May]", &pub, []string{"2025-05-27 day"}},
		// weekdays written with the date
		{"date then weekday picks the year", "talks on [Jul 17, Fri] in Astana", &pub, []string{"2026-07-17 day"}},
		{"zh date with weekday in parentheses", "[9月1日(周二)]上午", &pub, []string{"2026-09-01 day"}},
		{"zh matching weekday", "[8月31日（星期日）]", &pub, []string{"2025-08-31 day"}},
		{"zh bare day with weekday", "[5日（周二）]上午", &pub, []string{"2025-08-05 day"}},
		{"wrong weekday is ignored", "[9月3日(周日)]", &pub, []string{"2025-09-03 day"}},
		{"this before weekday and numeric date", "call [this Friday 7.6] with Jim", &pub, []string{"2025-07-06 day"}},
		// next and last
		{"next day of a month", "due [next 6th of April]", &pub, []string{"2026-04-06 day"}},
		{"last month-day", "signed [last April 6]", &pub, []string{"2025-04-06 day"}},
		{"next month", "due [next April]", &pub, []string{"2026-04-01..2026-04-30 month"}},
		// two-digit years take the century nearest the reference
		{"month-day-yy", "born on [10-31-74].", &pub, []string{"1974-10-31 day"}},
		{"slash yy after the pivot", "back on [03/18/40].", &pub, []string{"1940-03-18 day"}},
		{"slash yy before the pivot", "back on [03/18/33].", &pub, []string{"2033-03-18 day"}},
		{"zh yy-mm-dd", "你[12-11-10]有时间吗", &pub, []string{"2012-11-10 day"}},
		{"number chains are no dates", "call 010-65-12 or 3-1-02-44", &pub, nil},
	}
	runMarked(t, tests)
}

// TestRangesListsDecades covers ranges with a relative or part end, lists
// of days sharing a month and decades; pub is Friday 2025-08-29.
func TestRangesListsDecades(t *testing.T) {
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC)
	tests := []markedCase{
		{"month range into the next year", "What happens [May to March]", &pub, []string{"2025-05-01..2026-03-31 month"}},
		{"until the end of a month", "closed [from April until the end of June].", &pub, []string{"2025-04-01..2025-06-30 day"}},
		{"weekday end after a weekday start", "off [from next Monday to Friday]", &pub, []string{"2025-09-01..2025-09-05 day"}},
		{"dashed dates range", "away [from 10-1-2018-10-7-2018]", &pub, []string{"2018-10-01..2018-10-07 day"}},
		{"days before a month", "looking at [18] and [19 June].", &pub, []string{"2025-06-18 day", "2025-06-19 day"}},
		{"days after a month", "on [June 18], [19] and [20].", &pub, []string{"2025-06-18 day", "2025-06-19 day", "2025-06-20 day"}},
		{"a count after a date", "On [June 18], 19 people died.", &pub, []string{"2025-06-18 day"}},
		{"between stays a range", "out [between 3 and 12 of Sept] again", &pub, []string{"2025-09-03..2025-09-12 day"}},
		{"zh day after a date", "会议于[8月18日]和[19日]举行", &pub, []string{"2025-08-18 day", "2025-08-19 day"}},
		{"zh days sharing a month", "[8月18]、[19日]举行", &pub, []string{"2025-08-18 day", "2025-08-19 day"}},
		{"zh bare days", "[18]、[19日]举行", &pub, []string{"2025-08-18 day", "2025-08-19 day"}},
		{"zh year carries over", "[2024年8月18日]和[19日]", &pub, []string{"2024-08-18 day", "2024-08-19 day"}},
		{"decade in words", "presidents in [the nineties]", &pub, []string{"1990-01-01..1999-12-31 year"}},
		{"decade with century", "music of [the nineteen eighties]", &pub, []string{"1980-01-01..1989-12-31 year"}},
		{"an age is no decade", "a woman in her nineties", &pub, nil},
		{"zh last century's decade", "[上世纪90年代]", &pub, []string{"1990-01-01..1999-12-31 year"}},
		{"zh this century", "[本世纪]初", &pub, []string{"2000-01-01..2099-12-31 year"}},
	}
	runMarked(t, tests)
}
