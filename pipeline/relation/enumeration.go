package relation

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
)

// Enumerations and appositions are the everyday ways news names the states
// of an organisation without a membership verb:
//   - a status noun followed by its states: "SCO members China, Russia and
//     India", "the ten SCO member states, China, Russia, …", "dialogue
//     partner Sri Lanka", 上合组织成员国包括中国、俄罗斯…, 上合组织对话伙伴斯里兰卡;
//   - an organisation that comprises its states: "the SCO, which comprises
//     China, Russia, …", "the SCO, whose members include …";
//   - a state in apposition with its status: "Mongolia, an SCO observer
//     state, …", "Sri Lanka, a dialogue partner of the SCO";
//   - a state's accession: "India's accession to the SCO in 2017" (member
//     unless a status is said: "… as a dialogue partner").
//
// The organisation is the one named next to the status noun ("SCO
// members", "member states of the SCO", 上合组织成员国); only the SCO-specific
// nouns (observer states, dialogue partners) may take the organisation of
// the sentence, so "trade partners China and Russia" gives nothing.

// statusNounRe is a status noun with what opens its list of states.
var statusNounRe = regexp.MustCompile(`(?i)\b(full members|founding members|member states|member countries|members|observer states|observers|dialogue partners|partner states|partner countries|partners|member state|observer state|observer|dialogue partner|partner state|partner country)\b(?:,|:)?(?: (?:are|were|include|including|such as|namely|like))?\s*$`)

// zhStatusNounRe is the same in Chinese: 成员国包括, 对话伙伴, 观察员国有.
var zhStatusNounRe = regexp.MustCompile(`(成员国|观察员国|对话伙伴国|对话伙伴|伙伴国)(?:包括|有|为|是|：|:)?$`)

// comprisesRe follows an organisation whose states are listed next.
var comprisesRe = regexp.MustCompile(`(?i)^,? (?:which |that )?(?:comprises|comprising|consists of|consisting of|is made up of|made up of|groups|brings together|bringing together|whose (?:members|member states) (?:are|include)|with members)\s+$`)

// appositionRe follows a state named with its status: ", an SCO observer
// state", ", a dialogue partner of the".
var appositionRe = regexp.MustCompile(`(?i)^, (?:a|an|the|also an?|itself an?|now an?|currently an?) (?:(\S+(?: \S+){0,3}) )?(?:founding |full )?(member state|member|observer state|observer|dialogue partner|partner state|partner country|partner)\b( of(?: the)? )?`)

// accessionRe follows a state whose accession is stated.
var accessionRe = regexp.MustCompile(`(?i)^['’]s (?:accession|admission) (?:to|into) (?:the )?`)

// accessionTail follows the organisation of an accession: a pending one
// (talks, bid, process) is none; "as a …" says the status.
var (
	accessionPending = regexp.MustCompile(`(?i)^\s*(?:talks|bid|process|application|negotiations|procedures?|request)\b`)
	accessionAs      = regexp.MustCompile(`(?i)^ as (?:an? |the )?(?:full )?(member state|member|observer state|observer|dialogue partner|partner)\b`)
	accessionBefore  = regexp.MustCompile(`(?i)\b(?:bid for|supports?|backs?|backed|welcome[sd]?|pave the way for|seek(?:s|ing)?|hopes? for|await(?:s|ing)?|planned|future)\s*$`)
)

// specific reports whether a status noun belongs to the SCO family only,
// so the organisation of the sentence may be taken.
func specific(noun string) bool {
	n := strings.ToLower(noun)
	return strings.Contains(n, "observer") || strings.Contains(n, "dialogue") || strings.Contains(n, "观察员") || strings.Contains(n, "对话伙伴")
}

// enumerations returns the member_of relations stated by enumeration,
// apposition or accession in sentence s; countries and orgs are the
// sentence's mentions in text order; cue says which rules can apply.
func enumerations(t *text, countries, orgs []doc.Mention, s doc.Span, cue cues) []doc.Relation {
	e := &enumeration{t: t, countries: countries, orgs: orgs, s: s}
	for k, c := range countries {
		if k > 0 && countries[k-1].End > c.Start {
			continue
		}
		if (cue.status || cue.comprise) && listStartsAt(t, countries, k) {
			if cue.status {
				e.afterNoun(k)
			}
			if cue.comprise {
				e.comprised(k)
			}
		}
		if cue.status {
			e.apposition(c)
		}
		if cue.accede {
			e.accession(c)
		}
	}
	return e.out
}

