package entity

import (
	"slices"
	"strings"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
)

// translitSet is the set of transliteration characters: the common ones
// and every Han character of the dictionary's dotted aliases.
func translitSet(d *dict.Dict) map[rune]bool {
	set := runeSet(translitChars)
	if d == nil {
		return set
	}
	for _, e := range d.Entries() {
		for _, a := range e.Aliases {
			key := dict.MatchKey(a.Text)
			if !strings.ContainsRune(key, '·') {
				continue
			}
			for _, r := range key {
				if isHan(r) {
					set[r] = true
				}
			}
		}
	}
	return set
}

// zhPersons finds Chinese names after a post (局长孙海涛介绍) and in
// bylines and credits (记者朱超、黄扬; 本版责编:刘念 卢涛).
func (d *discoverer) zhPersons() {
	rs := d.rs
	for _, h := range d.han {
		i := int(h) + 1 // after a Han character
		if i >= len(rs) {
			break
		}
		if n := hasWordEndingAt(rs, i, zhBylineTitles); n > 0 && d.byline(i, n) {
			continue
		}
		if n := hasWordEndingAt(rs, i, zhTitles); n > 0 {
			if l := d.nativeName(i); l > 0 {
				d.add(doc.Span{Start: i, End: i + l}, doc.Person, MethodTitle)
			} else if l := d.undottedName(i); l > 0 {
				d.add(doc.Span{Start: i, End: i + l}, doc.Person, MethodTitle)
			}
		}
	}
}

// undottedName returns the length of a transliterated name written
// without a dot after a title (国务秘书通沙万出席): two to four
// transliteration characters, nothing the dictionary knows, then a word
// that may follow a name or punctuation. 0 when there is none.
func (d *discoverer) undottedName(i int) int {
	rs, tr := d.rs, d.m.translit
	j := i
	for j < len(rs) && j-i < 5 && tr.Has(rs[j]) {
		j++
	}
	if j-i < 2 || j-i > 4 || d.knownAt(i, j) {
		return 0
	}
	if j < len(rs) && isHan(rs[j]) && hasWordAt(rs, j, zhFollowers) == 0 {
		return 0
	}
	return j - i
}

// nativeName returns the length of a Chinese name starting at i: a family
// name, one or two given-name characters, then a word that may follow a
// name (表示, 在, 3日, punctuation). 0 when there is none.
func (d *discoverer) nativeName(i int) int {
	rs := d.rs
	sur := 0
	if n := hasWordAt(rs, i, zhDoubleSurnames); n > 0 {
		sur = n
	} else if i < len(rs) && zhSurnames[rs[i]] {
		sur = 1
	}
	if sur == 0 {
		return 0
	}
	for _, given := range []int{2, 1} {
		l := sur + given
		if i+l > len(rs) || !allHan(rs[i:i+l]) || d.knownAt(i, i+l) {
			continue
		}
		if hasFunctionChar(rs[i+sur:i+l]) || given == 2 && hasWordAt(rs, i+l-1, zhFollowers) > 0 {
			continue // 周涛说: the last character starts the next word
		}
		if d.nameEndsAt(i + l) {
			return l
		}
	}
	return 0
}

// nameEndsAt reports whether a name may end at p: end of text, a non-Han
// rune, or a word that follows names.
func (d *discoverer) nameEndsAt(p int) bool {
	rs := d.rs
	if p >= len(rs) || !isHan(rs[p]) {
		return true
	}
	return hasWordAt(rs, p, zhFollowers) > 0 || hasWordAt(rs, p, zhTitles) > 0
}

const functionChars = "的了在与和同是为将对向就从也都已等及并或被把这那其各"

func hasFunctionChar(rs []rune) bool {
	for _, r := range rs {
		if strings.ContainsRune(functionChars, r) {
			return true
		}
	}
	return false
}

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !isHan(r) {
			return false
		}
	}
	return len(rs) > 0
}

