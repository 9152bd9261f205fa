package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/annotate"
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/normalize"
	"github.com/sco-news/extract/pipeline/read"
)

type annotateOptions struct {
	io        streams
	published string
	lang      string
	jsonl     bool
	dicts     []string
}

func newAnnotateCmd(io streams) *cobra.Command {
	o := &annotateOptions{io: io}
	cmd := &cobra.Command{
		Use:   "annotate",
		Short: "Print every extraction of the text on stdin as JSON",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return runAnnotate(o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.published, "published", "", "publication date (YYYY-MM-DD or RFC 3339) for relative dates")
	f.StringVar(&o.lang, "lang", "", "language (zh, zh-Hant, en, mixed); guessed when empty")
	f.BoolVar(&o.jsonl, "jsonl", false, `read JSON lines {"id","text","published"}, write one JSON line each`)
	f.StringArrayVar(&o.dicts, "dict", nil, "extra dictionary file (repeatable)")
	return cmd
}

// Output is the JSON `extract annotate` prints; fields are named as the
// table columns.
type Output struct {
	ID        string         `json:"id,omitempty"`
	Entities  []mentionJSON  `json:"entities"`
	Figures   []figureJSON   `json:"figures"`
	Dates     []dateJSON     `json:"dates"`
	Events    []eventJSON    `json:"events"`
	Relations []relationJSON `json:"relations"`
	Error     string         `json:"error,omitempty"`
}

type mentionJSON struct {
	Start         int    `json:"start"`
	End           int    `json:"end"`
	Surface       string `json:"surface"`
	EntityID      string `json:"entity_id"`
	EntityType    string `json:"entity_type"`
	CanonicalName string `json:"canonical_name"`
	Method        string `json:"method"`
	SentenceIndex int    `json:"sentence_index"`
}

type figureJSON struct {
	Start           int     `json:"start"`
	End             int     `json:"end"`
	Surface         string  `json:"surface"`
	Kind            string  `json:"kind"`
	Value           float64 `json:"value"`
	ValueMin        float64 `json:"value_min"`
	ValueMax        float64 `json:"value_max"`
	Unit            string  `json:"unit"`
	Approx          bool    `json:"approx"`
	Measure         string  `json:"measure,omitempty"`
	SubjectEntityID string  `json:"subject_entity_id,omitempty"`
	Period          string  `json:"period,omitempty"`
}

type dateJSON struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Surface   string `json:"surface"`
	Date      string `json:"date,omitempty"`
	EndDate   string `json:"end_date,omitempty"`
	Precision string `json:"precision"`
}

type eventJSON struct {
	EventID          string   `json:"event_id"`
	Type             string   `json:"type"`
	Name             string   `json:"name,omitempty"`
	DateStart        string   `json:"date_start,omitempty"`
	DateEnd          string   `json:"date_end,omitempty"`
	DatePrecision    string   `json:"date_precision"`
	LocationEntityID string   `json:"location_entity_id,omitempty"`
	LocationText     string   `json:"location_text,omitempty"`
	ParticipantIDs   []string `json:"participant_ids"`
	Start            int      `json:"start"`
	End              int      `json:"end"`
}

