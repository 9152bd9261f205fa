package eval

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
)

var _ Resolver = (*dict.Dict)(nil)

// TestBuiltinDictionary scores aliases through the real built-in dictionary:
// a gold name in one language matches the entity found under another.
func TestBuiltinDictionary(t *testing.T) {
	d, err := dict.Load()
	if err != nil {
		t.Skipf("built-in dictionary does not load (package dict is tested on its own): %v", err)
	}
	tests := []struct{ gold, found, typ string }{
		{"上海合作组织", "SCO", doc.Org},
		{"上合组织", "Shanghai Cooperation Organisation", doc.Org},
		{"上海合作組織", "上合组织", doc.Org},
		{"中方", "中国", doc.Country},
		{"Kazakhstan", "哈萨克斯坦", doc.Country},
	}
	for _, tt := range tests {
		t.Run(tt.gold+"="+tt.found, func(t *testing.T) {
			found := d.Lookup(tt.found)
			require.Len(t, found, 1, "dictionary entry for %s", tt.found)
			gold := []GoldDoc{{ID: "d", Text: tt.gold, Entities: []GoldEntity{{tt.typ, tt.gold}}}}
			pred := doc.Analysis{Mentions: []doc.Mention{{Surface: tt.found, EntityID: found[0].ID, EntityType: found[0].Type}}}
			rep, err := Score(context.Background(), gold, fixed(map[string]doc.Analysis{"d": pred}), d)
			require.NoError(t, err)
			assert.Equal(t, Counts{TP: 1}, rep.Tables["entities"].Counts)
		})
	}
}
