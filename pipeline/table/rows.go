// Package table defines the rows of every output table and writes them as
// Parquet. Each row type's parquet tags are the schema; its doc tags are the
// column documentation that `extract schema` prints and the README repeats.
//
// Offsets: start/end are Unicode code point offsets into documents.text, end
// exclusive, so in DuckDB substring(text, start+1, "end"-start) = surface.
package table

import "time"

// Document is a row of the documents table.
type Document struct {
	DocID        string     `parquet:"doc_id" doc:"stable document id: the same input gives the same id"`
	SourcePath   string     `parquet:"source_path" doc:"input file the document was read from (- for stdin)"`
	ArticleIndex int64      `parquet:"article_index" doc:"0-based position of the document in its file (JSONL: line index)"`
	Title        *string    `parquet:"title,optional" doc:"title, when the input gives one"`
	Source       *string    `parquet:"source,optional" doc:"publisher, when the input gives one (Ren Min Wang, Xin Hua She)"`
	URL          *string    `parquet:"url,optional" doc:"address, when the input gives one"`
	Published    *time.Time `parquet:"published,optional,timestamp(millisecond)" doc:"publication time in UTC; null when unknown"`
	Lang         string     `parquet:"lang,dict" doc:"zh, zh-Hant, en or mixed"`
	Text         string     `parquet:"text" doc:"the original text; every start/end points into it"`
	CharCount    int64      `parquet:"char_count" doc:"length of text in Unicode code points"`
	SHA256       string     `parquet:"sha256" doc:"hex SHA-256 of text (UTF-8)"`
}

// Mention is a row of the mentions table.
type Mention struct {
	DocID         string `parquet:"doc_id" doc:"document the mention is in"`
	Start         int64  `parquet:"start" doc:"code point offset of the first character in documents.text"`
	End           int64  `parquet:"end" doc:"code point offset after the last character (exclusive)"`
	Surface       string `parquet:"surface" doc:"the text as written: substring(text, start+1, end-start)"`
	EntityID      string `parquet:"entity_id" doc:"entities.entity_id (country:KAZ, org:sco, person:…)"`
	EntityType    string `parquet:"entity_type,dict" doc:"COUNTRY, ORG, PERSON, LOCATION or PROJECT"`
	CanonicalName string `parquet:"canonical_name" doc:"the entity's canonical name (Chinese when it has one)"`
	Method        string `parquet:"method,dict" doc:"how it was found: dictionary, title (a post or byline before a name), transliteration (a dotted foreign name), suffix (a head word: …委员会, …铁路), context (在X会见), english"`
	SentenceIndex int64  `parquet:"sentence_index" doc:"0-based sentence of the document holding the mention"`
}

// Entity is a row of the entities table: one per entity mentioned in the run.
type Entity struct {
	EntityID     string   `parquet:"entity_id" doc:"stable id: dictionary id, or derived from the canonical form for discovered entities"`
	Type         string   `parquet:"type,dict" doc:"COUNTRY, ORG, PERSON, LOCATION or PROJECT"`
	NameZh       *string  `parquet:"name_zh,optional" doc:"canonical Simplified Chinese name"`
	NameEn       *string  `parquet:"name_en,optional" doc:"canonical English name"`
	Aliases      []string `parquet:"aliases,list" doc:"every known surface form (dictionary aliases, or the surfaces found)"`
	Origin       string   `parquet:"origin,dict" doc:"dictionary or discovered"`
	MentionCount int64    `parquet:"mention_count" doc:"mentions in the documents of this part file (one chunk of a run); sum over parts for totals"`
	DocCount     int64    `parquet:"doc_count" doc:"documents of this part file that mention it; sum over parts for totals"`
}

// Figure is a row of the figures table.
type Figure struct {
	DocID           string  `parquet:"doc_id" doc:"document the figure is in"`
	Start           int64   `parquet:"start" doc:"code point offset into documents.text"`
	End             int64   `parquet:"end" doc:"code point offset after the figure (exclusive)"`
	Surface         string  `parquet:"surface" doc:"the figure as written (5100亿美元, US$25.25 billion)"`
	Kind            string  `parquet:"kind,dict" doc:"money, percent or count"`
	Value           float64 `parquet:"value" doc:"the number after scale words (5100亿 = 510000000000; 2.7% = 2.7)"`
	ValueMin        float64 `parquet:"value_min" doc:"lower bound; equals value unless the text gives a range"`
	ValueMax        float64 `parquet:"value_max" doc:"upper bound; equals value unless the text gives a range"`
	Unit            string  `parquet:"unit,dict" doc:"ISO 4217 code for money, % for percent, the thing counted for counts (country, train)"`
	Approx          bool    `parquet:"approx" doc:"true for 余/多/超过/近/约/over/more than/nearly/about"`
	Measure         *string `parquet:"measure,optional,dict" doc:"trade_volume, member_count, growth_rate, share; null when none"`
	SubjectEntityID *string `parquet:"subject_entity_id,optional" doc:"entity the figure is about (whose trade, which organisation's members)"`
	Period          *string `parquet:"period,optional" doc:"year the figure is for, when the sentence says"`
}