type relationJSON struct {
	SubjectID string `json:"subject_id"`
	Predicate string `json:"predicate"`
	ObjectID  string `json:"object_id"`
	Role      string `json:"role,omitempty"`
	Status    string `json:"status,omitempty"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

func runAnnotate(o *annotateOptions) error {
	pub, err := parsePublished(o.published)
	if err != nil {
		return err
	}
	a, err := loadAnnotator(o.dicts)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(o.io.Out)
	enc.SetEscapeHTML(false)
	if !o.jsonl {
		b, err := io.ReadAll(o.io.In)
		if err != nil {
			return fmt.Errorf("read stdin: %w", err)
		}
		dec, err := read.Decode(b)
		if err != nil {
			return fmt.Errorf("stdin: %w", err)
		}
		enc.SetIndent("", "  ")
		r, err := analyzeSafely(a, newDoc("", dec.Text, pub, o.lang))
		if err != nil {
			return fmt.Errorf("stdin: %w", err)
		}
		return enc.Encode(toOutput(r))
	}
	sc := bufio.NewScanner(o.io.In)
	sc.Buffer(make([]byte, 64<<10), 32<<20)
	bad := 0
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		out, err := annotateRecord(a, sc.Bytes(), pub, o.lang)
		if err != nil {
			bad++
			fmt.Fprintf(o.io.Err, "extract: stdin:%d: %v\n", line, err)
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read stdin: %w", err)
	}
	if bad > 0 {
		return &exitError{code: exitRejected, err: fmt.Errorf("%d line(s) rejected", bad)}
	}
	return nil
}

// annotateRecord analyzes one JSON line; a line it cannot parse or
// analyze gives an Output with the line's id (when it has one) and the
// error.
func annotateRecord(a *annotate.Annotator, line []byte, pub *time.Time, lang string) (Output, error) {
	rec, err := read.ParseRecord(line)
	if err == nil {
		p := rec.Published
		if p == nil {
			p = pub
		}
		var r doc.Analysis
		if r, err = analyzeSafely(a, newDoc(rec.ID, rec.Text, p, lang)); err == nil {
			out := toOutput(r)
			out.ID = rec.ID
			return out, nil
		}
	}
	return Output{ID: rec.ID, Error: err.Error()}, err
}

// analyzeSafely runs the stages on d; a stage that panics on a document it
// did not foresee gives an error for that document (as `extract run`
// rejects it), so one bad line never stops the rest.
func analyzeSafely(a *annotate.Annotator, d doc.Document) (r doc.Analysis, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("document %q: internal error: %v", d.ID, p)
		}
	}()
	return a.Analyze(d), nil
}

func newDoc(id, text string, pub *time.Time, lang string) doc.Document {
	if lang == "" {
		lang = normalize.Lang(text, dict.FoldRune)
	}
	return doc.Document{ID: id, Text: text, Published: pub, Lang: lang}
}

func dateString(d doc.Date, precision string) string {
	switch {
	case d.IsZero():
		return ""
	case precision == doc.Year:
		return fmt.Sprintf("%04d", d.Year)
	case precision == doc.Month:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// toOutput converts an analysis to the annotate JSON.
func toOutput(r doc.Analysis) Output {
	o := Output{Entities: []mentionJSON{}, Figures: []figureJSON{}, Dates: []dateJSON{}, Events: []eventJSON{}, Relations: []relationJSON{}}
	for _, m := range r.Mentions {
		o.Entities = append(o.Entities, mentionJSON{m.Start, m.End, m.Surface, m.EntityID, m.EntityType, m.CanonicalName, m.Method, m.SentenceIndex})
	}
	for _, f := range r.Figures {
		o.Figures = append(o.Figures, figureJSON{f.Start, f.End, f.Surface, f.Kind, f.Value, f.ValueMin, f.ValueMax, f.Unit, f.Approx, f.Measure, f.SubjectEntityID, f.Period})
	}
	for _, t := range r.Dates {
		o.Dates = append(o.Dates, dateJSON{t.Start, t.End, t.Surface, dateString(t.Date, t.Precision), dateString(t.EndDate, t.Precision), t.Precision})
	}
	for _, e := range r.Events {
		parts := e.ParticipantIDs
		if parts == nil {
			parts = []string{}
		}
		o.Events = append(o.Events, eventJSON{e.ID, e.Type, e.Name, dateString(e.DateStart, e.Precision), dateString(e.DateEnd, e.Precision), e.Precision, e.LocationEntityID, e.LocationText, parts, e.Start, e.End})
	}
	for _, x := range r.Relations {
		o.Relations = append(o.Relations, relationJSON{x.SubjectID, x.Predicate, x.ObjectID, x.Role, x.Status, x.Start, x.End})
	}
	return o
}
