package figure

import (
	"sort"
	"strings"
)

// countNouns map what a count counts to the singular English noun of the
// gold vocabulary (docs/gold-format.md). Longest first when matching.
var countNouns = sortNouns([]noun{
	{"成员国", "member_state"}, {"观察员国", "observer_state"}, {"观察员", "observer_state"},
	{"对话伙伴国", "dialogue_partner"}, {"对话伙伴", "dialogue_partner"}, {"伙伴国", "partner"},
	{"合作伙伴", "partner"}, {"国家", "country"}, {"国", "country"}, {"城市", "city"},
	{"项目", "project"}, {"企业", "company"}, {"公司", "company"}, {"组织", "organization"},
	{"机构", "organization"}, {"国际组织", "organization"}, {"文件", "document"}, {"合作文件", "document"},
	{"协议", "document"}, {"协定", "document"}, {"宣言", "document"}, {"声明", "document"},
	{"备忘录", "document"}, {"活动", "activity"}, {"会议", "meeting"}, {"会谈", "meeting"},
	{"人次", "person"}, {"人", "person"}, {"代表", "person"}, {"嘉宾", "person"}, {"专家", "person"},
	{"学者", "person"}, {"学生", "person"}, {"记者", "person"}, {"官员", "person"}, {"领导人", "person"},
	{"元首", "person"}, {"运动员", "person"}, {"志愿者", "person"}, {"游客", "person"},
	{"班列", "train"}, {"列车", "train"}, {"媒体", "organization"}, {"地区", "region"},
	{"省份", "province"}, {"领域", "field"}, {"倡议", "initiative"}, {"成果", "outcome"},
	{"论坛", "forum"}, {"展位", "booth"}, {"批次", "shipment"}, {"友城", "sister_city"},
	{"友好城市", "sister_city"}, {"语言", "language"}, {"故事", "story"}, {"音乐会", "concert"},
	{"装置", "device"}, {"设备", "device"}, {"智库", "organization"}, {"大洲", "continent"},
	{"heads", "person"}, {"entrepreneurs", "person"}, {"parties", "organization"},
	{"political parties", "organization"}, {"stories", "story"}, {"参展商", "exhibitor"}, {"展商", "exhibitor"},
	{"大学", "university"}, {"高校", "university"}, {"学校", "school"}, {"航线", "route"},
	{"航班", "flight"}, {"口岸", "port"}, {"园区", "park"},
	{"member states", "member_state"}, {"member state", "member_state"},
	{"founding member states", "member_state"}, {"full members", "member_state"},
	{"member countries", "member_state"}, {"members", "member_state"},
	{"observer states", "observer_state"}, {"observers", "observer_state"},
	{"dialogue partners", "dialogue_partner"}, {"partners", "partner"}, {"partner countries", "partner"},
	{"countries", "country"}, {"country", "country"}, {"nations", "country"}, {"states", "country"},
	{"cities", "city"}, {"projects", "project"}, {"companies", "company"}, {"enterprises", "company"},
	{"firms", "company"}, {"organizations", "organization"}, {"organisations", "organization"},
	{"documents", "document"}, {"agreements", "document"}, {"deals", "document"},
	{"activities", "activity"}, {"events", "activity"}, {"meetings", "meeting"},
	{"people", "person"}, {"persons", "person"}, {"delegates", "person"}, {"participants", "person"},
	{"representatives", "person"}, {"officials", "person"}, {"experts", "person"}, {"students", "person"},
	{"journalists", "person"}, {"leaders", "person"}, {"visitors", "person"}, {"tourists", "person"},
	{"trains", "train"}, {"train trips", "train"}, {"freight trains", "train"}, {"media outlets", "organization"},
	{"universities", "university"}, {"forums", "forum"},
})

// classifiers may stand between a number and its noun (26个国家, 300余位代表).
// The ones that alone say what is counted map to a noun.
var classifiers = map[rune]string{
	'个': "", '位': "person", '名': "person", '项': "", '家': "company", '座': "", '列': "train",
	'场': "", '次': "", '份': "document", '批': "", '所': "", '架': "", '艘': "", '辆': "",
	'条': "", '届': "", '种': "", '类': "", '支': "", '部': "", '款': "",
	'对': "", '户': "household", '件': "", '本': "", '台': "",
}