// Event is a row of the events table.
type Event struct {
	EventID          string   `parquet:"event_id" doc:"stable id from document, type, dates and place"`
	DocID            string   `parquet:"doc_id" doc:"document reporting the event"`
	Type             string   `parquet:"type,dict" doc:"summit, forum, meeting, visit, accession, signing or launch"`
	Name             *string  `parquet:"name,optional" doc:"the event's name when the text gives one"`
	DateStart        *int32   `parquet:"date_start,optional,date" doc:"first day (DATE)"`
	DateEnd          *int32   `parquet:"date_end,optional,date" doc:"last day, inclusive (DATE)"`
	DatePrecision    string   `parquet:"date_precision,dict" doc:"day, month or year"`
	LocationEntityID *string  `parquet:"location_entity_id,optional" doc:"entity id of the place, when known"`
	LocationText     *string  `parquet:"location_text,optional" doc:"the place as written"`
	ParticipantIDs   []string `parquet:"participant_ids,list" doc:"entity ids of the participants named in the evidence"`
	Start            int64    `parquet:"start" doc:"evidence span start (code point offset)"`
	End              int64    `parquet:"end" doc:"evidence span end (exclusive)"`
}

// Relation is a row of the relations table.
type Relation struct {
	DocID     string  `parquet:"doc_id" doc:"document stating the relation"`
	SubjectID string  `parquet:"subject_id" doc:"entity id of the subject (the person, the member state)"`
	Predicate string  `parquet:"predicate,dict" doc:"holds_position or member_of"`
	ObjectID  string  `parquet:"object_id" doc:"entity id of the object (the organisation or country)"`
	Role      *string `parquet:"role,optional" doc:"the post as written (副秘书长, Secretary-General) for holds_position"`
	Status    *string `parquet:"status,optional,dict" doc:"member, observer, dialogue_partner or partner for member_of"`
	Start     int64   `parquet:"start" doc:"evidence span start (code point offset)"`
	End       int64   `parquet:"end" doc:"evidence span end (exclusive)"`
}

// Error is a row of the errors table: one per input problem.
type Error struct {
	SourcePath   string `parquet:"source_path" doc:"input file"`
	ArticleIndex int64  `parquet:"article_index" doc:"document or JSONL line index in the file; -1 for the whole file"`
	Line         int64  `parquet:"line" doc:"1-based line for JSONL problems, 0 otherwise"`
	Stage        string `parquet:"stage,dict" doc:"read, decode, jsonl, split or a pipeline stage"`
	Message      string `parquet:"message" doc:"what is wrong"`
	Rejected     bool   `parquet:"rejected" doc:"true when no document was written for this input; false for a repaired document"`
}

// Run is a row of the runs table: one per run.
type Run struct {
	RunID         string    `parquet:"run_id" doc:"id of the run (also in the part file names)"`
	StartedAt     time.Time `parquet:"started_at,timestamp(millisecond)" doc:"start time, UTC"`
	FinishedAt    time.Time `parquet:"finished_at,timestamp(millisecond)" doc:"end time, UTC"`
	Status        string    `parquet:"status,dict" doc:"ok, rejected (some inputs had errors), interrupted (SIGINT/SIGTERM) or failed (a write failed)"`
	Version       string    `parquet:"version" doc:"extract version"`
	DictSHA256    string    `parquet:"dict_sha256" doc:"hash of the merged dictionary"`
	Inputs        []string  `parquet:"inputs,list" doc:"paths given on the command line"`
	Documents     int64     `parquet:"documents" doc:"documents read plus rejected inputs (= rows_documents + skipped + the run's rejected errors rows)"`
	Skipped       int64     `parquet:"skipped" doc:"documents already processed by an earlier run with the same version and dictionary, or repeated in this run"`
	Errors        int64     `parquet:"errors" doc:"rows written to the errors table"`
	RowsDocuments int64     `parquet:"rows_documents" doc:"rows written to documents"`
	RowsMentions  int64     `parquet:"rows_mentions" doc:"rows written to mentions"`
	RowsEntities  int64     `parquet:"rows_entities" doc:"rows written to entities"`
	RowsFigures   int64     `parquet:"rows_figures" doc:"rows written to figures"`
	RowsEvents    int64     `parquet:"rows_events" doc:"rows written to events"`
	RowsRelations int64     `parquet:"rows_relations" doc:"rows written to relations"`
}
