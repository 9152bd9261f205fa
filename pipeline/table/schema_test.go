package table

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSchemaDocumentsEveryColumn(t *testing.T) {
	cols := Schema()
	seen := map[string]bool{}
	for _, c := range cols {
		seen[c.Table] = true
		assert.NotEmpty(t, c.Doc, "%s.%s has no doc tag", c.Table, c.Name)
		assert.NotEmpty(t, c.Type, "%s.%s has no type", c.Table, c.Name)
		assert.NotEqual(t, "GROUP", c.Type, "%s.%s", c.Table, c.Name)
	}
	assert.Len(t, seen, len(Names))
	want := map[string]string{"documents.published": "TIMESTAMP(ms, UTC)", "events.date_start": "DATE", "entities.aliases": "LIST<STRING>", "figures.value": "DOUBLE", "mentions.start": "BIGINT"}
	for _, c := range cols {
		if w, ok := want[c.Table+"."+c.Name]; ok {
			assert.Equal(t, w, c.Type, c.Table+"."+c.Name)
		}
	}
}
