package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strings"
	"time"

	"github.com/sco-news/extract/pipeline/doc"
)

// GoldDoc is one annotated document of a gold file. A nil annotation list
// means "not annotated" (that table is not scored for the document); a
// non-nil empty list means "nothing there".
type GoldDoc struct {
	ID string `json:"id"`
	// Published is YYYY-MM-DD or an RFC 3339 time, "" when unknown.
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Text      string `json:"text"`

	Entities  []GoldEntity   `json:"entities"`
	Figures   []GoldFigure   `json:"figures"`
	Events    []GoldEvent    `json:"events"`
	Relations []GoldRelation `json:"relations"`

	// Line is the 1-based line of the document in its gold file (0 when the
	// document was not read from a file).
	Line int `json:"-"`
}

// GoldEntity is one distinct entity of a document, named by any of its
// surfaces in the text.
type GoldEntity struct {
	Type string `json:"type"`
	Name string `json:"name"`
}

// GoldFigure is one stated amount.
type GoldFigure struct {
	Kind    string  `json:"kind"`
	Value   float64 `json:"value"`
	Unit    string  `json:"unit,omitempty"`
	Text    string  `json:"text,omitempty"`
	Measure string  `json:"measure,omitempty"`
	Approx  bool    `json:"approx,omitempty"`
}

// GoldEvent is one dated happening; Date and End are YYYY, YYYY-MM or
// YYYY-MM-DD, End empty for a single date.
type GoldEvent struct {
	Type     string `json:"type"`
	Date     string `json:"date"`
	End      string `json:"end,omitempty"`
	Location string `json:"location,omitempty"`
}

// GoldRelation links two named entities.
type GoldRelation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Role      string `json:"role,omitempty"`
	Status    string `json:"status,omitempty"`
}

// ParseError is one problem in a gold file, at a line.
type ParseError struct {
	Line int
	Err  error
}

// Error renders the problem as "line N: message".
func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the problem without its line.
func (e *ParseError) Unwrap() error { return e.Err }

// ErrorList is every problem of a gold file, in line order.
type ErrorList []*ParseError

// maxShown bounds how many problems ErrorList.Error spells out.
const maxShown = 30

// Error renders the problems one a line, the first maxShown of them.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i == maxShown {
			fmt.Fprintf(&b, "\n(and %d more)", len(l)-maxShown)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// rawDoc is a gold line as decoded, with pointers where absence matters.
type rawDoc struct {
	ID        *string        `json:"id"`
	Published string         `json:"published"`
	Lang      string         `json:"lang"`
	Text      *string        `json:"text"`
	Entities  []GoldEntity   `json:"entities"`
	Figures   []rawFigure    `json:"figures"`
	Events    []GoldEvent    `json:"events"`
	Relations []GoldRelation `json:"relations"`
}

type rawFigure struct {
	GoldFigure
	Value *float64 `json:"value"`
}

// ReadGold reads a gold file (JSON Lines, one document a line; blank lines
// are skipped). It reads the whole input and returns every problem as an
// ErrorList of positioned errors ("line 3: figures[1]: missing value"), or
// an I/O error.
func ReadGold(r io.Reader) ([]GoldDoc, error) {
	br := bufio.NewReader(r)
	var (
		docs  []GoldDoc
		errs  ErrorList
		first = map[string]int{}
	)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("read gold: %w", err)
		}
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\ufeff"))
		}
		if len(bytes.TrimSpace(b)) > 0 {
			d, problems := parseLine(b)
			d.Line = line
			if d.ID != "" {
				if at, dup := first[d.ID]; dup {
					problems = append(problems, fmt.Errorf("duplicate id %q (first on line %d)", d.ID, at))
				} else {
					first[d.ID] = line
				}
			}
			for _, p := range problems {
				errs = append(errs, &ParseError{Line: line, Err: p})
			}
			if len(problems) == 0 {
				docs = append(docs, d)
			}
		}
		if err == io.EOF {
			break
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return docs, nil
}

