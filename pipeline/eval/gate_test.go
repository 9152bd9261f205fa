package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reportWith builds a report whose tables have the given counts (all scored).
func reportWith(counts map[string]Counts) *Report {
	r := newReport()
	r.Documents = 1
	for n, c := range counts {
		r.Tables[n].Counts = c
		r.Tables[n].Documents = 1
		r.Tables[n].ByType["PERSON"] = &Counts{TP: c.TP, FN: c.FN}
	}
	return r
}

func TestGate(t *testing.T) {
	cur := reportWith(map[string]Counts{
		"entities":  {TP: 90, FP: 10, FN: 10}, // F1 0.9
		"figures":   {TP: 80, FP: 20, FN: 20}, // F1 0.8
		"events":    {TP: 1},
		"relations": {TP: 1},
	})
	tests := []struct {
		name     string
		r        *Report
		floors   map[string]float64
		baseline *Report
		want     []string
	}{
		{"passes", cur, map[string]float64{"entities": 0.9, "figures": 0.8}, nil, nil},
		{"floor missed", cur, map[string]float64{"entities": 0.9, "figures": 0.85}, nil,
			[]string{"figures: F1 0.8000 below floor 0.8500"}},
		{"type floor", cur, map[string]float64{"entities.PERSON": 0.95}, nil,
			[]string{"entities.PERSON: F1 0.9474 below floor 0.9500"}},
		{"unknown type", cur, map[string]float64{"entities.ROBOT": 0.5}, nil,
			[]string{"entities.ROBOT: no entities of type ROBOT in the gold file or the output"}},
		{"unknown table", cur, map[string]float64{"people": 0.5}, nil,
			[]string{"people: unknown table (want one of entities, figures, events, relations)"}},
		{"table not scored", reportWith(map[string]Counts{"entities": {TP: 1}}), map[string]float64{"events": 0.5}, nil,
			[]string{"events: not scored: no document annotates events"}},
		{"half a point below baseline passes", cur, nil,
			reportWith(map[string]Counts{"entities": {TP: 905, FP: 95, FN: 95}}), nil}, // F1 0.905
		{"more than half a point below baseline fails", cur, nil,
			reportWith(map[string]Counts{"entities": {TP: 906, FP: 94, FN: 94}, "figures": {TP: 8, FP: 2, FN: 2}}), // 0.906, 0.8
			[]string{"entities: F1 0.9000 is 0.60 points below baseline 0.9060"}},
		{"baseline table no longer scored", reportWith(map[string]Counts{"figures": {TP: 1}}), nil,
			reportWith(map[string]Counts{"entities": {TP: 1}}),
			[]string{"entities: not scored, baseline F1 1.0000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Gate(tt.r, tt.floors, tt.baseline))
		})
	}
}

func TestGateAnnotationErrors(t *testing.T) {
	r := reportWith(map[string]Counts{"entities": {TP: 1}})
	r.Errors = []DocError{{ID: "d", Err: "boom"}}
	assert.Equal(t, []string{"annotation failed on 1 documents (first d: boom)"}, Gate(r, nil, nil))
}

func TestGateSampleAgainstItself(t *testing.T) {
	rep := sampleReport(t)
	rep.Errors = nil
	assert.Empty(t, Gate(rep, map[string]float64{"entities": 0.8, "figures": 0.8}, rep))
}

func TestParseFloor(t *testing.T) {
	tests := []struct {
		in      string
		name    string
		f1      float64
		wantErr string
	}{
		{"entities=0.9", "entities", 0.9, ""},
		{" events = 0.75 ", "events", 0.75, ""},
		{"entities.PERSON=0.8", "entities.PERSON", 0.8, ""},
		{"entities", "", 0, `floor "entities": want TABLE=F1 (entities=0.9)`},
		{"entities=90", "", 0, `floor "entities=90": F1 must be a number between 0 and 1`},
		{"entities=high", "", 0, `floor "entities=high": F1 must be a number between 0 and 1`},
		{"people=0.5", "", 0, `floor "people=0.5": unknown table "people" (want one of entities, figures, events, relations)`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			name, f1, err := ParseFloor(tt.in)
			if tt.wantErr != "" {
				assert.EqualError(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.name, name)
			assert.Equal(t, tt.f1, f1)
		})
	}
}
