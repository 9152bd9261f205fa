package relation

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/doctest"
)

func run(t testing.TB, in string) []string {
	m := doctest.Parse(t, in)
	out := []string{}
	for _, r := range Extract(Input{Text: m.Text, Sentences: m.Sentences, Mentions: m.Mentions}) {
		sub, obj := strings.SplitN(r.SubjectID, ":", 2)[1], strings.SplitN(r.ObjectID, ":", 2)[1]
		out = append(out, sub+" "+r.Predicate+" "+obj+" "+r.Role+r.Status)
	}
	return out
}

func TestHoldsPosition(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"org role person", "[上海合作组织|O]副秘书长[王小明|P]出席会议。", []string{"王小明 holds_position 上海合作组织 副秘书长"}},
		{"space before the person", "[哈萨克斯坦信息委员会|O]副主席 [阿斯兰·别克|P]致辞。", []string{"阿斯兰·别克 holds_position 哈萨克斯坦信息委员会 副主席"}},
		{"country role person", "[吉尔吉斯斯坦|C]总统[扎帕罗夫|P]表示欢迎。", []string{"扎帕罗夫 holds_position 吉尔吉斯斯坦 总统"}},
		{"role without holder gives nothing", "国家主席[习近平|P]出席。", []string{}},
		{"what precedes 的 is not the role", "[最高人民法院|O]分管日常工作的副院长[李强|P]主持。", []string{"李强 holds_position 最高人民法院 副院长"}},
		{"chained posts", "[新疆维吾尔自治区党委|O]副书记、[自治区人民政府|O]主席[张伟|P]讲话。", []string{"张伟 holds_position 自治区人民政府 主席", "张伟 holds_position 新疆维吾尔自治区党委 副书记"}},
		{"list of people keeps each post", "[甲法院|O]副院长[赵一|P]、[乙法院|O]法官[钱二|P]发言。", []string{"赵一 holds_position 甲法院 副院长", "钱二 holds_position 乙法院 法官"}},
		{"reporter", "[新华社|O]记者 [孙丽|P]摄", []string{"孙丽 holds_position 新华社 记者"}},
		{"former post", "前[上合组织|O]秘书长[张明|P]出席。", []string{}},
		{"English possessive", "[Kazakhstan|C]'s President [Kassym-Jomart Tokayev|P] spoke.", []string{"Kassym-Jomart Tokayev holds_position Kazakhstan President"}},
		{"English org role person", "[SCO|O] Secretary-General [Zhang Ming|P] said.", []string{"Zhang Ming holds_position SCO Secretary-General"}},
		{"English person, role of org", "[Ali Khan|P], Deputy Secretary-General of the [SCO|O], said.", []string{"Ali Khan holds_position SCO Deputy Secretary-General"}},
		{"English person, a professor at org", "[Ravi Rao|P], a professor at [Delhi University|O], said.", []string{"Ravi Rao holds_position Delhi University professor"}},
		{"English role person of country", "Deputy Energy Minister [Bakyt Asanov|P] of [Kyrgyzstan|C] received them.", []string{"Bakyt Asanov holds_position Kyrgyzstan Deputy Energy Minister"}},
		{"English role of country person", "with President of the Republic of [Uzbekistan|C] [Mirziyoyev|P].", []string{"Mirziyoyev holds_position Uzbekistan President"}},
		{"English former", "Former [SCO|O] Secretary-General [Rashid Alimov|P] said.", []string{}},
		{"demonym names no country", "Chinese President [Xi Jinping|P] spoke.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ElementsMatch(t, tt.want, run(t, tt.in))
		})
	}
}

