package entity

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/segment"
)

// Discovery methods (doc.Mention.Method) of entities found beyond the
// dictionary.
const (
	MethodTitle           = "title"           // a post or a byline before a name (局长孙海涛, 记者朱超)
	MethodTransliteration = "transliteration" // a foreign name with a middle dot (阿利舍尔·穆卡占)
	MethodSuffix          = "suffix"          // a name ending in a type's head word (…委员会, …铁路, …口岸)
	MethodContext         = "context"         // a place from its context (在拉姆安拉会见)
	MethodEnglish         = "english"         // English capitalised names after titles or before head words
)

// Find returns every entity match of the normalized text: dictionary
// aliases (ambiguous ones resolved from the document), then the entities
// Discover finds beyond the dictionary, the longest span winning; matches
// inside 《》 titles and places used as a concept's modifier (上海精神,
// "Shanghai Spirit") are dropped.
func (m *Matcher) Find(text string, toks []segment.Token) []Match {
	rs := []rune(text) // once for the three steps
	known := Resolve(m.match(rs, toks))
	return filter(rs, Merge(known, m.discover(text, rs, known)))
}

// Discover finds entities beyond the dictionary in the normalized text:
// people after titles and bylines, transliterated names, organisations,
// places and projects by their head words, and English names. known are
// the dictionary matches of the same text (they anchor names and are never
// re-found). Every discovered entity gets a stable id from its canonical
// form (see DiscoveredID); mentions of the same name share one entry.
func (m *Matcher) Discover(text string, known []Match) []Match {
	return m.discover(text, []rune(text), known)
}

// discover is Discover over text and its runes rs.
func (m *Matcher) discover(text string, rs []rune, known []Match) []Match {
	d := &discoverer{m: m, text: text, rs: rs, known: known, entries: map[string]*dict.Entry{}}
	d.indexKnown()
	d.index()
	d.zhPersons()
	d.translit()
	d.zhSuffixes()
	d.zhPlaces()
	d.english()
	d.linkSurnames()
	return d.out
}

// discoverer holds one document's state while the rules run.
type discoverer struct {
	m       *Matcher
	text    string
	rs      []rune // the runes of text
	known   []Match
	out     []Match
	entries map[string]*dict.Entry
	// anchors are the dictionary aliases (Han, two runes or more) of the
	// text by end, then start: the named entities a longer name may start
	// with (see anchorsEnd).
	anchors []anchor
	// taken marks runes already inside a discovered person name.
	taken []bool
	// cover indexes known by rune (see indexKnown); nil: not indexed
	cover []int32
}

type anchor struct {
	doc.Span
	entries []*dict.Entry
}

func (a anchor) typ() string { return a.entries[0].Type }

// index finds every Han alias of the dictionary at every position, without
// the token-boundary checks of Match (a name inside a longer name counts).
func (d *discoverer) index() {
	d.anchors = d.anchors[:0]
	d.taken = make([]bool, len(d.rs)+1)
	for i := range d.rs {
		if !isHan(d.rs[i]) {
			continue
		}
		t, n := d.m.flat, uint32(0)
		for j := i; j < len(d.rs); j++ {
			if n = t.child(n, d.rs[j]); n == 0 {
				break
			}
			if t.flags[n]&(flagEntries|flagLatin) == flagEntries && j+1-i >= 2 && !shortForm(t.node[n].alias) {
				d.anchors = append(d.anchors, anchor{doc.Span{Start: i, End: j + 1}, t.node[n].entries})
			}
		}
	}
	// found by start: a stable sort by end keeps the starts in order
	slices.SortStableFunc(d.anchors, func(a, b anchor) int { return a.End - b.End })
}

// anchorsEnd returns the anchors that end at p, longest first.
func (d *discoverer) anchorsEnd(p int) []anchor {
	i, _ := slices.BinarySearchFunc(d.anchors, p, func(a anchor, p int) int { return a.End - p })
	j := i
	for j < len(d.anchors) && d.anchors[j].End == p {
		j++
	}
	return d.anchors[i:j]
}

// shortForm reports the 中方/俄方 kind of alias: it names a side, never the
// start of an organisation's name.
func shortForm(alias string) bool {
	rs := []rune(alias)
	return len(rs) == 2 && rs[1] == '方'
}

// placeAnchor returns the longest dictionary country, place or organisation
// ending at p.
func (d *discoverer) placeAnchor(p int) (anchor, bool) {
	for _, a := range d.anchorsEnd(p) {
		switch a.typ() {
		case doc.Country, doc.Location, doc.Org, doc.Project:
			return a, true
		}
	}
	return anchor{}, false
}

// add records a discovered entity of type typ named name at span s.
func (d *discoverer) add(s doc.Span, typ, method string) {
	if s.Start < 0 || s.End > len(d.rs) || s.Len() <= 0 {
		return
	}
	name := strings.TrimSpace(string(d.rs[s.Start:s.End]))
	if name == "" || typ == doc.Person && d.knownPersonAt(s.Start, s.End) {
		return
	}
	e := d.entry(typ, name)
	d.out = append(d.out, Match{Span: s, Candidates: []*dict.Entry{e}, Alias: name, Method: method})
	if typ == doc.Person {
		for i := s.Start; i < s.End; i++ {
			d.taken[i] = true
		}
	}
}

// addEntry records a mention of an existing entry (a dictionary place
// written with its administrative suffix: 阿斯塔纳市).
func (d *discoverer) addEntry(s doc.Span, e *dict.Entry, method string) {
	d.out = append(d.out, Match{Span: s, Candidates: []*dict.Entry{e}, Alias: string(d.rs[s.Start:s.End]), Method: method})
}

