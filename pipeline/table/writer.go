package table

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"time"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
)

// Names lists the tables in the order they are written.
var Names = []string{"documents", "mentions", "entities", "figures", "events", "relations", "errors", "runs"}

// EntityInfo describes an entity for the entities table; the writer asks
// for it once per entity id. ok is false for discovered entities.
type EntityInfo func(id string) (nameZh, nameEn string, aliases []string, ok bool)

// Writer writes one run's rows: one part file per table, under
// DIR/<table>/run_date=<YYYY-MM-DD>/part-<run id>.parquet (Hive
// partitioning), each file appearing whole or not at all.
type Writer struct {
	documents *file[Document]
	mentions  *file[Mention]
	entities  *file[Entity]
	figures   *file[Figure]
	events    *file[Event]
	relations *file[Relation]
	errors    *file[Error]
	runs      *file[Run]
	info      EntityInfo
	agg       map[string]*entityAgg
}

type entityAgg struct {
	typ, canonical string
	surfaces       map[string]bool
	mentions, docs int64
}

// PartPath is where a table's part file of a run goes.
func PartPath(dir, table string, runDate time.Time, runID string) string {
	return filepath.Join(dir, table, "run_date="+runDate.UTC().Format("2006-01-02"), "part-"+runID+".parquet")
}

// NewWriter opens the temporary files of every table.
func NewWriter(dir string, runDate time.Time, runID, producer string, info EntityInfo) (*Writer, error) {
	w := &Writer{info: info, agg: map[string]*entityAgg{}}
	var err error
	open := func(name string) string { return PartPath(dir, name, runDate, runID) }
	if w.documents, err = create[Document](open("documents"), producer); err != nil {
		return nil, err
	}
	opened := []interface{ abort() }{w.documents}
	fail := func(e error) (*Writer, error) {
		for _, f := range opened {
			f.abort()
		}
		return nil, e
	}
	if w.mentions, err = create[Mention](open("mentions"), producer); err != nil {
		return fail(err)
	}
	opened = append(opened, w.mentions)
	if w.entities, err = create[Entity](open("entities"), producer); err != nil {
		return fail(err)
	}
	opened = append(opened, w.entities)
	if w.figures, err = create[Figure](open("figures"), producer); err != nil {
		return fail(err)
	}
	opened = append(opened, w.figures)
	if w.events, err = create[Event](open("events"), producer); err != nil {
		return fail(err)
	}
	opened = append(opened, w.events)
	if w.relations, err = create[Relation](open("relations"), producer); err != nil {
		return fail(err)
	}
	opened = append(opened, w.relations)
	if w.errors, err = create[Error](open("errors"), producer); err != nil {
		return fail(err)
	}
	opened = append(opened, w.errors)
	if w.runs, err = create[Run](open("runs"), producer); err != nil {
		return fail(err)
	}
	return w, nil
}

// Write adds one document's rows.
func (w *Writer) Write(a *doc.Analysis) error {
	d := &a.Doc
	sum := sha256.Sum256([]byte(d.Text))
	if err := w.documents.write(Document{
		DocID: d.ID, SourcePath: d.SourcePath, ArticleIndex: int64(d.ArticleIndex),
		Title: opt(d.Title), Source: opt(d.Source), URL: opt(d.URL), Published: d.Published,
		Lang: d.Lang, Text: d.Text, CharCount: int64(utf8.RuneCountInString(d.Text)), SHA256: hex.EncodeToString(sum[:]),
	}); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, m := range a.Mentions {
		if err := w.mentions.write(Mention{
			DocID: d.ID, Start: int64(m.Start), End: int64(m.End), Surface: m.Surface, EntityID: m.EntityID,
			EntityType: m.EntityType, CanonicalName: m.CanonicalName, Method: m.Method, SentenceIndex: int64(m.SentenceIndex),
		}); err != nil {
			return err
		}
		g := w.agg[m.EntityID]
		if g == nil {
			g = &entityAgg{typ: m.EntityType, canonical: m.CanonicalName, surfaces: map[string]bool{}}
			w.agg[m.EntityID] = g
		}
		g.mentions++
		g.surfaces[m.Surface] = true
		if !seen[m.EntityID] {
			seen[m.EntityID] = true
			g.docs++
		}
	}
	for _, f := range a.Figures {
		if err := w.figures.write(Figure{
			DocID: d.ID, Start: int64(f.Start), End: int64(f.End), Surface: f.Surface, Kind: f.Kind,
			Value: f.Value, ValueMin: f.ValueMin, ValueMax: f.ValueMax, Unit: f.Unit, Approx: f.Approx,
			Measure: opt(f.Measure), SubjectEntityID: opt(f.SubjectEntityID), Period: opt(f.Period),
		}); err != nil {
			return err
		}
	}
	for _, e := range a.Events {
		parts := e.ParticipantIDs
		if parts == nil {
			parts = []string{}
		}
		if err := w.events.write(Event{
			EventID: e.ID, DocID: d.ID, Type: e.Type, Name: opt(e.Name),
			DateStart: days(e.DateStart), DateEnd: days(e.DateEnd), DatePrecision: e.Precision,
			LocationEntityID: opt(e.LocationEntityID), LocationText: opt(e.LocationText), ParticipantIDs: parts,
			Start: int64(e.Start), End: int64(e.End),
		}); err != nil {
			return err
		}
	}
	for _, r := range a.Relations {
		if err := w.relations.write(Relation{
			DocID: d.ID, SubjectID: r.SubjectID, Predicate: r.Predicate, ObjectID: r.ObjectID,
			Role: opt(r.Role), Status: opt(r.Status), Start: int64(r.Start), End: int64(r.End),
		}); err != nil {
			return err
		}
	}
	return nil
}

