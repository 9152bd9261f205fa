// Package relation finds who holds which post and which state is a member,
// observer or partner of which organisation.
//
// holds_position: a person named with a post and the organisation or
// country of that post right next to them: ORG + role + PERSON
// (上海合作组织副秘书长索海尔·汗; 哈萨克斯坦文化和信息部信息委员会副主席
// 阿利舍尔·穆卡占; chains of posts: 中华人民共和国一级大法官、最高人民法院副院长
// 邓修明), "Kazakhstan's President Kassym-Jomart Tokayev", "SCO
// Secretary-General Zhang Ming", "Zhang Ming, Secretary-General of the
// SCO", "Secretary-General Zhang Ming of the SCO", "President of the
// Republic of Kazakhstan Tokayev"; the organisation a state possesses or a
// place-based one holds the post ("Li Hua, deputy head of China's National
// Energy Administration", "a fellow at the Almaty-based Institute …"); a
// state holds its post ("Ahmed Raza, Pakistan's foreign minister";
// 印度国防部长辛格, where 国防部长 is the post). A demonym names no country ("Chinese
// President Xi Jinping" gives nothing, as gold-format.md says). The role
// is kept as written, without what precedes 的 (分管日常工作的副院长 →
// 副院长). Former posts (前/原/former) are not current and give nothing.
//
// member_of: a state that becomes, joins, is admitted as or is granted the
// status of a member, observer or partner (白俄罗斯成为上海合作组织第十个
// 成员国; 给予阿塞拜疆、亚美尼亚对话伙伴地位; "Belarus became a full member
// of the SCO"; "granted observer status to Afghanistan"), a state said to
// be one (蒙古国和阿富汗为观察员国; "as a founding member"; "established in
// 2001 by China, Russia"), or named among an organisation's members
// (中国与上合组织其他成员国), in a relative clause ("Belarus, which became
// the tenth member state"), or listed as examples of a status ("member
// states, including Russia's Sergey Lavrov and India's S. Jaishankar";
// 包括俄罗斯、印度在内的10个成员国; 阿塞拜疆、埃及等伙伴国). Every state of a
// coordinated list counts.
//
// All spans in and out are rune offsets into the normalized text.
//
//	rels := relation.Extract(relation.Input{Text: norm, Sentences: ss, Mentions: ms})
//	// "上海合作组织秘书长张明" → 张明 holds_position 上海合作组织 (秘书长)
package relation

import (
	"sort"

	"github.com/sco-news/extract/pipeline/doc"
)

// Input is what the relation stage reads.
type Input struct {
	Text      string
	Sentences []doc.Span
	Mentions  []doc.Mention
	// StatusAt, when set, returns a state's status in an organisation at
	// the publication date as the dictionary records it ("" when it does
	// not know). A member_of relation takes that status: the gold format
	// asks for the status at the publication date, which a text often
	// states for an earlier time ("Iran became an observer in 2005").
	StatusAt func(countryID, orgID string) string
}

// Extract returns the relations of one document, each once.
func Extract(in Input) []doc.Relation {
	t := newText(in.Text)
	defer func() {
		clear(t.countries[:cap(t.countries)]) // hold no mention of this document
		clear(t.orgs[:cap(t.orgs)])
		texts.Put(t)
	}()
	ms := in.Mentions // read only
	if !sort.SliceIsSorted(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start }) {
		ms = append([]doc.Mention(nil), ms...) // the caller's stay as they are
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	}
	var out []doc.Relation
	seen := map[string]bool{}
	add := func(r doc.Relation) {
		k := r.SubjectID + "|" + r.Predicate + "|" + r.ObjectID
		if r.SubjectID == "" || r.ObjectID == "" || r.SubjectID == r.ObjectID || seen[k] {
			return
		}
		seen[k] = true
		out = append(out, r)
	}
	p := &positions{t: t, rs: t.rs, ms: ms}
	for i, m := range ms {
		if m.EntityType != doc.Person {
			continue
		}
		for _, r := range p.of(i) {
			add(r)
		}
	}
	for _, s := range in.Sentences {
		for _, r := range memberships(t, ms, s) {
			add(r)
		}
	}
	if in.StatusAt != nil {
		for i := range out {
			if r := &out[i]; r.Predicate == doc.MemberOf {
				if st := in.StatusAt(r.SubjectID, r.ObjectID); st != "" {
					r.Status = st
				}
			}
		}
	}
	return out
}

func isHolder(m doc.Mention) bool { return m.EntityType == doc.Org || m.EntityType == doc.Country }

// sentenceStop reports whether r ends a sentence.
func sentenceStop(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '\n', ';', '；':
		return true
	}
	return false
}
