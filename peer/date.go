package peer

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/timex"
)

// Date scoring: the date and daterange cases of recognizers-*-datetime and
// duckling-*-time, run through timex.Extract with the case's ref as the
// publication time.
//
// Matching rules:
//   - Recognizers: every expected item needs a timex with the same span
//     (Recognizers' inclusive end converted to our exclusive end; the two
//     spans may differ by function words at either end, the slack list
//     below: "on tuesday of next week" = "tuesday of next week") and the same
//     resolution: a date equals Date (= EndDate); a range {start, end} has
//     Date = start and EndDate = end - 1 day (Recognizers' end is exclusive).
//     An explicit range ("from X to Y", 1995-1997年, 8月31日至9月1日) is
//     encoded by Recognizers with end = the first day of Y's unit
//     (1995-1997年 → end 1997-01-01; 一月十日到十二日 → end 01-12), so for
//     our IsRange timexes the end may also equal the first day of the unit
//     (our precision) that holds EndDate.
//     When Recognizers lists candidates (the past and the future reading of
//     "29日"), matching any of them passes. No other timex may be found.
//   - Duckling: a whole-string test. Exactly one timex must be found; it may
//     leave out only leading/trailing function words and punctuation ("in",
//     "on", "at the", 在, 于); its resolution must be the value at Duckling's
//     grain: day → that day; week → Monday..Sunday; month, quarter, year →
//     first..last day of the period; a range → start..end - 1 day.
//
//   - Periods up to now: a timex ending on the reference date (过去十年,
//     "the past five years": timex resolves them up to and including the
//     publication day) matches a spec range whose exclusive end is the
//     reference date (upToRef).
//
// Out of scope (skipped, with the reason): kinds other than date and
// daterange (time, datetime, duration, set, timezone, mixed), holidays,
// lunar calendar dates and years of era or regnal calendars (康熙三年),
// open-ended ranges ("before 2018", 2015年起: our Timex
// has no open end), values the spec leaves unresolved (seasons), and Duckling
// latent readings (bare numbers that Duckling itself only reads on request).

// dateItem is one expected item of a date case, as the converted JSON has it.
type dateItem struct {
	Text       string          `json:"text"`
	Start      *int            `json:"start"`
	End        *int            `json:"end"`
	Type       string          `json:"type"`
	Value      json.RawMessage `json:"value"`
	Mod        string          `json:"mod"`
	Grain      string          `json:"grain"`
	Holiday    string          `json:"holiday"`
	Lunar      bool            `json:"lunar"`
	Candidates []struct {
		Value json.RawMessage `json:"value"`
		Type  string          `json:"type"`
	} `json:"candidates"`
}

// dateCase is the part of a peer case the date scorer reads.
type dateCase struct {
	Source string     `json:"source"`
	Lang   string     `json:"lang"`
	Kind   string     `json:"kind"`
	Text   string     `json:"text"`
	Ref    string     `json:"ref"`
	Expect []dateItem `json:"expect"`
	Flags  []string   `json:"flags"`
	refDay doc.Date   // the calendar date of Ref in its own zone
}

// DateKinds are the case kinds the date scorer handles.
var DateKinds = []string{"date", "daterange"}

// ScoreDate judges a date/time case (registry.go registers it, through
// scoreDateCase, for every date/time kind): date, daterange and none (a negative:
// no date may be found) are scored, the other date/time kinds are skipped.
func ScoreDate(c Case) Outcome {
	var dc dateCase
	if err := json.Unmarshal(c.Raw, &dc); err != nil {
		return Outcome{Detail: fmt.Sprintf("read case: %v", err)}
	}
	return scoreDate(dc)
}

// holidayWords mark Recognizers holiday items (Recognizers has no holiday field).
var holidayWords = []string{"christmas", "xmas", "thanksgiving", "easter", "halloween", "independence day",
	"new year", "valentine", "mother's day", "father's day", "labor day", "labour day", "memorial day",
	"martin luther", "mlk", "inauguration", "black friday", "cyber monday", "yuandan", "元旦", "春节", "国庆",
	"國慶", "中秋", "端午", "清明", "元宵", "七夕", "重阳", "圣诞", "感恩节", "复活节", "万圣节", "情人节", "劳动节",
	"儿童节", "妇女节", "母亲节", "父亲节", "除夕", "大年", "腊八", "植树节", "教师节", "青年节", "建军节", "愚人节",
	"earth day", "patrick", "eid al", "workers' day", "workers day"}

// parseRef reads the reference time. Recognizers refs carry no zone: they are
// read as wall-clock dates (a zero-offset zone that is not time.UTC, so that
// timex does not move them to Beijing time).
func parseRef(s string) (*time.Time, error) {
	if s == "" {
		return nil, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return &t, nil
	}
	t, err := time.ParseInLocation("2006-01-02T15:04:05", s, time.FixedZone("ref", 0))
	if err != nil {
		return nil, fmt.Errorf("parse ref %s: %w", s, err)
	}
	return &t, nil
}

