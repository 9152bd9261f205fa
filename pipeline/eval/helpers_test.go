package eval

import (
	"context"
	"errors"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
)

// fakeDict is a Resolver over a fixed alias table.
type fakeDict map[string][]*dict.Entry

func (d fakeDict) Lookup(alias string) []*dict.Entry { return d[Canonical(alias)] }

var (
	sco = &dict.Entry{ID: "org:SCO", Type: doc.Org}
	chn = &dict.Entry{ID: "country:CHN", Type: doc.Country}
	pak = &dict.Entry{ID: "country:PAK", Type: doc.Country}
	pse = &dict.Entry{ID: "country:PSE", Type: doc.Country}
	tj  = &dict.Entry{ID: "location:tianjin", Type: doc.Location}
	blr = &dict.Entry{ID: "country:BLR", Type: doc.Country}
	qd  = &dict.Entry{ID: "location:qingdao", Type: doc.Location}
)

func testDict() fakeDict {
	d := fakeDict{}
	add := func(e *dict.Entry, aliases ...string) {
		for _, a := range aliases {
			d[Canonical(a)] = append(d[Canonical(a)], e)
		}
	}
	add(sco, "上海合作组织", "上合组织", "SCO", "Shanghai Cooperation Organisation")
	add(chn, "中国", "中方", "China")
	add(pak, "巴基斯坦", "巴方", "Pakistan")
	add(pse, "巴勒斯坦", "巴方", "Palestine")
	add(tj, "天津", "Tianjin")
	add(blr, "白俄罗斯", "Belarus")
	add(qd, "青岛", "Qingdao")
	return d
}

// fixed annotates each document with a prepared analysis (by document id).
func fixed(out map[string]doc.Analysis) Annotator {
	return func(_ context.Context, d doc.Document) (doc.Analysis, error) {
		if d.ID == "fail" {
			return doc.Analysis{}, errors.New("boom")
		}
		a := out[d.ID]
		a.Doc = d
		return a, nil
	}
}

// mention builds a mention of surface at its first occurrence in text.
func mention(text, surface, id, typ string) doc.Mention {
	return doc.Mention{Span: spanOf(text, surface), Surface: surface, EntityID: id, EntityType: typ}
}

// spanOf is the code point span of the first occurrence of sub in text.
func spanOf(text, sub string) doc.Span {
	rs, ss := []rune(text), []rune(sub)
	i := indexRunes(rs, ss)
	if i < 0 {
		panic("spanOf: " + sub + " not in " + text)
	}
	return doc.Span{Start: i, End: i + len(ss)}
}

func day(y, m, d int) doc.Date { return doc.Date{Year: y, Month: m, Day: d} }
