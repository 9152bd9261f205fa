package event

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/doctest"
)

// show renders an event the way the tests expect it: "type date[..end]
// @place".
func show(e doc.Event) string {
	s := e.Type + " " + dateKey(e.DateStart, e.Precision)
	if e.DateEnd != e.DateStart {
		s += ".." + dateKey(e.DateEnd, e.Precision)
	}
	if e.LocationText != "" {
		s += " @" + e.LocationText
	}
	return s
}

func run(t testing.TB, in string) []string {
	m := doctest.Parse(t, in)
	evs := Extract(Input{DocID: "t", Text: m.Text, Sentences: m.Sentences, Mentions: m.Mentions, Dates: m.Dates})
	out := []string{}
	for _, e := range evs {
		out = append(out, show(e))
	}
	return out
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"summit held, place with 在", "{6月15日|2026-06-15}，[上合组织|O]峰会在[比什凯克|L]举行。", []string{"summit 2026-06-15 @比什凯克"}},
		{"heads of state council is a summit", "[上合组织|O]成员国元首理事会第二十六次会议{2026年6月|2026-06}在[比什凯克|L]召开。", []string{"summit 2026-06 @比什凯克"}},
		{"heads of government council is a meeting", "[上合组织|O]成员国政府首脑理事会会议{11月3日|2026-11-03}在[莫斯科|L]举行。", []string{"meeting 2026-11-03 @莫斯科"}},
		{"forum opened", "{5月20日|2026-05-20}，第三届[中国|C]—[上合组织|O]青年论坛在[成都|L]开幕。", []string{"forum 2026-05-20 @成都"}},
		{"object of 举办 gives the type", "{12日|2026-03-12}，[上合组织|O]峰会新闻中心举办专场吹风会。", []string{"meeting 2026-03-12"}},
		{"meeting with 会见, place from 在", "[王芳|P]{9日|2026-04-09}在[阿拉木图|L]会见[哈萨克斯坦|C]客人。", []string{"meeting 2026-04-09 @阿拉木图"}},
		{"visit destination", "代表团于{3月2日至4日|2026-03-02..2026-03-04}访问[塔什干|L]。", []string{"visit 2026-03-02..2026-03-04 @塔什干"}},
		{"visit without destination is nothing", "记者{5日|2026-03-05}采访了与会代表。", []string{}},
		{"accession with status", "{2026年7月|2026-07}，[老挝|C]正式成为[上海合作组织|O]伙伴国。", []string{"accession 2026-07"}},
		{"accession needs a status", "{2026年|2026}，[老挝|C]成为[中国|C]重要贸易伙伴。", []string{}},
		{"decision to admit is an accession", "{9月1日|2026-09-01}，元首们决定接收[老挝|C]为上合组织伙伴。", []string{"accession 2026-09-01"}},
		{"trigger over a clause cut is nothing", "{9月1日|2026-09-01}，元首们决定接收[老挝|C]:为上合组织伙伴。", []string{}},
		{"wish is not an accession", "{2026年|2026}，[老挝|C]希望成为[上合组织|O]成员国。", []string{}},
		{"signing and forum in one sentence share the date", "[李华|P]{8日|2026-07-08}在[喀什|L]出席经贸论坛，双方现场签署协议10项。", []string{"forum 2026-07-08 @喀什", "signing 2026-07-08"}},
		{"当天 points back", "峰会{4日|2026-07-04}在[杜尚别|L]举行，[伊朗|C]当天签署备忘录。", []string{"summit 2026-07-04 @杜尚别", "signing 2026-07-04"}},
		{"launch", "{去年5月|2025-05}，[瓜达尔|L]新机场正式通航。", []string{"launch 2025-05"}},
		{"founding since", "[上合组织|O]自{2001年|2001}成立以来不断发展。", []string{"launch 2001"}},
		{"anniversary is not a launch", "{今年|2026}是[上合组织|O]成立25周年。", []string{}},
		{"startup money is not a launch", "入选项目{2026年|2026}可获得启动资金5万元。", []string{}},
		{"planned founding is not a launch", "[王芳|P]{8日|2026-09-08}表示，峰会决定成立开发银行。", []string{}},
		{"dates in titles are not event dates", "双方签署《{2026—2030年|2026..2030}合作纲要》。", []string{}},
		{"dateline place is not the place", "新华社[北京|L]{5月6日|2026-05-06}电 [上合组织|O]外长理事会会议{6日|2026-05-06}举行。", []string{"meeting 2026-05-06"}},
		{"unknown place after 在", "{20日|2026-07-20}，旅游论坛在[吉尔吉斯斯坦|C]卡拉科尔举行。", []string{"forum 2026-07-20 @卡拉科尔"}},
		{"unknown place alone after 在", "[刘强|P]{3日|2026-06-03}在杰里科会见代表团。", []string{"meeting 2026-06-03 @杰里科"}},
		{"city inside the name", "{今年秋天|2026}的[比什凯克|L]峰会将是规模最大的一次。", []string{"summit 2026 @比什凯克"}},
		{"two reports merge", "{6月5日|2026-06-05}，论坛在[西安|L]开幕。论坛{6月5日|2026-06-05}在[西安|L]举行，300人出席。", []string{"forum 2026-06-05 @西安"}},
		{"placeless report merges into placed one", "{6月5日|2026-06-05}，论坛在[西安|L]开幕。{6月5日|2026-06-05}论坛举行了分论坛。", []string{"forum 2026-06-05 @西安"}},
		{"English summit held in", "The [SCO|O] summit was held in [Bishkek|L] from {June 15 to 16|2026-06-15..2026-06-16}.", []string{"summit 2026-06-15..2026-06-16 @Bishkek"}},
		{"English nominal summit with place", "[India|C] took over the chair after the [Bishkek|L] Summit in {June 2026|2026-06}.", []string{"summit 2026-06 @Bishkek"}},
		{"English back reference takes the place", "The [SCO|O] [Bishkek|L] Summit will set the agenda - The summit, scheduled for {June 15 to 16|2026-06-15..2026-06-16}, will be large.", []string{"summit 2026-06-15..2026-06-16 @Bishkek"}},
		{"English visits on two dates", "[Li Wei|P] visited [Tajikistan|C] in {2019|2019} and {2024|2024}.", []string{"visit 2019 @Tajikistan", "visit 2024 @Tajikistan"}},
		{"English conference opened is a meeting", "The regional energy conference opened in [Almaty|L] on {May 12|2026-05-12}.", []string{"meeting 2026-05-12 @Almaty"}},
		{"English building opened is a launch", "A new trade centre opened in [Osh|L] on {Monday|2026-05-11}.", []string{"launch 2026-05-11 @Osh"}},
		{"English since is no date", "Since taking office in {2019|2019}, the minister has attended all [SCO|O] summits.", []string{}},
		{"English the same day", "Dancers performed in the square (photo taken on {May 3, 2026|2026-05-03}). On the same day, the [SCO|O] Film Festival opened at the Grand Hall in [Qingdao|L].", []string{"launch 2026-05-03 @Qingdao"}},
		{"English granted observer status", "[SCO|O] leaders on {June 7|2026-06-07} granted observer status to [Nepal|C].", []string{"accession 2026-06-07"}},
		{"meeting at a press conference", "外交部发言人{5日|2026-03-05}在例行记者会上表示，中方支持对话。", []string{"meeting 2026-03-05"}},
		{"unresolved date gives no event", "论坛{明天|}在[西安|L]开幕。", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, run(t, tt.in))
		})
	}
}

