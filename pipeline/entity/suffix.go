package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
)

// maxNameRunes bounds how far left a name is built from its head word.
const maxNameRunes = 24

// zhSuffixes finds organisations, places and projects by their head word
// (…委员会, …口岸, …铁路): the name runs left from the head over Han
// characters to the first named entity it starts with (塔吉克斯坦投资和
// 国有资产管理国家委员会 starts at 塔吉克斯坦), never across punctuation,
// function words or verbs. Organisations and most places need that anchor;
// projects and strong heads (…大学, …研究中心) may stand without one
// (坎巴拉塔1号水电站).
func (d *discoverer) zhSuffixes() {
	rs := d.rs
	buf := d.s.suffixRules
	defer func() { d.s.suffixRules = buf }()
	for _, h := range d.han {
		e := int(h) + 1 // after a Han character
		buf = zhSuffixEnds.all(rs, e, buf)
		for _, ri := range buf {
			rule := zhSuffixes[ri]
			n := utf8.RuneCountInString(rule.suffix)
			if !suffixFits(rs, e-n, e, rule.suffix) {
				continue
			}
			if k, ok := d.knownEndsAt(e-n, e); ok {
				// the dictionary names it (中吉乌铁路), unless it is another
				// country's body of the same name (巴勒斯坦外交部)
				if a, ok := d.placeAnchor(k.Start); ok && k.Candidates[0].Type == doc.Org && otherPlacesBody(a, k.Candidates[0]) {
					d.add(doc.Span{Start: a.Start, End: e}, doc.Org, MethodSuffix)
				}
				break
			}
			if s, ok := d.nameStart(e-n, rule); ok {
				d.addSuffixed(doc.Span{Start: s, End: e}, rule.typ)
			}
			break
		}
	}
}

// otherPlacesBody reports a body the dictionary names for one place
// written after another place: 巴勒斯坦外交部 is not China's ministry, and
// 澳门特区政府 is not the government 特区政府 names alone (Hong Kong's).
func otherPlacesBody(a anchor, org *dict.Entry) bool {
	switch a.typ() {
	case doc.Country:
		return org.Country != "" && org.Country != a.entries[0].ID
	case doc.Location:
		place := a.entries[0]
		return specialRegion(place.NameZh) && org.NameZh != "" && !strings.Contains(org.NameZh, place.NameZh)
	}
	return false
}

// specialRegion reports the places whose bodies share names with another
// one's (特区政府 of Hong Kong and of Macao).
func specialRegion(name string) bool {
	return strings.HasPrefix(name, "香港") || strings.HasPrefix(name, "澳门")
}

// suffixFits rejects a head word that is part of a longer word (部长,
// 东部, 当局, 市中心).
func suffixFits(rs []rune, s, e int, suffix string) bool {
	if bad, ok := zhSuffixNextBad[suffix]; ok && e < len(rs) && strings.ContainsRune(bad, rs[e]) {
		return false
	}
	if bad, ok := zhSuffixPrevBad[suffix]; ok && s > 0 && strings.ContainsRune(bad, rs[s-1]) {
		return false
	}
	return true
}

// nameStart walks left from the head word at h and returns where the name
// starts.
func (d *discoverer) nameStart(h int, rule suffixRule) (int, bool) {
	rs := d.rs
	anchorAt := -1 // leftmost named entity the name starts with
	free := h      // how far a name without anchor reaches
	freeDone := false
	p := h
	for p > 0 && h-p < maxNameRunes {
		if a, ok := d.placeAnchor(p); ok {
			anchorAt, p = a.Start, a.Start
			if !freeDone {
				free = p
			}
			continue
		}
		r := rs[p-1]
		soft := zhSoftStops[r] || r == '与' && rule.typ == doc.Org // 国际合作与交流司
		if d.taken[p-1] || !soft && hardStopEndsAt(rs, p) || p < h && hasWordEndingAt(rs, p, zhTitles) > 0 {
			break
		}
		if soft {
			// 文化和信息部, 投资、工业和贸易部: cross a conjunction only in an
			// organisation's name, after a short word, when no named
			// entity lies between it and the head and no name ends before it.
			freeDone = true
			if rule.typ != doc.Org || anchorAt >= 0 || h-p > 10 || d.suffixEndsAt(p-1) {
				break
			}
			p--
			continue
		}
		ok := isHan(r) || r == '—' || r == '-' && p < h && isHan(rs[p]) ||
			rule.typ == doc.Project && unicode.IsDigit(r)
		if !ok {
			break
		}
		p--
		if !freeDone {
			free = p
		}
	}
	if anchorAt >= 0 {
		if collective(string(rs[anchorAt:h])) {
			return 0, false
		}
		return anchorAt, true
	}
	if rule.anchored {
		return 0, false
	}
	core := strings.Trim(string(rs[free:h]), "—-")
	if len([]rune(core)) < 2 || genericCore(core) {
		return 0, false
	}
	return h - len([]rune(core)), true
}