func TestMemberOf(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"becomes member", "[伊朗|C]正式成为[上海合作组织|O]第九个成员国。", []string{"伊朗 member_of 上海合作组织 member"}},
		{"granted status to a list", "会议决定给予[阿塞拜疆|C]、[亚美尼亚|C]和[尼泊尔|C][上合组织|O]对话伙伴地位。", []string{"阿塞拜疆 member_of 上合组织 dialogue_partner", "亚美尼亚 member_of 上合组织 dialogue_partner", "尼泊尔 member_of 上合组织 dialogue_partner"}},
		{"upgraded", "[上合组织|O]峰会上，[白俄罗斯|C]由对话伙伴升级为观察员国。", []string{"白俄罗斯 member_of 上合组织 observer"}},
		{"admitted as partner", "[上合组织|O]决定接收[老挝|C]为伙伴国。", []string{"老挝 member_of 上合组织 partner"}},
		{"said to be", "[上合组织|O]有10个成员国。[蒙古国|C]和[阿富汗|C]为观察员国。", []string{"蒙古国 member_of 上合组织 observer", "阿富汗 member_of 上合组织 observer"}},
		{"status before 加入", "[上合组织|O]扩大了，第十个成员国[白俄罗斯|C]于去年加入。", []string{"白俄罗斯 member_of 上合组织 member"}},
		{"other member states", "[中国|C]与[上合组织|O]其他成员国贸易增长。", []string{"中国 member_of 上合组织 member"}},
		{"trading partner is no status", "[中国|C]是[巴基斯坦|C]最大的贸易伙伴，也是[上合组织|O]的重要力量。", []string{}},
		{"English became", "[Belarus|C] became a full member of the [SCO|O] on Thursday.", []string{"Belarus member_of SCO member"}},
		{"English granted and made", "[SCO|O] leaders granted observer status to [Nepal|C] and made [Laos|C] a dialogue partner.", []string{"Nepal member_of SCO observer", "Laos member_of SCO dialogue_partner"}},
		{"English list absorbed as", "The [SCO|O] will absorb [Kuwait|C], [Bahrain|C] and [Qatar|C] as new dialogue partners.", []string{"Kuwait member_of SCO dialogue_partner", "Bahrain member_of SCO dialogue_partner", "Qatar member_of SCO dialogue_partner"}},
		{"English founders", "The [SCO|O] was established in 2001 by [China|C], [Russia|C], and four other states.", []string{"China member_of SCO member", "Russia member_of SCO member"}},
		{"English as a founding member", "[Tajikistan|C], as a founding member of the [SCO|O], hosts the meeting.", []string{"Tajikistan member_of SCO member"}},
		{"English pending", "The [SCO|O] began the process of accepting [Iran|C] as a member state.", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.ElementsMatch(t, tt.want, run(t, tt.in))
		})
	}
}

// FuzzExtract checks that any text with person and organisation mentions
// anywhere gives relations with spans inside the text.
func FuzzExtract(f *testing.F) {
	f.Add("上海合作组织副秘书长王小明出席。", 0, 6, 10, 13)
	f.Add("Zhang Ming, Secretary-General of the SCO, said.", 37, 40, 0, 10)
	f.Add("、、、成为成员国 as a member of", 0, 1, 1, 2)
	f.Fuzz(func(t *testing.T, s string, os, oe, ps, pe int) {
		if !utf8.ValidString(s) {
			return
		}
		n := utf8.RuneCountInString(s)
		clamp := func(a, b int) doc.Span { return doctest.Clamp(a, b, n) }
		in := Input{Text: s, Sentences: []doc.Span{{Start: 0, End: n}}, Mentions: []doc.Mention{
			{Span: clamp(os, oe), EntityType: doc.Org, EntityID: "org:o"},
			{Span: clamp(ps, pe), EntityType: doc.Person, EntityID: "person:p"},
			{Span: clamp(ps+1, pe+3), EntityType: doc.Country, EntityID: "country:c"},
		}}
		for _, r := range Extract(in) {
			if r.Start < 0 || r.End > n || r.Start > r.End {
				t.Fatalf("span %v outside %d runes", r.Span, n)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	m := doctest.Parse(b, strings.Repeat("[上海合作组织|O]副秘书长[王小明|P]出席会议。[伊朗|C]正式成为[上海合作组织|O]成员国。[Ali Khan|P], Deputy Secretary-General of the [SCO|O], said. ", 20))
	in := Input{Text: m.Text, Sentences: m.Sentences, Mentions: m.Mentions}
	b.ReportAllocs()
	b.SetBytes(int64(len(m.Text)))
	for b.Loop() {
		Extract(in)
	}
}
