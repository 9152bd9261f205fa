// Package annotate runs every extraction stage over one document: the
// function the batch runner, `extract annotate`, `extract eval` and the peer
// runner all call, so they all see the same extraction.
//
// Stages read the normalized text and return spans into it; this package is
// the one boundary where every span is mapped back to code point offsets in
// the original text and every surface is cut from the original:
//
//	a, _ := annotate.New(d)
//	res := a.Analyze(document) // res.Mentions[i].Surface == []rune(document.Text)[Start:End]
package annotate

import (
	"fmt"
	"sync"
	"time"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/entity"
	"github.com/sco-news/extract/pipeline/event"
	"github.com/sco-news/extract/pipeline/figure"
	"github.com/sco-news/extract/pipeline/normalize"
	"github.com/sco-news/extract/pipeline/relation"
	"github.com/sco-news/extract/pipeline/segment"
	"github.com/sco-news/extract/pipeline/split"
	"github.com/sco-news/extract/pipeline/timex"
)

// Annotator holds the loaded dictionary and segmenter. It is read-only
// after New and safe for concurrent use.
type Annotator struct {
	Dict    *dict.Dict
	seg     *segment.Segmenter
	matcher *entity.Matcher
	fold    *normalize.Folder
}

// New loads gse with every alias of d.
func New(d *dict.Dict) (*Annotator, error) {
	seg, err := segment.New(d.Surfaces())
	if err != nil {
		return nil, fmt.Errorf("load segmenter: %w", err)
	}
	return &Annotator{Dict: d, seg: seg, matcher: entity.NewMatcher(d), fold: normalize.NewFolder(dict.FoldRune)}, nil
}

// Segmenter returns the loaded segmenter (for benchmarks).
func (a *Annotator) Segmenter() *segment.Segmenter { return a.seg }

// Analyze extracts everything from one document.
func (a *Annotator) Analyze(d doc.Document) doc.Analysis {
	nt := a.fold.New(d.Text) // normalize.New(d.Text, dict.FoldRune)
	res := a.stages(d, nt)
	toOriginal(&res, nt)
	return res
}

// stages runs every stage over the normalized text nt of d: the spans of
// the result are offsets into nt.Norm.
func (a *Annotator) stages(d doc.Document, nt *normalize.Text) doc.Analysis {
	norm := nt.Norm
	sents, toks := a.seg.Segment(norm)
	matches := a.matcher.Find(norm, toks)
	ments := entity.Mentions(matches, sents)

	subjects := make([]figure.Subject, len(ments))
	for i, m := range ments {
		subjects[i] = figure.Subject{Span: m.Span, EntityID: m.EntityID, EntityType: m.EntityType}
	}
	figs := figure.Extract(norm, figure.Options{Lang: d.Lang, Subjects: subjects})
	dates := timex.Extract(norm, d.Published)
	evs := event.Extract(event.Input{DocID: d.ID, Text: norm, Sentences: sents, Mentions: ments, Dates: dates})
	rin := relation.Input{Text: norm, Sentences: sents, Mentions: ments}
	if d.Published != nil {
		at := d.Published.In(split.Beijing) // the publication date where SCO news is dated
		rin.StatusAt = func(country, org string) string { return a.Dict.MemberStatus(country, org, at) }
	}
	rels := relation.Extract(rin)

	return doc.Analysis{Doc: d, Sentences: sents, Mentions: ments, Figures: figs, Dates: dates, Events: evs, Relations: rels}
}

// toOriginal maps every span of res from the normalized text to the
// original and cuts surfaces from the original text (as []rune(text)
// would: a byte that is not UTF-8 becomes U+FFFD).
func toOriginal(res *doc.Analysis, nt *normalize.Text) {
	conv := func(s doc.Span) doc.Span { return nt.Orig(s.Start, s.End) }
	var cut func(s doc.Span) string
	if x, ok := newRuneIndex(res.Doc.Text); ok {
		cut = func(s doc.Span) string { return x.cut(s.Start, s.End) }
	} else {
		orig := []rune(res.Doc.Text)
		cut = func(s doc.Span) string { return string(orig[s.Start:s.End]) }
	}
	for i := range res.Sentences {
		res.Sentences[i] = conv(res.Sentences[i])
	}
	for i := range res.Mentions {
		m := &res.Mentions[i]
		m.Span = conv(m.Span)
		m.Surface = cut(m.Span)
	}
	for i := range res.Figures {
		f := &res.Figures[i]
		f.Span = conv(f.Span)
		f.Surface = cut(f.Span)
	}
	for i := range res.Dates {
		t := &res.Dates[i]
		t.Span = conv(t.Span)
		t.Surface = cut(t.Span)
	}
	for i := range res.Events {
		res.Events[i].Span = conv(res.Events[i].Span)
	}
	for i := range res.Relations {
		res.Relations[i].Span = conv(res.Relations[i].Span)
	}
}

var (
	defaultOnce sync.Once
	defaultAnn  *Annotator
	defaultErr  error
)

// Default returns an Annotator over the built-in dictionary, loaded once.
func Default() (*Annotator, error) {
	defaultOnce.Do(func() {
		d, err := dict.Load()
		if err != nil {
			defaultErr = fmt.Errorf("load dictionary: %w", err)
			return
		}
		defaultAnn, defaultErr = New(d)
	})
	return defaultAnn, defaultErr
}

// Text analyzes a bare text with the default annotator, as `extract
// annotate` does: the entry point of the peer runner.
func Text(text string, published *time.Time, lang string) doc.Analysis {
	a, err := Default()
	if err != nil {
		panic(err) // the built-in dictionary is checked by its tests
	}
	if lang == "" {
		lang = normalize.Lang(text, dict.FoldRune)
	}
	return a.Analyze(doc.Document{ID: "annotate", Text: text, Published: published, Lang: lang})
}