// scoreDate judges one date case.
func scoreDate(c dateCase) Outcome {
	if reason := dateSkipReason(c); reason != "" {
		return Outcome{Skip: reason}
	}
	ref, err := parseRef(c.Ref)
	if err != nil {
		return Outcome{Detail: err.Error()}
	}
	got := timex.Extract(c.Text, ref)
	if ref != nil {
		c.refDay = doc.DateOf(*ref)
	}
	if c.Kind == "none" {
		if len(got) > 0 {
			return Outcome{Detail: "found " + fmtAll(got)}
		}
		return Outcome{Pass: true}
	}
	if strings.HasPrefix(c.Source, "duckling:") {
		return scoreDuckling(c, got)
	}
	return scoreRecognizers(c, got)
}

func dateSkipReason(c dateCase) string {
	switch c.Kind {
	case "date", "daterange", "none":
	case "mixed":
		return "mixed kinds include times of day or durations (out of scope)"
	default:
		return c.Kind + " out of scope (dates and date ranges only)"
	}
	for _, f := range c.Flags {
		if f == "duckling:latent" {
			return "latent reading (Duckling needs withLatent)"
		}
	}
	for _, e := range c.Expect {
		if e.Holiday != "" {
			return "holiday"
		}
		low := strings.ToLower(e.Text)
		for _, w := range holidayWords {
			if strings.Contains(low, w) {
				return "holiday"
			}
		}
		if e.Lunar || strings.Contains(e.Text, "农历") || strings.Contains(e.Text, "農曆") {
			return "lunar calendar"
		}
		if eraYearRe.MatchString(e.Text) && !strings.ContainsAny(e.Text[:len("二二")], "零〇○0123456789一二三四五六七八九十") && !relWord(e.Text) {
			return "era or regnal year (historical calendar)"
		}
		var s string
		if json.Unmarshal(e.Value, &s) == nil && s == "not resolved" {
			return "unresolved in the spec (season or vague period)"
		}
		var r struct{ Start, End *string }
		if json.Unmarshal(e.Value, &r) == nil && (r.Start == nil) != (r.End == nil) {
			return "open-ended range (" + e.Mod + ")"
		}
	}
	return ""
}

// eraYearRe is a year of an era or regnal calendar: a two-character name,
// then 元 or a counted year (康熙三年, 民国二十年, 神龙元年, 康熙20年).
var eraYearRe = regexp.MustCompile(`^\p{Han}{2}(?:元|[一二三四五六七八九十]{1,4}|[0-9]{1,3})年`)

