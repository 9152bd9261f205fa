// Package entity finds entity mentions in a normalized document: every
// dictionary alias (Chinese anywhere the segmentation allows, English on
// word boundaries and case-aware), with ambiguous short forms (巴方, 乌方)
// resolved from the other entities the document names; then the entities
// the dictionary does not list (Discover): people after a post or in a
// byline (局长孙海涛, 记者朱超), transliterated names (阿利舍尔·穆卡占),
// organisations, places and projects by their head words (…委员会, …口岸,
// …铁路), English names ("Deputy Foreign Minister Farhod Yusupov", "Peking
// University"). The longest span wins; discovered entities get stable ids
// (DiscoveredID) and the method that found them.
//
//	m := entity.NewMatcher(d)
//	ms := m.Find(norm, tokens) // rune spans into norm, one entry each
//	// 乌兹别克斯坦农业部副部长沙夫卡特·尤苏波夫 → ORG 乌兹别克斯坦农业部 (suffix),
//	//                                      PERSON 沙夫卡特·尤苏波夫 (transliteration)
package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/runeset"
	"github.com/sco-news/extract/pipeline/segment"
)

// Match is a mention found in normalized text: rune offsets into it.
type Match struct {
	doc.Span
	// Candidates are the entries the alias may denote; after Resolve,
	// exactly one remains (or the match is dropped).
	Candidates []*dict.Entry
	// Alias is the dictionary alias that matched.
	Alias  string
	Method string
	// linked marks a later mention of a discovered person by surname: it
	// beats a dictionary alias of the same span (卡里莫夫 after 拉斯图姆·卡里莫夫).
	linked bool
}

// Matcher holds the alias trie built from a dictionary; it is read-only
// after NewMatcher and safe for concurrent use.
type Matcher struct {
	root *node
	// flat is the trie laid out for the walks from every position.
	flat *flatTrie
	dict *dict.Dict
	// translit holds the characters of transliterated names.
	translit *runeset.Set
}

type node struct {
	children[node]
	// alias is set on nodes that end an alias.
	alias   string
	entries []*dict.Entry
	latin   bool // the alias is ASCII-only: word boundaries and case apply
	// cased holds every spelling of the alias as the dictionary writes it.
	cased []string
	// block is set for non-entity phrases (上海精神): a match that yields
	// no mention and hides the aliases inside it.
	block bool
}

// NewMatcher builds the trie of every alias of d (keys in match form).
func NewMatcher(d *dict.Dict) *Matcher {
	m := &Matcher{root: &node{}, dict: d, translit: runeset.Of(translitSet(d))}
	for _, e := range d.Entries() {
		for _, a := range e.Aliases {
			m.add(a.Text, e)
		}
	}
	for _, p := range d.NonEntities() {
		m.add(p, nil)
	}
	m.root.freeze()
	m.flat = flatten(m.root)
	return m
}

// freeze turns the children maps of the trie under n into sorted slices.
func (n *node) freeze() { n.children.freeze((*node).freeze) }

