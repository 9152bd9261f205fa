package table

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"sort"
	"time"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
)

// Names lists the tables in the order they are written; runs comes last.
var Names = []string{"documents", "mentions", "entities", "figures", "events", "relations", "errors", "runs"}

// EntityInfo describes an entity for the entities table; the writer asks
// for it once per entity id. ok is false for discovered entities.
type EntityInfo func(id string) (nameZh, nameEn string, aliases []string, ok bool)

// Part writes one chunk of a run: one part file per data table, under
// DIR/<table>/run_date=<YYYY-MM-DD>/part-<name>.parquet (Hive
// partitioning). Files are written under temporary names; Finish completes
// them and returns the renames that make them visible, which the caller
// performs after recording the chunk (see pipeline/state), so each file
// appears whole or not at all.
type Part struct {
	dir       string
	documents *file[Document]
	mentions  *file[Mention]
	entities  *file[Entity]
	figures   *file[Figure]
	events    *file[Event]
	relations *file[Relation]
	errors    *file[Error]
	info      EntityInfo
	agg       map[string]*entityAgg
}

// Rename is a finished part file: its temporary and final paths, relative
// to the output directory.
type Rename struct{ Tmp, Final string }

type entityAgg struct {
	typ, canonical string
	surfaces       map[string]bool
	mentions, docs int64
}

// PartPath is where a table's part file named name (a run id, or a run id
// and chunk number) goes.
func PartPath(dir, table string, runDate time.Time, name string) string {
	return filepath.Join(dir, table, "run_date="+runDate.UTC().Format("2006-01-02"), "part-"+name+".parquet")
}

// NewPart opens the temporary files of every data table (not runs).
func NewPart(dir string, runDate time.Time, name, producer string, info EntityInfo) (*Part, error) {
	p := &Part{dir: dir, info: info, agg: map[string]*entityAgg{}}
	var err error
	open := func(table string) string { return PartPath(dir, table, runDate, name) }
	var opened []interface{ abort() }
	fail := func(e error) (*Part, error) {
		for _, f := range opened {
			f.abort()
		}
		return nil, e
	}
	if p.documents, err = create[Document](open("documents"), producer, docGroupRows); err != nil {
		return fail(err)
	}
	opened = append(opened, p.documents)
	if p.mentions, err = create[Mention](open("mentions"), producer, rowGroupRows); err != nil {
		return fail(err)
	}
	opened = append(opened, p.mentions)
	if p.entities, err = create[Entity](open("entities"), producer, rowGroupRows); err != nil {
		return fail(err)
	}
	opened = append(opened, p.entities)
	if p.figures, err = create[Figure](open("figures"), producer, rowGroupRows); err != nil {
		return fail(err)
	}
	opened = append(opened, p.figures)
	if p.events, err = create[Event](open("events"), producer, rowGroupRows); err != nil {
		return fail(err)
	}
	opened = append(opened, p.events)
	if p.relations, err = create[Relation](open("relations"), producer, rowGroupRows); err != nil {
		return fail(err)
	}
	opened = append(opened, p.relations)
	if p.errors, err = create[Error](open("errors"), producer, rowGroupRows); err != nil {
		return fail(err)
	}
	return p, nil
}

// Write adds one document's rows.
func (w *Part) Write(a *doc.Analysis) error {
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
func (w *Part) WriteError(e Error) error { return w.errors.write(e) }

// Counts returns the rows written so far per table.
func (w *Part) Counts() map[string]int64 {
	return map[string]int64{
		"documents": w.documents.rows, "mentions": w.mentions.rows, "entities": int64(len(w.agg)),
		"figures": w.figures.rows, "events": w.events.rows, "relations": w.relations.rows, "errors": w.errors.rows,
	}
}

// Entities returns the entity rows aggregated over the part, sorted by id.
func (w *Part) Entities() []Entity {
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

// Empty reports whether nothing was written to the part.
func (w *Part) Empty() bool {
	return w.documents.rows == 0 && w.errors.rows == 0
}

// Finish writes the entities aggregated over the part and completes every
// file under its temporary name. It returns the renames that make the part
// visible, in table order; on error nothing is left behind.
func (w *Part) Finish() ([]Rename, error) {
	if err := w.entities.write(w.Entities()...); err != nil {
		w.Abort()
		return nil, err
	}
	files := w.files()
	renames := make([]Rename, 0, len(files))
	for i, f := range files {
		if err := f.finish(); err != nil {
			for _, g := range files[i+1:] {
				g.abort()
			}
			for _, g := range files[:i] {
				g.remove()
			}
			return nil, err
		}
		tmp, err1 := filepath.Rel(w.dir, f.tmpName())
		final, err2 := filepath.Rel(w.dir, f.finalName())
		if err := errors.Join(err1, err2); err != nil {
			return nil, err
		}
		renames = append(renames, Rename{Tmp: tmp, Final: final})
	}
	return renames, nil
}

type partFile interface {
	finish() error
	abort()
	remove()
	tmpName() string
	finalName() string
}

func (w *Part) files() []partFile {
	return []partFile{w.documents, w.mentions, w.entities, w.figures, w.events, w.relations, w.errors}
}

// Abort drops every temporary file; nothing of the part becomes visible.
func (w *Part) Abort() {
	for _, f := range w.files() {
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
