// Package doc holds the vocabulary every pipeline stage shares: the input
// Document, code point Spans into its text, and the rows each stage produces
// (Mention, Figure, Timex, Event, Relation).
//
// Every Start/End in this package is a Unicode code point offset into the
// original Document.Text, end exclusive, so that
//
//	[]rune(doc.Text)[m.Start:m.End] == m.Surface
//
// holds for every row, and DuckDB's substring(text, start+1, end-start)
// returns the surface.
package doc

import "time"

// Document is one article: a whole .txt file, one article of a multi-article
// export, or one JSON line.
type Document struct {
	// ID is stable: the same input gives the same ID.
	ID string
	// SourcePath is the input file the document came from ("-" for stdin).
	SourcePath string
	// ArticleIndex is the 0-based position of the document inside its file.
	ArticleIndex int
	// Title, Source and URL are empty when unknown.
	Title, Source, URL string
	// Published is the publication time in UTC, nil when unknown.
	Published *time.Time
	// Lang is "zh", "zh-Hant", "en" or "mixed".
	Lang string
	// Text is the original text; all offsets point into it.
	Text string
}

// Span is a half-open range [Start, End) of code points in Document.Text.
type Span struct {
	Start, End int
}

// Len returns the number of code points in s.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether s and o share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Entity types.
const (
	Country  = "COUNTRY"
	Org      = "ORG"
	Person   = "PERSON"
	Location = "LOCATION"
	Project  = "PROJECT"
)

// Mention is one occurrence of an entity in a document.
type Mention struct {
	Span
	Surface       string
	EntityID      string
	EntityType    string
	CanonicalName string
	// Method says how the mention was found: "dictionary", "title",
	// "transliteration", "suffix", "context", "english" (see package entity).
	Method        string
	SentenceIndex int
}

// Figure is a stated amount: money, percent or a count.
type Figure struct {
	Span
	Surface string
	// Kind is "money", "percent" or "count".
	Kind string
	// Value is the number after scale words (5100亿 → 5.1e11).
	Value float64
	// ValueMin and ValueMax are equal to Value unless the text gives a range.
	ValueMin, ValueMax float64
	// Unit is an ISO 4217 code for money, "%" for percent, the singular
	// English noun of what is counted for counts ("country", "train").
	Unit string
	// Approx is true for 余/多/超过/近/约/over/more than/nearly/about.
	Approx bool
	// Measure is "trade_volume", "member_count", "growth_rate", "share" or "".
	Measure string
	// SubjectEntityID is the entity the figure is about, "" when unknown.
	SubjectEntityID string
	// Period is the year the figure is for ("2024"), "" when unknown.
	Period string
}

// Precision of a resolved date.
const (
	Day   = "day"
	Month = "month"
	Year  = "year"
)

// Date is a calendar date without time zone.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// Time returns d at midnight UTC.
func (d Date) Time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// Timex is one temporal expression, resolved where possible.
type Timex struct {
	Span
	Surface string
	// Date is the first day the expression denotes; zero when it cannot be
	// resolved (a relative date in a document without publication date).
	Date Date
	// EndDate is the last day (inclusive) of a range; equal to Date for a
	// single day, the month's or year's last day for month/year precision
	// ranges; zero when unresolved.
	EndDate Date
	// Precision is Day, Month or Year.
	Precision string
	// Relative is true when resolution needed the publication date.
	Relative bool
	// IsRange is true for explicit ranges (8月31日至9月1日).
	IsRange bool
}

// Event types.
const (
	Summit    = "summit"
	Forum     = "forum"
	Meeting   = "meeting"
	Visit     = "visit"
	Accession = "accession"
	Signing   = "signing"
	Launch    = "launch"
)

// Event is one dated happening the text reports.
type Event struct {
	Span // evidence span (the sentence or clause)
	// ID is stable: derived from document ID, type, dates and location.
	ID   string
	Type string
	Name string
	// DateStart and DateEnd are inclusive; DateEnd equals DateStart for a
	// single day. Precision is Day, Month or Year.
	DateStart, DateEnd Date
	Precision          string
	LocationEntityID   string
	LocationText       string
	ParticipantIDs     []string
}

// Relation predicates.
const (
	HoldsPosition = "holds_position"
	MemberOf      = "member_of"
)

// Relation links two entities, with the evidence span.
type Relation struct {
	Span
	SubjectID string
	Predicate string
	ObjectID  string
	// Role is the post as written for holds_position (副秘书长).
	Role string
	// Status is member, observer, dialogue_partner or partner for member_of.
	Status string
}

// Analysis is everything the pipeline extracted from one document.
type Analysis struct {
	Doc       Document
	Sentences []Span
	Mentions  []Mention
	Figures   []Figure
	Dates     []Timex
	Events    []Event
	Relations []Relation
}
