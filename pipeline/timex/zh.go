package timex

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
)

// Building blocks of the Chinese patterns. Traditional forms (號 週 個 禮 後 兩)
// are listed too so that raw text works when normalization was skipped.
const (
	zhN    = `[0-9０-９]{1,2}|[零〇○一二两兩三四五六七八九十廿卅]{1,3}`
	zhYear = `[0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4}`
	zhYY   = `[0-9０-９]{2}|[〇零○一二三四五六七八九]{2}`
	zhRelY = `今|去|明|前|后|後|本|上|下`
	zhWeek = `周|週|星期|礼拜|禮拜`
	zhDay  = `[日号號]`
)

var zhRules = []rule{
	// 2025年8月31日, 2024年7月, 去年7月, 8月31日, 明年1月25日, 二〇二五年十月一日
	{regexp.MustCompile(`(?:(` + zhYear + `|` + zhYY + `)\s*年|(` + zhRelY + `)年)?\s*(` + zhN + `)\s*月份?\s*(?:(` + zhN + `)\s*(` + zhDay + `)?)?`), buildZhDate, trigger{keys("月"), 40, 32, "0123456789０１２３４５６７８９零〇○Ｏ一二两兩三四五六七八九十廿卅 \t", "", nil}},
	// 本月15日, 上月, 下个月二十号
	{regexp.MustCompile(`(本|上|下|这|這|今)(?:个|個)?月份?(?:\s*(` + zhN + `)\s*` + zhDay + `)?`), buildZhRelMonth, trigger{keys("月"), 12, 32, "本上下这這今个個", "", nil}},
	// 2025年, 二〇二五年, 08年
	{regexp.MustCompile(`(` + zhYear + `|` + zhYY + `)\s*年度?`), buildZhYear, trigger{keys("年"), 16, 6, "0123456789０１２３４５６７８９零〇○Ｏ一二两兩三四五六七八九十廿卅 \t", "", nil}},
	// 今年, 去年, 明年, 今年以来
	{regexp.MustCompile(`(大前|大后|大後|` + zhRelY + `)年度?(以来)?|(?:这|這)一?年`), buildZhRelYear, trigger{keys("年"), 9, 12, "大前后後今去明本上下这這一", "", nil}},
	// 今天, 昨日, 后天
	{regexp.MustCompile(`大前天|大后天|大後天|大前日|大后日|大後日|前天|后天|後天|前日|后日|後日|昨天|昨日|今天|今日|明天|明日|寻日|尋日|听日|聽日`), buildZhRelDay, trigger{keys("天", "日"), 6, 3, "前后後昨今明寻尋听聽", "", nil}},
	// 周二, 上周五, 下星期三, 本周末
	{regexp.MustCompile(`(上上|下下|上|下|这|這|本|今)?(?:个|個|一)?(?:` + zhWeek + `)([一二三四五六日天末])`), buildZhWeekday, trigger{zhWeekKeys, 16, 12, "", "", nil}},
	// 上周, 本周, 下个星期
	{regexp.MustCompile(`(上上|下下|上|下|这|這|本|今)(?:一)?(?:个|個)?(?:` + zhWeek + `)`), buildZhWeek, trigger{zhWeekKeys, 16, 6, "", "", nil}},
	// 3天前, 5年前, 两周后
	{regexp.MustCompile(`(` + zhN + `|[0-9]{3})\s*(?:个|個)?\s*(天|日|周|週|星期|礼拜|禮拜|月|年)\s*(?:之)?(前|后|後|以前|以后|以後)`), buildZhAgo, trigger{keys("前", "后", "後"), 33, 0, "天日周週期拜月年之以 \t", "", nil}},
	// 上半年, 2017年下半年
	{regexp.MustCompile(`(?:(` + zhYear + `)\s*年|(` + zhRelY + `)年)?(上|下|前|后|後)(?:个|個)?半年`), buildZhHalf, trigger{keys("半"), 24, 9, "", "", nil}},
	// 今年早些时候, 本月晚些时候
	{regexp.MustCompile(`(今年|去年|明年|本月|上月|下月|本周|这周|上周|下周)(早些时候|晚些时候|稍早时候|稍晚时候|晚些)`), buildZhEarlierLater, trigger{keys("早", "晚"), 12, 12, "年月周", "", nil}},
	// 上半月, 下半周
	{regexp.MustCompile(`(上|下)半(月|周|週)`), buildZhHalfPeriod, trigger{keys("半"), 3, 6, "上下", "", nil}},
	// 十九世纪七十年代, 90年代, 21世纪
	{regexp.MustCompile(`(?:(二十一|二十|十[一二三四五六七八九]|[0-9]{2})\s*世纪)?([0-9]{2}|[1-9]0|[一二三四五六七八九]十)\s*年代|(二十一|二十|十[一二三四五六七八九]|[0-9]{2})\s*世纪`), buildZhDecade, trigger{keys("代", "纪"), 36, 18, "年世", "", nil}},
	// 上世纪90年代, 本世纪
	{regexp.MustCompile(`(上|本)(?:个|個)?世纪(?:\s*([0-9]{2}|[1-9]0|[一二三四五六七八九]十)\s*年代)?`), buildZhRelCentury, trigger{keys("纪"), 9, 18, "上本个個世", "", nil}},
	// 30日上午, 29日表示
	{regexp.MustCompile(`(` + zhN + `)\s*` + zhDay), buildZhDay, trigger{keys("日", "号", "號"), 16, 0, "0123456789０１２３４５６７８９零〇○Ｏ一二两兩三四五六七八九十廿卅 \t", "", nil}},
}

