package entity

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOrgHeads covers organisations named by the head words of offices
// and departments (…办, …司, a foreign state's …部, …联合会 after 青年) and
// posts headed by a ministry's name (国防部长).
func TestOrgHeads(t *testing.T) {
	m := matcher(t)
	tests := []foundCase{
		{"office short form 办", "天津市口岸服务办副主任赵立新介绍了通关情况。",
			[]string{"ORG 天津市口岸服务办", "PERSON 赵立新"}, []string{"LOCATION 天津市口岸"}},
		{"办 of a verb is no head", "成都市将举办上合组织青年论坛。", nil, []string{"ORG 成都市将举办"}},
		{"department 司 after a ministry, with 与", "商务部对外投资与经济合作司司长周敏出席。",
			[]string{"ORG 商务部对外投资与经济合作司", "PERSON 周敏"}, []string{"ORG 商务部"}},
		{"司长 is a post, not a head", "司长王平表示。", nil, []string{"ORG 司长"}},
		{"a foreign state's ministry with 与", "老挝计划与投资部副部长宋赛出席仪式。",
			[]string{"ORG 老挝计划与投资部"}, nil},
		{"青年 inside a federation's name", "甘肃省青年联合会主席马俊致辞。",
			[]string{"ORG 甘肃省青年联合会"}, nil},
		{"a ministry before 长 is a post", "俄罗斯国防部长别洛乌索夫出席。",
			[]string{"COUNTRY 俄罗斯"}, []string{"ORG 国防部", "ORG 俄罗斯国防部"}},
		{"the ministry alone stays", "中国国防部发表声明。", []string{"ORG 中国国防部"}, nil},
		{"特区政府 after 澳门 is Macao's", "澳门特区政府今天公布新措施。", []string{"ORG 澳门特区政府"}, []string{"ORG 特区政府"}},
		{"特区政府 alone in a Macao report is not Hong Kong's", "澳门会展业回暖，特区政府将推出新措施。", nil, []string{"ORG 特区政府"}},
		{"特区政府 alone in a Hong Kong report is Hong Kong's", "香港会展业回暖，特区政府将推出新措施。", []string{"ORG 特区政府"}, nil},
		{"特区政府 after 香港 stays Hong Kong's", "香港特区政府今天公布新措施。", []string{"ORG 香港特区政府"}, nil},
		{"post 国务秘书 before a name", "老挝外交部国务秘书通沙万出席。", []string{"PERSON 通沙万"}, nil},
		{"English possessive state before a post", "Omar Rahimzoda, Tajikistan's energy minister, spoke.", []string{"PERSON Omar Rahimzoda"}, nil},
		{"English department of a ministry is one name", "Zhou Lan, director of the Department of Asian Affairs of the Ministry of Commerce, spoke.",
			[]string{"ORG Department of Asian Affairs of the Ministry of Commerce"}, []string{"ORG Department of Asian Affairs"}},
		{"English center for", "He spoke at the Center for Caspian Studies yesterday.", []string{"ORG Center for Caspian Studies"}, nil},
		{"unknown region right after a state", "光伏电站在乌兹别克斯坦苏尔汉河州落成。", nil, []string{"LOCATION 斯坦苏尔汉河州"}},
		{"transliterated region after a state", "项目位于吉尔吉斯斯坦纳伦州。", []string{"COUNTRY 吉尔吉斯斯坦", "LOCATION 纳伦州"}, nil},
		{"English byline with a fellow", "By Irina Volkova, senior fellow at the Valdai Club", []string{"PERSON Irina Volkova"}, nil},
	}
	runFound(t, m, tests)
}

// foundCase is a text with entities that must be found ("TYPE surface")
// and entities that must not.
type foundCase struct {
	name, text string
	want, not  []string
}

// runFound checks every case against what the matcher finds.
func runFound(t *testing.T, m *Matcher, tests []foundCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := found(t, m, tt.text)
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
			for _, w := range tt.not {
				assert.NotContains(t, got, w)
			}
		})
	}
}
