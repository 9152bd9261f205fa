package eval

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
)

// oracle turns a gold document into the analysis a perfect pipeline would
// produce: every name linked to its first dictionary entry of its type (or
// to an id made from its canonical form), figures, events and relations as
// annotated.
func oracle(d *dict.Dict, g GoldDoc) doc.Analysis {
	id := func(name, typ string) string {
		for _, e := range d.Lookup(name) {
			if typ == "" || e.Type == typ {
				return e.ID
			}
		}
		return "discovered:" + Canonical(name)
	}
	var a doc.Analysis
	for _, e := range g.Entities {
		a.Mentions = append(a.Mentions, doc.Mention{Surface: e.Name, EntityID: id(e.Name, e.Type), EntityType: e.Type})
	}
	for _, f := range g.Figures {
		a.Figures = append(a.Figures, doc.Figure{Kind: f.Kind, Value: f.Value, Unit: f.Unit, Measure: f.Measure, Approx: f.Approx})
	}
	date := func(s string) (doc.Date, string) {
		parts := strings.Split(s, "-")
		var n [3]int
		for i, p := range parts {
			n[i], _ = strconv.Atoi(p)
		}
		return doc.Date{Year: n[0], Month: n[1], Day: n[2]}, [...]string{doc.Year, doc.Month, doc.Day}[len(parts)-1]
	}
	for _, e := range g.Events {
		start, prec := date(e.Date)
		end := start
		if e.End != "" {
			end, _ = date(e.End)
		}
		ev := doc.Event{Type: e.Type, DateStart: start, DateEnd: end, Precision: prec}
		if e.Location != "" {
			ev.LocationEntityID = id(e.Location, "")
			a.Mentions = append(a.Mentions, doc.Mention{Surface: e.Location, EntityID: ev.LocationEntityID, EntityType: "LOCATION?"})
		}
		a.Events = append(a.Events, ev)
	}
	for _, r := range g.Relations {
		s, o := id(r.Subject, ""), id(r.Object, "")
		a.Mentions = append(a.Mentions,
			doc.Mention{Surface: r.Subject, EntityID: s, EntityType: "SUBJECT?"},
			doc.Mention{Surface: r.Object, EntityID: o, EntityType: "OBJECT?"})
		a.Relations = append(a.Relations, doc.Relation{SubjectID: s, Predicate: r.Predicate, ObjectID: o, Role: r.Role, Status: r.Status})
	}
	return a
}

// TestRepoGoldOracle scores a perfect pipeline on the project's gold files:
// every key must match, or the scorer (or a gold line) is wrong. The
// helper-only mention types ("SUBJECT?") are dropped from entities.
func TestRepoGoldOracle(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/gold/*.jsonl")
	if len(files) == 0 {
		t.Skip("no gold files under testdata/gold yet")
	}
	d, err := dict.Load()
	if err != nil {
		t.Skipf("built-in dictionary does not load: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			fh, err := os.Open(f)
			require.NoError(t, err)
			defer fh.Close()
			gold, err := ReadGold(fh)
			require.NoError(t, err)
			byID := map[string]GoldDoc{}
			for _, g := range gold {
				byID[g.ID] = g
			}
			ann := func(_ context.Context, dd doc.Document) (doc.Analysis, error) {
				a := oracle(d, byID[dd.ID])
				a.Doc = dd
				return a, nil
			}
			rep, err := Score(context.Background(), gold, ann, d)
			require.NoError(t, err)
			for _, n := range TableNames {
				c := rep.Tables[n].Counts
				if n == "entities" {
					for typ, bc := range rep.Tables[n].ByType {
						if strings.HasSuffix(typ, "?") {
							c.FP -= bc.FP
						}
					}
				}
				assert.Zero(t, c.FN, "%s: false negatives of a perfect pipeline", n)
				assert.Zero(t, c.FP, "%s: false positives of a perfect pipeline", n)
			}
			for _, m := range rep.Misses {
				if (m.Kind == "FN" || m.Kind == "FP") && !strings.HasSuffix(m.Type, "?") {
					t.Logf("%s %s %s %s %s", m.DocID, m.Table, m.Kind, m.Type, m.Key)
				}
			}
		})
	}
}
