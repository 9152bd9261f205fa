package timex

import (
	"regexp"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// Rolling periods. In news, 过去十年, 近五年, "the past five years", "over the
// last decade" and "the last 3 months" mean the period that runs up to the
// publication date, not whole calendar years before the current one: a
// paper of 2025-08-29 writing 过去十年 means 2015-08-29 to 2025-08-29. They
// resolve to Date = the publication date moved back by the distance,
// EndDate = the publication date, at the precision of the unit (years:
// year, months: month, weeks and days: day). Looking ahead, "the next
// five years", 未来三年 and "the coming two weeks" run from the day after
// publication to the publication date moved on by the distance.
//
// Calendar readings stay where Chinese and English mean calendar periods:
// 上两周, 前两个月, 下三年 (whole periods before or after the current one),
// quarters ("the past two quarters" are the last two reported quarters),
// and one-unit words ("last year" is the calendar year before, "past
// week" the week before this one). 今年以来 is year to date (zh.go).

// rollingRules are the rolling forms that the other rule files do not read.
var rollingRules = []rule{
	// 5 past years, 10 previous weeks, 3 next weeks, 2 upcoming months
	{regexp.MustCompile(`(?i)\b(\d+|` + enCountWords + `)\s+(past|previous|last|next|upcoming|coming|following)\s+(days|weeks|months|years|decades)\b`), buildEnNLast, trigger{keys("days", "weeks", "months", "years", "decades"), 30, 0, "", "", nil}},
	// 近五年, 最近三个月, 近10年
	{regexp.MustCompile(`(?:最近|近)\s*(` + zhN + `)\s*(?:个|個)?\s*(天|日|周|週|星期|月|年)`), buildZhRecent, trigger{zhUnitKeys, 16, 6, "0123456789０１２３４５６７８９零〇○Ｏ一二两兩三四五六七八九十廿卅个個 \t", "", nil}},
}

// rolling resolves n units (d, w, m, y, D for decades) back from ref
// (n < 0: from ref moved back to ref) or on from it (n > 0: from the day
// after ref to ref moved on).
func rolling(ref doc.Date, unit byte, n int) resolved {
	t := ref.Time()
	prec := doc.Day
	switch unit {
	case 'd':
		t = t.AddDate(0, 0, n)
	case 'w':
		t = t.AddDate(0, 0, 7*n)
	case 'm':
		t, prec = t.AddDate(0, n, 0), doc.Month
	case 'D':
		t, prec = t.AddDate(10*n, 0, 0), doc.Year
	default:
		t, prec = t.AddDate(n, 0, 0), doc.Year
	}
	if n < 0 {
		return resolved{doc.DateOf(t), ref, prec}
	}
	return resolved{addDays(ref, 1), doc.DateOf(t), prec}
}

// rollingUnit maps an English or Chinese unit word to rolling's unit byte.
func rollingUnit(w string) byte {
	switch strings.ToLower(w) {
	case "days", "day", "天", "日":
		return 'd'
	case "weeks", "week", "周", "週", "星期":
		return 'w'
	case "months", "month", "月":
		return 'm'
	case "decades", "decade":
		return 'D'
	}
	return 'y'
}

// rollingExpr makes an expression resolving to the rolling period.
func rollingExpr(start, end int, unit byte, n int) expr {
	e := expr{start: start, end: end}
	e.calc = func(ref doc.Date) (resolved, bool) { return rolling(ref, unit, n), true }
	return e
}

// buildEnNLast reads "5 past years", "3 next weeks".
func buildEnNLast(sc *scan, m []int) (expr, bool) {
	n := enNumber(sc.group(m, 1))
	if n < 1 {
		return expr{}, false
	}
	switch strings.ToLower(sc.group(m, 2)) {
	case "past", "previous", "last":
		n = -n
	}
	return rollingExpr(m[0], m[1], rollingUnit(sc.group(m, 3)), n), true
}

// buildZhRecent reads 近五年, 最近三个月: the period up to ref.
func buildZhRecent(sc *scan, m []int) (expr, bool) {
	n := smallNumber(sc.group(m, 1))
	if n < 1 {
		return expr{}, false
	}
	if p := sc.prevRune(m[0]); p == '将' || p == '接' || p == '靠' || isZhNumeral(p) {
		return expr{}, false // 将近五年 and 接近三年 are durations
	}
	rest := sc.s[m[1]:]
	for _, w := range []string{"以来", "来", "内", "里", "间"} {
		if strings.HasPrefix(rest, w) {
			// 近五年来 is the same period; the span takes the word
			return rollingExpr(m[0], m[1]+len(w), rollingUnit(sc.group(m, 2)), -n), true
		}
	}
	return rollingExpr(m[0], m[1], rollingUnit(sc.group(m, 2)), -n), true
}
