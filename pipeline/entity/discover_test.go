package entity

import (
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
)

var (
	testOnce    sync.Once
	testMatcher *Matcher
	testErr     error
)

func matcher(t testing.TB) *Matcher {
	testOnce.Do(func() {
		d, err := dict.Load()
		testErr = err
		if err == nil {
			testMatcher = NewMatcher(d)
		}
	})
	require.NoError(t, testErr)
	return testMatcher
}

// found is one expected mention: "TYPE surface" (method optional: "TYPE surface method").
func found(t *testing.T, m *Matcher, text string) map[string]Match {
	rs := []rune(text)
	out := map[string]Match{}
	for _, x := range m.Find(text, nil) {
		out[x.Candidates[0].Type+" "+string(rs[x.Start:x.End])] = x
	}
	return out
}

func TestDiscoverRules(t *testing.T) {
	m := matcher(t)
	tests := []struct {
		name, text string
		want       []string // "TYPE surface method"
		not        []string // "TYPE surface"
	}{
		{"title before a native name", "国家统计局副局长吴建平介绍，今年前三季度数据平稳。",
			[]string{"PERSON 吴建平 title"}, nil},
		{"spokesperson then verb", "商务部新闻发言人何咏前表示，双方将加强合作。",
			[]string{"PERSON 何咏前 title"}, nil},
		{"two-character name before a verb", "组委会主任周涛说，筹备工作已完成。",
			[]string{"PERSON 周涛 title"}, []string{"PERSON 周涛说"}},
		{"byline with several names", "（记者张伟、李娜）近日，论坛在青岛举行。",
			[]string{"PERSON 张伟 title", "PERSON 李娜 title"}, nil},
		{"byline that is no name", "记者了解到，该项目已经投产。", nil, []string{"PERSON 了解到"}},
		{"transliterated name after an organisation", "乌兹别克斯坦农业部副部长沙夫卡特·尤苏波夫出席仪式。",
			[]string{"PERSON 沙夫卡特·尤苏波夫 transliteration", "ORG 乌兹别克斯坦农业部 suffix"}, []string{"COUNTRY 乌兹别克斯坦"}},
		{"surname later links to the full name", "吉尔吉斯斯坦交通部官员铁木尔·奥穆尔别科夫出席。奥穆尔别科夫表示欢迎。",
			[]string{"PERSON 铁木尔·奥穆尔别科夫 transliteration", "PERSON 奥穆尔别科夫 transliteration"}, nil},
		{"organisation with a conjunction inside", "吉尔吉斯斯坦经济和商业部代表出席会议。",
			[]string{"ORG 吉尔吉斯斯坦经济和商业部 suffix"}, []string{"COUNTRY 吉尔吉斯斯坦"}},
		{"list of organisations stays apart", "哈萨克斯坦国家银行、乌兹别克斯坦中央银行参加。",
			[]string{"ORG 哈萨克斯坦国家银行 suffix", "ORG 乌兹别克斯坦中央银行 suffix"}, nil},
		{"embassy is one organisation", "中国驻哈萨克斯坦大使馆举办招待会。",
			[]string{"ORG 中国驻哈萨克斯坦大使馆 suffix"}, []string{"COUNTRY 哈萨克斯坦", "COUNTRY 中国"}},
		{"another country's ministry of the same name", "他会见了蒙古国外交部官员。", []string{"ORG 蒙古国外交部 suffix"}, []string{"ORG 外交部"}},
		{"strong head without anchor", "、地球物理联合研究中心、", []string{"ORG 地球物理联合研究中心 suffix"}, nil},
		{"project by suffix", "位于纳沃伊州的卡尔希光伏电站将于年底投运。", []string{"PROJECT 卡尔希光伏电站 suffix"}, nil},
		{"generic project is not named", "该光伏电站将于年底投运。", nil, []string{"PROJECT 光伏电站", "PROJECT 该光伏电站"}},
		{"place with an administrative suffix keeps its id", "代表团访问了塔什干市。", []string{"LOCATION 塔什干市 suffix"}, []string{"LOCATION 塔什干"}},
		{"place between 在 and a meeting verb", "双方8日在卡拉干达会见。", []string{"LOCATION 卡拉干达 context"}, nil},
		{"place as concept modifier", "弘扬“上海精神”。", nil, []string{"LOCATION 上海"}},
		{"inside a book title", "双方签署《上海合作组织宪章》修订议定书。", nil, []string{"ORG 上海合作组织"}},
		{"English title then name", "Deputy Trade Minister Rustam Aliyev of Tajikistan met the delegation.",
			[]string{"PERSON Rustam Aliyev english"}, nil},
		{"English apposition", "The plan was announced by Sergei Petrov, deputy director of the agency.",
			[]string{"PERSON Sergei Petrov english"}, nil},
		{"English possessive", "President Tokayev's adviser Marat Kassenov said", []string{"PERSON Marat Kassenov english", "PERSON Tokayev dictionary"}, []string{"PERSON Tokayev's"}},
		{"English reporters list", "(Reporters Wang Lei, Sun Yu and Ma Jun)",
			[]string{"PERSON Wang Lei english", "PERSON Sun Yu english", "PERSON Ma Jun english"}, nil},
		{"English organisation by head", "Students of Almaty Technical University joined the Qazaq Export Bank program.",
			[]string{"ORG Almaty Technical University english", "ORG Qazaq Export Bank english"}, nil},
		{"English ministry of", "the Ministry of Energy and Water Resources of Tajikistan said.",
			[]string{"ORG Ministry of Energy and Water Resources of Tajikistan english"}, []string{"COUNTRY Tajikistan"}},
		{"two English names joined by and", "They toured the Navoi Free Trade Zone and Almaty Technical University.",
			[]string{"PROJECT Navoi Free Trade Zone english", "ORG Almaty Technical University english"}, nil},
		{"English project", "Work on the Navoi Free Trade Zone and the Rogun hydropower plant continued.",
			[]string{"PROJECT Navoi Free Trade Zone english", "PROJECT Rogun hydropower plant english"}, nil},
		{"English place after in", "The talks were held in Termez on Monday.", []string{"LOCATION Termez english"}, nil},
		{"English place with a lower-case head", "Heavy snow hit Zhambyl region.", []string{"LOCATION Zhambyl english"}, nil},
		{"demonym is no place", "It is a Russian city on the Volga.", nil, []string{"LOCATION Russian"}},
		{"title-case connector is no place", "the report 'Trade in Motion' was released", nil, []string{"LOCATION Motion"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := found(t, m, tt.text)
			for _, w := range tt.want {
				f := strings.Fields(w)
				key := f[0] + " " + strings.Join(f[1:len(f)-1], " ")
				x, ok := got[key]
				if assert.True(t, ok, "want %s in %v", key, keys(got)) {
					assert.Equal(t, f[len(f)-1], x.Method, key)
				}
			}
			for _, n := range tt.not {
				assert.NotContains(t, got, n)
			}
		})
	}
}

