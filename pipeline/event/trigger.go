package event

import (
	"github.com/sco-news/extract/pipeline/wordlist"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// class says how a trigger word gets its event type.
type class int

const (
	clsAccession class = iota // a state joins or is admitted: always accession
	clsSigning                // a document is signed or adopted: always signing
	clsVisit                  // a visit: needs a destination
	clsLaunch                 // founded, opened, completed: always launch
	clsOpen                   // 开幕/opened: the opened event's type, launch for things
	clsHold                   // 举行/held: needs an event noun, which gives the type
	clsAttend                 // 出席/attended: needs an event noun after it
	clsMeet                   // 会见/met: a meeting
)

// trigger is one pattern of trigger words of a class.
type trigger struct {
	re  pattern
	cls class
}

// pattern is a Chinese and an English word list (see pipeline/wordlist); the
// English one only runs over text with Latin letters. zhExpr and enExpr
// are the regular expressions the lists match like (the tests compare).
type pattern struct {
	zh, en         []wordlist.Word
	zhExpr, enExpr string
}

// patternSet runs the word lists of several patterns over a text in one
// pass: lists 2k and 2k+1 are pattern k's Chinese and English ones.
type patternSet struct {
	n      int
	set    *wordlist.Set
	zh, en uint64 // the bits of the Chinese and the English lists
}

func newPatternSet(ps []pattern) *patternSet {
	var lists [][]wordlist.Word
	for _, p := range ps {
		lists = append(lists, p.zh, p.en)
	}
	p := &patternSet{n: len(ps), set: wordlist.NewSet(lists...)}
	for k := range ps {
		p.zh |= 1 << (2 * k)
		p.en |= 1 << (2*k + 1)
	}
	return p
}

// findAll returns for every pattern the byte ranges of its matches in
// text, in text order: the Chinese list's, and the English one's when
// text has Latin letters.
func (ps *patternSet) findAll(text string) [][][]int {
	latin := hasLatin(text)
	run := ps.zh
	if latin {
		run |= ps.en
	}
	all := ps.set.FindAll(text, run)
	out := make([][][]int, ps.n)
	for k := range out {
		locs := all[2*k]
		if en := all[2*k+1]; latin && len(en) > 0 {
			locs = append(locs, en...)
			sort.Slice(locs, func(i, j int) bool { return locs[i][0] < locs[j][0] })
		}
		out[k] = locs
	}
	return out
}

// match is one match of pattern k of a set.
type match struct{ k, start, end int }

// matches returns what findAll returns as one list, by pattern, then in
// text order.
func (ps *patternSet) matches(text string) []match { return ps.appendMatches(nil, text) }

// appendMatches appends what matches returns to out.
func (ps *patternSet) appendMatches(out []match, text string) []match {
	n := len(out)
	run := ps.zh
	latin := hasLatin(text)
	if latin {
		run |= ps.en
	}
	ps.set.Each(text, run, func(l, start, end int) bool {
		out = append(out, match{l / 2, start, end})
		return true
	})
	// by pattern, then in text order (the Chinese and the English list of a
	// pattern start at different runes)
	slices.SortFunc(out[n:], func(a, b match) int {
		if a.k != b.k {
			return a.k - b.k
		}
		return a.start - b.start
	})
	return out
}

func hasLatin(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// triggers are tried all over a sentence; overlapping matches of later
// patterns are dropped.
var triggers = []trigger{
	{pattern{
		zh: []wordlist.Word{
			wordlist.Gap("成为", `[^,;。；:：]{0,24}?(?:成员国|观察员国|观察员|对话伙伴|伙伴国|上合组织伙伴|正式成员)`),
			wordlist.Gap("接收", `[^,;。；]{0,24}?为`),
			wordlist.Zh("加入")[0],
			wordlist.Gap("给予", `[^,;。；]{0,30}?(?:观察员|对话伙伴|伙伴|成员国)[^,;。；]{0,4}?地位`),
			wordlist.Gap("升级为", `观察员国|成员国|对话伙伴`),
			wordlist.Gap("转为", `观察员国|成员国|对话伙伴`),
		},
		en:     wordlist.En("became", "become", "becomes", "has become", "joined", "joins", "was admitted", "were admitted", "admitted", "was granted", "were granted", "granted", "accepting", "accepted", "absorb", "absorbed", "made"),
		zhExpr: `成为[^,;。；:：]{0,24}?(?:成员国|观察员国|观察员|对话伙伴|伙伴国|上合组织伙伴|正式成员)|接收[^,;。；]{0,24}?为|加入|给予[^,;。；]{0,30}?(?:观察员|对话伙伴|伙伴|成员国)[^,;。；]{0,4}?地位|(?:升级|转)为(?:观察员国|成员国|对话伙伴)`,
		enExpr: `(?i:\b(?:became|become|becomes|has become|joined|joins|was admitted|were admitted|admitted|was granted|were granted|granted|accepting|accepted|absorb|absorbed|made)\b)`,
	}, clsAccession},
	{pattern{
		zh:     wordlist.Zh("签署", "签订", "签约", "批准了《", "批准《", "通过了《", "通过《"),
		en:     wordlist.En("signed", "inked", "adopted", "approved"),
		zhExpr: `签署|签订|签约|(?:批准|通过)了?《`,
		enExpr: `(?i:\b(?:signed|inked|adopted|approved)\b)`,
	}, clsSigning},
	{pattern{
		zh: wordlist.Zh("国事访问", "正式访问", "工作访问", "访问", "出访", "到访", "抵达", "访"),
		en: wordlist.En(append(append([]string{"visited", "visits", "visiting", "arrived in", "arrives in", "arrived at"},
			wordlist.Cross(wordlist.Cross([]string{"paid a ", "paid an "}, []string{"state ", "official ", "working ", ""}), []string{"visit to"})...),
			"state visit to", "official visit to", "working visit to")...),
		zhExpr: `国事访问|正式访问|工作访问|访问|出访|到访|抵达|访`,
		enExpr: `(?i:\b(?:visited|visits|visiting|arrived in|arrives in|arrived at|paid (?:a|an) (?:state |official |working )?visit to|(?:state|official|working) visit to)\b)`,
	}, clsVisit},
	{pattern{
		zh:     wordlist.Zh("开幕", "闭幕"),
		en:     wordlist.En("opened", "opens", "open", "kicked off", "kicks off", "kick off"),
		zhExpr: `开幕|闭幕`,
		enExpr: `(?i:\b(?:opened|opens|open|kicked off|kicks off|kick off)\b)`,
	}, clsOpen},
	{pattern{
		zh:     wordlist.Zh("启动", "开营", "开班", "开通", "通航", "通车", "启用", "投运", "投产", "投入运营", "投入使用", "竣工", "开工", "奠基", "成立", "揭牌", "落成", "建成", "开业"),
		en:     wordlist.En("launched", "inaugurated", "founded", "established", "commissioned", "completed", "put into operation", "started construction", "began construction", "broke ground", "unveiled"),
		zhExpr: `启动|开营|开班|开通|通航|通车|启用|投运|投产|投入运营|投入使用|竣工|开工|奠基|成立|揭牌|落成|建成|开业`,
		enExpr: `(?i:\b(?:launched|inaugurated|founded|established|commissioned|completed|put into operation|started construction|began construction|broke ground|unveiled)\b)`,
	}, clsLaunch},
	{pattern{
		zh:     wordlist.Zh("举行", "举办", "召开", "主办", "承办"),
		en:     wordlist.En("held", "hosted", "hosts", "host", "convened", "took place", "takes place", "take place", "taking place", "scheduled for", "scheduled to"),
		zhExpr: `举行|举办|召开|主办|承办`,
		enExpr: `(?i:\b(?:held|hosted|hosts|host|convened|took place|takes place|take place|taking place|scheduled for|scheduled to)\b)`,
	}, clsHold},
	{pattern{
		zh:     wordlist.Zh("出席", "参加", "主持"),
		en:     wordlist.En("attended", "attends", "attending", "chaired", "addressed", "spoke at", "speaking at", "participated in"),
		zhExpr: `出席|参加|主持`,
		enExpr: `(?i:\b(?:attended|attends|attending|chaired|addressed|spoke at|speaking at|participated in)\b)`,
	}, clsAttend},
	{pattern{
		zh:     wordlist.Zh("会见", "会谈", "会晤", "接见", "通电话"),
		en:     wordlist.En("met with", "met", "meet", "meets", "held talks", "received"),
		zhExpr: `会见|会谈|会晤|接见|通电话`,
		enExpr: `(?i:\b(?:met with|met|meet|meets|held talks|received)\b)`,
	}, clsMeet},
}

// notAfter are continuations that make a trigger something else: 启动资金
// is money, 成立24周年 an anniversary, 峰会期间 not a holding.
var notAfter = regexp.MustCompile(`^(?:资金|经费|\d+周年|[一二三四五六七八九十百]+周年|周年)`)

// undecided marks a trigger as planned, proposed or wished for, not
// happening: 决定成立, 希望成为, "agreed to establish".
var undecided = newTail(append(tw(false, false, false, "决定", "拟", "计划", "倡议", "建议", "提议", "同意", "筹建", "筹备"),
	tw(true, true, true, "decided to", "agreed to", "plans to", "plan to", "planned to", "proposed to", "intends to", "intend to")...), 6, ",;。；",
	`(?:决定|拟|计划|倡议|建议|提议|同意|筹建|筹备|(?i:\b(?:decided|agreed|plans?|planned|proposed|intends?) to\b))[^,;。；]{0,6}$`)

// wished marks any trigger as wished for or applied for: 希望成为, 申请加入,
// "seeks to join". A decision (决定接收) admits; a wish does not.
var wished = newTail(append(tw(false, false, false, "希望", "愿意", "愿", "争取", "申请", "寻求", "有望", "推动", "支持"),
	tw(true, true, true, "hopes to", "hope to", "wants to", "want to", "seeks to", "seek to", "applied to", "aims to", "aim to")...), 6, ",;。；",
	`(?:希望|愿意|愿|争取|申请|寻求|有望|推动|支持|(?i:\b(?:hopes?|wants?|seeks?|applied|aims?) to\b))[^,;。；]{0,6}$`)

// statusRe must follow an accession trigger in its clause: joining what.
var statusRe = regexp.MustCompile(`成员国|观察员|对话伙伴|伙伴国|上合组织伙伴|正式成员|(?i:\b(?:member(?: state)?s?|observers?(?: state| status)?|dialogue partners?|SCO partners?|partner (?:state|status))\b)`)

// noun is an event noun found in a clause.
type noun struct {
	doc.Span
	typ string // doc.Summit, doc.Forum, doc.Meeting, doc.Launch or expo
}

// expo is the noun type of fairs and festivals: opened, they are launches;
// held, they are not events of the taxonomy.
const expo = "expo"

// nouns give the type of what is held, attended or opened.
var nouns = []struct {
	re  pattern
	typ string
}{
	{pattern{
		zh: wordlist.Zh("峰会", "元首理事会"), en: append(wordlist.En("summit"), wordlist.Loose("Council of the Heads of State", "Council of Heads of State")...),
		zhExpr: `峰会|元首理事会`, enExpr: `(?i:\bsummit\b|Council of (?:the )?Heads of State)`,
	}, doc.Summit},
	{pattern{zh: wordlist.Zh("论坛"), en: wordlist.En("forum"), zhExpr: `论坛`, enExpr: `(?i:\bforum\b)`}, doc.Forum},
	{pattern{
		zh:     wordlist.Zh(wordlist.Cross([]string{"揭牌", "启动", "开通", "成立", "落成", "奠基", "开工", "竣工", "投运", "通车"}, []string{"仪式", "典礼"})...),
		en:     wordlist.En(wordlist.Cross([]string{"inauguration", "launch", "launching", "unveiling", "groundbreaking", "commissioning"}, []string{" ceremony"})...),
		zhExpr: `(?:揭牌|启动|开通|成立|落成|奠基|开工|竣工|投运|通车)(?:仪式|典礼)`,
		enExpr: `(?i:\b(?:inauguration|launch|launching|unveiling|groundbreaking|commissioning) ceremony\b)`,
	}, doc.Launch},
	{pattern{
		zh: wordlist.Zh("博览会", "展览会", "展会", "艺术节", "文化节", "电影节"), en: wordlist.En("expo", "exhibition", "fair", "festival"),
		zhExpr: `博览会|展览会|展会|艺术节|文化节|电影节`, enExpr: `(?i:\b(?:expo|exhibition|fair|festival)\b)`,
	}, expo},
	{pattern{
		zh:     wordlist.Zh("会议", "会谈", "会晤", "会见", "吹风会", "发布会", "记者会", "座谈会", "研讨会", "讨论会", "见面会", "招待会", "宴会", "年会", "大会", "磋商", "对话会", "交流会", "推介会", "洽谈会", "理事会"),
		en:     wordlist.En("meeting", "conference", "talks", "seminar", "briefing", "reception", "session", "symposium", "consultations", "assembly", "debate"),
		zhExpr: `会议|会谈|会晤|会见|吹风会|发布会|记者会|座谈会|研讨会|讨论会|见面会|招待会|宴会|年会|大会|磋商|对话会|交流会|推介会|洽谈会|理事会`,
		enExpr: `(?i:\b(?:meeting|conference|talks|seminar|briefing|reception|session|symposium|consultations|assembly|debate)\b)`,
	}, doc.Meeting},
}

var nounSet = func() *patternSet {
	ps := make([]pattern, len(nouns))
	for i, n := range nouns {
		ps[i] = n.re
	}
	return newPatternSet(ps)
}()

// sentenceSet runs the triggers (patterns 0 to len(triggers)-1) and the
// nouns over a sentence in one pass.
var sentenceSet = func() *patternSet {
	var ps []pattern
	for _, t := range triggers {
		ps = append(ps, t.re)
	}
	for _, n := range nouns {
		ps = append(ps, n.re)
	}
	return newPatternSet(ps)
}()

// notEvent follows a noun that names something else: 峰会新闻中心 is an
// organisation, 论坛秘书处 an office.
var notEvent = regexp.MustCompile(`^(?:新闻中心|秘书处|组委会|筹委会|办公室|(?i:s\b| (?:secretariat|press center|media center|news center)))`)

// findNouns returns the event nouns of span c in text order.
func (st *state) findNouns(c doc.Span) []noun {
	for _, cn := range st.nounsOf {
		if cn.c == c {
			return cn.ns
		}
	}
	return st.nounsFrom(c, st.off[c.Start], nounSet.matches(st.sub(c.Start, c.End)))
}

// nounsFrom returns the event nouns of span c among the noun matches ms,
// whose offsets are bytes from base.
func (st *state) nounsFrom(c doc.Span, base int32, found []match) []noun {
	ms := st.ms
	var out []noun
	for _, m := range found {
		sp := doc.Span{Start: st.runeAt(base + int32(m.start)), End: st.runeAt(base + int32(m.end))}
		if notEventAt(st.sub(sp.End, c.End)) || insideNameOf(ms, sp, st.longest) || overlapsAny(out, sp) {
			continue
		}
		out = append(out, noun{Span: sp, typ: nouns[m.k].typ})
	}
	sortSpans(out, func(n noun) doc.Span { return n.Span })
	return out
}

// insideNameOf reports whether sp lies inside an organisation or person
// mention (峰会 in 上合峰会新闻中心). ms are sorted by start; longest is
// the length of the longest: only a mention that starts at most that
// much before sp ends can hold it.
func insideNameOf(ms []doc.Mention, sp doc.Span, longest int) bool {
	lo := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= sp.End-longest })
	for _, m := range ms[lo:] {
		if m.Start > sp.Start {
			break
		}
		if (m.EntityType == doc.Org || m.EntityType == doc.Person) && m.Contains(sp) && m.Span != sp {
			return true
		}
	}
	return false
}

func overlapsAny(ns []noun, sp doc.Span) bool {
	for _, n := range ns {
		if n.Overlaps(sp) {
			return true
		}
	}
	return false
}

// hit is one trigger match.
type hit struct {
	doc.Span
	cls class
}

// triggers returns the trigger hits of sentence s among found, the
// sentenceSet matches of its text.
func (st *state) triggers(s doc.Span, found []match) []hit {
	text := st.sub(s.Start, s.End)
	var hs []hit
	base := st.off[s.Start]
	for _, m := range found {
		if m.k >= len(triggers) {
			break
		}
		t := triggers[m.k]
		h := hit{Span: doc.Span{Start: st.runeAt(base + int32(m.start)), End: st.runeAt(base + int32(m.end))}, cls: t.cls}
		// 召开工作会议 holds a meeting: 开工 there starts no works
		clash := t.cls == clsLaunch && m.start >= 3 && strings.HasPrefix(text[m.start-3:], "召开")
		for _, o := range hs {
			if o.Overlaps(h.Span) {
				clash = true
			}
		}
		if !clash {
			hs = append(hs, h)
		}
	}
	sort.Slice(hs, func(i, j int) bool { return hs[i].Start < hs[j].Start })
	return hs
}
