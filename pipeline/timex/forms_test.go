package timex

import (
	"testing"
	"time"
)

// TestForms covers rolling periods, durations anchored at a date,
// weekdays written next to a date, day numbers in words and historical
// calendars; pub is Friday 2025-08-29.
func TestForms(t *testing.T) {
	pub := time.Date(2025, 8, 29, 2, 0, 0, 0, time.UTC)
	tests := []markedCase{
		// rolling periods run up to the publication date
		{"zh past ten years", "[过去十年]，双边贸易额增长了三倍", &pub, []string{"2015-08-29..2025-08-29 year"}},
		{"zh recent five years", "[近五年来]，中吉乌铁路项目取得进展", &pub, []string{"2020-08-29..2025-08-29 year"}},
		{"zh recent months", "[最近三个月]，口岸通关量增加", &pub, []string{"2025-05-29..2025-08-29 month"}},
		{"zh nearly is a duration", "将近五年没有见面", &pub, nil},
		{"zh future years", "[未来三年]将投资100亿元", &pub, []string{"2025-08-30..2028-08-29 year"}},
		{"zh calendar weeks stay", "[上两周]", &pub, []string{"2025-08-11..2025-08-24 day"}},
		{"en past years", "trade doubled over the [past five years].", &pub, []string{"2020-08-29..2025-08-29 year"}},
		{"en last decade", "growth over the [last decade] was steady", &pub, []string{"2015-08-29..2025-08-29 year"}},
		{"en number first", "what happened in the [5 past years]?", &pub, []string{"2020-08-29..2025-08-29 year"}},
		{"en next weeks", "talks over the [next two weeks]", &pub, []string{"2025-08-30..2025-09-12 day"}},
		{"en last year stays calendar", "[last year] trade rose", &pub, []string{"2024-01-01..2024-12-31 year"}},
		{"en quarters stay calendar", "sales for the [past two quarters]", &pub, []string{"2025-01-01..2025-06-30 month"}},
		// durations anchored at a day
		{"for days from today", "set OOO [for 3 days from today]", &pub, []string{"2025-08-29..2025-08-31 day"}},
		{"for a week, from a date", "set OOO [for 1 week, from 20th Sep]", &pub, []string{"2025-09-20..2025-09-26 day"}},
		{"weeks starting", "leave [2 weeks starting May 20th]", &pub, []string{"2025-05-20..2025-06-02 day"}},
		{"a week starting tomorrow", "off [for a week starting tomorrow]", &pub, []string{"2025-08-30..2025-09-05 day"}},
		{"from a date for days", "closed [from 18th Aug for 10 days].", &pub, []string{"2025-08-18..2025-08-27 day"}},
		{"bare distance stays a shift", "back [3 days from today]", &pub, []string{"2025-09-01 day"}},
		// weekdays written next to their date or week
		{"weekday dash date", "a call [this Friday-Sep-5] with", &pub, []string{"2025-09-05 day"}},
		{"weekday date in parentheses", "a call [this friday (sep-5)] with", &pub, []string{"2025-09-05 day"}},
		{"date then short weekday", "[Jul 18, Fri]", &pub, []string{"2025-07-18 day"}},
		{"weekday of the following week", "it is on [monday of the following week]", &pub, []string{"2025-09-01 day"}},
		{"week then short weekday", "meet [next week Mon] or later", &pub, []string{"2025-09-01 day"}},
		{"short weekday alone is a word", "Sun Weidong met them", &pub, nil},
		// day numbers in words
		{"month and word day", "I'll go back [May twenty nine]", &pub, []string{"2026-05-29 day"}}, // future tense: next May
		{"word day and word year", "born on [January twenty five nineteen eighty six]", &pub, []string{"1986-01-25 day"}},
		{"word day before month", "On [fifteen August nineteen hundred ninety three], the plant", &pub, []string{"1993-08-15 day"}},
		{"month and count", "in [March] two thousand people marched", &pub, []string{"2025-03-01..2025-03-31 month"}},
		{"month and word year", "in [March nineteen ninety six]", &pub, []string{"1996-03-01..1996-03-31 month"}},
		// a day without 日 after a full year and month
		{"zh day without mark", "[二零零四年八月十五]", &pub, []string{"2004-08-15 day"}},
		{"zh day without mark before a comma", "[2024年8月15]，双方签署", &pub, []string{"2024-08-15 day"}},
		{"zh number after month counts", "[2024年8月]15家企业参展", &pub, []string{"2024-08-01..2024-08-31 month"}},
		{"zh yearless number is no day", "[8月]15家企业", &pub, []string{"2025-08-01..2025-08-31 month"}},
		// historical calendars are out of scope: no month of ours from them
		{"regnal year month", "康熙三年五月，朝廷下诏", &pub, nil},
		{"era first year", "神龙元年十一月，武则天去世", &pub, nil},
		{"digit year keeps its month", "[二〇二四年五月]", &pub, []string{"2024-05-01..2024-05-31 month"}},
	}
	runMarked(t, tests)
}
