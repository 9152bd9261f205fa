package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// Miss is one line of --explain: a false negative, a false positive, or a
// matched pair whose attribute disagrees.
type Miss struct {
	DocID string
	Table string
	// Kind is "FN", "FP" or the attribute name ("figures.measure").
	Kind string
	// Type is the entity type, figure kind, event type or predicate.
	Type string
	// Key renders the key (and for attributes, gold and predicted values).
	Key string
	// Context is the text around the evidence, the evidence in ⟦ ⟧; "" when
	// there is no span (a gold event without location, a prediction without
	// evidence span).
	Context string
}

// contextRunes is how much text --explain shows on each side.
const contextRunes = 30

// maxEvidence bounds the evidence shown inside ⟦ ⟧ (events carry whole
// sentences).
const maxEvidence = 60

// noSpan marks a key without a place in the text.
var noSpan = doc.Span{Start: -1, End: -1}

func (s *scorer) miss(table, kind, typ, key string, span doc.Span) {
	s.report.Misses = append(s.report.Misses, Miss{DocID: s.id, Table: table, Kind: kind, Type: typ, Key: key,
		Context: excerpt(s.text, span)})
}

// locate finds the first occurrence of a gold string in the document: as
// written, else with width, middle dots, Traditional characters and case
// folded rune for rune. It returns noSpan when there is none.
func (s *scorer) locate(needle string) doc.Span {
	if needle == "" {
		return noSpan
	}
	n := []rune(needle)
	if i := indexRunes(s.text, n); i >= 0 {
		return doc.Span{Start: i, End: i + len(n)}
	}
	if s.folded == nil {
		s.folded = foldRunes(s.text)
	}
	if i := indexRunes(s.folded, foldRunes(n)); i >= 0 {
		return doc.Span{Start: i, End: i + len(n)}
	}
	return noSpan
}

func foldRunes(rs []rune) []rune {
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[i] = foldRune(r)
	}
	return out
}

func indexRunes(hay, needle []rune) int {
	if len(needle) == 0 {
		return -1
	}
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j, r := range needle {
			if hay[i+j] != r {
				continue outer
			}
		}
		return i
	}
	return -1
}

// excerpt renders span with contextRunes of text on each side, whitespace
// shown as single spaces.
func excerpt(text []rune, span doc.Span) string {
	if span.Start < 0 || span.Start >= len(text) || span.End <= span.Start {
		return ""
	}
	start, end := span.Start, min(max(span.End, span.Start), len(text))
	var b strings.Builder
	if start > contextRunes {
		b.WriteString("…")
	}
	b.WriteString(flat(text[max(0, start-contextRunes):start]))
	b.WriteString("⟦")
	if end-start > maxEvidence {
		b.WriteString(flat(text[start : start+maxEvidence]))
		b.WriteString("…")
	} else {
		b.WriteString(flat(text[start:end]))
	}
	b.WriteString("⟧")
	b.WriteString(flat(text[end:min(len(text), end+contextRunes)]))
	if end+contextRunes < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// flat turns every run of whitespace into one space.
func flat(rs []rune) string {
	var b strings.Builder
	space := false
	for _, r := range rs {
		if r == ' ' || r == '\n' || r == '\r' || r == '\t' || r == '\u3000' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// WriteExplain writes every false positive, false negative and attribute
// disagreement, one a line, in gold order; within a document by table
// (entities, figures, events, relations), then attribute disagreements,
// false negatives, false positives:
//
//	seed-000-03  entities  FN  COUNTRY  乌兹别克斯坦 (country:UZB)  …与⟦乌兹别克斯坦⟧的贸易额…
func (r *Report) WriteExplain(w io.Writer) error {
	var b strings.Builder
	for _, m := range r.Misses {
		fmt.Fprintf(&b, "%s  %s  %s  %s  %s", m.DocID, m.Table, m.Kind, m.Type, m.Key)
		if m.Context != "" {
			b.WriteString("  ")
			b.WriteString(m.Context)
		}
		b.WriteByte('\n')
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write explain: %w", err)
	}
	return nil
}
