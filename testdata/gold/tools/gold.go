package main

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"time"
)

// goldDoc is one line of a gold file, fields in the order of
// docs/gold-format.md. The four lists are never nil so that an empty list
// is written as [] ("nothing there"), not omitted ("not annotated").
type goldDoc struct {
	ID        string     `json:"id" yaml:"id"`
	Published string     `json:"published,omitempty" yaml:"published"`
	Lang      string     `json:"lang,omitempty" yaml:"lang"`
	Text      string     `json:"text" yaml:"-"`
	Entities  []entity   `json:"entities" yaml:"entities"`
	Figures   []figure   `json:"figures" yaml:"figures"`
	Events    []event    `json:"events" yaml:"events"`
	Relations []relation `json:"relations" yaml:"relations"`
}

type entity struct {
	Type string `json:"type" yaml:"type"`
	Name string `json:"name" yaml:"name"`
}

type figure struct {
	Kind     string   `json:"kind" yaml:"kind"`
	Value    float64  `json:"value" yaml:"value"`
	ValueMin *float64 `json:"value_min,omitempty" yaml:"value_min"`
	ValueMax *float64 `json:"value_max,omitempty" yaml:"value_max"`
	Unit     string   `json:"unit" yaml:"unit"`
	Text     string   `json:"text" yaml:"text"`
	Measure  string   `json:"measure,omitempty" yaml:"measure"`
	Approx   bool     `json:"approx,omitempty" yaml:"approx"`
}

type event struct {
	Type     string `json:"type" yaml:"type"`
	Date     string `json:"date" yaml:"date"`
	End      string `json:"end,omitempty" yaml:"end"`
	Location string `json:"location,omitempty" yaml:"location"`
}

type relation struct {
	Subject   string `json:"subject" yaml:"subject"`
	Predicate string `json:"predicate" yaml:"predicate"`
	Object    string `json:"object" yaml:"object"`
	Role      string `json:"role,omitempty" yaml:"role"`
	Status    string `json:"status,omitempty" yaml:"status"`
}

