package event

import (
	"testing"

	"github.com/sco-news/extract/pipeline/doc"
)

// TestSameDateKey checks sameDateKey against comparing dateKey's keys.
func TestSameDateKey(t *testing.T) {
	dates := []doc.Date{
		{}, {Year: 2024}, {Year: 2024, Month: 7}, {Year: 2024, Month: 7, Day: 4}, {Year: 2024, Month: 7, Day: 5},
		{Year: 2024, Month: 8, Day: 4}, {Year: 2025, Month: 7, Day: 4}, {Year: 12345, Month: 1}, {Year: -1},
		{Year: 2024, Month: 100, Day: 5}, {Year: 2024, Month: 10, Day: 100}, {Year: 9999, Month: 99, Day: 99},
	}
	precs := []string{doc.Year, doc.Month, doc.Day, "", "week"}
	for _, a := range dates {
		for _, pa := range precs {
			for _, b := range dates {
				for _, pb := range precs {
					if got, want := sameDateKey(a, pa, b, pb), dateKey(a, pa) == dateKey(b, pb); got != want {
						t.Errorf("sameDateKey(%v, %q, %v, %q) = %v, want %v", a, pa, b, pb, got, want)
					}
				}
			}
		}
	}
}
