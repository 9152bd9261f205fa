package relation

import (
	"github.com/sco-news/extract/pipeline/runes"
	"github.com/sco-news/extract/pipeline/wordlist"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/findall"
)

// memberTrigger is a word that states membership. Subjects stand before it
// (白俄罗斯成为…, "Belarus joined…") unless the trigger admits someone
// (接收老挝为, 给予阿塞拜疆…地位, "granted observer status to Afghanistan",
// "made Turkey a dialogue partner", "accepting Iran as").
type memberTrigger struct {
	re    finder
	after bool // the states follow the trigger
}

// finder finds the matches of an expression (a words list or a scanner).
type finder interface {
	FindAll(text string) [][]int
	Find(text string) []int
	Regexp() *regexp.Regexp
}

var memberTriggers = []memberTrigger{
	{wordlist.NewList(admitWords), true},
	{findall.New(`(?i:\b(?:established|founded) in \d{4} by\b)`), true},
	{wordlist.NewList(becomeWords), false},
}

// admitWords and becomeWords are the word lists of memberTriggers 0 and
// 2 (sentenceSet finds both with the cues in one pass over a sentence).
var (
	admitWords  = append(wordlist.Zh("接收", "给予", "吸收"), wordlist.En("granted", "admitted", "accepted", "accepting", "absorb", "absorbed", "made", "welcomed")...)
	becomeWords = append(wordlist.Zh("成为", "加入", "升级为", "转为", "作为", "为", "是"), wordlist.En("became", "become", "becomes", "joined", "joins", "is", "are", "was", "were", "as")...)
)

// foundersTrigger is memberTriggers' "established in 2001 by": it runs
// only over sentences with the cue.
const foundersTrigger = 1

// statuses, most specific first; the first found after the trigger wins.
var statuses = []struct {
	re     *wordlist.List
	status string
}{
	{wordlist.NewList(wordlist.Zh("观察员"), wordlist.En("observers", "observer")), "observer"},
	{wordlist.NewList(wordlist.Zh("对话伙伴"), wordlist.En("dialogue partners", "dialogue partner")), "dialogue_partner"},
	{wordlist.NewList(wordlist.Zh("伙伴国", "上合组织伙伴"), wordlist.En("SCO partners", "SCO partner", "partner state", "partner country", "partner status")), "partner"},
	{wordlist.NewList(wordlist.Zh("成员国", "正式成员", "创始成员"), wordlist.En("members", "member", "full members", "full member", "member states", "member state", "founding members", "founding member")), "member"},
}

// statusWindow is how much of a text statusIn reads.
const statusWindow = 96

// founders are the states an organisation is "established by": members.
var foundersRe = regexp.MustCompile(`(?i)(?:established|founded) in \d{4} by`)

// pendingRe is in the text before a trigger that has not happened yet:
// "start the process of accepting Iran", 申请加入: anywhere in the clause
// before the trigger.
var pendingRe = wordlist.NewList(wordlist.Zh("申请", "希望", "寻求", "争取"), wordlist.Loose("process of", "applied to", "applies to", "seeks to", "seek to", "hopes to", "hope to", "wants to", "want to", "bid to"))

// pluralRe is a plural status noun: "as SCO member states".
var pluralRe = wordlist.NewList(wordlist.En("members", "states", "countries", "observers", "partners"))

// othersRe follows "X与上合组织": 其他成员国 makes X a member.
var othersRe = regexp.MustCompile(`^(?:其他|其它|其余)成员国|^(?i: (?:and )?other (?:SCO )?member (?:states|countries))`)

// others reports whether othersRe matches after: only text that starts
// with 其 or a space can.
func others(after string) bool {
	if !strings.HasPrefix(after, "其") && !strings.HasPrefix(after, " ") {
		return false
	}
	// a match is at most 31 bytes from the start: the rest changes nothing
	return othersRe.MatchString(runes.Prefix(after, 48))
}