// hardStopEndsAt reports a word a name never crosses ending at p; 年 of a
// word for people (青年联合会, 少年宫) and 对 of 对外 (对外投资与经济合作司)
// are part of the name.
func hardStopEndsAt(rs []rune, p int) bool {
	n := hasWordEndingAt(rs, p, zhHardStops)
	if n == 1 && rs[p-1] == '年' && p >= 2 && strings.ContainsRune("青少老中", rs[p-2]) {
		return false
	}
	if n == 1 && rs[p-1] == '对' && p < len(rs) && rs[p] == '外' {
		return false
	}
	return n > 0
}

// collective reports a description of many bodies, not one (成员国最高法院).
func collective(s string) bool {
	return strings.Contains(s, "成员国") || strings.Contains(s, "各国") || strings.Contains(s, "国家间")
}

// knownEndsAt returns a dictionary match that ends at e and covers [h, e).
func (d *discoverer) knownEndsAt(h, e int) (Match, bool) {
	for _, k := range d.known {
		if k.End == e && k.Start <= h {
			return k, true
		}
	}
	return Match{}, false
}

// suffixEndsAt reports a head word of any type ending at p (a complete
// name before a list separator).
func (d *discoverer) suffixEndsAt(p int) bool {
	return zhSuffixEnds.longest(d.rs, p) > 0
}

// genericCore reports a name made of generic words only (国际物流, 光伏).
func genericCore(core string) bool {
	for core != "" {
		n := hasWordAt([]rune(core), 0, zhGenericCores)
		if n == 0 {
			return false
		}
		core = string([]rune(core)[n:])
	}
	return true
}

// addSuffixed records a suffixed name, extended by a year for named
// summits' bodies (2025年上海合作组织峰会新闻中心), or as the dictionary
// entry it spells out (中国外交部 for 外交部 of China).
func (d *discoverer) addSuffixed(s doc.Span, typ string) {
	rs := d.rs
	name := string(rs[s.Start:s.End])
	if typ == doc.Org && (strings.Contains(name, "峰会") || strings.Contains(name, "论坛")) {
		if y := yearBefore(rs, s.Start); y > 0 {
			s.Start -= y
		}
	}
	for _, k := range d.known {
		if k.Span == s {
			return // the dictionary has it
		}
	}
	d.add(s, typ, MethodSuffix)
}

// yearBefore returns the length of "2025年" or "2025" right before p.
func yearBefore(rs []rune, p int) int {
	n := 0
	if p > 0 && rs[p-1] == '年' {
		n = 1
	}
	digits := 0
	for p-n-digits > 0 && unicode.IsDigit(rs[p-n-digits-1]) {
		digits++
	}
	if digits != 4 {
		return 0
	}
	return n + digits
}

// zhPlaces finds places: a dictionary place written with its
// administrative suffix is the same place (阿斯塔纳市); a transliterated run
// with one is a new place (卡拉奇市); a transliterated run between 在 and an
// event verb is where something happens (在拉姆安拉会见).
func (d *discoverer) zhPlaces() {
	rs := d.rs
	for _, k := range d.known {
		e := k.Candidates[0]
		if e.Type == doc.Location && k.End < len(rs) && zhAdminSuffixes[rs[k.End]] &&
			!strings.HasSuffix(k.Alias, string(rs[k.End])) && (k.End+1 >= len(rs) || !isHan(rs[k.End+1]) || hasWordAt(rs, k.End+1, zhFollowers) > 0 || hasWordAt(rs, k.End+1, zhHardStops) > 0) {
			d.addEntry(doc.Span{Start: k.Start, End: k.End + 1}, e, MethodSuffix)
		}
	}
	tr := d.m.translit
	next := 0 // transliteration characters are Han: only those are tried
	for _, h := range d.han {
		i := int(h)
		if i < next {
			continue
		}
		// a run starts after a non-transliteration character or right
		// after a known state or place (哈萨克斯坦阿克莫拉州)
		if !tr.Has(rs[i]) || i > 0 && tr.Has(rs[i-1]) && !d.placeEndsAt(i) || d.taken[i] || d.knownAt(i, i+1) {
			continue
		}
		j := i
		for j < len(rs) && tr.Has(rs[j]) && j-i < 8 && !d.taken[j] {
			j++
		}
		if j-i < 2 || d.knownAt(i, j) {
			continue
		}
		switch {
		case j < len(rs) && zhAdminSuffixes[rs[j]] && (j+1 >= len(rs) || !isHan(rs[j+1]) || hasWordAt(rs, j+1, zhHardStops) > 0 || hasWordAt(rs, j+1, zhFollowers) > 0):
			d.add(doc.Span{Start: i, End: j + 1}, doc.Location, MethodSuffix)
		case j-i >= 3 && i > 0 && rs[i-1] == '在' && hasWordAt(rs, j, placeVerbs) > 0:
			d.add(doc.Span{Start: i, End: j}, doc.Location, MethodContext)
		}
		next = j + 1
	}
}

// placeEndsAt reports a dictionary state or place ending at p.
func (d *discoverer) placeEndsAt(p int) bool {
	a, ok := d.placeAnchor(p)
	return ok && (a.typ() == doc.Country || a.typ() == doc.Location)
}

// placeVerbs follow "在 PLACE": the place of a meeting or an event.
var placeVerbs = words(`会见 会晤 会谈 举行 举办 召开 开幕 闭幕 出席 主持 签署 访问 表示 宣布 发表`)
