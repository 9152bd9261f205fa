package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

// TableNames are the scored tables, in report order.
var TableNames = []string{"entities", "figures", "events", "relations"}

// AttributeNames are the attribute accuracies, in report order: each is
// measured over the matched pairs of its table.
var AttributeNames = []string{
	"figures.unit",     // counts whose gold unit is given
	"figures.measure",  // all matched figures ("" = no measure)
	"figures.approx",   // all matched figures
	"events.end",       // all matched events (no end = same as date)
	"relations.role",   // holds_position with a gold role
	"relations.status", // member_of with a gold status
}

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), 1 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 1 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, 0 when both are 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Table is the micro-averaged score of one table over a gold file.
type Table struct {
	Counts
	// Documents is the number of documents that annotate this table.
	Documents int
	// ByType splits the counts by entity type, figure kind, event type or
	// relation predicate.
	ByType map[string]*Counts
}

func (t *Table) add(typ string, tp, fp, fn int) {
	t.TP += tp
	t.FP += fp
	t.FN += fn
	if t.ByType == nil {
		t.ByType = map[string]*Counts{}
	}
	c := t.ByType[typ]
	if c == nil {
		c = &Counts{}
		t.ByType[typ] = c
	}
	c.TP += tp
	c.FP += fp
	c.FN += fn
}

// Accuracy is the share of matched pairs whose attribute agrees.
type Accuracy struct {
	Correct, Total int
}

// Value is Correct/Total, NaN when there was nothing to compare.
func (a Accuracy) Value() float64 {
	if a.Total == 0 {
		return math.NaN()
	}
	return float64(a.Correct) / float64(a.Total)
}

// DocError records a document the annotator failed on; its gold keys all
// count as false negatives.
type DocError struct {
	ID  string `json:"id"`
	Err string `json:"error"`
}

// Report is the score of a pipeline over a gold file.
type Report struct {
	Documents int
	Tables    map[string]*Table    // by TableNames
	Attrs     map[string]*Accuracy // by AttributeNames
	Errors    []DocError
	// Misses are the false positives, false negatives and attribute
	// disagreements, in gold order, for WriteExplain. A report read back
	// from JSON has none.
	Misses []Miss
}

func newReport() *Report {
	r := &Report{Tables: map[string]*Table{}, Attrs: map[string]*Accuracy{}}
	for _, n := range TableNames {
		r.Tables[n] = &Table{ByType: map[string]*Counts{}}
	}
	for _, n := range AttributeNames {
		r.Attrs[n] = &Accuracy{}
	}
	return r
}

func (r *Report) attr(name string, ok bool) {
	a := r.Attrs[name]
	a.Total++
	if ok {
		a.Correct++
	}
}

// jsonCounts is the JSON form of Counts.
type jsonCounts struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

type jsonTable struct {
	Documents int `json:"documents"`
	jsonCounts
	ByType map[string]jsonCounts `json:"by_type"`
}

type jsonAccuracy struct {
	Correct  int      `json:"correct"`
	Total    int      `json:"total"`
	Accuracy *float64 `json:"accuracy"`
}

type jsonReport struct {
	Documents int `json:"documents"`
	Tables    struct {
		Entities  *jsonTable `json:"entities"`
		Figures   *jsonTable `json:"figures"`
		Events    *jsonTable `json:"events"`
		Relations *jsonTable `json:"relations"`
	} `json:"tables"`
	Attributes map[string]jsonAccuracy `json:"attributes"`
	Errors     []DocError              `json:"errors,omitempty"`
}

func (j *jsonReport) table(name string) **jsonTable {
	switch name {
	case "entities":
		return &j.Tables.Entities
	case "figures":
		return &j.Tables.Figures
	case "events":
		return &j.Tables.Events
	}
	return &j.Tables.Relations
}

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

func toJSONCounts(c Counts) jsonCounts {
	return jsonCounts{c.TP, c.FP, c.FN, round4(c.Precision()), round4(c.Recall()), round4(c.F1())}
}

