package pipeline

import (
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