// bylineStops are first characters of what follows 记者 when it is not a
// name (记者了解到, 记者从…获悉, 记者会).
const bylineStops = "共同均纷参进了从在获注看近采走来发观实调梳对向跟随们也还又一昨今前再多将曾已亲深专独节招站证协团部的和与表说称问答见手群会处站证室家"

// byline reads the names after a byline title ending at i (n runes long):
// 2-4 Han characters each, separated by 、 or spaces and closed by a
// separator, a bracket, 摄, a line break or the end.
func (d *discoverer) byline(i, n int) bool {
	rs := d.rs
	p := i
	colon := false
	for p < len(rs) && (rs[p] == ' ' || rs[p] == ':' || rs[p] == '：' || rs[p] == '/') {
		colon = colon || rs[p] != ' '
		p++
	}
	if n == 1 && !colon {
		return false // 文, 图, 摄 only as "文/…", "摄:…"
	}
	found := false
	for p < len(rs) {
		if strings.ContainsRune(bylineStops, rs[p]) || d.knownAt(p, p+1) {
			break
		}
		l := 0
		for q := p; q < len(rs) && q-p <= 4 && isHan(rs[q]) && rs[q] != '摄'; q++ {
			if q-p >= 2 && (hasWordAt(rs, q, bylineCuts) > 0 || hasWordAt(rs, q, zhBylineTitles) > 1) {
				break
			}
			l++
		}
		if l < 2 || l > 4 || !bylineEnd(rs, p+l) {
			break
		}
		d.add(doc.Span{Start: p, End: p + l}, doc.Person, MethodTitle)
		found = true
		p += l
		if p < len(rs) && rs[p] == '摄' {
			break
		}
		if p < len(rs) && (rs[p] == '、' || rs[p] == ' ' || rs[p] == ',' || rs[p] == '，') {
			p++
			continue
		}
		break
	}
	return found
}

func bylineEnd(rs []rune, p int) bool {
	if p >= len(rs) {
		return true
	}
	switch rs[p] {
	case '、', ' ', ',', '，', ')', '）', '\n', '|', '/', ']', '】', '。':
		return true
	case '摄':
		return p+1 >= len(rs) || !strings.ContainsRune("影像制", rs[p+1])
	}
	return hasWordAt(rs, p, bylineCuts) > 0 || hasWordAt(rs, p, zhBylineTitles) > 1
}

// bylineCuts end a name in a credit line written without spaces
// (强薇采访整理, 裴蕾编辑:…).
var bylineCuts = words(`采访 整理 报道 撰写 翻译 编译 供稿 发自`)

// translit finds transliterated names: runs of transliteration characters
// joined by middle dots (阿利舍尔·穆卡占, 卡瑟姆-若马尔特·托卡耶夫), cut
// before a country or place the run starts with.
func (d *discoverer) translit() {
	rs := d.rs
	tr := d.m.translit
	next := 1 // where the next name may start its dot
	for _, dot := range d.dots {
		i := int(dot)
		if i < next || i+1 >= len(rs) || !tr.Has(rs[i-1]) || !tr.Has(rs[i+1]) || d.taken[i] {
			continue
		}
		l := i
		for l > 0 && i-l < 12 && (tr.Has(rs[l-1]) || rs[l-1] == '-' && l >= 2 && tr.Has(rs[l-2])) {
			l--
		}
		if l > 0 && (rs[l-1] == '·') {
			continue // the middle of a longer name, found from its first dot
		}
		// after a post the whole run is the given name, whatever its
		// characters (官员铁木尔·…)
		for p := i - 1; p > 0 && i-p <= 8 && isHan(rs[p]); p-- {
			if p < l && hasWordEndingAt(rs, p, zhTitles) > 0 && !hasFunctionChar(rs[p:i]) && !d.knownAt(p, i) {
				l = p
				break
			}
		}
		// cut a title or a place the run begins with (乌兹别克斯坦阿斯兰·…)
		for p := i; p > l; p-- {
			if a, ok := d.placeAnchor(p); ok && a.Start <= l {
				l = p
				break
			}
			if hasWordEndingAt(rs, p, zhTitles) > 0 {
				l = p
				break
			}
		}
		r := i + 1
		for {
			start := r
			for r < len(rs) && r-start < 10 && tr.Has(rs[r]) && !(r > start && hasWordAt(rs, r, zhFollowers) > 0) {
				r++
			}
			if r+1 < len(rs) && rs[r] == '·' && tr.Has(rs[r+1]) {
				r++
				continue
			}
			break
		}
		if l >= i || r <= i+1 || r-l < 3 || d.knownPersonAt(l, r) {
			continue
		}
		d.add(doc.Span{Start: l, End: r}, doc.Person, MethodTransliteration)
		next = r + 1
	}
}

