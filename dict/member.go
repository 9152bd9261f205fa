package dict

import (
	"errors"
	"time"
)

// parseDate parses a dictionary date of precision year (2017), month
// (2017-06) or day (2017-06-09) and returns the first and the last day it
// covers, at midnight UTC.
func parseDate(s string) (first, last time.Time, err error) {
	switch len(s) {
	case 4:
		first, err = time.Parse("2006", s)
		last = first.AddDate(1, 0, -1)
	case 7:
		first, err = time.Parse("2006-01", s)
		last = first.AddDate(0, 1, -1)
	case 10:
		first, err = time.Parse("2006-01-02", s)
		last = first
	default:
		err = errors.New("want YYYY-MM-DD, YYYY-MM or YYYY")
	}
	if err != nil {
		return time.Time{}, time.Time{}, errors.New("want a real date as YYYY-MM-DD, YYYY-MM or YYYY")
	}
	return first, last, nil
}

// inPeriod reports whether day (midnight UTC) lies in [from, to], both
// inclusive at their precision; an empty bound is open.
func inPeriod(day time.Time, from, to string) bool {
	if from != "" {
		f, _, err := parseDate(from)
		if err != nil || day.Before(f) {
			return false
		}
	}
	if to != "" {
		_, t, err := parseDate(to)
		if err != nil || day.After(t) {
			return false
		}
	}
	return true
}

// MemberStatus returns the status ("member", "observer", "dialogue_partner",
// "partner") the country countryID had in the organisation orgID on the
// calendar day of at (in at's location), or "" when it had none or either id
// is unknown.
//
// Periods are inclusive at their precision (to: 2017 covers all of 2017).
// Where two periods cover the day, as on the day a state moves from observer
// to member, the one that started last wins.
//
//	d.MemberStatus("country:IND", "org:sco", time.Date(2017, 6, 9, 12, 0, 0, 0, time.UTC)) == "member"
func (d *Dict) MemberStatus(countryID, orgID string, at time.Time) string {
	e := d.byID[countryID]
	if e == nil {
		return ""
	}
	day := time.Date(at.Year(), at.Month(), at.Day(), 0, 0, 0, 0, time.UTC)
	status, start := "", time.Time{}
	for _, m := range e.Memberships {
		if m.Org != orgID || !inPeriod(day, m.From, m.To) {
			continue
		}
		var f time.Time
		if m.From != "" {
			f, _, _ = parseDate(m.From)
		}
		if status == "" || !f.Before(start) {
			status, start = m.Status, f
		}
	}
	return status
}

// Members returns the ids of the countries whose status in orgID on the day
// of at is status, sorted.
func (d *Dict) Members(orgID, status string, at time.Time) []string {
	var ids []string
	for _, e := range d.entries {
		if len(e.Memberships) > 0 && d.MemberStatus(e.ID, orgID, at) == status {
			ids = append(ids, e.ID)
		}
	}
	return ids
}
