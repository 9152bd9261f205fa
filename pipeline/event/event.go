// Package event finds dated happenings: a trigger word (举行, 召开, 出席,
// 访问, 签署, 成为…成员国, 启动; held, visited, signed, joined…) in a
// sentence that also states a resolvable date. The type comes from the
// trigger and the nouns around it (峰会 → summit, 论坛 → forum), the place
// from a location named with 在/于/in, the name from the event noun phrase
// (2025上合组织国家媒体合作论坛). Two reports with the same type, dates and
// place in one document are one event.
//
// All spans in and out are rune offsets into the normalized text.
//
//	evs := event.Extract(event.Input{Text: norm, Sentences: ss, Mentions: ms, Dates: ds, DocID: id})
package event

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// Input is what the event stage reads: the normalized text and the other
// stages' output over it.
type Input struct {
	DocID     string
	Text      string
	Sentences []doc.Span
	Mentions  []doc.Mention
	Dates     []doc.Timex
}

// trigger is a word that reports a happening and the type it implies when
// the sentence names no event noun.
type trigger struct {
	re  *regexp.Regexp
	typ string
}

var triggers = []trigger{
	{regexp.MustCompile(`成为[^，。,;；]{0,20}(?:成员国|观察员国|对话伙伴|伙伴国)|接收[^，。]{0,20}为|加入[^，。]{0,12}(?:上合组织|上海合作组织)|(?i:\b(?:became|joined|admitted|was granted)\b)`), doc.Accession},
	{regexp.MustCompile(`签署|签订|(?i:\bsigned\b)`), doc.Signing},
	{regexp.MustCompile(`访问|(?i:\b(?:visited|state visit)\b)`), doc.Visit},
	{regexp.MustCompile(`启动|开通|投运|竣工|开工|奠基|成立|揭牌|(?i:\b(?:opened|launched|inaugurated)\b)`), doc.Launch},
	{regexp.MustCompile(`举行|举办|召开|开幕|闭幕|出席|会见|会谈|(?i:\b(?:held|hosted|convened|attended|will be held|took place)\b)`), doc.Meeting},
}

// nouns refine a meeting-type trigger by what is held.
var nouns = []struct {
	re  *regexp.Regexp
	typ string
}{
	{regexp.MustCompile(`峰会|元首理事会|(?i:summit|Council of Heads of State)`), doc.Summit},
	{regexp.MustCompile(`论坛|(?i:forum)`), doc.Forum},
	{regexp.MustCompile(`会议|会谈|会见|吹风会|发布会|理事会|(?i:meeting|conference|talks)`), doc.Meeting},
}

// nameRe is an event noun phrase: a name ending in an event head word.
var nameRe = regexp.MustCompile(`(?:\d{4}年?)?[\p{Han}A-Za-z0-9·]{2,24}?(?:峰会|论坛|博览会|理事会会议|会议)|(?:the )?(?:\d{4} )?(?:[A-Z][\w-]*\s){1,6}(?:Summit|Forum)`)

var stopRe = regexp.MustCompile(`^.*(?:[在于将的了和与及、]|举行|举办|召开|出席|参加)`)

// Extract returns the events of one document, merged.
func Extract(in Input) []doc.Event {
	rs := []rune(in.Text)
	var out []doc.Event
	for _, s := range in.Sentences {
		sent := string(rs[s.Start:s.End])
		typ, ok := classify(sent)
		if !ok {
			continue
		}
		date, found := firstResolved(in.Dates, s)
		if !found {
			continue
		}
		ev := doc.Event{
			Span: s, Type: typ, DateStart: date.Date, DateEnd: date.EndDate, Precision: date.Precision,
		}
		if date.EndDate.IsZero() {
			ev.DateEnd = date.Date
		}
		ev.Name = name(sent)
		loc := location(in.Mentions, s, rs)
		if loc != nil {
			ev.LocationEntityID, ev.LocationText = loc.EntityID, string(rs[loc.Start:loc.End])
		}
		ev.ParticipantIDs = participants(in.Mentions, s)
		out = append(out, ev)
	}
	return merge(in.DocID, out)
}

func classify(sent string) (string, bool) {
	for _, t := range triggers {
		if !t.re.MatchString(sent) {
			continue
		}
		if t.typ != doc.Meeting {
			return t.typ, true
		}
		for _, n := range nouns {
			if n.re.MatchString(sent) {
				return n.typ, true
			}
		}
		return doc.Meeting, true
	}
	return "", false
}

func firstResolved(ds []doc.Timex, s doc.Span) (doc.Timex, bool) {
	for _, d := range ds {
		if s.Contains(d.Span) && !d.Date.IsZero() {
			return d, true
		}
	}
	return doc.Timex{}, false
}

func name(sent string) string {
	m := nameRe.FindString(sent)
	if m == "" {
		return ""
	}
	if loc := stopRe.FindStringIndex(m); loc != nil && !strings.HasPrefix(m, "the ") {
		m = m[loc[1]:]
	}
	m = strings.TrimPrefix(m, "the ")
	if len([]rune(m)) < 4 {
		return ""
	}
	return m
}

// location is the LOCATION mention introduced by 在/于/in/at, else the
// first LOCATION of the sentence that is not part of a longer name.
func location(ms []doc.Mention, s doc.Span, rs []rune) *doc.Mention {
	var first *doc.Mention
	for i := range ms {
		m := &ms[i]
		if !s.Contains(m.Span) || m.EntityType != doc.Location {
			continue
		}
		if m.Start > 0 && strings.ContainsRune("在于", rs[m.Start-1]) {
			return m
		}
		if m.Start >= 3 && (string(rs[m.Start-3:m.Start]) == "in " || string(rs[m.Start-3:m.Start]) == "at ") {
			return m
		}
		if first == nil {
			first = m
		}
	}
	return first
}

func participants(ms []doc.Mention, s doc.Span) []string {
	seen := map[string]bool{}
	var ids []string
	for _, m := range ms {
		if s.Contains(m.Span) && m.EntityType != doc.Location && !seen[m.EntityID] {
			seen[m.EntityID] = true
			ids = append(ids, m.EntityID)
		}
	}
	sort.Strings(ids)
	return ids
}

// merge folds events with the same type, dates and place into the first
// report and gives every event its stable id.
func merge(docID string, evs []doc.Event) []doc.Event {
	var out []doc.Event
	index := map[string]int{}
	for _, e := range evs {
		key := fmt.Sprintf("%s|%v|%v|%s", e.Type, e.DateStart, e.DateEnd, e.LocationEntityID)
		if i, ok := index[key]; ok {
			if out[i].Name == "" {
				out[i].Name = e.Name
			}
			if out[i].LocationText == "" {
				out[i].LocationText = e.LocationText
			}
			continue
		}
		sum := sha256.Sum256([]byte(docID + "|" + key))
		e.ID = hex.EncodeToString(sum[:8])
		index[key] = len(out)
		out = append(out, e)
	}
	return out
}
