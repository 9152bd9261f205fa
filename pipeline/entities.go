package pipeline

import (
	"sort"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/annotate"
	"github.com/sco-news/extract/pipeline/table"
)

func foldRune(r rune) rune { return dict.FoldRune(r) }

// entityInfo describes dictionary entities for the entities table.
func entityInfo(a *annotate.Annotator) table.EntityInfo {
	return func(id string) (string, string, []string, bool) {
		e := a.Dict.Get(id)
		if e == nil {
			return "", "", nil, false
		}
		aliases := make([]string, len(e.Aliases))
		for i, al := range e.Aliases {
			aliases[i] = al.Text
		}
		return e.NameZh, e.NameEn, aliases, true
	}
}

// entityTotals sums the entity rows of a run's chunks. The entities table
// itself has one row per entity per chunk (counts over that chunk's
// documents), so summing mention_count and doc_count over all part files
// counts every processed document once; the run's summary shows the sums
// over its own chunks.
type entityTotals map[string]*table.Entity

func (t entityTotals) add(rows []table.Entity) {
	for _, r := range rows {
		if g, ok := t[r.EntityID]; ok {
			g.MentionCount += r.MentionCount
			g.DocCount += r.DocCount
			if r.Origin == "discovered" {
				g.Aliases = mergeSorted(g.Aliases, r.Aliases)
			}
			continue
		}
		r.Aliases = append([]string(nil), r.Aliases...)
		t[r.EntityID] = &r
	}
}

// rows returns the totals sorted by entity id.
func (t entityTotals) rows() []table.Entity {
	rows := make([]table.Entity, 0, len(t))
	for _, r := range t {
		rows = append(rows, *r)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].EntityID < rows[j].EntityID })
	return rows
}

func mergeSorted(a, b []string) []string {
	set := map[string]bool{}
	for _, s := range a {
		set[s] = true
	}
	for _, s := range b {
		set[s] = true
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}