// memberships reads the membership statements of sentence s; ms are the
// document's mentions sorted by start. Every rule needs a cue word in the
// sentence (see cues): a sentence without one is not read further.
func memberships(t *text, ms []doc.Mention, s doc.Span) []doc.Relation {
	// the sentence's states and organisations, in t's buffers: nothing
	// memberships returns refers to them
	countries, orgs := t.countries[:0], t.orgs[:0]
	defer func() { t.countries, t.orgs = countries[:0], orgs[:0] }()
	for _, m := range sentenceMentions(ms, s) {
		if m.End > s.End {
			continue
		}
		switch m.EntityType {
		case doc.Country:
			countries = append(countries, m)
		case doc.Org:
			orgs = append(orgs, m)
		}
	}
	if len(countries) == 0 {
		return nil
	}
	sent := t.sub(s.Start, s.End)
	cue, found := t.scan(s)
	if len(orgs) == 0 {
		// 白俄罗斯是最新加入的成员国: the organisation of the sentence before
		for k := len(ms) - 1; k >= 0; k-- {
			if m := ms[k]; m.EntityType == doc.Org && m.End <= s.Start && s.Start-m.End < 200 {
				orgs = append(orgs, m)
				break
			}
		}
		if len(orgs) == 0 {
			return nil
		}
		cue.comprise = true // its "which comprises" may stand before s
	}
	if !cue.status && !cue.founders && !cue.comprise && !cue.accede {
		return nil
	}
	var out []doc.Relation
	add := func(c, o doc.Mention, status string, ev doc.Span) {
		out = append(out, doc.Relation{Span: ev, SubjectID: c.EntityID, Predicate: doc.MemberOf, ObjectID: o.EntityID, Status: status})
	}
	if cue.status || cue.founders {
		// a trigger gives a relation only with a status: a status word or
		// "established in … by"
		taken := map[int]bool{}
		base := int(t.off[s.Start])
		for k, tr := range memberTriggers {
			var locs [][]int
			switch k {
			case 0:
				locs = found[0]
			case foundersTrigger:
				if !cue.founders {
					continue
				}
				locs = tr.re.FindAll(sent)
			default:
				locs = found[1]
			}
			for _, loc := range locs {
				ts := doc.Span{Start: t.runeAt(base + loc[0]), End: t.runeAt(base + loc[1])}
				if taken[ts.Start] || insideMention(ms, ts) {
					continue
				}
				taken[ts.Start] = true
				c := clauseAround(t, countries, s, ts)
				if pendingRe.Match(t.sub(c.Start, ts.Start)) {
					continue
				}
				word := t.sub(ts.Start, ts.End)
				status := ""
				if foundersRe.MatchString(word) {
					status = "member"
				} else {
					status = statusIn(t.sub(ts.End, c.End))
				}
				var subjects []doc.Mention
				if tr.after {
					subjects = listAfter(t, countries, ts.End, c.End)
				} else {
					subjects = listBefore(t, countries, ts.Start, s.Start)
					if status == "" && len(subjects) > 0 && (word == "加入" || strings.EqualFold(word, "joined")) {
						// 第十个成员国白俄罗斯于2024年7月加入: the status stands before
						first := subjects[len(subjects)-1]
						status = statusIn(t.sub(max(first.Start-8, s.Start), first.Start))
					}
					if w := strings.TrimSpace(word); len(subjects) == 0 && (strings.EqualFold(w, "as") || w == "作为") {
						// "As a founding member, China has…", 作为上合组织成员国，
						// 哈萨克斯坦…: the state follows; "As SCO member states,
						// China and Kazakhstan…": the states
						subjects = listAfter(t, countries, ts.End, s.End)
						if w != "作为" && !pluralRe.Match(t.sub(ts.End, c.End)) {
							subjects = subjects[:min(len(subjects), 1)]
						}
					}
				}
				o, ok := nearestOrg(orgs, ts)
				if !ok {
					continue
				}
				if status == "" {
					continue
				}
				for _, c := range subjects {
					add(c, o, status, s)
				}
			}
		}
	}
	out = append(out, enumerations(t, countries, orgs, s, cue)...)
	if !cue.status {
		return out
	}
	for _, l := range listings(t, countries, s) {
		if o, ok := nearestOrg(orgs, l.Span); ok {
			add(l.Mention, o, l.status, s)
		}
	}
	for _, c := range countries {
		for _, o := range orgs {
			if o.Start > c.End && o.Start-c.End <= 5 && joiner(strings.TrimSpace(t.sub(c.End, o.Start))) && others(t.sub(o.End, s.End)) {
				add(c, o, "member", doc.Span{Start: c.Start, End: o.End})
			}
		}
	}
	return out
}

// statusIn returns the status a membership clause gives, "" when it names
// none. Only the text up to the next state or trigger counts.
func statusIn(after string) string {
	// only a match starting in the first 60 bytes counts: it ends 18
	// bytes later at most, and its \b reads the rune after it
	after = runes.Prefix(after, statusWindow)
	best, at := "", len(after)+1
	for _, st := range statuses {
		if loc := st.re.Find(after); loc != nil && loc[0] < at {
			best, at = st.status, loc[0]
		}
	}
	if at > 60 {
		return ""
	}
	return best
}

