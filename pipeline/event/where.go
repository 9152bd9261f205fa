package event

import (
	"github.com/sco-news/extract/pipeline/wordlist"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
)

// place is where an event happens: a LOCATION or COUNTRY mention, or, for
// a place the entity stage did not know, only its text.
type place struct {
	id, text string
}

func (p place) none() bool { return p.id == "" && p.text == "" }

// startingIn returns the bounds of the mentions of ms (sorted by start)
// that start inside sp, ends included: every mention sp contains.
func startingIn(ms []doc.Mention, sp doc.Span) (int, int) {
	lo := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= sp.Start })
	hi := lo + sort.Search(len(ms)-lo, func(i int) bool { return ms[lo+i].Start > sp.End })
	return lo, hi
}

func isPlace(m doc.Mention) bool {
	return m.EntityType == doc.Location || m.EntityType == doc.Country
}

func placeOf(rs []rune, m doc.Mention) place {
	return place{id: m.EntityID, text: string(rs[m.Start:m.End])}
}

// introRe ends the text before a place that says where: 在, 于, "in",
// "at", "in the city of".
var introRe = newTail(append(tw(false, false, false, "在", "于"),
	tw(true, true, false, wordlist.Cross([]string{"in", "at", "near"}, []string{" the city of ", " the province of ", " the region of ", " the capital of ", " the ", " "})...)...), 0, "",
	`(?:在|于|(?i:\b(?:in|at|near)(?: the(?: (?:city|province|region|capital) of)?)? ))$`)

// introduced returns the place of clause c said with 在/于/in/at, the one
// nearest pos. Of two places in a row (在俄罗斯乌法) the last, the most
// specific, is taken.
func (st *state) introduced(c doc.Span, pos int) (place, bool) {
	rs, ms := st.rs, st.ms
	var best *doc.Mention
	lo, hi := startingIn(ms, c) // the mentions c may contain
	for i := lo; i < hi; i++ {
		m := &ms[i]
		if !c.Contains(m.Span) || !isPlace(*m) {
			continue
		}
		if !introBefore(st.sub(max(m.Start-22, c.Start), m.Start)) {
			continue
		}
		// follow a chain of places: 在 + 俄罗斯 + 乌法 gives the city, and so
		// does "at the Poly Theater in Beijing"; "in Tashkent, Uzbekistan"
		// keeps Tashkent
		for j := i + 1; j < hi; j++ {
			n := &ms[j]
			if !isPlace(*n) || !c.Contains(n.Span) {
				continue
			}
			gap := st.sub(m.End, n.Start)
			if chainGap(gap) || gap == " in " && m.EntityType == doc.Location && n.EntityType == doc.Location ||
				(gap == "'s " || gap == "’s ") && m.EntityType == doc.Country && n.EntityType == doc.Location {
				m = n
				continue
			}
			break
		}
		if best == nil || dist(m.Span, pos) < dist(best.Span, pos) {
			best = m
		}
	}
	if best != nil {
		// 在吉尔吉斯斯坦乔尔蓬阿塔举行, 在哈萨克斯坦阿克莫拉州开工: a place
		// the dictionary lacks after a known one
		if t, ok := unknownAfter(rs, best.End, c.End); ok && (best.EntityType == doc.Country || adminUnit(t)) {
			return place{text: t}, true
		}
		return placeOf(rs, *best), true
	}
	// 在拉姆安拉会见: an unknown place between 在 and the verb
	text := st.sub(c.Start, c.End)
	for _, loc := range submatchesAfter(zhUnknownRe, text, "在") {
		sp := doc.Span{Start: c.Start + runeCount(text[:loc[2]]), End: c.Start + runeCount(text[:loc[3]])}
		if !mentionOverlaps(ms, sp) && !notPlace.MatchString(text[loc[2]:loc[3]]) {
			return place{text: text[loc[2]:loc[3]]}, true
		}
	}
	// "will host a forum in Bengaluru from March 20": an unknown
	// capitalised name after "in" before a date word or the clause's end
	if !inCapital(text) {
		return place{}, false
	}
	for _, loc := range enUnknownRe.FindAllStringSubmatchIndex(text, -1) {
		sp := doc.Span{Start: c.Start + runeCount(text[:loc[2]]), End: c.Start + runeCount(text[:loc[3]])}
		if !mentionOverlaps(ms, sp) && !enNotPlace[strings.ToLower(strings.Fields(text[loc[2]:loc[3]])[0])] {
			return place{text: text[loc[2]:loc[3]]}, true
		}
	}
	return place{}, false
}

