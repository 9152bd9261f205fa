package entity

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"slices"
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
	s := getScratch()
	defer s.put()
	rs := s.runes(text) // once for every step
	s.known = m.match(rs, toks, s, s.known[:0], m.flat.lowerLabels)
	known := resolve(s.known, s.evidence)
	return filter(text, rs, s.merge(known, m.discover(s, text, rs, known)))
}

// Discover finds entities beyond the dictionary in the normalized text:
// people after titles and bylines, transliterated names, organisations,
// places and projects by their head words, and English names. known are
// the dictionary matches of the same text (they anchor names and are never
// re-found). Every discovered entity gets a stable id from its canonical
// form (see DiscoveredID); mentions of the same name share one entry.
func (m *Matcher) Discover(text string, known []Match) []Match {
	s := getScratch()
	defer s.put()
	found := m.discover(s, text, []rune(text), known)
	if len(found) == 0 {
		return nil
	}
	return slices.Clone(found)
}

// discover is Discover over text and its runes rs, with the buffers of s;
// the result is s's buffer.
func (m *Matcher) discover(s *scratch, text string, rs []rune, known []Match) []Match {
	d := &discoverer{m: m, s: s, text: text, rs: rs, known: known, entries: s.entries, out: s.found[:0]}
	d.indexKnown()
	d.indexRunes()
	d.index()
	d.zhPersons()
	d.translit()
	d.zhSuffixes()
	d.zhPlaces()
	d.english()
	d.linkSurnames()
	s.found = d.out
	return d.out
}

// discoverer holds one document's state while the rules run.
type discoverer struct {
	m       *Matcher
	s       *scratch
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
	// han and dots are the positions of the Han characters and of the
	// middle dots, in text order: the Chinese rules run only there.
	han, dots []int32
}

type anchor struct {
	doc.Span
	entries []*dict.Entry
}

func (a anchor) typ() string { return a.entries[0].Type }

// indexRunes fills han and dots in one pass over the text, unless
// scratch.runes did when it decoded the text.
func (d *discoverer) indexRunes() {
	if d.s.indexed {
		d.han, d.dots = d.s.han, d.s.dots
		return
	}
	han, dots := d.s.han[:0], d.s.dots[:0]
	for i, r := range d.rs {
		if isHan(r) {
			han = append(han, int32(i))
		} else if r == '·' {
			dots = append(dots, int32(i))
		}
	}
	d.han, d.dots = han, dots
	d.s.han, d.s.dots = han, dots
}

// index finds every Han alias of the dictionary at every position, without
// the token-boundary checks of Match (a name inside a longer name counts).
func (d *discoverer) index() {
	d.taken = bools(d.s.taken, len(d.rs)+1)
	d.s.taken = d.taken
	if d.s.anchored {
		d.anchors = d.s.anchors // Matcher.match found them on its walks
	} else {
		d.anchors = d.s.anchors[:0]
		for _, i := range d.han {
			d.anchors = d.m.flat.appendAnchors(d.anchors, d.rs, int(i))
		}
	}
	// found by start: a stable sort by end keeps the starts in order
	slices.SortStableFunc(d.anchors, func(a, b anchor) int { return a.End - b.End })
	d.s.anchors = d.anchors
}

// appendAnchors appends the anchors starting at i (see discoverer.index)
// to out, by end.
func (t *flatTrie) appendAnchors(out []anchor, rs []rune, i int) []anchor {
	n := uint32(0)
	for j := i; j < len(rs); j++ {
		if n = t.child(n, rs[j]); n == 0 {
			break
		}
		if t.flags[n]&flagAnchor != 0 {
			out = append(out, anchor{doc.Span{Start: i, End: j + 1}, t.node[n].entries})
		}
	}
	return out
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
	// the key of the name in the scratch's cache: type, NUL, the name
	// trimmed (strings.TrimSpace), spelled without a string per call
	key := append(append(d.s.key[:0], typ...), 0)
	n0 := len(key)
	for _, r := range d.rs[s.Start:s.End] {
		key = utf8.AppendRune(key, r)
	}
	name := bytes.TrimSpace(key[n0:])
	key = append(key[:n0], name...)
	d.s.key = key
	if len(name) == 0 || typ == doc.Person && d.knownPersonAt(s.Start, s.End) {
		return
	}
	nm, ok := d.s.named[string(key)]
	if !ok {
		name := string(key[n0:])
		nm = namedEntry{name, []*dict.Entry{d.entry(typ, name)}}
		d.s.named[string(key)] = nm
	}
	d.out = append(d.out, Match{Span: s, Candidates: nm.cands, Alias: nm.name, Method: method})
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
	hash := func() string { // only when the slug does not do
		sum := sha256.Sum256([]byte(strings.ToLower(key)))
		return hex.EncodeToString(sum[:5])
	}
	prefix := strings.ToLower(typ) + ":"
	if slug := slugOf(key); slug != "" {
		id := prefix + slug
		if d == nil || d.Get(id) == nil {
			return id
		}
		return id + "-d" + hash()[:6]
	}
	return prefix + "d" + hash()
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

// isLetterRune reports an ASCII letter or digit.
func isLetterRune(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
