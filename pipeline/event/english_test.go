package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEnglishTriggersWithPlaces covers English reports that say trigger,
// place and date in one sentence (E2), back references to a meeting named
// before (E3) and datelines (E4).
func TestEnglishTriggersWithPlaces(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"met in a city on a weekday", "Interior ministers of [SCO|O] states met in [Osh|L] on {Thursday|2026-04-02}.", []string{"meeting 2026-04-02 @Osh"}},
		{"will meet in a city on a date range", "The [SCO|O] transport ministers will meet in [Osh|L] on {October 8-9|2026-10-08..2026-10-09}.", []string{"meeting 2026-10-08..2026-10-09 @Osh"}},
		{"meet a demand is no meeting", "Supplies will meet the demand in {2026|2026}.", []string{}},
		{"a person arrives: a visit", "Premier [Zhao Lin|P] arrived in [Minsk|L] on {Monday|2026-05-11} for talks.", []string{"visit 2026-05-11 @Minsk"}},
		{"a train arrives: no visit", "{10日|2026-05-10}，首趟班列抵达[塔什干|L]。", []string{}},
		{"a person arrives in Chinese", "[王刚|P]{8日|2026-05-08}抵达[杜尚别|L]。", []string{"visit 2026-05-08 @杜尚别"}},
		{"met without a party or place is nothing", "The ministers met the press.", []string{}},
		{"will open in a city", "The [SCO|O] Film Forum will open in [Qingdao|L] on {June 12|2026-06-12}.", []string{"forum 2026-06-12 @Qingdao"}},
		{"kicks off near a place", "The [SCO|O] youth festival kicks off near [Lake Karakul|L] on {August 2|2026-08-02}.", []string{"launch 2026-08-02 @Lake Karakul"}},
		{"host a forum in an unknown city", "[Pakistan|C] will host an [SCO|O] Tourism Forum in Gwadar from {May 5 to 7|2026-05-05..2026-05-07}.", []string{"forum 2026-05-05..2026-05-07 @Gwadar"}},
		{"a month after in is no place", "The [SCO|O] Film Forum will open in {June|2026-06}.", []string{"forum 2026-06"}},
		{"back reference takes the place named before", "[SCO|O] health ministers gathered in [Minsk|L] for their annual meeting. The meeting, held from {21 to 22 May|2026-05-21..2026-05-22}, adopted a joint statement.",
			[]string{"meeting 2026-05-21..2026-05-22 @Minsk", "signing 2026-05-21..2026-05-22"}},
		{"signing at the meeting takes its date, not the plan's period", "Transport ministers met in [Baku|L] on {April 8|2026-04-08}. At the meeting, they signed a road map for {2027-2031|2027..2031}.",
			[]string{"meeting 2026-04-08 @Baku", "signing 2026-04-08"}},
		{"Chinese document period is no date", "{4月8日|2026-04-08}，交通部长会议在[巴库|L]举行。与会各方签署了{2027年至2031年|2027..2031}公路合作规划。",
			[]string{"meeting 2026-04-08 @巴库", "signing 2026-04-08"}},
		{"English dateline city is not the place", "[ASTANA|L], {Oct. 14|2026-10-14} (Xinhua) -- The [SCO|O] media forum opened on {Tuesday|2026-10-13} in [Turkistan|L].", []string{"forum 2026-10-13 @Turkistan"}},
		{"Chinese dateline, camp opened in a chained place", "新华社[兰州|L]{7月20日|2026-07-20}电 上合组织青年交流营{20日|2026-07-20}在[甘肃|L][敦煌|L]开营。", []string{"launch 2026-07-20 @敦煌"}},
		{"召开工作会议 starts no works", "[孙华|P]{7日|2026-09-07}在[兰州|L]召开工作会议。", []string{"meeting 2026-09-07 @兰州"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, run(t, tt.in))
		})
	}
}