var zhRelYearOff = map[string]int{
	"今": 0, "本": 0, "这": 0, "這": 0, "去": -1, "上": -1, "明": 1, "下": 1,
	"前": -2, "后": 2, "後": 2, "大前": -3, "大后": 3, "大後": 3,
}

func buildZhDate(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if isZhNumeral(sc.prevRune(m[0])) || sc.prevRune(m[0]) == '第' {
		return e, false
	}
	if y := sc.group(m, 1); y != "" {
		e.f = yearFields(y)
		if !e.f.hasY {
			return e, false
		}
	} else if r := sc.group(m, 2); r != "" {
		e.f.y, e.f.yRel, e.f.hasY = zhRelYearOff[r], true, true
	} else if sc.eraYearBefore(m[0]) {
		return e, false // 康熙三年五月: a month of a regnal year, not of ours
	}
	e.f.m, e.f.hasM = smallNumber(sc.group(m, 3)), true
	if e.f.m < 1 || e.f.m > 12 {
		return e, false
	}
	if d := sc.group(m, 4); d != "" {
		if sc.group(m, 5) == "" && !sc.dayWithoutMark(m) {
			e.end = strings.LastIndex(sc.s[:m[8]], "月") + len("月")
			if strings.HasPrefix(sc.s[e.end:], "份") {
				e.end += len("份")
			}
			return e, true // 8月15家企业: the number counts something else
		}
		e.f.d, e.f.hasD = smallNumber(d), true
		if e.f.d < 1 || e.f.d > 31 {
			return e, false
		}
	}
	return e, true
}

func buildZhRelMonth(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	off := 0
	switch sc.group(m, 1) {
	case "上":
		off = -1
	case "下":
		off = 1
	}
	if sc.group(m, 1) == "今" && !strings.Contains(sc.s[m[0]:m[1]], "个") && !strings.Contains(sc.s[m[0]:m[1]], "個") {
		return e, false // 今月 is not Chinese
	}
	e.f.m, e.f.mRel, e.f.hasM = off, true, true
	if d := sc.group(m, 2); d != "" {
		e.f.d, e.f.hasD = smallNumber(d), true
		if e.f.d < 1 || e.f.d > 31 {
			return e, false
		}
	}
	return e, true
}