// WriteError adds a row to the errors table.
func (w *Writer) WriteError(e Error) error { return w.errors.write(e) }

// Counts returns the rows written so far per table.
func (w *Writer) Counts() map[string]int64 {
	return map[string]int64{
		"documents": w.documents.rows, "mentions": w.mentions.rows, "entities": int64(len(w.agg)),
		"figures": w.figures.rows, "events": w.events.rows, "relations": w.relations.rows, "errors": w.errors.rows,
	}
}

// Entities returns the entity rows aggregated over the run, sorted by id.
func (w *Writer) Entities() []Entity {
	ids := make([]string, 0, len(w.agg))
	for id := range w.agg {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	rows := make([]Entity, 0, len(ids))
	for _, id := range ids {
		g := w.agg[id]
		row := Entity{EntityID: id, Type: g.typ, Origin: "discovered", MentionCount: g.mentions, DocCount: g.docs}
		if zh, en, aliases, ok := w.info(id); ok {
			row.NameZh, row.NameEn, row.Aliases, row.Origin = opt(zh), opt(en), aliases, "dictionary"
		} else {
			row.NameZh = opt(g.canonical)
			for s := range g.surfaces {
				row.Aliases = append(row.Aliases, s)
			}
			sort.Strings(row.Aliases)
		}
		if row.Aliases == nil {
			row.Aliases = []string{}
		}
		rows = append(rows, row)
	}
	return rows
}

// Close writes the entities and the run row, then commits every file:
// data tables first, the runs table last, so a run row means a whole run.
func (w *Writer) Close(run Run) error {
	ents := w.Entities()
	if err := w.entities.write(ents...); err != nil {
		w.Abort()
		return err
	}
	c := w.Counts()
	run.RowsDocuments, run.RowsMentions, run.RowsEntities = c["documents"], c["mentions"], int64(len(ents))
	run.RowsFigures, run.RowsEvents, run.RowsRelations, run.Errors = c["figures"], c["events"], c["relations"], c["errors"]
	if run.Inputs == nil {
		run.Inputs = []string{}
	}
	if err := w.runs.write(run); err != nil {
		w.Abort()
		return err
	}
	var errs []error
	for _, f := range []interface{ commit() error }{w.documents, w.mentions, w.entities, w.figures, w.events, w.relations, w.errors, w.runs} {
		if err := f.commit(); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("commit tables: %w", errors.Join(errs...))
	}
	return nil
}

// Abort drops every temporary file; nothing of the run becomes visible.
func (w *Writer) Abort() {
	for _, f := range []interface{ abort() }{w.documents, w.mentions, w.entities, w.figures, w.events, w.relations, w.errors, w.runs} {
		f.abort()
	}
}

func opt(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// days converts a date to days since 1970-01-01 (Parquet DATE); nil for zero.
func days(d doc.Date) *int32 {
	if d.IsZero() {
		return nil
	}
	n := int32(d.Time().Sub(epoch).Hours() / 24)
	return &n
}
