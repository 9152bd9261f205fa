package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/sco-news/extract/pipeline/doc"
)

// benchGold is n documents, each with 30 entities, 20 figures, 5 events and
// 5 relations, and a prediction that gets about two thirds of each right.
func benchGold(n int) ([]GoldDoc, map[string]doc.Analysis) {
	var gold []GoldDoc
	out := map[string]doc.Analysis{}
	for d := 0; d < n; d++ {
		var text bytes.Buffer
		g := GoldDoc{ID: fmt.Sprintf("d%03d", d), Published: "2025-05-24", Entities: []GoldEntity{}, Figures: []GoldFigure{},
			Events: []GoldEvent{}, Relations: []GoldRelation{}}
		var a doc.Analysis
		for i := 0; i < 30; i++ {
			name := fmt.Sprintf("机构%d号委员会", i)
			text.WriteString(name + "表示,")
			g.Entities = append(g.Entities, GoldEntity{doc.Org, name})
			if i%3 != 0 {
				a.Mentions = append(a.Mentions, doc.Mention{Surface: name, EntityID: fmt.Sprintf("org:%d", i), EntityType: doc.Org})
			}
		}
		for i := 0; i < 20; i++ {
			g.Figures = append(g.Figures, GoldFigure{Kind: "money", Value: float64(i) * 1e8, Unit: "USD"})
			if i%3 != 0 {
				a.Figures = append(a.Figures, doc.Figure{Kind: "money", Value: float64(i) * 1e8, Unit: "USD"})
			}
		}
		for i := 0; i < 5; i++ {
			g.Events = append(g.Events, GoldEvent{Type: "meeting", Date: fmt.Sprintf("2025-05-%02d", i+1), Location: "天津"})
			a.Events = append(a.Events, doc.Event{Type: doc.Meeting, DateStart: day(2025, 5, i+2), Precision: doc.Day, LocationEntityID: "location:tianjin"})
			g.Relations = append(g.Relations, GoldRelation{Subject: fmt.Sprintf("机构%d号委员会", i), Predicate: doc.MemberOf, Object: "上合组织"})
			a.Relations = append(a.Relations, doc.Relation{SubjectID: fmt.Sprintf("org:%d", i), Predicate: doc.MemberOf, ObjectID: "org:SCO"})
		}
		g.Text = text.String()
		gold = append(gold, g)
		out[g.ID] = a
	}
	return gold, out
}

func BenchmarkScore(b *testing.B) {
	gold, out := benchGold(100)
	ann := fixed(out)
	res := testDict()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Score(context.Background(), gold, ann, res); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadGold(b *testing.B) {
	gold, _ := benchGold(100)
	var file bytes.Buffer
	for _, g := range gold {
		line, err := json.Marshal(g)
		if err != nil {
			b.Fatal(err)
		}
		file.Write(append(line, '\n'))
	}
	b.SetBytes(int64(file.Len()))
	b.ResetTimer()
	for b.Loop() {
		if _, err := ReadGold(bytes.NewReader(file.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}