func buildZhYear(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if isZhNumeral(sc.prevRune(m[0])) || sc.prevRune(m[0]) == '第' {
		return e, false
	}
	g := sc.group(m, 1)
	if utf8.RuneCountInString(g) == 2 {
		// two-digit years only in the unmistakable 08年 / 零八年 shape
		first, _ := utf8.DecodeRuneInString(g)
		if first != '0' && first != '０' && first != '零' && first != '〇' && first != '○' {
			return e, false
		}
		// and not a duration: 05年来, 08年间
		if rest := sc.s[m[1]:]; strings.HasPrefix(rest, "来") || strings.HasPrefix(rest, "间") || strings.HasPrefix(rest, "内") || strings.HasPrefix(rest, "多") {
			return e, false
		}
	}
	y := yearNumber(g)
	if y < 0 {
		return e, false
	}
	e.f = fields{y: y, hasY: true}
	return e, true
}

func buildZhRelYear(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	p := sc.group(m, 1)
	if p == "" {
		p = "这"
	}
	switch sc.prevRune(m[0]) {
	case '最', '以', '之', '半', '同':
		if p == "上" || p == "后" || p == "前" || p == "下" || p == "後" {
			return e, false // 以上年度, 最后年份, 之前年
		}
	}
	if isZhNumeral(sc.prevRune(m[0])) && (p == "前" || p == "后" || p == "後") {
		return e, false // 三年前 is handled as "ago"
	}
	e.f = fields{y: zhRelYearOff[p], yRel: true, hasY: true}
	e.openRange = sc.group(m, 2) != ""
	return e, true
}

var zhRelDayOff = map[string]int{
	"大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0,
	"明天": 1, "明日": 1, "后天": 2, "後天": 2, "大后天": 3, "大後天": 3,
	"大前日": -3, "前日": -2, "寻日": -1, "尋日": -1, "听日": 1, "聽日": 1, "后日": 2, "後日": 2, "大后日": 3, "大後日": 3,
}

func buildZhRelDay(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	w := sc.s[m[0]:m[1]]
	if (w == "前日" || w == "后日" || w == "後日") && (isZhNumeral(sc.prevRune(m[0])) || sc.prevRune(m[0]) == '之') {
		return e, false // 3月15日前日 is not Chinese; 30日后 is "after the 30th"
	}
	if w == "今日" {
		// 今日俄罗斯 (RT), 今日头条, 今日美国 are names; 今日的新疆 and
		// 今日之中国 mean "present-day", not the publication date: 今日 is
		// "today" only as an adverb
		for _, n := range []string{"俄罗斯", "头条", "美国", "中国", "亚洲", "关注", "说法", "的", "之"} {
			if strings.HasPrefix(sc.s[m[1]:], n) {
				return e, false
			}
		}
	}
	off := zhRelDayOff[w]
	e.calc = func(ref doc.Date) (resolved, bool) {
		d := addDays(ref, off)
		return dayRange(d, d), true
	}
	return e, true
}

var zhWeekOff = map[string]int{"上上": -2, "上": -1, "下下": 2, "下": 1, "这": 0, "這": 0, "本": 0, "今": 0}

func buildZhWeekday(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	p, wdS := sc.group(m, 1), sc.group(m, 2)
	wd := strings.Index("一二三四五六日", wdS)
	if wdS == "天" {
		wd = strings.Index("一二三四五六日", "日")
	}
	if wdS == "末" {
		off := zhWeekOff[p]
		e.calc = func(ref doc.Date) (resolved, bool) {
			sat := addDays(weekStart(ref), 7*off+5)
			return dayRange(sat, addDays(sat, 1)), true
		}
		return e, true
	}
	wd = wd/len("一") + 1
	e.dow = wd
	if p == "" {
		e.weekday = wd
		e.calc = weekdayByTense(wd, sc.tense(m[0], m[1]))
		return e, true
	}
	off := zhWeekOff[p]
	e.calc = func(ref doc.Date) (resolved, bool) {
		d := addDays(weekStart(ref), 7*off+wd-1)
		return dayRange(d, d), true
	}
	return e, true
}