type noun struct{ word, unit string }

// sizedNoun is a noun with its length in code points.
type sizedNoun struct {
	noun
	n int
}

// nounIndex lists nouns by their first rune, in the order of countNouns
// (longest first), so that a lookup tries only the nouns that may match.
type nounIndex map[rune][]sizedNoun

// indexNouns indexes the nouns of countNouns for which keep is true.
func indexNouns(keep func(sizedNoun) bool) nounIndex {
	m := nounIndex{}
	for _, nn := range countNouns {
		sn := sizedNoun{nn, runeLen(nn.word)}
		if keep(sn) {
			r := firstRune(nn.word)
			m[r] = append(m[r], sn)
		}
	}
	return m
}

var (
	// clNouns start with a classifier character (批次, 列车).
	clNouns = indexNouns(func(nn sizedNoun) bool {
		_, cl := classifiers[firstRune(nn.word)]
		return cl && nn.n > 1
	})
	// zhNouns are the Chinese nouns; zhLongNouns those of two runes or more.
	zhNouns     = indexNouns(func(nn sizedNoun) bool { return !isLetter(firstRune(nn.word)) })
	zhLongNouns = indexNouns(func(nn sizedNoun) bool { return nn.n > 1 && isHan(firstRune(nn.word)) })
	// enNouns are the English nouns.
	enNouns = indexNouns(func(nn sizedNoun) bool { return isLetter(firstRune(nn.word)) })
)

func sortNouns(ns []noun) []noun {
	sort.SliceStable(ns, func(i, j int) bool { return runeLen(ns[i].word) > runeLen(ns[j].word) })
	return ns
}

// countUnit reads what a number at k counts: [classifier] noun in Chinese,
// up to two modifiers and a plural noun in English.
func countUnit(rs []rune, k int) (unit string, end int, ok bool) {
	if isHan(at(rs, k)) {
		// 1.2万批次: a noun that starts with a classifier character.
		for _, nn := range clNouns[at(rs, k)] {
			if hasPrefixAt(rs, k, nn.word) {
				return nn.unit, k + nn.n, true
			}
		}
		j := k
		clUnit, hasCl := classifiers[at(rs, j)]
		if hasCl {
			j++
		}
		if at(rs, j) == '多' || at(rs, j) == '余' { // 100多项 is read before; 10个多 is not
			return "", k, false
		}
		for _, nn := range zhNouns[at(rs, j)] {
			if hasPrefixAt(rs, j, nn.word) {
				if nn.word == "国" && !hasCl {
					return "", k, false // 3国 is a name part (中亚五国 is fine with 个)
				}
				if nn.word == "人" && hasCl && at(rs, k) != '个' {
					return "person", j + 1, true
				}
				return nn.unit, j + nn.n, true
			}
		}
		// 30家民间友好机构, 300余位主流媒体代表: the last known noun of the
		// few characters after the classifier (the head comes last).
		if hasCl {
			unit, end := "", 0
			for d := 1; d <= 6 && isHan(at(rs, j+d)) && !isSentencePunct(at(rs, j+d)) && at(rs, j+d) != '的'; d++ {
				for _, nn := range zhLongNouns[at(rs, j+d)] {
					if hasPrefixAt(rs, j+d, nn.word) && j+d+nn.n > end {
						unit, end = nn.unit, j+d+nn.n
					}
				}
			}
			if end > 0 {
				return unit, end, true
			}
		}
		if hasCl && clUnit != "" {
			return clUnit, j, true
		}
		if at(rs, k) == '人' {
			return "person", k + 1, true
		}
		// 18个生动故事, 两场音乐会, 6种语言: a count of something the
		// vocabulary does not name (the unit stays empty), not a duration.
		if hasCl && (isHan(at(rs, j)) || strings.ContainsRune("“\"《「", at(rs, j)) || isSentencePunct(at(rs, j))) && !durationAt(rs, j) {
			return "", j, true // 合作项目已超过50个。: the noun said before
		}
		// 三大洲, 四大领域: N big things.
		if at(rs, k) == '大' && isHan(at(rs, k+1)) && !strings.ContainsRune("学会楼厦道使街桥门人家国型量幅", at(rs, k+1)) {
			return "", k + 1, true
		}
		return "", k, false
	}
	// English: 10 member states, more than 20 countries, 6 founding member states
	j := skipSpaces(rs, k)
	if j == k {
		return "", k, false
	}
	for skip := 0; skip < 3; skip++ {
		for _, nn := range enNouns[at(rs, j)] {
			if hasPrefixAt(rs, j, nn.word) && !isLetter(at(rs, j+nn.n)) {
				return nn.unit, j + nn.n, true
			}
		}
		// eight key areas, three successful visits: a plural noun the
		// vocabulary does not know, unless a noun follows it.
		if w, e := wordAt(rs, j); isPluralNoun(w) && !startsNumeral(rs, skipSpaces(rs, e)) {
			// (a verb takes an object: "Group 2 covers 40%")
			if next, _ := wordAt(rs, skipSpaces(rs, e)); !isPluralNoun(next) || isStopWord(next) {
				return singular(w), e, true
			}
		}
		// skip one modifier word (SCO, founding, full, Central Asian)
		e := j
		for e < len(rs) && (isLetter(rs[e]) || rs[e] == '-') {
			e++
		}
		if e == j || isStopWord(string(rs[j:e])) {
			break
		}
		j = skipSpaces(rs, e)
	}
	return "", k, false
}