func (d *discoverer) entry(typ, name string) *dict.Entry {
	id := DiscoveredID(d.m.dict, typ, name)
	if e := d.entries[id]; e != nil {
		return e
	}
	e := NewDiscovered(id, typ, name)
	d.entries[id] = e
	return e
}

// NewDiscovered returns the entry of a discovered entity: canonical name
// (Chinese or English by its script) and the name as its only alias.
func NewDiscovered(id, typ, name string) *dict.Entry {
	e := &dict.Entry{ID: id, Type: typ, Aliases: []dict.Alias{{Text: name}}}
	if isLatin(name) {
		e.NameEn = name
	} else {
		e.NameZh = name
	}
	return e
}

// DiscoveredID returns the stable id of a discovered entity: the type's
// prefix and, for a Latin name, its lower-case words joined by '-'
// ("person:zhang-ming"); for any other name "d" and the first 10 hex digits
// of the SHA-256 of its match form ("org:d3f09a…"). The id never collides
// with an entry of d (a colliding slug gets the hash appended), and it is
// valid in the dictionary's own files.
func DiscoveredID(d *dict.Dict, typ, name string) string {
	key := dict.MatchKey(name)
	sum := sha256.Sum256([]byte(strings.ToLower(key)))
	hash := hex.EncodeToString(sum[:])[:10]
	prefix := strings.ToLower(typ) + ":"
	if slug := slugOf(key); slug != "" {
		id := prefix + slug
		if d == nil || d.Get(id) == nil {
			return id
		}
		return id + "-d" + hash[:6]
	}
	return prefix + "d" + hash
}

// slugOf is the lower-case ASCII slug of a Latin name, "" when the name
// has other letters.
func slugOf(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '.' || r == '\'' || r == '’' || r == ',' || r == '·':
			dash = true
		default:
			return ""
		}
	}
	return b.String()
}

// Merge combines dictionary matches with discovered ones: the longest span
// wins, a dictionary match wins a tie, and the result is in text order.
func Merge(known, found []Match) []Match {
	type cand struct {
		Match
		rank int
	}
	var all []cand
	for _, m := range known {
		all = append(all, cand{m, 1})
	}
	for _, m := range found {
		rank := 2
		if m.linked {
			rank = 0
		}
		all = append(all, cand{m, rank})
	}
	// a stable sort of indexes: the candidates themselves are large
	order := make([]int32, len(all))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int {
		a, b := &all[i], &all[j]
		if a.Len() != b.Len() {
			return b.Len() - a.Len()
		}
		if a.rank != b.rank {
			return a.rank - b.rank
		}
		return a.Start - b.Start
	})
	// the runes taken so far: spans that share none do not overlap
	end := 0
	for i := range all {
		c := &all[i]
		if c.Start < 0 || c.End <= c.Start {
			end = -1 // an empty span: compare spans one by one
			break
		}
		end = max(end, c.End)
	}
	var taken []bool
	if end >= 0 {
		taken = make([]bool, end)
	}
	var out []Match
	if len(all) > 0 {
		out = make([]Match, 0, len(all))
	}
	var used []doc.Span
	for _, k := range order {
		c := &all[k]
		clash := false
		if taken != nil {
			for i := c.Start; i < c.End && !clash; i++ {
				clash = taken[i]
			}
		} else {
			for _, u := range used {
				if u.Overlaps(c.Span) {
					clash = true
					break
				}
			}
		}
		if clash {
			continue
		}
		if taken != nil {
			for i := c.Start; i < c.End; i++ {
				taken[i] = true
			}
		} else {
			used = append(used, c.Span)
		}
		out = append(out, c.Match)
	}
	if taken != nil {
		// non-empty spans that do not overlap: no two starts are equal
		slices.SortFunc(out, func(a, b Match) int { return a.Start - b.Start })
	} else {
		sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
}

// Filter drops the matches the annotation conventions exclude: inside 《》
// titles (unless the whole title is the match) and places that modify a
// concept (上海精神, "Shanghai Spirit").
func Filter(text string, ms []Match) []Match { return filter([]rune(text), ms) }

func filter(rs []rune, ms []Match) []Match {
	titles := bookTitles(rs)
	out := ms[:0]
	for _, m := range ms {
		if inTitle(titles, m.Span) || conceptModifier(rs, m) || elidedRegion(rs, m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// bookTitles returns the spans inside 《…》 (the brackets excluded).
func bookTitles(rs []rune) []doc.Span {
	var out []doc.Span
	open := -1
	for i, r := range rs {
		switch r {
		case '《':
			open = i + 1
		case '》':
			if open >= 0 {
				s, e := open, i
				for s < e && unicode.IsSpace(rs[s]) {
					s++
				}
				for e > s && unicode.IsSpace(rs[e-1]) {
					e--
				}
				out = append(out, doc.Span{Start: s, End: e})
				open = -1
			}
		}
	}
	return out
}

func inTitle(titles []doc.Span, s doc.Span) bool {
	for _, t := range titles {
		if t.Contains(s) {
			// the whole title is the entity: a newspaper's name (《人民日报》)
			return s != t
		}
	}
	return false
}

// conceptModifier reports a place written as the modifier of a concept:
// 上海精神, "Shanghai Spirit".
func conceptModifier(rs []rune, m Match) bool {
	if len(m.Candidates) == 0 || m.Candidates[0].Type != doc.Location {
		return false
	}
	rest := string(rs[m.End:min(len(rs), m.End+8)])
	return strings.HasPrefix(rest, "精神") || strings.HasPrefix(rest, " Spirit") || strings.HasPrefix(rest, " spirit")
}

// isLetterRune reports an ASCII letter or digit.
func isLetterRune(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
