package table

import (
	"reflect"
	"strings"

	"github.com/parquet-go/parquet-go"
)

// Column documents one column of a table.
type Column struct {
	Table, Name, Type, Doc string
	Nullable               bool
}

// rowTypes maps every table to its row type, in Names order.
var rowTypes = map[string]any{
	"documents": Document{}, "mentions": Mention{}, "entities": Entity{}, "figures": Figure{},
	"events": Event{}, "relations": Relation{}, "errors": Error{}, "runs": Run{},
}

// Schema returns every column of every table, with its Parquet type and
// documentation, in table and column order.
func Schema() []Column {
	var cols []Column
	for _, name := range Names {
		row := rowTypes[name]
		rt := reflect.TypeOf(row)
		sch := parquet.SchemaOf(row)
		for i := range rt.NumField() {
			f := rt.Field(i)
			tag := f.Tag.Get("parquet")
			col := strings.Split(tag, ",")[0]
			c := Column{Table: name, Name: col, Doc: f.Tag.Get("doc"), Nullable: strings.Contains(tag, "optional")}
			for _, field := range sch.Fields() {
				if field.Name() == col {
					c.Type = typeName(field)
				}
			}
			cols = append(cols, c)
		}
	}
	return cols
}

func typeName(n parquet.Node) string {
	lt := ""
	if l := n.Type().LogicalType(); l != nil {
		lt = strings.ToUpper(l.String())
	}
	switch {
	case !n.Leaf() && strings.HasPrefix(lt, "LIST"):
		return "LIST<STRING>"
	case !n.Leaf():
		return "GROUP"
	case strings.HasPrefix(lt, "STRING"):
		return "STRING"
	case strings.HasPrefix(lt, "DATE"):
		return "DATE"
	case strings.HasPrefix(lt, "TIMESTAMP"):
		return "TIMESTAMP(ms, UTC)"
	}
	switch n.Type().Kind() {
	case parquet.Boolean:
		return "BOOLEAN"
	case parquet.Int32:
		return "INT32"
	case parquet.Int64:
		return "BIGINT"
	case parquet.Double:
		return "DOUBLE"
	}
	return n.Type().String()
}