// wordAt returns the lower-case letter word at i and its end.
func wordAt(rs []rune, i int) (string, int) {
	e := i
	for e < len(rs) && isLetter(rs[e]) {
		e++
	}
	return string(rs[i:e]), e
}

// notCounted are plural nouns of measures, time and money: "5 years", "3
// times", "100 tons" are not counts.
var notCounted = map[string]bool{
	"years": true, "months": true, "weeks": true, "days": true, "hours": true, "minutes": true,
	"seconds": true, "decades": true, "centuries": true, "times": true, "percents": true,
	"points": true, "tons": true, "tonnes": true, "kilometers": true, "kilometres": true, "miles": true,
	"meters": true, "metres": true, "hectares": true, "acres": true, "barrels": true, "degrees": true,
	"kilograms": true, "grams": true, "liters": true, "litres": true, "inches": true, "feet": true,
	"yards": true, "pounds": true, "dollars": true, "euros": true, "cents": true, "rubles": true,
	"roubles": true, "rupees": true, "yuans": true, "bits": true, "bytes": true, "gigabytes": true,
	"megawatts": true, "kilowatts": true, "gigawatts": true, "watts": true, "volts": true,
	"thousands": true, "millions": true, "billions": true, "trillions": true, "hundreds": true,
	"dozens": true, "lakhs": true, "crores": true, "others": true, "ones": true, "is": true, "was": true,
	"has": true, "this": true, "its": true, "as": true, "us": true, "plus": true, "minus": true,
}

// isPluralNoun reports a word that may be a plural counted noun.
func isPluralNoun(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !notCounted[w]
}

// singular returns the singular of an English plural (stories → story).
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

// durationAt reports a time unit after a classifier (3个月, 两个小时): a
// duration, not a count.
func durationAt(rs []rune, j int) bool {
	for _, w := range []string{"月", "小时", "钟头", "星期", "礼拜", "世纪", "季度", "工作日", "年", "天", "半", "晚", "夜", "周", "百分点", "点"} {
		if hasPrefixAt(rs, j, w) {
			return true
		}
	}
	return false
}

// isStopWord lists words after which no counted noun follows.
func isStopWord(w string) bool {
	switch w {
	case "of", "and", "or", "in", "on", "at", "to", "for", "by", "from", "with", "the", "a", "an",
		"percent", "per", "years", "year", "months", "days", "times", "million", "billion":
		return true
	}
	return false
}

// countSpanEnd returns the end of a count's span: the noun included.
func countSpanEnd(rs []rune, k, e int) int { return e }
