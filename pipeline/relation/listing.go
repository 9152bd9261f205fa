package relation

import (
	"regexp"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/findall"
)

// Listings name states as examples of a status: "ministers of all 10
// member states, including Russia's Sergey Lavrov and India's S.
// Jaishankar"; "several partners, among them Azerbaijan and Egypt";
// 包括俄罗斯、印度在内的10个成员国; 阿塞拜疆、埃及等伙伴国. Every state of the
// list holds the status.

// enListRe is an English status noun followed by the word that opens its
// examples.
var enListRe = findall.New(`(?i)\b(member states?|member countries|members|observer states?|observers|dialogue partners|partner states|partner countries|partners)\b,? (?:including|among them|among which|such as|notably|namely)\b`)

// zhListRe is a Chinese status noun after a list of states: 等伙伴国,
// 在内的10个成员国.
var zhListRe = findall.New(`(?:在内的|等)[^，,。；、]{0,8}?(?:[0-9一二三四五六七八九十]+个)?(成员国|观察员国|对话伙伴国|对话伙伴|伙伴国)`)

// listStatus maps a status noun to a status.
func listStatus(noun string) string {
	n := strings.ToLower(noun)
	switch {
	case strings.Contains(n, "observer") || strings.Contains(n, "观察员"):
		return "observer"
	case strings.Contains(n, "dialogue") || strings.Contains(n, "对话伙伴"):
		return "dialogue_partner"
	case strings.Contains(n, "partner") || strings.Contains(n, "伙伴"):
		return "partner"
	}
	return "member"
}

// listings returns the states named as examples of a status in sentence
// s, with the status; countries are the sentence's state mentions in text
// order.
func listings(t *text, countries []doc.Mention, s doc.Span) []listed {
	sent := t.sub(s.Start, s.End)
	base := int(t.off[s.Start])
	var out []listed
	en := strings.Contains(sent, "includ") || strings.Contains(sent, "among") || strings.Contains(sent, "such as") ||
		strings.Contains(sent, "notably") || strings.Contains(sent, "namely")
	for _, loc := range submatches(enListRe, sent, en) {
		from := t.runeAt(base + loc[1])
		st := listStatus(sent[loc[2]:loc[3]])
		// the states listed one after the other: "including Russia's
		// Sergey Lavrov and India's S. Jaishankar"
		at := from
		for _, c := range countries {
			if c.Start < at {
				continue
			}
			gap := t.sub(at, c.Start)
			if at == from && strings.TrimSpace(gap) != "" || at != from && !enItemGap.MatchString(gap) {
				break
			}
			out = append(out, listed{c, st})
			at = c.End
		}
	}
	if !strings.Contains(sent, "等") && !strings.Contains(sent, "在内的") {
		return out
	}
	for _, loc := range submatches(zhListRe, sent, true) {
		at := t.runeAt(base + loc[0])
		st := listStatus(sent[loc[2]:loc[3]])
		start := s.Start
		if strings.HasPrefix(sent[loc[0]:], "在内的") {
			// 包括…在内的: the list starts after 包括
			i := strings.LastIndex(sent[:loc[0]], "包括")
			if i < 0 {
				continue
			}
			start = t.runeAt(base+i) + 2
		}
		for _, c := range listBefore(t, countries, at, start) {
			out = append(out, listed{c, st})
		}
	}
	return out
}

// submatches returns what sc.Regexp().FindAllStringSubmatchIndex(text, -1)
// returns (nothing unless run): the scanner finds the matches where they
// can start, then the expression reads each one's groups. A match's
// groups are the same read alone, as the expressions have no assertion
// that looks past a match (a match of enListRe starts and ends with a
// letter, so its \b hold on its own).
func submatches(sc *findall.Scanner, text string, run bool) [][]int {
	if !run {
		return nil
	}
	var out [][]int
	for _, loc := range sc.FindAll(text) {
		m := sc.Regexp().FindStringSubmatchIndex(text[loc[0]:loc[1]])
		for i := range m {
			if m[i] >= 0 {
				m[i] += loc[0]
			}
		}
		out = append(out, m)
	}
	return out
}

// listed is a state named in a listing with the status it holds.
type listed struct {
	doc.Mention
	status string
}

// enItemGap separates two states of an English listing, over what the
// first one possesses: "'s Ishaq Dar and ".
var enItemGap = regexp.MustCompile(`^(?:['’]s [^,.;:]{1,40}?)?(?:,|,? and|,? or) $`)
