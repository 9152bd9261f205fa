package entity

import (
	"sort"
	"strings"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
)

// Resolve picks one entry for every ambiguous match from the document's
// context and drops matches it cannot decide. The evidence for a candidate
// is how often the document names it unambiguously, directly or through a
// place or person of that country (巴勒斯坦 or 加沙 for 巴方 → Palestine;
// 巴基斯坦 or 伊斯兰堡 → Pakistan). A tie leaves the mention unresolved: the
// dictionary never decides by a fixed preference.
func Resolve(ms []Match) []Match { return resolve(ms, map[string]int{}) }

// resolve is Resolve counting the evidence in the empty map evidence.
func resolve(ms []Match, evidence map[string]int) []Match {
	for _, m := range ms {
		if len(m.Candidates) == 1 {
			c := m.Candidates[0]
			evidence[c.ID]++
			if c.Country != "" {
				evidence[c.Country]++
			}
		}
	}
	out := ms[:0]
	for _, m := range ms {
		if len(m.Candidates) > 1 {
			best, bestN, tie := (*dict.Entry)(nil), 0, false
			for _, c := range m.Candidates {
				switch n := evidence[c.ID]; {
				case n > bestN:
					best, bestN, tie = c, n, false
				case n == bestN && n > 0:
					tie = true
				}
			}
			if best == nil || tie {
				continue
			}
			m.Candidates = []*dict.Entry{best}
		}
		out = append(out, m)
	}
	return out
}

// Mentions turns resolved matches into mentions with spans in the same
// (normalized) text and sentence indexes; surfaces are cut later, from the
// original text.
func Mentions(ms []Match, sentences []doc.Span) []doc.Mention {
	out := make([]doc.Mention, 0, len(ms))
	for _, m := range ms {
		e := m.Candidates[0]
		out = append(out, doc.Mention{
			Span:          m.Span,
			EntityID:      e.ID,
			EntityType:    e.Type,
			CanonicalName: Canonical(e),
			Method:        m.Method,
			SentenceIndex: SentenceOf(sentences, m.Start),
		})
	}
	return out
}

// Canonical is the name an entity is listed under: Chinese when it has one.
func Canonical(e *dict.Entry) string {
	if e.NameZh != "" {
		return e.NameZh
	}
	return e.NameEn
}

// SentenceOf returns the index of the sentence holding rune offset pos
// (sentences are spans of the same text, sorted).
func SentenceOf(sentences []doc.Span, pos int) int {
	i := sort.Search(len(sentences), func(i int) bool { return sentences[i].End > pos })
	if i == len(sentences) {
		return len(sentences) - 1
	}
	return i
}

// regions are the places whose bodies news names without the place when
// the text is about them (特区政府 is Hong Kong's government in a Hong Kong
// report and Macao's in a Macao one), with their English names.
var regions = []struct{ zh, en string }{{"香港", "Hong Kong"}, {"澳门", "Maca"}}

// elidedRegion reports a dictionary body of a region named by an alias
// without the region (特区政府) in a text that does not name that region:
// the text is about another one, or says nothing of which.
func elidedRegion(text string, m Match) bool {
	e := m.Candidates[0]
	if e.Type != doc.Org || m.Method != "dictionary" {
		return false
	}
	for _, r := range regions {
		if !strings.HasPrefix(e.NameZh, r.zh) {
			continue
		}
		if isLatin(m.Alias) || strings.Contains(m.Alias, r.zh) {
			return false // English aliases and those with the region name it
		}
		return !strings.Contains(text, r.zh) && !strings.Contains(text, r.en)
	}
	return false
}
