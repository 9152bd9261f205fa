package relation

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPostsInAppositions covers English posts said after the person:
// the organisation a state possesses, the organisation of a place-based
// institute, a state's post, and fellows at institutes.
func TestPostsInAppositions(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"org after a state's possessive", "[Chen Yu|P], deputy director of [China|C]'s [General Administration of Customs|O], said.",
			[]string{"Chen Yu holds_position General Administration of Customs deputy director"}},
		{"a state's post", "[Bilal Khan|P], [Pakistan|C]'s interior minister, arrived.",
			[]string{"Bilal Khan holds_position Pakistan interior minister"}},
		{"a state's post without a comma after", "[Dina Ospan|P], [Kazakhstan|C]'s deputy foreign minister said.",
			[]string{"Dina Ospan holds_position Kazakhstan deputy foreign minister"}},
		{"fellow at an institute", "By [Omar Latif|P], senior fellow at the [Caspian Policy Center|O]",
			[]string{"Omar Latif holds_position Caspian Policy Center senior fellow"}},
		{"a place-based institute", "[Nodira Karimova|P], a research fellow at the [Tashkent|L]-based [Center for Regional Studies|O], said.",
			[]string{"Nodira Karimova holds_position Center for Regional Studies research fellow"}},
		{"demonym possessive gives nothing", "[Li Ming|P], China's top diplomat, said.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ElementsMatch(t, tt.want, run(t, tt.in))
		})
	}
}

// TestRoleOfState covers "Role of the State PERSON" with a role that has
// its own "of", and a person the dictionary knows by surname only.
func TestRoleOfState(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"role with of, state, person", "Minister of Foreign Affairs of the [Republic of Tajikistan|C] [Sirojiddin Muhriddin|P] arrived.",
			[]string{"Sirojiddin Muhriddin holds_position Republic of Tajikistan Minister of Foreign Affairs"}},
		{"given name before a known surname", "Minister of Economy of the [Kyrgyz Republic|C] Daniyar [Amangeldiev|P] spoke.",
			[]string{"Amangeldiev holds_position Kyrgyz Republic Minister of Economy"}},
		{"lower-case words are no given name", "President of [Russia|C] and then [Putin|P] spoke.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ElementsMatch(t, tt.want, run(t, tt.in))
		})
	}
}

// TestChinesePostHeads covers ORG + post + person where the post's head
// word is new (总裁, 国务秘书) and COUNTRY + ministry post + person, where
// the minister's post (国防部长) absorbs the ministry and the country holds
// the post.
func TestChinesePostHeads(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"总裁 of a discovered body", "[天津港集团|O]总裁[周宏|P]介绍了港口情况。", []string{"周宏 holds_position 天津港集团 总裁"}},
		{"国务秘书 of a foreign ministry", "[老挝计划与投资部|O]国务秘书[通沙万|P]出席。", []string{"通沙万 holds_position 老挝计划与投资部 国务秘书"}},
		{"country + minister's post", "[巴基斯坦|C]国防部长[阿西夫|P]会见了代表团。", []string{"阿西夫 holds_position 巴基斯坦 国防部长"}},
		{"deputy director of a department", "[商务部对外投资与经济合作司|O]副司长[周敏|P]出席。", []string{"周敏 holds_position 商务部对外投资与经济合作司 副司长"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ElementsMatch(t, tt.want, run(t, tt.in))
		})
	}
}

// TestHeadsAndChiefs covers posts said by a verb or a bare head noun:
// "Name, who heads the X", "X chief Name", "X head Name".
func TestHeadsAndChiefs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"who heads the org", "[Daniyar Serik|P], who heads the [Astana Logistics Board|O], said trains run daily.",
			[]string{"Daniyar Serik holds_position Astana Logistics Board head"}},
		{"who chairs the org", "[Meera Nair|P], who chairs the [SCO Business Council|O], spoke.",
			[]string{"Meera Nair holds_position SCO Business Council chair"}},
		{"org chief name", "[SCO|O] chief [Omar Saidov|P] arrived.", []string{"Omar Saidov holds_position SCO chief"}},
		{"org head name", "[Kazakhtelecom|O] head [Ruslan Abil|P] signed.", []string{"Ruslan Abil holds_position Kazakhtelecom head"}},
		{"who heads a country's body is still the body", "[Ali Raza|P], who heads the [Trade Office|O], left.", []string{"Ali Raza holds_position Trade Office head"}},
		{"who met the org is no post", "[Ali Raza|P], who met the [SCO|O] team, left.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ElementsMatch(t, tt.want, run(t, tt.in))
		})
	}
}