// submatchesAfter returns re.FindAllStringSubmatchIndex(text, -1), which
// is empty unless text holds lit, the literal every match starts with.
func submatchesAfter(re *regexp.Regexp, text, lit string) [][]int {
	if !strings.Contains(text, lit) {
		return nil
	}
	return re.FindAllStringSubmatchIndex(text, -1)
}

// inCapital reports whether text holds "in " and a capital letter, as
// every match of enUnknownRe does.
func inCapital(text string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], "in ")
		if k < 0 {
			return false
		}
		i += k + len("in ")
		if i < len(text) && 'A' <= text[i] && text[i] <= 'Z' {
			return true
		}
	}
}

// enUnknownRe is an English place the dictionary lacks: one or two
// capitalised words after "in", followed by a date word or the end.
var enUnknownRe = regexp.MustCompile(`\bin ([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?: (?:from|on|in|at|during|this|next|last)\b|[,.]|$)`)

// enNotPlace are capitalised words after "in" that name no place.
var enNotPlace = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`january february march april may june july august september october november december spring summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday the this that his her their its our english chinese russian`) {
		m[w] = true
	}
	return m
}()

// chainGap reports what may stand between two places of a chain, the
// second more specific: nothing (山东省青岛市, 新疆喀什) or the word for a
// capital (巴基斯坦首都伊斯兰堡), which is never part of the place.
func chainGap(gap string) bool {
	switch gap {
	case "", "首都", "省会", "首府", "首都城市":
		return true
	}
	return false
}

// verbs that follow a place in 在X举行.
const zhVerbs = `举行|举办|召开|开幕|闭幕|会见|会晤|出席|签署|主持|访问|成立|启动|揭牌|开通|开工|竣工|开营|开业|落成|投运|揭幕`

var (
	zhUnknownRe    = regexp.MustCompile(`在(\p{Han}{2,6}?)(?:` + zhVerbs + `)`)
	zhUnknownAfter = regexp.MustCompile(`^(\p{Han}{2,6}?)(?:` + zhVerbs + `)`)
)

// notPlace is an unknown run between 在 and a verb that is no place:
// 在中俄元首会谈, 在会议期间.
var notPlace = regexp.MustCompile(`元首|领导人|双方|各方|期间|会上|会议|框架|基础|过程|方面|[上中下内外间]$`)

func unknownAfter(rs []rune, from, to int) (string, bool) {
	// a match is at most 6 runes and a verb of 2: the runes after those
	// change nothing
	m := zhUnknownAfter.FindStringSubmatch(string(rs[from:min(to, from+8)]))
	if m == nil || zhVerbStart.MatchString(m[1]) || notPlace.MatchString(m[1]) {
		return "", false
	}
	return m[1], true
}

// zhVerbStart rejects an "unknown place" that is a verb (在上海主持召开).
var zhVerbStart = regexp.MustCompile(`^(?:` + zhVerbs + `|正式|隆重|成功|共同)`)

// adminUnit reports a place name ending in an administrative unit
// (阿克莫拉州, 奥什市): after a known place, only such a name continues
// the chain.
func adminUnit(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune("州省市县区盟镇村", r)
}