// WriteJSON writes the report as one indented JSON object:
// {"documents":N,"tables":{"entities":{"documents","tp","fp","fn","precision",
// "recall","f1","by_type":{..}},"figures":..,"events":..,"relations":..},
// "attributes":{"figures.unit":{"correct","total","accuracy"},..}}.
// Scores are rounded to 4 decimals; accuracy is null when nothing was
// compared.
func (r *Report) WriteJSON(w io.Writer) error {
	j := jsonReport{Documents: r.Documents, Attributes: map[string]jsonAccuracy{}, Errors: r.Errors}
	for _, n := range TableNames {
		t := r.Tables[n]
		jt := &jsonTable{Documents: t.Documents, jsonCounts: toJSONCounts(t.Counts), ByType: map[string]jsonCounts{}}
		for typ, c := range t.ByType {
			jt.ByType[typ] = toJSONCounts(*c)
		}
		*j.table(n) = jt
	}
	for _, n := range AttributeNames {
		a := r.Attrs[n]
		ja := jsonAccuracy{Correct: a.Correct, Total: a.Total}
		if a.Total > 0 {
			v := round4(a.Value())
			ja.Accuracy = &v
		}
		j.Attributes[n] = ja
	}
	b, err := json.MarshalIndent(j, "", "  ")
	if err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	if _, err := w.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// ReadReport reads a report written by WriteJSON (a committed baseline).
// Scores are recomputed from the counts; a table that is absent counts as
// not scored.
func ReadReport(rd io.Reader) (*Report, error) {
	var j jsonReport
	dec := json.NewDecoder(rd)
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("read report: %w", err)
	}
	r := newReport()
	r.Documents = j.Documents
	r.Errors = j.Errors
	for _, n := range TableNames {
		jt := *j.table(n)
		if jt == nil {
			continue
		}
		t := r.Tables[n]
		t.Documents = jt.Documents
		t.Counts = Counts{jt.TP, jt.FP, jt.FN}
		for typ, c := range jt.ByType {
			t.ByType[typ] = &Counts{c.TP, c.FP, c.FN}
		}
	}
	for n, a := range j.Attributes {
		r.Attrs[n] = &Accuracy{Correct: a.Correct, Total: a.Total}
	}
	return r, nil
}

// WriteText writes the report as a readable table: per table documents,
// counts, precision, recall and F1, then the same per type, then the
// attribute accuracies and the documents the annotator failed on.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "documents: %d\n\n", r.Documents)
	fmt.Fprintf(&b, "%-22s %5s %6s %6s %6s %9s %7s %7s\n", "table", "docs", "tp", "fp", "fn", "precision", "recall", "f1")
	row := func(name, docs string, c Counts) {
		fmt.Fprintf(&b, "%-22s %5s %6d %6d %6d %9.3f %7.3f %7.3f\n", name, docs, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
	for _, n := range TableNames {
		t := r.Tables[n]
		if t.Documents == 0 {
			fmt.Fprintf(&b, "%-22s %5d  (not annotated)\n", n, 0)
			continue
		}
		row(n, fmt.Sprint(t.Documents), t.Counts)
		for _, typ := range sortedKeys(t.ByType) {
			row("  "+typ, "", *t.ByType[typ])
		}
	}
	fmt.Fprintf(&b, "\n%-22s %7s %7s %9s\n", "attribute", "correct", "total", "accuracy")
	for _, n := range AttributeNames {
		a := r.Attrs[n]
		acc := "-"
		if a.Total > 0 {
			acc = fmt.Sprintf("%.3f", a.Value())
		}
		fmt.Fprintf(&b, "%-22s %7d %7d %9s\n", n, a.Correct, a.Total, acc)
	}
	if len(r.Errors) > 0 {
		fmt.Fprintf(&b, "\nannotation errors: %d\n", len(r.Errors))
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "  %s: %s\n", e.ID, e.Err)
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
