// Package eval scores the pipeline against gold files: the contract of
// docs/gold-format.md, which users also run in their own CI.
//
// A gold file is JSON Lines, one annotated document a line (ReadGold).
// Score runs the pipeline (an Annotator) over every document and compares,
// per document and table, the gold keys with the predicted keys as sets:
//
//	entities   (type, entity)
//	figures    (kind, value) for counts, (kind, unit, value) for money and
//	           percent; values equal within 1e-9 relative
//	events     (type, date at the event's precision, location entity or none)
//	relations  (subject entity, predicate, object entity)
//
// The program's entities are its mentions grouped by (type, entity id). A
// gold name denotes a predicted entity when both resolve to the same
// dictionary entry (Resolver.Lookup of the name; the entity id of the
// prediction), or, for a name outside the dictionary, when its Canonical
// form equals that of any surface (or canonical name) of the mentions the
// program linked to that id in the document. For a gold entity only
// dictionary entries of its own type count; an ambiguous alias (巴方)
// denotes any of its entries. Event locations and relation ends are names
// matched the same way against the predicted entity ids (and an event's
// LocationText).
//
// Keys that are equal on one side count once: the comparison is between
// sets, so 10个成员国 stated twice is one figure key, and two gold names of
// one dictionary entity are one entity key. Each gold key is matched to at
// most one predicted key, and the matching pairs as many keys as possible.
// True positives, false positives and false negatives add up over the file
// into micro precision, recall and F1 per table and per type (precision is 1
// when nothing was predicted, recall 1 when nothing was there); attributes
// (figure unit, measure, approx; event end; relation role, status) are
// scored as accuracy over matched pairs. A missing gold list is not scored
// for that document; an empty one is.
//
//	gold, err := eval.ReadGold(f)
//	rep, err := eval.Score(ctx, gold, annotate, dictionary)
//	rep.WriteText(os.Stdout)
//	for _, msg := range eval.Gate(rep, map[string]float64{"entities": 0.9}, baseline) {
//		fmt.Println(msg) // "entities: F1 0.8712 below floor 0.9000"
//	}
package eval

import (
	"context"
	"fmt"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
)

// Annotator runs the pipeline over one document; the caller passes it in.
type Annotator func(ctx context.Context, d doc.Document) (doc.Analysis, error)

// Resolver resolves a name to the dictionary entries it may denote (every
// alias, any language: 上合组织, SCO, 上海合作组织 → the same entry; several
// entries for an ambiguous alias such as 巴方). *dict.Dict satisfies it. A
// nil Resolver means no dictionary: names then match by surface only.
type Resolver interface {
	Lookup(alias string) []*dict.Entry
}

// scorer holds the state of one Score call and of its current document.
type scorer struct {
	report *Report
	names  *namer
	// current document
	id     string
	text   []rune
	folded []rune
}

// Score runs ann over every gold document, in order, and scores the output.
// res may be nil (no dictionary: names match by surface only). A document
// the annotator fails on is recorded in Report.Errors and scored as if
// nothing was found; Score itself fails only on a cancelled context or an
// unusable gold document.
func Score(ctx context.Context, gold []GoldDoc, ann Annotator, res Resolver) (*Report, error) {
	s := &scorer{report: newReport(), names: newNamer(res)}
	for _, g := range gold {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("score: %w", err)
		}
		d, err := g.Document()
		if err != nil {
			return nil, fmt.Errorf("score: %w", err)
		}
		a, err := ann(ctx, d)
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("score %s: %w", g.ID, ctx.Err())
			}
			s.report.Errors = append(s.report.Errors, DocError{ID: g.ID, Err: err.Error()})
			a = doc.Analysis{Doc: d}
		}
		s.scoreDoc(g, a)
	}
	return s.report, nil
}

// scoreDoc scores every annotated table of one document.
func (s *scorer) scoreDoc(g GoldDoc, a doc.Analysis) {
	s.report.Documents++
	s.id = g.ID
	s.text = []rune(g.Text)
	s.folded = nil
	idx := indexEntities(a.Mentions)
	if g.Entities != nil {
		s.scoreEntities(g.Entities, idx)
	}
	if g.Figures != nil {
		s.scoreFigures(g.Figures, a.Figures)
	}
	if g.Events != nil {
		s.scoreEvents(g.Events, a.Events, idx)
	}
	if g.Relations != nil {
		s.scoreRelations(g.Relations, a.Relations, idx)
	}
}