func mentionOverlaps(ms []doc.Mention, sp doc.Span) bool {
	for _, m := range ms {
		if m.Overlaps(sp) {
			return true
		}
	}
	return false
}

// destination is where a visit goes: the place right after the trigger
// (访问杜尚别, "visited Astana", "visit to Kazakhstan") or after 对 before
// it (对俄罗斯进行国事访问).
func destination(rs []rune, ms []doc.Mention, trig doc.Span, c doc.Span) (place, bool) {
	for _, m := range ms {
		if !isPlace(m) || !c.Contains(m.Span) || m.Start < trig.End {
			continue
		}
		gap := strings.TrimSpace(string(rs[trig.End:m.Start]))
		if gap == "" || gap == "了" || strings.EqualFold(gap, "the") || gap == "to" {
			return placeOf(rs, m), true
		}
		break
	}
	text := string(rs[c.Start:trig.Start])
	if i := strings.LastIndex(text, "对"); i >= 0 {
		at := c.Start + runeCount(text[:i]) + 1
		for _, m := range ms {
			if m.Start == at && isPlace(m) && strings.Contains(string(rs[m.End:trig.Start]), "进行") {
				return placeOf(rs, m), true
			}
		}
	}
	return place{}, false
}

// phrase returns the start of the noun phrase that ends with noun n: the
// name of the event (2025上合组织国家媒体合作论坛, "SCO Youth Innovation
// Forum").
func phrase(rs []rune, n doc.Span, c doc.Span, dates []doc.Timex) int {
	i := n.Start
	if i > 0 && i-1 >= c.Start && rs[i-1] == ' ' || isLatin(rs[n.Start]) {
		// English: capitalised words, digits and small joiners
		j := i
		for j > c.Start {
			k := j - 1
			for k >= c.Start && rs[k] == ' ' {
				k--
			}
			e := k + 1
			for k >= c.Start && (isLatin(rs[k]) || isDigit(rs[k]) || strings.ContainsRune("-'’()", rs[k])) {
				k--
			}
			w := string(rs[k+1 : e])
			if w == "" || w == "The" || w == "the" || w == "A" || w == "a" || w == "An" || w == "an" || w == "This" || !(unicode.IsUpper([]rune(w)[0]) || isDigit([]rune(w)[0]) || w == "of" || w == "and" || w == "for" || w == "on" || w == "(SCO)") {
				break
			}
			j = k + 1
		}
		for j < i && (rs[j] == ' ' || string(rs[j:min(j+4, len(rs))]) == "and " || string(rs[j:min(j+3, len(rs))]) == "of ") {
			j++
		}
		return j
	}
	for i > c.Start {
		r := rs[i-1]
		if !(unicode.Is(unicode.Han, r) || isDigit(r) || isLatin(r) || r == '·' || r == '—' || r == '-') || strings.ContainsRune("在于将的了和与及、", r) {
			break
		}
		if i-2 >= c.Start && stopVerb[string(rs[i-2:i])] {
			break
		}
		if endsDate(dates, i) && !isDigit(rs[i-1]) {
			break
		}
		i--
	}
	return i
}

var stopVerb = map[string]bool{"举行": true, "举办": true, "召开": true, "出席": true, "参加": true, "主持": true, "主办": true, "承办": true, "开幕": true, "成功": true}

func endsDate(ds []doc.Timex, i int) bool {
	for _, d := range ds {
		if d.End == i && d.Precision != doc.Year {
			return true
		}
	}
	return false
}

func isLatin(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }

// inside returns the last place mention inside span sp (天津 in 天津峰会).
func inside(rs []rune, ms []doc.Mention, sp doc.Span) (place, bool) {
	var p place
	ok := false
	lo, hi := startingIn(ms, sp)
	for _, m := range ms[lo:hi] {
		if isPlace(m) && sp.Contains(m.Span) {
			p, ok = placeOf(rs, m), true
		}
	}
	return p, ok
}
