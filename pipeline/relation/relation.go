// Package relation finds who holds which post and which state is a member,
// observer or partner of which organisation.
//
// holds_position: an organisation or country named right before a post and
// a person (上海合作组织副秘书长索海尔·汗; 哈萨克斯坦文化和信息部信息委员会副主席
// 阿利舍尔·穆卡占), or "Zhang Ming, Secretary-General of the SCO",
// "Kazakhstan's President Kassym-Jomart Tokayev".
// member_of: a state that becomes, joins or is admitted as a member,
// observer or partner (白俄罗斯成为上海合作组织第十个成员国; "Belarus became a
// full member of the SCO"), or is named among an organisation's members
// (中国与上合组织其他成员国).
//
// All spans in and out are rune offsets into the normalized text.
package relation

import (
	"regexp"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// Input is what the relation stage reads.
type Input struct {
	Text      string
	Sentences []doc.Span
	Mentions  []doc.Mention
}

// roleRe is a post as written between an organisation and a person.
var roleRe = regexp.MustCompile(`^[\p{Han}]{0,12}?(?:副秘书长|秘书长|副主席|主席|副总统|总统|副总理|总理|副部长|部长|外长|副主任|主任|大使|院长|副院长|局长|司长|会长|理事长|总干事|特使|发言人|首相|国王|书记|委员长|董事长|总经理|校长|所长|主任委员)[ ]?$`)

// enRoleRe is an English post.
var enRoleRe = regexp.MustCompile(`(?i)^(?:Deputy |Vice |Executive |First )?(?:Secretary[- ]General|President|Prime Minister|Premier|Foreign Minister|Minister(?: of [A-Z][a-z]+(?: and [A-Z][a-z]+)?)?|Chairman|Chair|Director(?:-General)?|Ambassador|Spokesperson|Spokesman|Head|King|Emir|Chancellor)$`)

// Extract returns the relations of one document.
func Extract(in Input) []doc.Relation {
	rs := []rune(in.Text)
	var out []doc.Relation
	seen := map[string]bool{}
	add := func(r doc.Relation) {
		k := r.SubjectID + "|" + r.Predicate + "|" + r.ObjectID
		if r.SubjectID == r.ObjectID || seen[k] {
			return
		}
		seen[k] = true
		out = append(out, r)
	}
	ms := in.Mentions
	for i, m := range ms {
		if m.EntityType != doc.Person {
			continue
		}
		if r, ok := positionBefore(rs, ms, i); ok {
			add(r)
		}
		if r, ok := positionAfter(rs, ms, i); ok {
			add(r)
		}
	}
	for _, s := range in.Sentences {
		for _, r := range membership(rs, ms, s) {
			add(r)
		}
	}
	return out
}

// positionBefore reads ORG + role + PERSON, and ORG's role PERSON.
func positionBefore(rs []rune, ms []doc.Mention, i int) (doc.Relation, bool) {
	p := ms[i]
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		o := ms[j]
		if o.EntityType != doc.Org && o.EntityType != doc.Country {
			continue
		}
		between := string(rs[o.End:p.Start])
		role := ""
		switch {
		case roleRe.MatchString(between):
			role = strings.TrimSpace(between)
		case strings.HasPrefix(between, "'s ") && enRoleRe.MatchString(strings.TrimSpace(between[3:])):
			role = strings.TrimSpace(between[3:])
		case strings.HasPrefix(between, " ") && enRoleRe.MatchString(strings.TrimSpace(between)):
			role = strings.TrimSpace(between)
		default:
			continue
		}
		if role == "" {
			continue
		}
		return doc.Relation{Span: doc.Span{Start: o.Start, End: p.End}, SubjectID: p.EntityID, Predicate: doc.HoldsPosition, ObjectID: o.EntityID, Role: role}, true
	}
	return doc.Relation{}, false
}

var ofRe = regexp.MustCompile(`^, (?:the )?((?:[A-Z][a-z-]+ ?){1,4}) of (?:the )?$`)

// positionAfter reads "PERSON, Role of the ORG".
func positionAfter(rs []rune, ms []doc.Mention, i int) (doc.Relation, bool) {
	p := ms[i]
	if i+1 >= len(ms) {
		return doc.Relation{}, false
	}
	o := ms[i+1]
	if o.EntityType != doc.Org && o.EntityType != doc.Country {
		return doc.Relation{}, false
	}
	m := ofRe.FindStringSubmatch(string(rs[p.End:o.Start]))
	if m == nil || !enRoleRe.MatchString(strings.TrimSpace(m[1])) {
		return doc.Relation{}, false
	}
	return doc.Relation{Span: doc.Span{Start: p.Start, End: o.End}, SubjectID: p.EntityID, Predicate: doc.HoldsPosition, ObjectID: o.EntityID, Role: strings.TrimSpace(m[1])}, true
}

var (
	joinRe   = regexp.MustCompile(`成为|加入|接收|给予|获得|升级为|转为|(?i:\b(?:became|become|becomes|joined|join|admitted|granted|accession)\b)`)
	statusRe = []struct {
		re     *regexp.Regexp
		status string
	}{
		{regexp.MustCompile(`观察员|(?i:observer)`), "observer"},
		{regexp.MustCompile(`对话伙伴|(?i:dialogue partner)`), "dialogue_partner"},
		{regexp.MustCompile(`伙伴国|(?i:\bpartner\b)`), "partner"},
		{regexp.MustCompile(`成员国|正式成员|(?i:\bmember\b|full member|member state)`), "member"},
	}
	othersRe = regexp.MustCompile(`^(?:其他|其它|其余)成员国`)
)

// membership reads accession statements and "X与上合组织其他成员国".
func membership(rs []rune, ms []doc.Mention, s doc.Span) []doc.Relation {
	var out []doc.Relation
	sent := string(rs[s.Start:s.End])
	var countries, orgs []doc.Mention
	for _, m := range ms {
		if !s.Contains(m.Span) {
			continue
		}
		switch m.EntityType {
		case doc.Country:
			countries = append(countries, m)
		case doc.Org:
			orgs = append(orgs, m)
		}
	}
	if len(countries) == 0 || len(orgs) == 0 {
		return nil
	}
	if loc := joinRe.FindStringIndex(sent); loc != nil {
		trig := s.Start + len([]rune(sent[:loc[0]]))
		after := sent[loc[1]:]
		status := ""
		for _, st := range statusRe {
			if st.re.MatchString(after) {
				status = st.status
				break
			}
		}
		subj, obj := lastBefore(countries, trig), firstAfter(orgs, trig)
		if status != "" && subj != nil && obj != nil {
			out = append(out, doc.Relation{Span: s, SubjectID: subj.EntityID, Predicate: doc.MemberOf, ObjectID: obj.EntityID, Status: status})
		}
	}
	for _, c := range countries {
		for _, o := range orgs {
			if o.Start == c.End+1 && strings.ContainsRune("与和同及", rs[c.End]) && othersRe.MatchString(string(rs[o.End:s.End])) {
				out = append(out, doc.Relation{Span: doc.Span{Start: c.Start, End: o.End}, SubjectID: c.EntityID, Predicate: doc.MemberOf, ObjectID: o.EntityID, Status: "member"})
			}
		}
	}
	return out
}

func lastBefore(ms []doc.Mention, pos int) *doc.Mention {
	var best *doc.Mention
	for i := range ms {
		if ms[i].End <= pos {
			best = &ms[i]
		}
	}
	return best
}

func firstAfter(ms []doc.Mention, pos int) *doc.Mention {
	for i := range ms {
		if ms[i].Start >= pos {
			return &ms[i]
		}
	}
	return nil
}
