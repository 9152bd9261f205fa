package timex

import (
	"regexp"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// Seasons: 今年夏天, 去年秋季, 2024年冬季, 今冬明春, "this summer", "last
// winter", "in the spring of 2024", "summer 2024".
//
// A season is a month range by the meteorological convention of the
// northern hemisphere, where every SCO state lies: spring March–May,
// summer June–August, autumn September–November, winter December–February.
// Date and EndDate hold those months; the precision is year, because the
// text names no month: an event "今年秋天在天津" is dated 2025 (formatted at
// its precision), not 2025-09, which would claim September.
// The winter of a year Y (2024年冬季, "winter 2024") runs from December Y to
// the end of February Y+1; "this winter" (今冬, 今年冬天) is the winter that
// holds the publication date when it falls in January or February, else
// the one starting in December of the publication year. (Recognizers leaves seasons unresolved and Duckling uses the
// astronomical bounds, June 21 and so on: their season cases keep failing
// or being skipped.)
//
// Relative forms: 去年/明年 and a year count move the year; "last summer"
// is the latest summer that has begun before the publication date's own
// season (in November, the summer just past; in July, the summer a year
// before), "next summer" the first one that begins after the publication
// date. A season without a year or modifier is a date only in English
// after in/during ("in the summer", "during winter": the one of the
// publication year, as "this"); a bare Chinese 冬季 or 夏天 is a date only
// when a clause mark, 期间, 以来 or 时 follows it, since 冬季奥运会 and 夏季达沃斯
// name events, not dates.

var seasonRules = []rule{
	// 今年夏天, 2024年冬季, 去年秋季, 今冬, 明春, 冬季期间
	{regexp.MustCompile(`(?:(` + zhYear + `)\s*年|(今|去|明|前|后|後|本|上|下)年)?(?:的)?(春|夏|秋|冬)(季|天)|(今|去|明|本)(春|夏|秋|冬)`), buildZhSeason, trigger{keys("春", "夏", "秋", "冬"), 24, 6, "", "", nil}},
	// this summer, last winter, the spring of 2024, summer 2024, in the autumn
	{regexp.MustCompile(`(?i)\b(?:(this|last|next|past|previous|coming|upcoming|current)\s+|(in|during|over|through)\s+(?:the\s+)?)?(spring|summer|autumn|fall|winter)(?:\s*,?\s+(?:of\s+)?(\d{4})\b)?`), buildEnSeason, trigger{keys("spring", "summer", "autumn", "fall", "winter"), 16, 12, "", "", nil}},
}

// seasonStart maps a season word to the month it starts.
var seasonStart = map[string]int{
	"春": 3, "夏": 6, "秋": 9, "冬": 12,
	"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
}

// seasonOf resolves the season starting in month m of year y.
func seasonOf(y, m int) resolved {
	r := monthRange(doc.Date{Year: y, Month: m, Day: 1}, 3)
	r.prec = doc.Year
	return r
}

// thisSeason returns the year of "this" season m at ref: winter in
// January or February is the one that began the December before.
func thisSeason(ref doc.Date, m int) int {
	if m == 12 && ref.Month <= 2 {
		return ref.Year - 1
	}
	return ref.Year
}

// seasonExpr builds an expression for season m: year y (abs when !rel),
// or this season moved by off years (rel).
func seasonExpr(start, end, m, y int, rel bool) expr {
	e := expr{start: start, end: end}
	if !rel {
		e.fixed(seasonOf(y, m))
		return e
	}
	e.calc = func(ref doc.Date) (resolved, bool) { return seasonOf(thisSeason(ref, m)+y, m), true }
	return e
}

// seasonFollowers may follow a bare Chinese season that is a date.
var seasonFollowers = []string{"，", ",", "。", "；", "、", "期间", "以来", "时", "里", "中", "前", "后", "将", "到来", "结束", "开始"}

func buildZhSeason(sc *scan, m []int) (expr, bool) {
	if g := sc.group(m, 5); g != "" {
		// 今冬, 明春, 去秋
		mo := seasonStart[sc.group(m, 6)]
		if p := sc.prevRune(m[0]); p >= 0x2E80 && !strings.ContainsRune("，、。；：在于至到和及与从自春夏秋冬的", p) {
			return expr{}, false // 张明春 is a name
		}
		if g == "今" && strings.HasPrefix(sc.s[m[1]:], "天") {
			return expr{}, false // 今春天 is not said; 今天 is matched elsewhere
		}
		return seasonExpr(m[0], m[1], mo, zhRelYearOff[g], true), true
	}
	mo := seasonStart[sc.group(m, 3)]
	if y := sc.group(m, 1); y != "" {
		yr := yearNumber(y)
		if yr < 0 || isZhNumeral(sc.prevRune(m[0])) {
			return expr{}, false
		}
		return seasonExpr(m[0], m[1], mo, yr, false), true
	}
	if r := sc.group(m, 2); r != "" {
		if isZhNumeral(sc.prevRune(m[0])) {
			return expr{}, false // 三年前夏天: the year belongs to a duration
		}
		off := zhRelYearOff[r]
		if mo == 12 && r != "今" && r != "本" {
			// 去年冬天 is the winter that began in December of last year
			e := expr{start: m[0], end: m[1]}
			e.calc = func(ref doc.Date) (resolved, bool) { return seasonOf(ref.Year+off, 12), true }
			return e, true
		}
		return seasonExpr(m[0], m[1], mo, off, true), true
	}
	// a bare 冬季: a date only before a clause mark or a time word
	start := m[0] + strings.Index(sc.s[m[0]:m[1]], sc.group(m, 3))
	p := sc.prevRune(start)
	if p >= 0x2E80 && p != '的' && p != '在' && p != '于' && p != '，' && p != '、' && p != '。' && p != '（' {
		return expr{}, false // 越冬, 立春, 初夏
	}
	rest := sc.s[m[1]:]
	for _, f := range seasonFollowers {
		if strings.HasPrefix(rest, f) {
			return seasonExpr(start, m[1], mo, 0, true), true
		}
	}
	return expr{}, false
}

func buildEnSeason(sc *scan, m []int) (expr, bool) {
	mod, prep, name, y := strings.ToLower(sc.group(m, 1)), strings.ToLower(sc.group(m, 2)), strings.ToLower(sc.group(m, 3)), sc.group(m, 4)
	mo := seasonStart[name]
	start := m[0]
	if prep != "" {
		start = m[6] // "in the summer": the date is "summer"
		if sc.s[start-1] == ' ' && strings.HasSuffix(strings.ToLower(strings.TrimRight(sc.s[:start], " ")), "the") {
			start = m[6] - len("the ")
		}
	}
	if y != "" {
		yr := yearNumber(y)
		if yr < 0 {
			return expr{}, false
		}
		if mod != "" {
			start = m[6] // "last summer 2024" is not said; keep the year's season
		}
		return seasonExpr(start, m[1], mo, yr, false), true
	}
	if name == "fall" && mod == "" {
		return expr{}, false // "in fall" and "fall" are verbs or nouns too often
	}
	switch mod {
	case "this", "current":
		return seasonExpr(m[0], m[1], mo, 0, true), true
	case "last", "past", "previous":
		e := expr{start: m[0], end: m[1]}
		e.calc = func(ref doc.Date) (resolved, bool) {
			// the latest such season that began before the publication
			// date's own season
			y := thisSeason(ref, mo)
			if !before(seasonOf(y, mo).to, ref) {
				y-- // ref is inside this year's season, or it is still ahead
			}
			return seasonOf(y, mo), true
		}
		return e, true
	case "next", "coming", "upcoming":
		e := expr{start: m[0], end: m[1]}
		e.calc = func(ref doc.Date) (resolved, bool) {
			y := thisSeason(ref, mo)
			if s := seasonOf(y, mo); !before(ref, s.from) {
				y++ // this year's season has begun: the next one
			}
			return seasonOf(y, mo), true
		}
		return e, true
	}
	if prep == "" {
		return expr{}, false // a bare "summer" (summer school, Summer Davos)
	}
	if rest := strings.TrimLeft(sc.s[m[1]:], " "); rest != "" && isASCIILetterByte(rest[0]) && !startsWithClauseWord(rest) {
		return expr{}, false // "in the summer camp", "during winter storms"
	}
	return seasonExpr(start, m[1], mo, 0, true), true
}

// startsWithClauseWord reports whether s starts with a word that may follow
// a date in a clause ("in the summer of", "in winter when", "in spring and").
func startsWithClauseWord(s string) bool {
	for _, w := range []string{"of ", "and ", "or ", "when ", "as ", "after ", "before ", "to ", "until ", "the ", "this ", "that ", "with ", "for ", "in ", "at "} {
		if hasPrefixFold(s, w) {
			return true
		}
	}
	return false
}