func buildZhWeek(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	off := zhWeekOff[sc.group(m, 1)]
	e.week = &off
	e.calc = func(ref doc.Date) (resolved, bool) {
		mon := addDays(weekStart(ref), 7*off)
		return dayRange(mon, addDays(mon, 6)), true
	}
	return e, true
}

func buildZhAgo(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if isZhNumeral(sc.prevRune(m[0])) {
		return e, false
	}
	n := smallNumber(sc.group(m, 1))
	if n < 1 {
		return e, false
	}
	if strings.HasPrefix(sc.group(m, 3), "前") || strings.HasPrefix(sc.group(m, 3), "以前") {
		n = -n
	}
	unit := sc.group(m, 2)
	e.calc = func(ref doc.Date) (resolved, bool) {
		var d doc.Date
		switch unit {
		case "天", "日":
			d = addDays(ref, n)
		case "月":
			d = doc.DateOf(ref.Time().AddDate(0, n, 0))
		case "年":
			d = doc.DateOf(ref.Time().AddDate(n, 0, 0))
		default:
			d = addDays(ref, 7*n)
		}
		return dayRange(d, d), true
	}
	return e, true
}

func buildZhHalf(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	f := fields{hasY: true, yRel: true}
	if y := sc.group(m, 1); y != "" {
		f.y, f.yRel = yearNumber(y), false
	} else if r := sc.group(m, 2); r != "" {
		f.y = zhRelYearOff[r]
	}
	first := sc.group(m, 3) == "上" || sc.group(m, 3) == "前"
	e.calc = func(ref doc.Date) (resolved, bool) {
		y := f.y
		if f.yRel {
			y += ref.Year
		}
		if first {
			return resolved{doc.Date{Year: y, Month: 1, Day: 1}, doc.Date{Year: y, Month: 6, Day: 30}, doc.Month}, true
		}
		return resolved{doc.Date{Year: y, Month: 7, Day: 1}, doc.Date{Year: y, Month: 12, Day: 31}, doc.Month}, true
	}
	if !f.yRel {
		r, _ := e.calc(doc.Date{})
		e.fixed(r)
	}
	return e, true
}

// fixed makes e resolve to r without needing the reference date.
func (e *expr) fixed(r resolved) {
	e.f = fields{}
	e.calc = nil
	e.abs = &r
}

func buildZhDay(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	p := sc.prevRune(m[0])
	if isZhNumeral(p) || p == '第' || p == '每' || p == '月' {
		return e, false
	}
	for _, w := range []string{"为期", "历时", "持续", "连续", "长达", "近", "前", "后", "这", "那"} {
		if strings.HasSuffix(sc.s[:m[0]], w) {
			return e, false
		}
	}
	num := sc.group(m, 1)
	d := smallNumber(num)
	if d < 1 || d > 31 {
		return e, false
	}
	rest := sc.s[m[1]:]
	next, _ := utf8.DecodeRuneInString(rest)
	if strings.HasSuffix(sc.s[m[0]:m[1]], "号") || strings.HasSuffix(sc.s[m[0]:m[1]], "號") {
		if strings.ContainsRune("线線楼樓院机機令文馆館码碼字台位车車站房", next) {
			return e, false
		}
	}
	for _, w := range []string{"内", "以内", "之内", "游", "制", "来", "以来", "之间", "多", "余"} {
		if strings.HasPrefix(rest, w) {
			return e, false
		}
	}
	if !isDigit([]rune(num)[0]) && utf8.RuneCountInString(num) == 1 && !strings.ContainsRune("上下晚早凌中起电讯至到,，、。在举召表会", next) {
		return e, false // 一日三餐, 三日游: one Chinese digit needs a date-like follower
	}
	e.f = fields{d: d, hasD: true}
	return e, true
}