// enumeration is the reading of one sentence's enumerations.
type enumeration struct {
	t         *text
	countries []doc.Mention
	orgs      []doc.Mention
	s         doc.Span
	out       []doc.Relation
}

func (e *enumeration) add(c, o doc.Mention, status string) {
	e.out = append(e.out, doc.Relation{Span: e.s, SubjectID: c.EntityID, Predicate: doc.MemberOf, ObjectID: o.EntityID, Status: status})
}

// afterNoun reads the list opened by countries[k] after a status noun:
// "SCO members China, Russia", 上合组织成员国包括中国、俄罗斯.
func (e *enumeration) afterNoun(k int) {
	t, c, s := e.t, e.countries[k], e.s
	head := t.sub(max(c.Start-60, s.Start), c.Start)
	if !statusNounEnd(head) {
		return
	}
	var loc []int
	if enStatusNoun(head) {
		loc = statusNounRe.FindStringSubmatchIndex(head)
	}
	if loc != nil {
		noun := head[loc[2]:loc[3]]
		nounStart := c.Start - runeCount(head[loc[2]:])
		if o, ok := orgOfNoun(t, e.orgs, nounStart, c.Start, noun); ok && (runeCount(head[loc[3]:]) <= 1 || enumerated(t, e.countries, k, s.End) > 1) {
			for _, l := range coordinatedFrom(t, e.countries, k, s.End) {
				e.add(l, o, listStatus(noun))
			}
		}
	} else if loc := zhStatusNounAt(head); loc != nil {
		noun := head[loc[2]:loc[3]]
		nounStart := c.Start - runeCount(head[loc[2]:])
		if o, ok := orgOfNoun(t, e.orgs, nounStart, c.Start, noun); ok {
			for _, l := range coordinatedFrom(t, e.countries, k, s.End) {
				e.add(l, o, listStatus(noun))
			}
		}
	}
}

// statusNounEnd reports whether head can end in a status noun with what
// opens its list (statusNounRe, zhStatusNounRe): its last rune before
// spaces ends one of their words.
func statusNounEnd(head string) bool {
	head = strings.TrimRight(head, " \t\n\f\r")
	r, _ := utf8.DecodeLastRuneInString(head)
	switch r | 0x20 {
	case 's', 'r', 'e', 't', 'y', 'g', ',', ':':
		return true
	}
	switch r {
	case 'ſ', '国', '伴', '括', '有', '为', '是', '：':
		return true
	}
	return false
}

// enStatusNoun reports whether head holds what every match of
// statusNounRe holds: "member", "partner" or "erver" (observer), ASCII
// case folded (none holds an s or a k, which (?i) folds with ſ and K).
func enStatusNoun(head string) bool {
	return containsFold(head, "member") || containsFold(head, "partner") || containsFold(head, "erver")
}

// zhStatusNounAt returns zhStatusNounRe's submatches in head; only text
// holding 成员国, 观察员国 or 伙伴 can match.
func zhStatusNounAt(head string) []int {
	if !strings.Contains(head, "成员国") && !strings.Contains(head, "观察员国") && !strings.Contains(head, "伙伴") {
		return nil
	}
	return zhStatusNounRe.FindStringSubmatchIndex(head)
}

// containsFold reports whether s holds lower-case ASCII word w, in any
// ASCII case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 != w[0] {
			continue
		}
		k := 1
		for k < len(w) && s[i+k]|0x20 == w[k] {
			k++
		}
		if k == len(w) {
			return true
		}
	}
	return false
}

// comprised reads "the SCO, which comprises China, Russia, …".
func (e *enumeration) comprised(k int) {
	t, c := e.t, e.countries[k]
	for _, o := range e.orgs {
		if o.End <= c.Start && o.End >= c.Start-40 && comprisesRe.MatchString(t.sub(o.End, c.Start)) {
			for _, l := range coordinatedFrom(t, e.countries, k, e.s.End) {
				e.add(l, o, "member")
			}
		}
	}
}