// parseLine decodes and checks one gold line, returning every problem.
func parseLine(b []byte) (GoldDoc, []error) {
	var raw rawDoc
	if err := json.Unmarshal(b, &raw); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return GoldDoc{}, []error{fmt.Errorf("column %d: %w", se.Offset, err)}
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return GoldDoc{}, []error{fmt.Errorf("%s: want %s, got %s", te.Field, jsonKind(te.Type), te.Value)}
		}
		return GoldDoc{}, []error{err}
	}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	d := GoldDoc{Published: raw.Published, Lang: raw.Lang,
		Entities: raw.Entities, Events: raw.Events, Relations: raw.Relations}
	if raw.ID == nil || *raw.ID == "" {
		bad("missing id")
	} else {
		d.ID = *raw.ID
	}
	if raw.Text == nil {
		bad("missing text")
	} else {
		d.Text = *raw.Text
	}
	if _, err := parsePublished(raw.Published); err != nil {
		bad("%v", err)
	}
	switch raw.Lang {
	case "", "zh", "zh-Hant", "en", "mixed":
	default:
		bad("lang %q: want zh, zh-Hant, en or mixed", raw.Lang)
	}
	canonText := Canonical(d.Text)
	for i, e := range raw.Entities {
		if !entityTypes[e.Type] {
			bad("entities[%d]: unknown type %q", i, e.Type)
		}
		if strings.TrimSpace(e.Name) == "" {
			bad("entities[%d]: missing name", i)
		} else if !strings.Contains(canonText, Canonical(e.Name)) {
			bad("entities[%d]: name %q does not occur in text", i, e.Name)
		}
	}
	if raw.Figures != nil {
		d.Figures = make([]GoldFigure, len(raw.Figures))
	}
	for i, f := range raw.Figures {
		f.GoldFigure.Value = 0
		if f.Value == nil {
			bad("figures[%d]: missing value", i)
		} else {
			f.GoldFigure.Value = *f.Value
		}
		g := f.GoldFigure
		if math.IsNaN(g.Value) || math.IsInf(g.Value, 0) {
			bad("figures[%d]: value is not finite", i)
		}
		switch g.Kind {
		case "money":
			if !isCurrency(g.Unit) {
				bad("figures[%d]: money unit %q: want an ISO 4217 code (USD)", i, g.Unit)
			}
		case "percent":
			if g.Unit == "" {
				g.Unit = "%"
			} else if g.Unit != "%" {
				bad("figures[%d]: percent unit %q: want %%", i, g.Unit)
			}
		case "count":
		default:
			bad("figures[%d]: unknown kind %q: want money, percent or count", i, g.Kind)
		}
		if g.Text != "" && !strings.Contains(d.Text, g.Text) {
			bad("figures[%d]: text %q does not occur in text", i, g.Text)
		}
		switch g.Measure {
		case "", "trade_volume", "member_count", "growth_rate", "share":
		default:
			bad("figures[%d]: unknown measure %q", i, g.Measure)
		}
		d.Figures[i] = g
	}
	for i, e := range raw.Events {
		if !eventTypes[e.Type] {
			bad("events[%d]: unknown type %q", i, e.Type)
		}
		start, err := parseGoldDate(e.Date)
		if err != nil {
			bad("events[%d]: date: %v", i, err)
		}
		if e.End != "" {
			end, err := parseGoldDate(e.End)
			if err != nil {
				bad("events[%d]: end: %v", i, err)
			} else if start != "" && end < start {
				bad("events[%d]: end %s before date %s", i, e.End, e.Date)
			}
		}
	}
	for i, r := range raw.Relations {
		if strings.TrimSpace(r.Subject) == "" {
			bad("relations[%d]: missing subject", i)
		}
		if strings.TrimSpace(r.Object) == "" {
			bad("relations[%d]: missing object", i)
		}
		switch r.Predicate {
		case doc.HoldsPosition, doc.MemberOf:
		default:
			bad("relations[%d]: unknown predicate %q: want holds_position or member_of", i, r.Predicate)
		}
		switch r.Status {
		case "", "member", "observer", "dialogue_partner", "partner":
		default:
			bad("relations[%d]: unknown status %q", i, r.Status)
		}
	}
	return d, errs
}

var entityTypes = map[string]bool{doc.Country: true, doc.Org: true, doc.Person: true, doc.Location: true, doc.Project: true}

var eventTypes = map[string]bool{doc.Summit: true, doc.Forum: true, doc.Meeting: true, doc.Visit: true,
	doc.Accession: true, doc.Signing: true, doc.Launch: true}

// isCurrency reports whether s looks like an ISO 4217 code.
func isCurrency(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, c := range s {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// parseGoldDate checks a YYYY, YYYY-MM or YYYY-MM-DD date and returns it
// as its first day (YYYY-MM-DD), so that dates of any precision compare as
// strings.
func parseGoldDate(s string) (string, error) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) != len(layout) {
			continue
		}
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("%q: want a date as YYYY, YYYY-MM or YYYY-MM-DD", s)
}

// jsonKind names the JSON kind a Go type decodes from.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Pointer:
		return jsonKind(t.Elem())
	}
	return "number"
}

// shanghai is the zone of a date-only publication date.
var shanghai = func() *time.Location {
	if loc, err := time.LoadLocation("Asia/Shanghai"); err == nil {
		return loc
	}
	return time.FixedZone("Asia/Shanghai", 8*3600) // no DST since 1991
}()

// parsePublished parses a publication date: YYYY-MM-DD is midnight in
// Asia/Shanghai, otherwise RFC 3339. "" gives nil.
func parsePublished(s string) (*time.Time, error) {
	if s == "" {
		return nil, nil
	}
	if t, err := time.ParseInLocation("2006-01-02", s, shanghai); err == nil {
		return &t, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return nil, fmt.Errorf("published %q: want YYYY-MM-DD or RFC 3339", s)
	}
	return &t, nil
}

// Document returns the document the pipeline is run on: ID, Text, Lang and
// Published (a date-only value is midnight Asia/Shanghai; the time keeps
// that zone so its calendar date is the one written).
func (g GoldDoc) Document() (doc.Document, error) {
	pub, err := parsePublished(g.Published)
	if err != nil {
		return doc.Document{}, fmt.Errorf("gold %s: %w", g.ID, err)
	}
	return doc.Document{ID: g.ID, Text: g.Text, Lang: g.Lang, Published: pub}, nil
}
