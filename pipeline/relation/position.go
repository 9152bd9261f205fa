package relation

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
)

// zhRoleRe is a Chinese post as written between an organisation and a
// person: a short run of Han ending in a post's head word.
var zhRoleRe = regexp.MustCompile(`^\p{Han}{0,14}?(?:秘书长|书记|主席|总统|总理|首相|部长|外长|局长|厅长|司长|处长|院长|校长|社长|台长|关长|行长|会长|所长|馆长|团长|州长|市长|省长|区长|县长|主任|委员|大使|参赞|领事|代表|发言人|记者|编辑|主编|法官|检察官|专家|总监|经理|董事长|董事|顾问|教授|研究员|特使|国王|总干事|干事|理事长|负责人|大法官|总裁|秘书|执行官|特别代表|会长|社长)$`)

// zhRoleHeads are zhRoleRe's head words.
var zhRoleHeads = strings.Split("秘书长|书记|主席|总统|总理|首相|部长|外长|局长|厅长|司长|处长|院长|校长|社长|台长|关长|行长|会长|所长|馆长|团长|州长|市长|省长|区长|县长|主任|委员|大使|参赞|领事|代表|发言人|记者|编辑|主编|法官|检察官|专家|总监|经理|董事长|董事|顾问|教授|研究员|特使|国王|总干事|干事|理事长|负责人|大法官|总裁|秘书|执行官|特别代表|会长|社长", "|")

// zhRole reports what zhRoleRe.MatchString(role) reports: role is Han
// only and ends in a head word after at most 14 runes.
func zhRole(role string) bool {
	n := 0
	for _, r := range role {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
	}
	for _, h := range zhRoleHeads {
		if strings.HasSuffix(role, h) && n-utf8.RuneCountInString(h) <= 14 {
			return true
		}
	}
	return false
}

// enRoleRe is an English post.
var enRoleRe = regexp.MustCompile(`(?i)^(?:(?:Deputy|Vice|Executive|First|Acting|Assistant|Chief|Senior|Permanent) )*(?:Secretary[- ]General|President|Prime Minister|Premier|(?:[A-Z][a-z]+ )?Minister(?: (?:of|for) [A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,3})?|Chairman|Chairwoman|Chair|Director(?:[- ]General)?|Ambassador|Spokesperson|Spokesman|Spokeswoman|Head|Chief|King|Emir|Chancellor|Governor|Mayor|Secretary|Representative|Envoy|Professor|Reporter|Correspondent|Editor|Researcher|Expert|Judge|Counsellor|Counselor|Consul(?:[- ]General)?|(?:Research |Visiting )?Fellow|Analyst|Lecturer|Scholar)$`)

// former reports what formerRe.MatchString(s) reports, without the
// regexp: s starts with 前, 原, "former " or "ex-" (ASCII case folded; these
// words hold no s or k, so (?i) folds nothing else).
func former(s string) bool {
	return strings.HasPrefix(s, "前") || strings.HasPrefix(s, "原") ||
		len(s) >= 7 && strings.EqualFold(s[:7], "former ") || len(s) >= 3 && strings.EqualFold(s[:3], "ex-")
}

// formerAtEnd reports what formerBefore.MatchString(s) reports: s ends in
// 前任, 原, 前 at its start or after a rune that is not Han, or "former "
// (ASCII case folded) after a \b.
func formerAtEnd(s string) bool {
	switch {
	case strings.HasSuffix(s, "前任"), strings.HasSuffix(s, "原"):
		return true
	case strings.HasSuffix(s, "前"):
		r, n := utf8.DecodeLastRuneInString(s[:len(s)-len("前")])
		return n == 0 || !unicode.Is(unicode.Han, r)
	case len(s) >= 7 && strings.EqualFold(s[len(s)-7:], "former "):
		k := len(s) - 7
		return k == 0 || !wordByte(s[k-1])
	}
	return false
}

// wordByte reports an ASCII word character (\w).
func wordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// positions reads the posts of person mentions.
type positions struct {
	t  *text
	rs []rune
	ms []doc.Mention
}

func (p *positions) rel(person, holder doc.Mention, role string, span doc.Span) (doc.Relation, bool) {
	role = strings.TrimSpace(role)
	before := p.t.sub(max(span.Start-8, 0), span.Start)
	if role == "" || former(role) || formerAtEnd(before) {
		return doc.Relation{}, false
	}
	return doc.Relation{Span: span, SubjectID: person.EntityID, Predicate: doc.HoldsPosition, ObjectID: holder.EntityID, Role: role}, true
}

