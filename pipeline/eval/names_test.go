package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"上合组织", "上合组织"},
		{"索海尔・汗", "索海尔·汗"},
		{"索海尔•汗", "索海尔·汗"},
		{"索海尔‧汗", "索海尔·汗"},
		{"索海尔･汗", "索海尔·汗"},
		{"Zhang  Ming", "zhangming"},
		{"ＳＣＯ", "sco"},
		{"上合 组织\u3000峰会", "上合组织峰会"},
		{"Shanghai Cooperation\nOrganisation", "shanghaicooperationorganisation"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Canonical(tt.in))
		})
	}
}

func TestCanonicalTraditional(t *testing.T) {
	assert.Equal(t, "上合组织", Canonical("上合組織"))
	assert.Equal(t, Canonical("上海合作组织"), Canonical("上海合作組織"))
}

func TestNamer(t *testing.T) {
	n := newNamer(testDict())
	tests := []struct {
		name, text, typ string
		ids             []string
		identity        string
	}{
		{"in dictionary", "上合组织", "ORG", []string{"org:SCO"}, "id:org:SCO"},
		{"english alias", "SCO", "ORG", []string{"org:SCO"}, "id:org:SCO"},
		{"ambiguous", "巴方", "COUNTRY", []string{"country:PAK", "country:PSE"}, "id:country:PAK|country:PSE"},
		{"other type is outside", "天津", "ORG", nil, "name:天津"},
		{"any type", "天津", "", []string{"location:tianjin"}, "id:location:tianjin"},
		{"outside", "Zhang Ming", "PERSON", nil, "name:zhangming"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := n.name(tt.text, tt.typ)
			assert.Equal(t, tt.ids, g.IDs)
			assert.Equal(t, tt.identity, g.identity())
		})
	}
	assert.Nil(t, newNamer(nil).name("上合组织", "ORG").IDs, "no dictionary")
}
