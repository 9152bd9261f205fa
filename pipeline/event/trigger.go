package event

import (
	"regexp"
	"sort"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/findall"
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

// pattern is a Chinese and an English regular expression; the English one
// only runs over text with Latin letters, which keeps the stage fast on
// Chinese text. Both run only where a match can start (see scanner).
type pattern struct {
	zh, en *findall.Scanner
}

func bi(zh, en string) pattern {
	return pattern{zh: findall.New(zh), en: findall.New(en)}
}

// patternSet runs the expressions of several patterns over a text in one
// pass (see scanSet): scanners 2k and 2k+1 are pattern k's Chinese and
// English ones.
type patternSet struct {
	n      int
	set    *findall.Set
	zh, en uint64 // the bits of the Chinese and the English scanners
}

func newPatternSet(ps []pattern) *patternSet {
	var scs []*findall.Scanner
	for _, p := range ps {
		scs = append(scs, p.zh, p.en)
	}
	p := &patternSet{n: len(ps), set: findall.NewSet(scs...)}
	for k := range ps {
		p.zh |= 1 << (2 * k)
		p.en |= 1 << (2*k + 1)
	}
	return p
}

// findAll returns for every pattern the byte ranges of its matches in
// text, in text order: the Chinese expression's, and the English one's
// when text has Latin letters.
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
	{bi(`成为[^,;。；:：]{0,24}?(?:成员国|观察员国|观察员|对话伙伴|伙伴国|上合组织伙伴|正式成员)|接收[^,;。；]{0,24}?为|加入|给予[^,;。；]{0,30}?(?:观察员|对话伙伴|伙伴|成员国)[^,;。；]{0,4}?地位|(?:升级|转)为(?:观察员国|成员国|对话伙伴)`, `(?i:\b(?:became|become|becomes|has become|joined|joins|was admitted|were admitted|admitted|was granted|were granted|granted|accepting|accepted|absorb|absorbed|made)\b)`), clsAccession},
	{bi(`签署|签订|签约|(?:批准|通过)了?《`, `(?i:\b(?:signed|inked|adopted|approved)\b)`), clsSigning},
	{bi(`国事访问|正式访问|工作访问|访问|出访|到访|抵达|访`, `(?i:\b(?:visited|visits|visiting|arrived in|arrives in|arrived at|paid (?:a|an) (?:state |official |working )?visit to|(?:state|official|working) visit to)\b)`), clsVisit},
	{bi(`开幕|闭幕`, `(?i:\b(?:opened|opens|open|kicked off|kicks off|kick off)\b)`), clsOpen},
	{bi(`启动|开营|开班|开通|通航|通车|启用|投运|投产|投入运营|投入使用|竣工|开工|奠基|成立|揭牌|落成|建成|开业`, `(?i:\b(?:launched|inaugurated|founded|established|commissioned|completed|put into operation|started construction|began construction|broke ground|unveiled)\b)`), clsLaunch},
	{bi(`举行|举办|召开|主办|承办`, `(?i:\b(?:held|hosted|hosts|host|convened|took place|takes place|take place|taking place|scheduled for|scheduled to)\b)`), clsHold},
	{bi(`出席|参加|主持`, `(?i:\b(?:attended|attends|attending|chaired|addressed|spoke at|speaking at|participated in)\b)`), clsAttend},
	{bi(`会见|会谈|会晤|接见|通电话`, `(?i:\b(?:met with|met|meet|meets|held talks|received)\b)`), clsMeet},
}

var triggerSet = func() *patternSet {
	ps := make([]pattern, len(triggers))
	for i, t := range triggers {
		ps[i] = t.re
	}
	return newPatternSet(ps)
}()

// notAfter are continuations that make a trigger something else: 启动资金
// is money, 成立24周年 an anniversary, 峰会期间 not a holding.
var notAfter = regexp.MustCompile(`^(?:资金|经费|\d+周年|[一二三四五六七八九十百]+周年|周年)`)

// undecided marks a trigger as planned, proposed or wished for, not
// happening: 决定成立, 希望成为, "agreed to establish".
var undecided = findall.NewTail(`(?:决定|拟|计划|倡议|建议|提议|同意|筹建|筹备|(?i:\b(?:decided|agreed|plans?|planned|proposed|intends?) to\b))[^,;。；]{0,6}$`)

// wished marks any trigger as wished for or applied for: 希望成为, 申请加入,
// "seeks to join". A decision (决定接收) admits; a wish does not.
var wished = findall.NewTail(`(?:希望|愿意|愿|争取|申请|寻求|有望|推动|支持|(?i:\b(?:hopes?|wants?|seeks?|applied|aims?) to\b))[^,;。；]{0,6}$`)

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
	{bi(`峰会|元首理事会`, `(?i:\bsummit\b|Council of (?:the )?Heads of State)`), doc.Summit},
	{bi(`论坛`, `(?i:\bforum\b)`), doc.Forum},
	{bi(`(?:揭牌|启动|开通|成立|落成|奠基|开工|竣工|投运|通车)(?:仪式|典礼)`, `(?i:\b(?:inauguration|launch|launching|unveiling|groundbreaking|commissioning) ceremony\b)`), doc.Launch},
	{bi(`博览会|展览会|展会|艺术节|文化节|电影节`, `(?i:\b(?:expo|exhibition|fair|festival)\b)`), expo},
	{bi(`会议|会谈|会晤|会见|吹风会|发布会|记者会|座谈会|研讨会|讨论会|见面会|招待会|宴会|年会|大会|磋商|对话会|交流会|推介会|洽谈会|理事会`, `(?i:\b(?:meeting|conference|talks|seminar|briefing|reception|session|symposium|consultations|assembly|debate)\b)`), doc.Meeting},
}

var nounSet = func() *patternSet {
	ps := make([]pattern, len(nouns))
	for i, n := range nouns {
		ps[i] = n.re
	}
	return newPatternSet(ps)
}()

// notEvent follows a noun that names something else: 峰会新闻中心 is an
// organisation, 论坛秘书处 an office.
var notEvent = regexp.MustCompile(`^(?:新闻中心|秘书处|组委会|筹委会|办公室|(?i:s\b| (?:secretariat|press center|media center|news center)))`)

// findNouns returns the event nouns of span c in text order.
func (st *state) findNouns(c doc.Span) []noun {
	ms := st.ms
	text := st.sub(c.Start, c.End)
	var out []noun
	for i, locs := range nounSet.findAll(text) {
		n := nouns[i]
		for _, loc := range locs {
			sp := doc.Span{Start: c.Start + runeCount(text[:loc[0]]), End: c.Start + runeCount(text[:loc[1]])}
			if notEvent.MatchString(st.sub(sp.End, c.End)) || insideName(ms, sp) || overlapsAny(out, sp) {
				continue
			}
			out = append(out, noun{Span: sp, typ: n.typ})
		}
	}
	sortSpans(out, func(n noun) doc.Span { return n.Span })
	return out
}

// insideName reports whether sp lies inside an organisation or person
// mention (峰会 in 上合峰会新闻中心).
func insideName(ms []doc.Mention, sp doc.Span) bool {
	for _, m := range ms {
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