// of returns the posts of person mention ms[i].
func (p *positions) of(i int) []doc.Relation {
	var out []doc.Relation
	out = append(out, p.zhChain(i)...)
	for _, f := range []func(int) (doc.Relation, bool){p.enBefore, p.enAfter, p.enRoleOf} {
		if r, ok := f(i); ok {
			out = append(out, r)
		}
	}
	return out
}

// holderBefore returns the index of the organisation or country mention
// ending before pos with only a role between (no other mention, no
// punctuation), -1 when there is none.
func (p *positions) holderBefore(i, pos int) int {
	for j := i - 1; j >= 0; j-- {
		o := p.ms[j]
		if o.End > pos {
			continue
		}
		if !isHolder(o) {
			return -1
		}
		return j
	}
	return -1
}

// zhChain reads ORG + role + PERSON, and the posts chained before it with
// 、: 中华人民共和国一级大法官、最高人民法院分管日常工作的副院长邓修明.
func (p *positions) zhChain(i int) []doc.Relation {
	person := p.ms[i]
	var out []doc.Relation
	end := person.Start
	if end > 0 && p.rs[end-1] == ' ' {
		end--
	}
	for {
		j := p.holderBefore(i, end)
		if j < 0 {
			return out
		}
		o := p.ms[j]
		role := p.t.sub(o.End, end)
		if k := strings.LastIndex(role, "的"); k >= 0 {
			role = role[k+len("的"):]
		}
		if !zhRole(role) {
			return out
		}
		if r, ok := p.rel(person, o, role, doc.Span{Start: o.Start, End: person.End}); ok {
			out = append(out, r)
		}
		if o.Start == 0 || p.rs[o.Start-1] != '、' {
			return out
		}
		end, i = o.Start-1, j
	}
}

// enBefore reads "Kazakhstan's President Kassym-Jomart Tokayev", "SCO
// Secretary-General Zhang Ming", "Xinhua News Agency reporter Shen Bohan".
func (p *positions) enBefore(i int) (doc.Relation, bool) {
	person := p.ms[i]
	j := p.holderBefore(i, person.Start)
	if j < 0 {
		return doc.Relation{}, false
	}
	o := p.ms[j]
	between := p.t.sub(o.End, person.Start)
	if !strings.HasSuffix(between, " ") {
		return doc.Relation{}, false
	}
	between = strings.TrimPrefix(strings.TrimPrefix(between, "'s"), "’s")
	if !strings.HasPrefix(between, " ") || !enRoleRe.MatchString(strings.TrimSpace(between)) {
		return doc.Relation{}, false
	}
	return p.rel(person, o, between, doc.Span{Start: o.Start, End: person.End})
}

var ofRe = regexp.MustCompile(`^,? (?:the |a |an )?([A-Za-z][A-Za-z -]{1,40}?) (?:of|at) (?:the )?$`)

// enAfter reads "Zhang Ming, Secretary-General of the SCO", "Di Bojie, a
// professor at Nehru University", and "Secretary-General Zhang Ming of
// the SCO".
func (p *positions) enAfter(i int) (doc.Relation, bool) {
	person := p.ms[i]
	if i+1 >= len(p.ms) || p.ms[i+1].Start < person.End {
		return doc.Relation{}, false
	}
	o := p.ms[i+1]
	if o.EntityType == doc.Country && p.t.sub(person.End, o.Start) == ", " {
		// "Ahmed Raza, Pakistan's foreign minister": the post of a state
		if m := possRoleRe.FindStringSubmatch(p.t.sub(o.End, min(o.End+50, len(p.rs)))); m != nil && enRoleRe.MatchString(m[1]) &&
			(i+2 >= len(p.ms) || p.ms[i+2].Start >= o.End+len([]rune(m[0]))) {
			return p.rel(person, o, m[1], doc.Span{Start: person.Start, End: o.End + len([]rune(m[0]))})
		}
	}
	between := p.t.sub(person.End, o.Start)
	if next, ok := p.possessed(i + 1); ok {
		// "deputy head of China's National Energy Administration", "a
		// fellow at the Almaty-based Institute of Eurasian Studies": the
		// organisation after the state or place holds the post
		o = next
	} else if !isHolder(o) {
		return doc.Relation{}, false
	}
	// whoHeadsRe and ofRe match at most 55 bytes, from " " or ", "
	if len(between) <= 64 && (strings.HasPrefix(between, " ") || strings.HasPrefix(between, ", ")) {
		if m := whoHeadsRe.FindStringSubmatch(between); m != nil {
			// "Anvar Karimov, who heads the Transport Institute"
			return p.rel(person, o, headsRole[strings.ToLower(m[1])], doc.Span{Start: person.Start, End: o.End})
		}
		if strings.HasPrefix(between, ",") {
			if m := ofRe.FindStringSubmatch(between); m != nil && enRoleRe.MatchString(m[1]) {
				return p.rel(person, o, m[1], doc.Span{Start: person.Start, End: o.End})
			}
		}
	}
	if between == " of " || between == " of the " {
		if role, ok := p.roleBefore(person.Start); ok {
			return p.rel(person, o, role, doc.Span{Start: person.Start - len([]rune(role)) - 1, End: o.End})
		}
	}
	return doc.Relation{}, false
}