var (
	entityTypes = set("COUNTRY", "ORG", "PERSON", "LOCATION", "PROJECT")
	langs       = set("zh", "zh-Hant", "en", "mixed")
	kinds       = set("money", "percent", "count")
	measures    = set("", "trade_volume", "member_count", "growth_rate", "share")
	eventTypes  = set("summit", "forum", "meeting", "visit", "accession", "signing", "launch")
	statuses    = set("member", "observer", "dialogue_partner")
	currency    = regexp.MustCompile(`^[A-Z]{3}$`)
	countUnit   = regexp.MustCompile(`^[a-z][a-z_]*$`)
	dateForm    = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
)

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// validate returns every problem of d, each prefixed with the document id.
// Beyond the format's required fields it checks what a careful annotator
// would: names and figure texts occur in the text, event locations and
// relation ends are annotated entities, and nothing is listed twice.
func validate(d goldDoc) []string {
	var errs []string
	bad := func(format string, args ...any) {
		errs = append(errs, d.ID+": "+fmt.Sprintf(format, args...))
	}
	if d.ID == "" {
		bad("missing id")
	}
	if d.Text == "" {
		bad("missing text")
	}
	if d.Lang != "" && !langs[d.Lang] {
		bad("unknown lang %q", d.Lang)
	}
	if d.Published != "" {
		if _, err := time.Parse("2006-01-02", d.Published); err != nil {
			if _, err := time.Parse(time.RFC3339, d.Published); err != nil {
				bad("published %q is neither YYYY-MM-DD nor RFC 3339", d.Published)
			}
		}
	}
	if d.Entities == nil || d.Figures == nil || d.Events == nil || d.Relations == nil {
		bad("every list must be present (empty when there is nothing)")
	}

	types := map[string]string{} // entity name -> type
	seen := map[string]bool{}
	for _, e := range d.Entities {
		if !entityTypes[e.Type] {
			bad("entity %q: unknown type %q", e.Name, e.Type)
		}
		if e.Name == "" || !strings.Contains(fold(d.Text), fold(e.Name)) {
			bad("entity %q does not occur in the text", e.Name)
		}
		k := fold(e.Name)
		if seen[k] {
			bad("entity %q listed twice", e.Name)
		}
		seen[k] = true
		types[e.Name] = e.Type
	}

	seen = map[string]bool{}
	for _, f := range d.Figures {
		if !kinds[f.Kind] {
			bad("figure %q: unknown kind %q", f.Text, f.Kind)
		}
		switch {
		case f.Kind == "money" && !currency.MatchString(f.Unit),
			f.Kind == "percent" && f.Unit != "%",
			f.Kind == "count" && !countUnit.MatchString(f.Unit):
			bad("figure %q: unit %q does not fit kind %s", f.Text, f.Unit, f.Kind)
		}
		if !measures[f.Measure] {
			bad("figure %q: unknown measure %q", f.Text, f.Measure)
		}
		if f.Text == "" || !strings.Contains(d.Text, f.Text) {
			bad("figure text %q does not occur in the text", f.Text)
		}
		if !(f.Value > 0) || math.IsInf(f.Value, 0) {
			bad("figure %q: value %v is not a positive number", f.Text, f.Value)
		}
		if (f.ValueMin == nil) != (f.ValueMax == nil) ||
			f.ValueMin != nil && !(*f.ValueMin <= f.Value && f.Value <= *f.ValueMax) {
			bad("figure %q: need value_min <= value <= value_max, both or neither", f.Text)
		}
		// The scoring key of a count is (kind, value), but two counts of
		// different things may share a value (10 member states, 10 heads of
		// organisations): only the same kind, unit and value is a repeat.
		k := fmt.Sprintf("%s|%s|%v", f.Kind, f.Unit, f.Value)
		if seen[k] {
			bad("figure %q: (%s) listed twice", f.Text, k)
		}
		seen[k] = true
	}

	seen = map[string]bool{}
	for _, e := range d.Events {
		if !eventTypes[e.Type] {
			bad("event %s: unknown type", e.Type)
		}
		if !dateForm.MatchString(e.Date) {
			bad("event %s: date %q is not YYYY, YYYY-MM or YYYY-MM-DD", e.Type, e.Date)
		}
		if e.End != "" && (!dateForm.MatchString(e.End) || len(e.End) != len(e.Date) || e.End <= e.Date) {
			bad("event %s %s: end %q must be a later date of the same precision", e.Type, e.Date, e.End)
		}
		if e.Location != "" {
			if t := types[e.Location]; t != "LOCATION" && t != "COUNTRY" {
				bad("event %s %s: location %q is not an annotated LOCATION or COUNTRY", e.Type, e.Date, e.Location)
			}
		}
		k := e.Type + "|" + e.Date + "|" + fold(e.Location)
		if seen[k] {
			bad("event %s %s %s listed twice", e.Type, e.Date, e.Location)
		}
		seen[k] = true
	}

	seen = map[string]bool{}
	for _, r := range d.Relations {
		switch r.Predicate {
		case "holds_position":
			if types[r.Subject] != "PERSON" {
				bad("relation %s: subject %q is not an annotated PERSON", r.Predicate, r.Subject)
			}
			if r.Role == "" || r.Status != "" {
				bad("relation %s %q: needs a role and no status", r.Predicate, r.Subject)
			}
		case "member_of":
			if types[r.Subject] != "COUNTRY" {
				bad("relation %s: subject %q is not an annotated COUNTRY", r.Predicate, r.Subject)
			}
			if !statuses[r.Status] || r.Role != "" {
				bad("relation %s %q: needs a status and no role", r.Predicate, r.Subject)
			}
		default:
			bad("relation: unknown predicate %q", r.Predicate)
		}
		if t := types[r.Object]; t != "ORG" && t != "COUNTRY" {
			bad("relation %s: object %q is not an annotated ORG or COUNTRY", r.Predicate, r.Object)
		}
		k := r.Subject + "|" + r.Predicate + "|" + r.Object
		if seen[k] {
			bad("relation %s listed twice", k)
		}
		seen[k] = true
	}
	return errs
}

// fold is a rough canonical form for duplicate and occurrence checks: lower
// case, spaces dropped (the seeds break lines inside words: 哈萨克 斯坦),
// middle dots unified. (Entity identity across aliases is the
// scorer's business, with the dictionary.)
func fold(s string) string {
	s = strings.ToLower(s)
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ':
			return -1
		case '・', '•', '‧', '･', '⋅':
			return '·'
		}
		return r
	}, s)
}