func keys(m map[string]Match) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestDiscoveredID(t *testing.T) {
	d, err := dict.Load()
	require.NoError(t, err)
	valid := regexp.MustCompile(`^([a-z]+):([A-Za-z0-9][A-Za-z0-9._-]*)$`)
	tests := []struct{ typ, name, want string }{
		{doc.Person, "Rustam Aliyev", "person:rustam-aliyev"},
		{doc.Org, "Ministry of Energy and Water Resources of Tajikistan", "org:ministry-of-energy-and-water-resources-of-tajikistan"},
		{doc.Person, "沙夫卡特·尤苏波夫", ""},
		{doc.Person, "沙夫卡特・尤苏波夫", ""}, // another dot, same id
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := DiscoveredID(d, tt.typ, tt.name)
			assert.Regexp(t, valid, id)
			assert.Nil(t, d.Get(id))
			if tt.want != "" {
				assert.Equal(t, tt.want, id)
			}
		})
	}
	assert.Equal(t, DiscoveredID(d, doc.Person, "沙夫卡特·尤苏波夫"), DiscoveredID(d, doc.Person, "沙夫卡特・尤苏波夫"))
	// a slug that is a dictionary id gets a hash
	assert.NotEqual(t, "person:mao-ning", DiscoveredID(d, doc.Person, "Mao Ning"))
}

func TestMergeLongestWins(t *testing.T) {
	e1 := &dict.Entry{ID: "country:AAA", Type: doc.Country}
	e2 := &dict.Entry{ID: "org:x", Type: doc.Org}
	known := []Match{{Span: doc.Span{Start: 2, End: 5}, Candidates: []*dict.Entry{e1}}}
	found := []Match{{Span: doc.Span{Start: 2, End: 9}, Candidates: []*dict.Entry{e2}}, {Span: doc.Span{Start: 2, End: 5}, Candidates: []*dict.Entry{e2}}}
	got := Merge(known, found)
	require.Len(t, got, 1)
	assert.Equal(t, "org:x", got[0].Candidates[0].ID)
	assert.Equal(t, doc.Span{Start: 2, End: 9}, got[0].Span)
	// a tie goes to the dictionary
	got = Merge(known, found[1:])
	require.Len(t, got, 1)
	assert.Equal(t, "country:AAA", got[0].Candidates[0].ID)
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"中国驻哈萨克斯坦大使馆主任张伟表示", "记者 李娜、王强摄", "阿·", "·汗", "President Kassym-Jomart Tokayev", "“Angren-Papu” railway", "《》", "在卡拉干达会见", "Ministry of of of"} {
		f.Add(s)
	}
	m := matcher(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		n := utf8.RuneCountInString(s)
		prev := 0
		for _, x := range m.Find(s, nil) {
			if x.Start < prev || x.End <= x.Start || x.End > n {
				t.Fatalf("bad span %v (prev end %d, len %d) in %q", x.Span, prev, n, s)
			}
			prev = x.End
			require.Len(t, x.Candidates, 1)
		}
	})
}

func BenchmarkFind(b *testing.B) {
	m := matcher(b)
	text := strings.Repeat("乌兹别克斯坦农业部副部长沙夫卡特·尤苏波夫8日在塔什干会见中国驻乌兹别克斯坦大使馆参赞李明。(记者张伟、李娜) Deputy Minister Rustam Aliyev visited the Navoi Free Trade Zone. ", 20)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Find(text, nil)
	}
}

// TestEnglishWordsCutFromText checks that words cut from the text by byte
// offsets spell their rune spans, invalid UTF-8 and wide runes included.
func TestEnglishWordsCutFromText(t *testing.T) {
	for _, s := range []string{"", "Tokayev's adviser", "\xffZhang Ming’s \xe4\xb8 visit", "上合组织Secretary-General张明 said", "é café's naïve 5G", "x's", "’s"} {
		rs := []rune(s)
		for _, w := range englishWords(s, rs) {
			assert.Equal(t, string(rs[w.Start:w.End]), w.text, "%q", s)
		}
	}
}