// whoHeadsRe is a relative clause that gives a post by its verb: ", who
// heads the", ", who chairs"; headsRole is the post of each verb.
var (
	whoHeadsRe = regexp.MustCompile(`^,? (?:who|which) (?:currently |now )?(heads|chairs|leads|directs|runs) (?:the )?$`)
	headsRole  = map[string]string{"heads": "head", "leads": "head", "runs": "head", "chairs": "chair", "directs": "director"}
)

// possRoleRe is a post after a state's possessive, up to the end of the
// apposition: "'s foreign minister,".
var possRoleRe = regexp.MustCompile(`^['’]s ([A-Za-z][A-Za-z -]{1,40}?)(?:,|\.|$| said| says)`)

// possessed returns the organisation named right after mention ms[k] of a
// state or a place: "China's National Energy Administration", "the
// Almaty-based Institute of Eurasian Studies".
func (p *positions) possessed(k int) (doc.Mention, bool) {
	if k+1 >= len(p.ms) {
		return doc.Mention{}, false
	}
	o, n := p.ms[k], p.ms[k+1]
	if n.EntityType != doc.Org || n.Start < o.End {
		return doc.Mention{}, false
	}
	gap := p.t.sub(o.End, n.Start)
	switch {
	case o.EntityType == doc.Country && (gap == "'s " || gap == "’s "):
		return n, true
	case (o.EntityType == doc.Location || o.EntityType == doc.Country) && (gap == "-based " || gap == "-based the "):
		return n, true
	}
	return doc.Mention{}, false
}

// roleBefore returns the capitalised English post right before pos
// ("Deputy Foreign Minister Farhod Yusupov").
func (p *positions) roleBefore(pos int) (string, bool) {
	if pos < 2 || p.rs[pos-1] != ' ' {
		return "", false
	}
	words := strings.Fields(p.t.sub(max(pos-60, 0), pos-1))
	for k := 0; k < len(words); k++ {
		cand := strings.Join(words[k:], " ")
		if enRoleRe.MatchString(cand) && unicode.IsUpper([]rune(cand)[0]) {
			return cand, true
		}
	}
	return "", false
}

var roleOfRe = regexp.MustCompile(`(?:^|[\s(])((?:[A-Z][a-z-]+ ){0,3}[A-Z][a-z-]+(?: (?:of|for) (?:[A-Z][a-z-]+ )?(?:and )?[A-Z][a-z-]+)?) of (?:the )?(?:(?:Republic|Kingdom|State|Islamic Republic) of )?$`)

// givenNameGap is a given name between a state and a surname mention.
var givenNameGap = regexp.MustCompile(`^ [A-Z][a-z]+(?:-[A-Z][a-z]+)? $`)

// enRoleOf reads "Secretary-General of the SCO, Yerzhan Ashikbayev" and
// "President of the Republic of Kazakhstan Tokayev".
func (p *positions) enRoleOf(i int) (doc.Relation, bool) {
	person := p.ms[i]
	j := p.holderBefore(i, person.Start)
	if j < 0 {
		return doc.Relation{}, false
	}
	o := p.ms[j]
	// the dictionary may know only the surname: "… of the Kyrgyz Republic
	// Zheenbek Kulubaev"
	if gap := p.t.sub(o.End, person.Start); gap != " " && gap != ", " && !givenNameGap.MatchString(gap) {
		return doc.Relation{}, false
	}
	m := roleOfRe.FindStringSubmatch(p.t.sub(max(o.Start-60, 0), o.Start))
	if m == nil || !enRoleRe.MatchString(m[1]) {
		return doc.Relation{}, false
	}
	return p.rel(person, o, m[1], doc.Span{Start: o.Start, End: person.End})
}
