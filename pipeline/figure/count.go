package figure

import "sort"

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
	{"论坛", "forum"}, {"展位", "booth"}, {"参展商", "exhibitor"}, {"展商", "exhibitor"},
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
}

type noun struct{ word, unit string }

func sortNouns(ns []noun) []noun {
	sort.SliceStable(ns, func(i, j int) bool { return runeLen(ns[i].word) > runeLen(ns[j].word) })
	return ns
}

// countUnit reads what a number at k counts: [classifier] noun in Chinese,
// up to two modifiers and a plural noun in English.
func countUnit(rs []rune, k int) (unit string, end int, ok bool) {
	if isHan(at(rs, k)) {
		j := k
		clUnit, hasCl := classifiers[at(rs, j)]
		if hasCl {
			j++
		}
		if at(rs, j) == '多' || at(rs, j) == '余' { // 100多项 is read before; 10个多 is not
			return "", k, false
		}
		for _, nn := range countNouns {
			if isLetter(firstRune(nn.word)) {
				continue
			}
			if hasPrefixAt(rs, j, nn.word) {
				if nn.word == "国" && !hasCl {
					return "", k, false // 3国 is a name part (中亚五国 is fine with 个)
				}
				if nn.word == "人" && hasCl && at(rs, k) != '个' {
					return "person", j + 1, true
				}
				return nn.unit, j + runeLen(nn.word), true
			}
		}
		if hasCl && clUnit != "" {
			return clUnit, j, true
		}
		if at(rs, k) == '人' {
			return "person", k + 1, true
		}
		return "", k, false
	}
	// English: 10 member states, more than 20 countries, 6 founding member states
	j := skipSpaces(rs, k)
	if j == k {
		return "", k, false
	}
	for skip := 0; skip < 3; skip++ {
		for _, nn := range countNouns {
			if !isLetter(firstRune(nn.word)) {
				continue
			}
			if hasPrefixAt(rs, j, nn.word) && !isLetter(at(rs, j+runeLen(nn.word))) {
				return nn.unit, j + runeLen(nn.word), true
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
