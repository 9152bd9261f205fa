package relation

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEnumerations covers states listed after a status noun, an
// organisation that comprises its states, a state in apposition with its
// status, "as"/作为 statements and accessions.
func TestEnumerations(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"members then a list", "[SCO|O] members [Iran|C], [Belarus|C] and [India|C] voted.",
			[]string{"Iran member_of SCO member", "Belarus member_of SCO member", "India member_of SCO member"}},
		{"the ten member states, then a list", "The ten [SCO|O] member states, [Tajikistan|C], [Pakistan|C] and others, agreed.",
			[]string{"Tajikistan member_of SCO member", "Pakistan member_of SCO member"}},
		{"comma then a single state is no list", "Like other [SCO|O] member states, [Turkey|C] wants more trade.", []string{}},
		{"which comprises", "The [SCO|O], which comprises [Kyrgyzstan|C], [Uzbekistan|C] and [Iran|C], met.",
			[]string{"Kyrgyzstan member_of SCO member", "Uzbekistan member_of SCO member", "Iran member_of SCO member"}},
		{"Chinese members include", "[上合组织|O]成员国包括[塔吉克斯坦|C]、[吉尔吉斯斯坦|C]和[白俄罗斯|C]。",
			[]string{"塔吉克斯坦 member_of 上合组织 member", "吉尔吉斯斯坦 member_of 上合组织 member", "白俄罗斯 member_of 上合组织 member"}},
		{"Chinese dialogue partner before a state", "[上合组织|O]对话伙伴[柬埔寨|C]派团出席。", []string{"柬埔寨 member_of 上合组织 dialogue_partner"}},
		{"English dialogue partner before a state", "At the [SCO|O] forum, dialogue partner [Nepal|C] spoke first.", []string{"Nepal member_of SCO dialogue_partner"}},
		{"trade partners are no status", "The [SCO|O] report names trade partners [Brazil|C] and [Chile|C].", []string{}},
		{"apposition with the org inside", "[Afghanistan|C], an [SCO|O] observer state, was absent.", []string{"Afghanistan member_of SCO observer"}},
		{"apposition with of the org", "[Qatar|C], a dialogue partner of the [SCO|O], sent a minister.", []string{"Qatar member_of SCO dialogue_partner"}},
		{"as member states, a list", "As [SCO|O] member states, [Russia|C] and [Tajikistan|C] back the plan.",
			[]string{"Russia member_of SCO member", "Tajikistan member_of SCO member"}},
		{"作为 before the state", "作为[上合组织|O]成员国，[乌兹别克斯坦|C]积极参与合作。", []string{"乌兹别克斯坦 member_of 上合组织 member"}},
		{"accession in a year", "Since [Pakistan|C]'s accession to the [SCO|O] in 2017, ties grew.", []string{"Pakistan member_of SCO member"}},
		{"accession as a partner", "[Laos|C]'s accession to the [SCO|O] as a partner was welcomed.", []string{"Laos member_of SCO partner"}},
		{"accession talks are pending", "[Egypt|C]'s accession to the [SCO|O] talks will resume.", []string{}},
		{"a bid for accession is pending", "They back [Egypt|C]'s accession to the [SCO|O].", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ElementsMatch(t, tt.want, run(t, tt.in))
		})
	}
}