func (m *Matcher) add(alias string, e *dict.Entry) {
	key := dict.MatchKey(alias)
	if key == "" {
		return
	}
	n := m.root
	for _, r := range key {
		r = unicode.ToLower(r)
		n = n.add(r)
	}
	if n.alias == "" {
		n.alias = key
	}
	n.latin = isLatin(key)
	// remember every spelling so that case checks accept any of them
	n.cased = appendUnique(n.cased, key)
	if e == nil {
		n.block = true
		return
	}
	for _, x := range n.entries {
		if x == e {
			return
		}
	}
	n.entries = append(n.entries, e)
	sort.Slice(n.entries, func(i, j int) bool { return n.entries[i].ID < n.entries[j].ID })
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// Match returns the leftmost-longest alias matches in text (normalized),
// checked against word boundaries: English aliases must not touch letters
// or digits; Chinese aliases of one or two characters must start and end on
// token boundaries (so 中方 is not found in 集中方式).
func (m *Matcher) Match(text string, toks []segment.Token) []Match {
	s := getScratch()
	defer s.put()
	return m.match([]rune(text), toks, s, nil, false)
}

// match appends the matches of Match to out, with the buffers of s. With
// anchors (the trie's labels are all in lower case, so that a walk over
// lower-cased runes is the walk over the runes themselves until a rune
// that lower-casing changes), it also collects the anchors of
// discoverer.index into s on the same walks, walking on purpose only from
// the Han characters it jumps over.
func (m *Matcher) match(rs []rune, toks []segment.Token, s *scratch, out []Match, anchors bool) []Match {
	tb := s.bounds(toks, len(rs))
	t := m.flat
	s.anchors, s.anchored = s.anchors[:0], anchors
	for i := 0; i < len(rs); {
		best, bestEnd := (*node)(nil), 0
		var n uint32
		if r := rs[i]; r < utf8.RuneSelf {
			a := t.ascii[r]
			if n = a.child; n == 0 {
				i++
				continue
			}
			if !a.inWord && i > 0 && isWordRuneFast(rs[i-1]) {
				// no alias here; a Latin one cannot start inside a word
				// (accept): nor at the next letters of the word, each after
				// a letter or digit
				i++
				if asciiWordByte[r] == 0 {
					continue
				}
				for i < len(rs) && rs[i] < utf8.RuneSelf && t.ascii[rs[i]].skipInWord {
					i++
				}
				continue
			}
			if t.flags[n]&(flagEntries|flagBlock) == 0 && i+1 < len(rs) && rs[i+1] < utf8.RuneSelf && !t.pairStarts(r, rs[i+1]) {
				i++ // no alias ends at the first rune, none goes on with the second
				continue
			}
		} else if n = t.child(0, lower(r)); n == 0 || i > 0 && t.flags[n]&flagNonLatinBelow == 0 && isWordRuneFast(rs[i-1]) {
			if anchors && n != 0 && isHan(r) {
				s.anchors = t.appendAnchors(s.anchors, rs, i)
			}
			i++
			continue
		}
		raw := anchors && isHan(rs[i]) // the walk is index's walk from i
		for j := i; j < len(rs); j++ {
			if j > i {
				r := rs[j]
				lr := lowerFast(r)
				raw = raw && lr == r
				if n = t.child(n, lr); n == 0 {
					break
				}
			}
			f := t.flags[n]
			if raw && f&flagAnchor != 0 {
				s.anchors = append(s.anchors, anchor{doc.Span{Start: i, End: j + 1}, t.node[n].entries})
			}
			if f&(flagEntries|flagBlock) != 0 && m.accept(t.node[n], rs, i, j+1, tb) {
				best, bestEnd = t.node[n], j+1
			}
		}
		if best == nil {
			i++
			continue
		}
		if anchors {
			for k := i + 1; k < bestEnd; k++ {
				if isHan(rs[k]) {
					s.anchors = t.appendAnchors(s.anchors, rs, k)
				}
			}
		}
		if best.block && len(best.entries) == 0 {
			i = bestEnd
			continue
		}
		out = append(out, Match{Span: doc.Span{Start: i, End: bestEnd}, Candidates: best.entries, Alias: best.alias, Method: "dictionary"})
		i = bestEnd
	}
	return out
}

func (m *Matcher) accept(n *node, rs []rune, s, e int, tb *tokenBounds) bool {
	if n.latin {
		if s > 0 && isWordRune(rs[s-1]) || e < len(rs) && isWordRune(rs[e]) {
			return false
		}
		return caseFitsRunes(rs[s:e], n.cased)
	}
	if ministerPost(n, rs, e) {
		return false
	}
	if e-s <= 2 {
		return tb.startsAt(s) && tb.endsAt(e)
	}
	return true
}

// ministerPost reports a ministry's name that is the head of a post:
// 国防部 in 国防部长, 中国外交部 in 中国外交部长. News writes the minister
// without the ministry (印度国防部长辛格 names India and a post), so the
// ministry is not a mention there and a shorter alias (中国) is taken.
func ministerPost(n *node, rs []rune, e int) bool {
	if e >= len(rs) || rs[e] != '长' || rs[e-1] != '部' {
		return false
	}
	for _, en := range n.entries {
		if en.Type != doc.Org {
			return false
		}
	}
	return len(n.entries) > 0
}

// caseFits accepts a surface spelled like one of the alias spellings, or,
// for multi-word names, any capitalisation that keeps initial capitals
// ("Shanghai Cooperation Organization" but not "shanghai cooperation").
func caseFits(surface string, cased []string) bool {
	for _, c := range cased {
		if surface == c {
			return true
		}
	}
	for _, c := range cased {
		if strings.Contains(c, " ") && strings.EqualFold(surface, c) && upperInitials(surface) {
			return true
		}
	}
	return false
}

// caseFitsRunes is caseFits of the surface rs, spelled as a string only
// when no spelling is equal to it.
func caseFitsRunes(rs []rune, cased []string) bool {
	for _, c := range cased {
		if runesAre(rs, c) {
			return true
		}
	}
	return caseFits(string(rs), cased)
}

func upperInitials(s string) bool {
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && len(w) > 3 {
			return false
		}
	}
	return true
}

// isWordRune reports letters and digits of alphabetic scripts (Latin,
// Cyrillic): an alphabetic alias must not continue into one.
func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && r < 0x2E80
}

// isWordRuneFast is isWordRune with ASCII answered inline.
func isWordRuneFast(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return isWordRune(r)
}

// lowerFast is lower with ASCII answered inline.
func lowerFast(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return lower(r)
}

// isLatin reports an alias in an alphabetic script (no CJK): such aliases
// match on word boundaries and case-aware.
func isLatin(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 {
			return false
		}
	}
	return true
}