// linkSurnames adds the later mentions of a discovered person by the last
// part of the name (卡里莫夫 after 拉斯图姆·卡里莫夫; Kovalenko after Igor
// Kovalenko) to the same entity.
func (d *discoverer) linkSurnames() {
	rs := d.rs
	n := len(d.out)
	var at *runePositions
	for k := 0; k < n; k++ {
		m := d.out[k]
		e := m.Candidates[0]
		if e.Type != doc.Person {
			continue
		}
		name := rs[m.Start:m.End]
		cut := lastIndex(name, func(r rune) bool { return r == '·' || r == ' ' })
		if cut < 0 {
			continue
		}
		last := name[cut+1:]
		latin := isLatin(string(last))
		if latin && len(last) < 3 || !latin && len(last) < 2 {
			continue
		}
		if at == nil {
			at = d.surnamePositions(n)
		}
		for _, p32 := range at.of(last[0]) {
			p := int(p32)
			if p+len(last) > len(rs) || p >= m.Start && p < m.End || !slices.Equal(rs[p:p+len(last)], last) || d.takenSpan(p, p+len(last)) {
				continue
			}
			var before, after rune
			if p > 0 {
				before = rs[p-1]
			}
			if p+len(last) < len(rs) {
				after = rs[p+len(last)]
			}
			if latin && (isLetterRune(before) || isLetterRune(after)) || !latin && (d.m.translit.Has(before) || d.m.translit.Has(after) || before == '·') {
				continue
			}
			d.addEntry(doc.Span{Start: p, End: p + len(last)}, e, m.Method)
			d.out[len(d.out)-1].linked = true
		}
	}
}

// runePositions lists where some runes occur in a text, in text order.
type runePositions struct {
	pos map[rune][]int32
}

func (rp *runePositions) of(r rune) []int32 { return rp.pos[r] }

// surnamePositions indexes the first runes of the last parts of the
// persons among the first n discovered entities: one pass over the text
// instead of one per person.
func (d *discoverer) surnamePositions(n int) *runePositions {
	rp := &runePositions{pos: map[rune][]int32{}}
	var first [256]bool // a filter on the low byte, before the map
	for _, m := range d.out[:n] {
		if m.Candidates[0].Type != doc.Person {
			continue
		}
		name := d.rs[m.Start:m.End]
		if cut := lastIndex(name, func(r rune) bool { return r == '·' || r == ' ' }); cut >= 0 && cut+1 < len(name) {
			r := name[cut+1]
			if _, ok := rp.pos[r]; !ok {
				rp.pos[r] = []int32{}
				first[r&0xFF] = true
			}
		}
	}
	for p, r := range d.rs {
		if !first[r&0xFF] {
			continue
		}
		if ps, ok := rp.pos[r]; ok {
			rp.pos[r] = append(ps, int32(p))
		}
	}
	return rp
}

func (d *discoverer) takenSpan(s, e int) bool {
	for i := s; i < e; i++ {
		if d.taken[i] {
			return true
		}
	}
	return false
}

func lastIndex(rs []rune, f func(rune) bool) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if f(rs[i]) {
			return i
		}
	}
	return -1
}