// relWord reports whether s starts with a relative word that may precede
// a counted year (过去十年, 未来三年): no era name.
func relWord(s string) bool {
	for _, w := range []string{"过去", "過去", "未来", "未來", "今后", "今後", "最近", "接下", "这些", "那些"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// dateOnly returns the YYYY-MM-DD prefix of a spec value.
func dateOnly(s string) (doc.Date, bool) {
	if len(s) < 10 {
		return doc.Date{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return doc.Date{}, false
	}
	return doc.DateOf(t), true
}

// expectedRange reads a spec value as first and last day (inclusive).
func expectedRange(v json.RawMessage) (doc.Date, doc.Date, bool) {
	var s string
	if json.Unmarshal(v, &s) == nil {
		d, ok := dateOnly(s)
		return d, d, ok
	}
	var r struct{ Start, End string }
	if json.Unmarshal(v, &r) != nil {
		return doc.Date{}, doc.Date{}, false
	}
	a, ok1 := dateOnly(r.Start)
	b, ok2 := dateOnly(r.End)
	if !ok1 || !ok2 {
		return doc.Date{}, doc.Date{}, false
	}
	return a, doc.DateOf(b.Time().AddDate(0, 0, -1)), true
}

func fmtTimex(x doc.Timex) string {
	return fmt.Sprintf("%q[%d,%d) %v..%v %s", x.Surface, x.Start, x.End, x.Date, x.EndDate, x.Precision)
}

func scoreRecognizers(c dateCase, got []doc.Timex) Outcome {
	used := make([]bool, len(got))
	for _, e := range c.Expect {
		if e.Start == nil || e.End == nil {
			return Outcome{Detail: "expected item without offsets"}
		}
		values := []json.RawMessage{e.Value}
		for _, cand := range e.Candidates {
			values = append(values, cand.Value)
		}
		found := false
		for i, x := range got {
			if used[i] || !sameSpan(c.Text, x, *e.Start, *e.End+1) {
				continue
			}
			for _, v := range values {
				from, to, ok := expectedRange(v)
				if ok && x.Date == from && (x.EndDate == to || x.IsRange && rangeEndStart(x) == addDay(to) || upToRef(x, to, c.refDay)) {
					found = true
				}
			}
			if found {
				used[i] = true
				break
			}
		}
		if !found {
			return Outcome{Detail: fmt.Sprintf("missed %q [%d,%d] %s; got %s", e.Text, *e.Start, *e.End, e.Value, fmtAll(got))}
		}
	}
	for i, x := range got {
		if !used[i] {
			return Outcome{Detail: "extra " + fmtTimex(x)}
		}
	}
	return Outcome{Pass: true}
}

func fmtAll(got []doc.Timex) string {
	if len(got) == 0 {
		return "nothing"
	}
	parts := make([]string, len(got))
	for i, x := range got {
		parts[i] = fmtTimex(x)
	}
	return strings.Join(parts, "; ")
}

// sameSpan reports whether x covers start..end (code points, end
// exclusive) of text, up to slack words at either end: Recognizers puts
// some prepositions into its spans ("on tuesday of next week", "in 2014
// through 2018") and leaves them out of others, as does our extractor.
func sameSpan(text string, x doc.Timex, start, end int) bool {
	if x.Start == start && x.End == end {
		return true
	}
	rs := []rune(text)
	if start < 0 || end > len(rs) || x.End > len(rs) || x.End <= start || end <= x.Start {
		return false
	}
	return onlySlack(string(rs[min(x.Start, start):max(x.Start, start)])) &&
		onlySlack(string(rs[min(x.End, end):max(x.End, end)]))
}

// slack is what a Duckling whole-string match may leave outside our span.
var slack = map[string]bool{
	"in": true, "on": true, "at": true, "the": true, "during": true, "for": true, "of": true, "by": true,
	"around": true, "about": true, "from": true, "a": true, "an": true, "在": true, "于": true, "的": true,
}

func onlySlack(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '，' || r == '、' || r == '?' || r == '!'
	}) {
		if !slack[w] {
			return false
		}
	}
	return true
}

func scoreDuckling(c dateCase, got []doc.Timex) Outcome {
	if len(c.Expect) != 1 {
		return Outcome{Detail: "case without exactly one expected value"}
	}
	e := c.Expect[0]
	if len(got) != 1 {
		return Outcome{Detail: "want one match, got " + fmtAll(got)}
	}
	x := got[0]
	rs := []rune(c.Text)
	if !onlySlack(string(rs[:x.Start])) || !onlySlack(string(rs[x.End:])) {
		return Outcome{Detail: "does not cover the input: " + fmtTimex(x)}
	}
	from, to, ok := expectedRange(e.Value)
	if !ok {
		return Outcome{Detail: "unreadable value " + string(e.Value)}
	}
	if from == to { // a single value: widen to Duckling's grain
		switch e.Grain {
		case "week":
			to = doc.DateOf(from.Time().AddDate(0, 0, 6))
		case "month":
			to = doc.DateOf(from.Time().AddDate(0, 1, -1))
		case "quarter":
			to = doc.DateOf(from.Time().AddDate(0, 3, -1))
		case "year":
			to = doc.DateOf(from.Time().AddDate(1, 0, -1))
		}
	}
	if x.Date != from || x.EndDate != to && !upToRef(x, to, c.refDay) {
		return Outcome{Detail: fmt.Sprintf("want %v..%v (%s), got %s", from, to, e.Grain, fmtTimex(x))}
	}
	return Outcome{Pass: true}
}

// upToRef reports whether x is a period that runs up to the reference date
// (过去十年, "the past five years", "last two days": EndDate = the reference
// date) and the spec ends it at the reference instant: the spec's exclusive
// end is the reference day, so its inclusive end, to, is the day before.
// Both say "up to now"; at day granularity ours includes the day of
// publication, the peers' instant-based interval stops at its midnight.
func upToRef(x doc.Timex, to, refDay doc.Date) bool {
	return !refDay.IsZero() && x.Date != x.EndDate && x.EndDate == refDay && addDay(to) == refDay
}

// quarterWordRe marks a surface whose range ends with a quarter (2018-q1,
// "q3 of 2018", 三季度).
var quarterWordRe = regexp.MustCompile(`(?i)\bq[1-4]\b|quarter|季度`)

// rangeEndStart is the first day of the unit that ends the explicit range
// x, where Recognizers puts a range's exclusive end ("from 2017-q1 to
// 2018-q1" ends 2018-01-01): the day, month or year of x's precision that
// holds EndDate, or the quarter when the surface names quarters.
func rangeEndStart(x doc.Timex) doc.Date {
	d := unitStart(x.EndDate, x.Precision)
	if x.Precision == doc.Month && x.EndDate.Month%3 == 0 && quarterWordRe.MatchString(x.Surface) {
		d.Month -= 2
	}
	return d
}

// unitStart is the first day of the day, month or year holding d.
func unitStart(d doc.Date, prec string) doc.Date {
	switch prec {
	case doc.Month:
		return doc.Date{Year: d.Year, Month: d.Month, Day: 1}
	case doc.Year:
		return doc.Date{Year: d.Year, Month: 1, Day: 1}
	}
	return d
}

func addDay(d doc.Date) doc.Date { return doc.DateOf(d.Time().AddDate(0, 0, 1)) }
