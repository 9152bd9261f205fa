package event

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
)

// dateKey renders d at precision p, the way the event is identified.
func dateKey(d doc.Date, p string) string {
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		switch p {
		case doc.Year:
			return fmt.Sprintf("%04d", d.Year)
		case doc.Month:
			return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
		}
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	// what the formats above print, without fmt
	b := []byte{byte('0' + d.Year/1000), byte('0' + d.Year/100%10), byte('0' + d.Year/10%10), byte('0' + d.Year%10)}
	if p == doc.Year {
		return string(b)
	}
	b = append(b, '-', byte('0'+d.Month/10), byte('0'+d.Month%10))
	if p == doc.Month {
		return string(b)
	}
	return string(append(b, '-', byte('0'+d.Day/10), byte('0'+d.Day%10)))
}

// sameDateKey reports dateKey(a, pa) == dateKey(b, pb) without making
// the keys: within dateKey's ranges a key is the year, the year and month,
// or the whole date, by precision, each field in fixed width.
func sameDateKey(a doc.Date, pa string, b doc.Date, pb string) bool {
	if !keyRange(a) || !keyRange(b) {
		return dateKey(a, pa) == dateKey(b, pb)
	}
	ca, cb := keyFields(pa), keyFields(pb)
	return ca == cb && a.Year == b.Year && (ca < 2 || a.Month == b.Month) && (ca < 3 || a.Day == b.Day)
}

// keyRange reports whether dateKey prints d without fmt.
func keyRange(d doc.Date) bool {
	return d.Year >= 0 && d.Year <= 9999 && d.Month >= 0 && d.Month <= 99 && d.Day >= 0 && d.Day <= 99
}

// keyFields is the number of fields of a date key of precision p.
func keyFields(p string) int {
	switch p {
	case doc.Year:
		return 1
	case doc.Month:
		return 2
	}
	return 3
}

// placeKey identifies an event's place: its entity, else its folded text.
func placeKey(e doc.Event) string {
	if e.LocationEntityID != "" {
		return e.LocationEntityID
	}
	if e.LocationText != "" {
		return "text:" + dict.MatchKey(e.LocationText)
	}
	return ""
}

func key(e doc.Event) string {
	return e.Type + "|" + dateKey(e.DateStart, e.Precision) + "|" + placeKey(e)
}

// merge folds the reports of one event into the first: the same type,
// date and place; then an event reported once without its place into the
// one with it (same type and date). Every event gets its stable id.
func merge(docID string, evs []doc.Event) []doc.Event {
	var out []doc.Event
	index := map[string]int{}
	for _, e := range evs {
		k := key(e)
		if i, ok := index[k]; ok {
			absorb(&out[i], e)
			continue
		}
		index[k] = len(out)
		out = append(out, e)
	}
	// placeless reports of a placed event
	keep := out[:0]
	for i, e := range out {
		if placeKey(e) == "" {
			if j := placedTwin(out, i); j >= 0 {
				absorb(&out[j], e)
				continue
			}
		}
		keep = append(keep, out[i])
	}
	out = keep
	for i := range out {
		sum := sha256.Sum256([]byte(docID + "|" + key(out[i])))
		out[i].ID = hex.EncodeToString(sum[:8])
	}
	return out
}

// placedTwin returns the index of the one event with the same type and
// date as out[i] and a place, -1 when there is none or several.
func placedTwin(out []doc.Event, i int) int {
	found := -1
	for j, o := range out {
		if j == i || o.Type != out[i].Type || placeKey(o) == "" || !sameDateKey(o.DateStart, o.Precision, out[i].DateStart, out[i].Precision) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = j
	}
	return found
}

// absorb fills what dst lacks from another report of it.
func absorb(dst *doc.Event, e doc.Event) {
	if dst.Name == "" {
		dst.Name = e.Name
	}
	if dst.LocationText == "" && dst.LocationEntityID == "" {
		dst.LocationText, dst.LocationEntityID = e.LocationText, e.LocationEntityID
	}
	if e.DateEnd.Time().After(dst.DateEnd.Time()) && dst.Precision == e.Precision {
		dst.DateEnd = e.DateEnd
	}
}
