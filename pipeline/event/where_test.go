package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPlaceChains checks that a chain of places after 在/in gives the most
// specific one, without the word for a capital, and that a place the
// dictionary lacks at the end of a chain is kept as text.
func TestPlaceChains(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"province then city", "{4月9日|2026-04-09}，上合组织妇女论坛在[中国|C][江苏省|L][南京市|L]举行。", []string{"forum 2026-04-09 @南京市"}},
		{"region then city", "{8月2日|2026-08-02}，青年论坛在[甘肃|L][敦煌|L]开幕。", []string{"forum 2026-08-02 @敦煌"}},
		{"capital word skipped", "{3月5日|2026-03-05}，能源部长会议在[吉尔吉斯斯坦|C]首都[比什凯克|L]召开。", []string{"meeting 2026-03-05 @比什凯克"}},
		{"provincial capital skipped", "{6月1日|2026-06-01}，博览会在[黑龙江省|L]省会[哈尔滨|L]开幕。", []string{"launch 2026-06-01 @哈尔滨"}},
		{"unknown region after a country", "{5月18日|2026-05-18}，光伏电站在[乌兹别克斯坦|C]纳沃伊州开工。", []string{"launch 2026-05-18 @纳沃伊州"}},
		{"unknown unit after a known place", "{9月9日|2026-09-09}，物流中心在[新疆|L]霍城县开工。", []string{"launch 2026-09-09 @霍城县"}},
		{"a verb after a place is no place", "[赵刚|P]{7日|2026-09-07}在[成都|L]主持召开工作会议。", []string{"meeting 2026-09-07 @成都"}},
		{"dateline city is not the place, the chain is", "新华社[兰州|L]{7月2日|2026-07-02}电 上合组织青年论坛{2日|2026-07-02}在[甘肃|L][天水|L]开幕。", []string{"forum 2026-07-02 @天水"}},
		{"English city, country", "The [SCO|O] energy forum opened in [Tashkent|L], [Uzbekistan|C] on {Monday|2026-05-11}.", []string{"forum 2026-05-11 @Tashkent"}},
		{"English state's region", "The solar plant in [Uzbekistan|C]'s [Navoi Region|L] was commissioned on {March 3|2026-03-03}.", []string{"launch 2026-03-03 @Navoi Region"}},
		{"English near a place", "A youth camp opened near [Lake Balkhash|L] in [Kazakhstan|C] on {July 3|2026-07-03}.", []string{"launch 2026-07-03 @Lake Balkhash"}},
		{"English city, capital of a province", "The [SCO|O] seminar was held in [Lanzhou|L], capital of northwest China's [Gansu|L] Province, on {May 9|2026-05-09}.", []string{"meeting 2026-05-09 @Lanzhou"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, run(t, tt.in))
		})
	}
}