// clauseAround returns the clause of sentence s around span t: cut at
// commas and semicolons, except those inside a list of states.
func clauseAround(tx *text, cs []doc.Mention, s, t doc.Span) doc.Span {
	rs := tx.rs
	start, end := t.Start, t.End
	for start > s.Start && !clauseStop(rs, cs, start-1) {
		start--
	}
	for end < s.End && !clauseStop(rs, cs, end) {
		end++
	}
	return doc.Span{Start: start, End: end}
}

// clauseStop reports whether rs[i] ends a clause: a comma does, unless a
// list of states goes on after it ("Saudi Arabia, Egypt and Qatar").
func clauseStop(rs []rune, cs []doc.Mention, i int) bool {
	r := rs[i]
	if r == ',' || r == '，' {
		j := i + 1
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
		if j+4 <= len(rs) && rs[j] == 'a' && rs[j+1] == 'n' && rs[j+2] == 'd' && rs[j+3] == ' ' {
			j += 4
		}
		for _, c := range cs {
			if c.Start == j {
				return false
			}
		}
		return true
	}
	switch r {
	case '；', ';', '。', '！', '？', '!', '?', '\n':
		return true
	}
	return false
}

// joiner reports whether sep joins two items of a list.
func joiner(sep string) bool {
	switch sep {
	case "", "、", "和", "与", "及", "同", ",", "，":
		return true
	}
	// in any case, as strings.ToLower compares them (no rune but A, N, D,
	// O and R lower-cases to their letters)
	return strings.EqualFold(sep, "and") || strings.EqualFold(sep, ", and") || strings.EqualFold(sep, "or")
}

// listBefore returns the coordinated states that end right before pos
// (阿塞拜疆、亚美尼亚和尼泊尔成为…), within the clause from start.
func listBefore(t *text, cs []doc.Mention, pos, start int) []doc.Mention {
	var out []doc.Mention
	at := pos
	for k := len(cs) - 1; k >= 0; k-- {
		c := cs[k]
		if c.End > at || c.Start < start {
			continue
		}
		gap := strings.TrimSpace(t.sub(c.End, at))
		if len(out) == 0 && relativeRe.MatchString(gap) {
			// "Belarus, which became…": the state the relative clause is about
			out = append(out, c)
			break
		}
		if len(out) == 0 {
			if runeCount(gap) > 12 || gap != "," && gap != "，" && strings.ContainsAny(gap, ",，、") {
				break
			}
		} else if !joiner(gap) {
			break
		}
		out = append(out, c)
		at = c.Start
	}
	return out
}

// relativeRe is the gap between a state and a membership trigger of a
// relative clause: "Laos, which was admitted", "Belarus, which became".
var relativeRe = regexp.MustCompile(`(?i)^,\s*(?:which|that)(?: (?:has|had|have|was|is|officially|formally|also|then|later|finally))*$`)

// listAfter returns the coordinated states that start soon after pos.
func listAfter(t *text, cs []doc.Mention, pos, end int) []doc.Mention {
	var out []doc.Mention
	at := pos
	for _, c := range cs {
		if c.Start < at || c.End > end {
			continue
		}
		gap := strings.TrimSpace(t.sub(at, c.Start))
		if len(out) == 0 {
			if runeCount(gap) > 30 {
				break
			}
		} else if !joiner(gap) && !joiner(strings.TrimSuffix(gap, ",")) {
			break
		}
		out = append(out, c)
		at = c.End
	}
	return out
}

// nearestOrg returns the organisation mention of the sentence nearest the
// trigger, after it first (成为上海合作组织成员国).
func nearestOrg(orgs []doc.Mention, t doc.Span) (doc.Mention, bool) {
	var best doc.Mention
	bd := -1
	for _, o := range orgs {
		d := o.Start - t.End
		if d < 0 {
			d = t.Start - o.End + 1000 // before the trigger: only when none after
		}
		if bd < 0 || d < bd {
			best, bd = o, d
		}
	}
	return best, bd >= 0
}

func insideMention(ms []doc.Mention, sp doc.Span) bool {
	for _, m := range ms {
		if m.Overlaps(sp) {
			return true
		}
	}
	return false
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }
