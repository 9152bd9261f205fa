// Package peer scores the extractor against other projects' test suites: the
// public test cases of Microsoft Recognizers-Text and Facebook Duckling,
// converted to JSON Lines (see ../shared/peer-cases/README.md).
//
// Run reads every *.jsonl file of a folder (it never copies them), sends each
// case to the scorer registered for its kind, and reports pass rates per file
// and kind. Cases outside the extractor's scope are skipped with a reason and
// never counted as passes:
//
//	sum, err := peer.Run(ctx, peer.Config{Dir: "../shared/peer-cases"}, os.Stdout)
//	// recognizers-zh-percent.jsonl  percent  pass 148/150 (98.7%)  skipped 2
//
// Scorers: figures.go (number, numberrange, percent, money) and date.go (date,
// daterange; the other date/time kinds are skipped there).
package peer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// Case is one peer test case, as the converted JSON line has it.
type Case struct {
	// Source names the spec file and the case in it; unique per file.
	Source string `json:"source"`
	// Lang is "zh" or "en".
	Lang string `json:"lang"`
	// Kind is what the case tests: number, percent, money, numberrange, or a
	// date/time type (date, daterange, time, ..., mixed, none).
	Kind string `json:"kind"`
	// Text is the input.
	Text string `json:"text"`
	// Ref is the reference time of date cases ("" when none).
	Ref string `json:"ref,omitempty"`
	// Expect are the expected matches; empty means nothing may be found.
	Expect []Item `json:"expect"`
	// Flags: NotSupported:<platform>, IgnoreResolution, duckling:latent, ...
	Flags []string `json:"flags,omitempty"`
	// Comment is a note the spec attached to the case.
	Comment string `json:"comment,omitempty"`
	// Raw is the whole JSON line, for scorers that read more fields.
	Raw json.RawMessage `json:"-"`
	// File is the base name of the file the case came from; Line its line.
	File string `json:"-"`
	Line int    `json:"-"`
}

// Item is one expected match.
type Item struct {
	Text string `json:"text"`
	// Start and End are Recognizers' offsets: first and last code point,
	// End inclusive. Nil for Duckling (whole-string tests).
	Start *int `json:"start,omitempty"`
	End   *int `json:"end,omitempty"`
	// Span is the input's text at Start..End when it differs from Text.
	Span string `json:"span,omitempty"`
	// Value is a number, a {"start","end"} range, a date string, or null.
	Value    json.RawMessage `json:"value"`
	ValueRaw string          `json:"value_raw,omitempty"`
	Unit     string          `json:"unit,omitempty"`
	UnitRaw  string          `json:"unit_raw,omitempty"`
	Subtype  string          `json:"subtype,omitempty"`
	Mod      string          `json:"mod,omitempty"`
	Type     string          `json:"type,omitempty"`
	Interval string          `json:"interval,omitempty"`
}

// HasFlag reports whether c carries flag f.
func (c Case) HasFlag(f string) bool {
	for _, x := range c.Flags {
		if x == f {
			return true
		}
	}
	return false
}

// ReadCases reads the JSON lines of r; name is used in errors and Case.File.
// Every bad line is reported, not only the first.
func ReadCases(r io.Reader, name string) ([]Case, error) {
	var cases []Case
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var c Case
		if err := json.Unmarshal(b, &c); err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", name, line, err))
			continue
		}
		c.Raw = append(json.RawMessage(nil), b...)
		c.File, c.Line = name, line
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("read %s: %w", name, err))
	}
	if len(errs) > 0 {
		return cases, joinErrors(errs)
	}
	return cases, nil
}

func joinErrors(errs []error) error {
	var b bytes.Buffer
	for i, e := range errs {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(e.Error())
	}
	return fmt.Errorf("%s", b.String())
}

// Outcome is the verdict on one case: skipped with a reason, passed, or
// failed with a detail that says what was expected and found.
type Outcome struct {
	Skip   string
	Pass   bool
	Detail string
}

// Scorer judges one case.
type Scorer func(c Case) Outcome

var scorers = map[string]Scorer{}

// Register makes s the scorer of case kind; a later call for the same kind
// replaces the earlier one.
func Register(kind string, s Scorer) { scorers[kind] = s }

// scorerFor returns the scorer of kind, nil when none is registered.
func scorerFor(kind string) Scorer { return scorers[kind] }
