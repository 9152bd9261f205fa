package figure

import (
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/runeset"
)

// The context words of measure, as word lists (words.go).
var (
	growthWords = newWordList("同比增长", "同比增加", "同比下降", "同比减少", "增长", "增加", "增幅", "增速", "上涨", "上升", "下降", "下滑", "减少", "提高",
		"rose", "rise", "risen", "grew", "grow", "growth", "increase", "increased", "up ", "down ", "fell", "decline", "declined", "jumped", "surged")
	shareWords = newWordList("占", "比重", "份额", "占比", "share", "accounted for", "accounts for", "accounting for", "of the total")
	// shareTopics say share anywhere in the sentence.
	shareTopics = newWordList("比重", "份额", "占比", "share of")
	tradeWords  = newWordList("贸易额", "贸易总额", "进出口总额", "进出口额", "贸易规模", "进出口", "双边贸易",
		"trade volume", "trade between", "bilateral trade", "trade turnover", "import and export", "imports and exports", "total trade")
	// tradeTopics say trade anywhere in the sentence.
	tradeTopics = newWordList("贸易额", "进出口总额", "trade volume", "trade turnover")
	// weakTradeWords say trade only right before the amount (贸易部 names a ministry).
	weakTradeWords = newWordList("贸易", "trade")
	growthNouns    = newWordList("increase", "growth", "rise", "jump", "decline", "drop", "fall", "增长", "增幅")
	makeUpWords    = newWordList("成员国", "观察员国", "对话伙伴", "创始成员", "member states", "observer states", "dialogue partners", "founding members")
	memberWords    = newWordList("上合组织", "上海合作组织", "成员国", "观察员国", "对话伙伴", "sco", "shanghai cooperation", "member states")
	ofWord         = newWordList(" of ")
)

// addContext fills Measure, Period and SubjectEntityID from the sentence of
// each figure.
func addContext(sc *scanner, figs []doc.Figure, opt Options) {
	for i := range figs {
		f := &figs[i]
		s, e := sentenceBounds(sc.rs, f.Start, f.End)
		f.Measure = measure(f, sc.rs, s, e)
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

// sentenceEndBits holds the runes isSentenceEnd may accept.
var sentenceEndBits = runeset.Runes("。！？；\n!?;.")

func isSentenceEnd(rs []rune, i int) bool {
	if !sentenceEndBits.Has(rs[i]) {
		return false
	}
	switch rs[i] {
	case '。', '！', '？', '；', '\n', '!', '?', ';':
		return true
	case '.':
		return !isDigit(at(rs, i+1)) && (isSpace(at(rs, i+1)) || at(rs, i+1) == 0)
	}
	return false
}

// measure names what the figure f measures from its sentence rs[s:e]: the
// words before it (the last dozen runes for growth), after it and anywhere
// in the sentence.
func measure(f *doc.Figure, rs []rune, s, e int) string {
	before := f.Start         // the words before f are rs[s:before]
	after := min(e, f.End+15) // the words after f are rs[f.End:after]
	switch f.Kind {
	case "percent":
		near := lastRunesFrom(rs, s, before, 12)
		k := f.End
		for k < after && rs[k] == ' ' {
			k++
		}
		if growthWords.in(rs, near, before) || growthNouns.startsWith(rs, k, after) {
			return "growth_rate" // 同比增长2.7%, a 2.7% increase
		}
		if shareWords.in(rs, s, before) || shareTopics.in(rs, s, e) || ofWord.startsWith(rs, f.End, after) {
			return "share" // 占50%, half of the world's population
		}
		if growthWords.in(rs, s, before) {
			return "growth_rate"
		}
	case "money":
		if tradeWords.in(rs, s, before) || weakTradeWords.in(rs, lastRunesFrom(rs, s, before, 15), before) ||
			tradeTopics.in(rs, s, e) {
			return "trade_volume"
		}
	case "count":
		switch f.Unit {
		case "member_state", "observer_state", "dialogue_partner", "partner":
			if memberWords.in(rs, s, e) {
				return "member_count"
			}
		case "country":
			// 涵盖26个国家, to 26 countries: the make-up of the organisation
			if makeUpWords.in(rs, s, e) {
				return "member_count"
			}
		}
	}
	return ""
}

// period returns the year stated in the sentence for the figure: the last
// "2024年"/"in 2024" before it, else the first after it.
func period(rs []rune, s, e, at0 int) string {
	best := ""
	for k := s; k+4 <= e; k++ {
		if !isDigit(rs[k]) || !isYearAt(rs, k) {
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