func TestExtractIDsStable(t *testing.T) {
	m := doctest.Parse(t, "{6月15日|2026-06-15}，[上合组织|O]峰会在[比什凯克|L]举行。")
	in := Input{DocID: "d", Text: m.Text, Sentences: m.Sentences, Mentions: m.Mentions, Dates: m.Dates}
	a, b := Extract(in), Extract(in)
	assert.Equal(t, a, b)
	assert.Len(t, a[0].ID, 16)
}

// FuzzExtract checks that any text with any dates and mentions inside it
// gives events whose spans lie inside the text, dates in order.
func FuzzExtract(f *testing.F) {
	f.Add("9月1日，上海合作组织天津峰会举行。", 0, 5, 7, 9)
	f.Add("The summit was held in Tianjin on May 4, 2025.", 36, 47, 23, 30)
	f.Add("在,，举行访问the summit , - [1]", 3, 4, 0, 2)
	f.Fuzz(func(t *testing.T, s string, ds, de, ms, me int) {
		if !utf8.ValidString(s) {
			return
		}
		n := utf8.RuneCountInString(s)
		clamp := func(a, b int) doc.Span { return doctest.Clamp(a, b, n) }
		in := Input{DocID: "f", Text: s, Sentences: []doc.Span{{Start: 0, End: n}},
			Dates:    []doc.Timex{{Span: clamp(ds, de), Date: doc.Date{Year: 2025, Month: 5, Day: 4}, EndDate: doc.Date{Year: 2025, Month: 5, Day: 4}, Precision: doc.Day}},
			Mentions: []doc.Mention{{Span: clamp(ms, me), EntityType: doc.Location, EntityID: "location:x"}}}
		for _, e := range Extract(in) {
			if e.Start < 0 || e.End > n || e.Start > e.End {
				t.Fatalf("span %v outside %d runes", e.Span, n)
			}
			if e.DateEnd.Time().Before(e.DateStart.Time()) {
				t.Fatalf("end %v before start %v", e.DateEnd, e.DateStart)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	text := strings.Repeat("{6月15日|2026-06-15}，[上合组织|O]峰会在[比什凯克|L]举行，[老挝|C]当天正式成为[上合组织|O]伙伴国。[王芳|P]{9日|2026-06-09}在[阿拉木图|L]会见代表团，双方签署协议。", 20)
	m := doctest.Parse(b, text)
	in := Input{DocID: "b", Text: m.Text, Sentences: m.Sentences, Mentions: m.Mentions, Dates: m.Dates}
	b.ReportAllocs()
	b.SetBytes(int64(len(m.Text)))
	for b.Loop() {
		Extract(in)
	}
}

var _ = fmt.Sprint
