package figure

import (
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

var (
	growthWords = []string{"同比增长", "同比增加", "同比下降", "同比减少", "增长", "增加", "增幅", "增速", "上涨", "上升", "下降", "下滑", "减少", "提高",
		"rose", "rise", "risen", "grew", "grow", "growth", "increase", "increased", "up ", "down ", "fell", "decline", "declined", "jumped", "surged"}
	shareWords = []string{"占", "比重", "份额", "占比", "share", "accounted for", "accounts for", "accounting for", "of the total"}
	tradeWords = []string{"贸易额", "贸易总额", "进出口总额", "进出口额", "贸易规模", "进出口", "双边贸易",
		"trade volume", "trade between", "bilateral trade", "trade turnover", "import and export", "imports and exports", "total trade"}
	// weakTradeWords say trade only right before the amount (贸易部 names a ministry).
	weakTradeWords = []string{"贸易", "trade"}
	growthNouns    = []string{"increase", "growth", "rise", "jump", "decline", "drop", "fall", "增长", "增幅"}
	makeUpWords    = []string{"成员国", "观察员国", "对话伙伴", "创始成员", "member states", "observer states", "dialogue partners", "founding members"}
	memberWords    = []string{"上合组织", "上海合作组织", "成员国", "观察员国", "对话伙伴", "sco", "shanghai cooperation", "member states"}
)

// addContext fills Measure, Period and SubjectEntityID from the sentence of
// each figure.
func addContext(sc *scanner, figs []doc.Figure, opt Options) {
	for i := range figs {
		f := &figs[i]
		s, e := sentenceBounds(sc.rs, f.Start, f.End)
		before := string(sc.rs[s:f.Start])
		after := string(sc.rs[f.End:min(e, f.End+15)])
		whole := string(sc.rs[s:e])
		f.Measure = measure(f, before, after, whole)
		f.Period = period(sc.rs, s, e, f.Start)
		f.SubjectEntityID = subject(opt.Subjects, s, f.Start, f.Measure)
	}
}

// maxContext bounds how far the sentence of a figure reaches on each side,
// so that a text without sentence ends costs linear time.
const maxContext = 200

// sentenceBounds returns the sentence around [start, end), at most
// maxContext runes on each side.
func sentenceBounds(rs []rune, start, end int) (int, int) {
	s := start
	for s > 0 && s > start-maxContext && !isSentenceEnd(rs, s-1) {
		s--
	}
	e := end
	for e < len(rs) && e < end+maxContext && !isSentenceEnd(rs, e) {
		e++
	}
	return s, e
}

func isSentenceEnd(rs []rune, i int) bool {
	switch rs[i] {
	case '。', '！', '？', '；', '\n', '!', '?', ';':
		return true
	case '.':
		return !isDigit(at(rs, i+1)) && (isSpace(at(rs, i+1)) || at(rs, i+1) == 0)
	}
	return false
}

func measure(f *doc.Figure, before, after, whole string) string {
	near := lastRunes(before, 12)
	switch f.Kind {
	case "percent":
		if containsAny(near, growthWords) || hasAnyPrefix(strings.TrimLeft(after, " "), growthNouns) {
			return "growth_rate" // 同比增长2.7%, a 2.7% increase
		}
		if containsAny(before, shareWords) || containsAny(whole, []string{"比重", "份额", "占比", "share of"}) ||
			strings.HasPrefix(after, " of ") {
			return "share" // 占50%, half of the world's population
		}
		if containsAny(before, growthWords) {
			return "growth_rate"
		}
	case "money":
		if containsAny(before, tradeWords) || containsAny(lastRunes(before, 15), weakTradeWords) ||
			containsAny(whole, []string{"贸易额", "进出口总额", "trade volume", "trade turnover"}) {
			return "trade_volume"
		}
	case "count":
		switch f.Unit {
		case "member_state", "observer_state", "dialogue_partner", "partner":
			if containsAny(whole, memberWords) {
				return "member_count"
			}
		case "country":
			// 涵盖26个国家, to 26 countries: the make-up of the organisation
			if containsAny(whole, makeUpWords) {
				return "member_count"
			}
		}
	}
	return ""
}

// lastRunes returns the last n runes of s, without a word cut at the start.
func lastRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	k := len(r) - n
	for k < len(r) && isLetter(r[k]) && isLetter(r[k-1]) {
		k++
	}
	return string(r[k:])
}

func hasAnyPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// containsAny reports whether s contains one of words; an English word must
// start a word ("up " is not in "group 2").
func containsAny(s string, words []string) bool {
	for _, w := range words {
		for k := 0; k+len(w) <= len(s); {
			i := strings.Index(s[k:], w)
			if i < 0 {
				break
			}
			i += k
			if !isLetter(rune(w[0])) || i == 0 || !isLetter(rune(s[i-1])) {
				return true
			}
			k = i + 1
		}
	}
	return false
}

// period returns the year stated in the sentence for the figure: the last
// "2024年"/"in 2024" before it, else the first after it.
func period(rs []rune, s, e, at0 int) string {
	best := ""
	for k := s; k+4 <= e; k++ {
		if !isYearAt(rs, k) {
			continue
		}
		y := string(rs[k : k+4])
		if k < at0 {
			best = y
		} else if best == "" {
			return y
		}
	}
	return best
}

// isYearAt reports a four-digit year at k: 2024年, in 2024, 2024 (not part of
// a longer number, an amount or a range of years).
func isYearAt(rs []rune, k int) bool {
	if isDigit(at(rs, k-1)) || at(rs, k-1) == '.' || at(rs, k-1) == ',' {
		return false
	}
	for j := k; j < k+4; j++ {
		if !isDigit(rs[j]) {
			return false
		}
	}
	if isDigit(at(rs, k+4)) {
		return false
	}
	if rs[k] != '1' && rs[k] != '2' || rs[k] == '1' && rs[k+1] != '9' || rs[k] == '2' && rs[k+1] != '0' {
		return false
	}
	nx := at(rs, k+4)
	if nx == '年' {
		return at(rs, k+5) != '来' && at(rs, k+5) != '至' && at(rs, k+5) != '到'
	}
	if nx == '-' || nx == '—' || nx == '至' || nx == '/' {
		return false
	}
	return hasPrefixBefore(rs, k, "in ") || hasPrefixBefore(rs, k, "of ")
}

func hasPrefixBefore(rs []rune, k int, w string) bool {
	n := runeLen(w)
	return k-n >= 0 && hasPrefixAt(rs, k-n, w)
}

// subject picks the entity a figure is about: the nearest country or
// organisation mentioned before it in the sentence; for member counts the
// nearest organisation.
func subject(subs []Subject, s, at0 int, measure string) string {
	best := -1
	for i, m := range subs {
		if m.Start < s || m.End > at0 {
			continue
		}
		if m.EntityID == "" {
			continue
		}
		switch m.EntityType {
		case doc.Country, doc.Org:
		default:
			continue
		}
		if measure == "member_count" && m.EntityType != doc.Org {
			continue
		}
		if best < 0 || m.Start > subs[best].Start {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	return subs[best].EntityID
}