// apposition reads "Mongolia, an SCO observer state".
func (e *enumeration) apposition(c doc.Mention) {
	tail := e.t.sub(c.End, min(c.End+80, e.s.End))
	if !strings.HasPrefix(tail, ", ") {
		return
	}
	m := appositionRe.FindStringSubmatchIndex(tail)
	if m == nil {
		return
	}
	end := c.End + runeCount(tail[:m[1]])
	noun := tail[m[4]:m[5]]
	if m[2] >= 0 { // with its qualifier: "dialogue partner", "SCO observer state"
		noun = tail[m[2]:m[5]]
	}
	if o, ok := orgIn(e.orgs, c.End, m[6] >= 0, end); ok {
		e.add(c, o, listStatus(noun))
	} else if specific(noun) {
		if o, ok := nearestOrg(e.orgs, doc.Span{Start: c.End, End: end}); ok {
			e.add(c, o, listStatus(noun))
		}
	}
}

// accession reads "India's accession to the SCO in 2017".
func (e *enumeration) accession(c doc.Mention) {
	t, s := e.t, e.s
	win := t.sub(c.End, min(c.End+30, s.End))
	m := accessionRe.FindStringIndex(win)
	if m == nil {
		return
	}
	at := c.End + runeCount(win[:m[1]])
	for _, o := range e.orgs {
		if o.Start != at || accessionPending.MatchString(t.sub(o.End, s.End)) || accessionBefore.MatchString(t.sub(s.Start, c.Start)) {
			continue
		}
		status := "member"
		if as := accessionAs.FindStringSubmatch(t.sub(o.End, min(o.End+40, s.End))); as != nil {
			status = listStatus(as[1])
		}
		e.add(c, o, status)
	}
}

// listStartsAt reports whether countries[k] opens a list: the state before
// it is not joined to it.
func listStartsAt(t *text, cs []doc.Mention, k int) bool {
	if k == 0 {
		return true
	}
	p := cs[k-1]
	return p.End > cs[k].Start || !joiner(strings.TrimSpace(t.sub(p.End, cs[k].Start)))
}

// coordinatedFrom returns countries[k] and the states joined to it.
func coordinatedFrom(t *text, cs []doc.Mention, k, end int) []doc.Mention {
	out := []doc.Mention{cs[k]}
	at := cs[k].End
	for _, c := range cs[k+1:] {
		if c.Start < at || c.End > end {
			continue
		}
		gap := strings.TrimSpace(t.sub(at, c.Start))
		if !joiner(gap) && !joiner(strings.TrimSuffix(gap, ",")) {
			break
		}
		out = append(out, c)
		at = c.End
	}
	return out
}

// enumerated is the length of the list of states opened by countries[k].
func enumerated(t *text, cs []doc.Mention, k, end int) int {
	return len(coordinatedFrom(t, cs, k, end))
}

// orgOfNoun returns the organisation of the status noun starting at
// nounStart: named right before it ("SCO members", "the SCO's member
// states", 上合组织成员国), or, for nouns of the SCO family only, the
// sentence's nearest one.
func orgOfNoun(t *text, orgs []doc.Mention, nounStart, listStart int, noun string) (doc.Mention, bool) {
	for _, o := range orgs {
		if o.End <= nounStart && nounStart-o.End <= 3 {
			if gap := t.sub(o.End, nounStart); gap == "" || gap == " " || gap == "'s " || gap == "’s " {
				return o, true
			}
		}
	}
	if specific(noun) {
		return nearestOrg(orgs, doc.Span{Start: nounStart, End: listStart})
	}
	return doc.Mention{}, false
}

// orgIn returns the organisation of an apposition from from to ofEnd:
// named in it ("an SCO observer state") or, when of is set, starting at
// ofEnd ("a dialogue partner of the SCO").
func orgIn(orgs []doc.Mention, from int, of bool, ofEnd int) (doc.Mention, bool) {
	for _, o := range orgs {
		if of && o.Start == ofEnd {
			return o, true
		}
		if !of && o.Start >= from && o.End <= ofEnd {
			return o, true
		}
	}
	return doc.Mention{}, false
}
