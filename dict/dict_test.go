package dict

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func load(t testing.TB, extra ...string) *Dict {
	t.Helper()
	d, err := Load(extra...)
	require.NoError(t, err)
	return d
}

func ids(es []*Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func TestLookup(t *testing.T) {
	d := load(t)
	tests := []struct {
		alias string
		want  []string
	}{
		{"上海合作组织", []string{"org:sco"}},
		{"上合组织", []string{"org:sco"}},
		{"上海合作組織", []string{"org:sco"}}, // Traditional
		{"SCO", []string{"org:sco"}},
		{"ＳＣＯ", []string{"org:sco"}}, // full width
		{"sco", nil},                 // case-aware
		{"Shanghai Cooperation Organization", []string{"org:sco"}},
		{"ШОС", []string{"org:sco"}},
		{"青岛", []string{"location:qingdao"}},
		{"Qingdao", []string{"location:qingdao"}},
		{"索海尔・汗", []string{"person:sohail-khan"}}, // other dot
		{"哈方", []string{"country:KAZ"}},
		{"中方", []string{"country:CHN"}},
		{"巴方", []string{"country:BHR", "country:BRA", "country:PAK", "country:PSE"}},
		{"乌方", []string{"country:UKR", "country:UZB"}},
		{"烏茲別克斯坦", []string{"country:UZB"}},
		{"寮國", []string{"country:LAO"}}, // Taiwan name
		{"中吉乌铁路", []string{"project:china-kyrgyzstan-uzbekistan-railway"}},
		{"no such name", nil},
	}
	for _, tt := range tests {
		t.Run(tt.alias, func(t *testing.T) {
			assert.Equal(t, tt.want, ids(d.Lookup(tt.alias)))
		})
	}
}

// TestResolveByContext: an ambiguous short form resolves to the candidate
// the document names, in both directions, and to nothing without context.
func TestResolveByContext(t *testing.T) {
	d := load(t)
	tests := []struct {
		name, alias string
		context     []string
		want        string
	}{
		{"palestine article", "巴方", []string{"country:USA", "country:PSE"}, "country:PSE"},
		{"pakistan article", "巴方", []string{"country:CHN", "country:PAK"}, "country:PAK"},
		{"ukraine article", "乌方", []string{"country:UKR"}, "country:UKR"},
		{"uzbekistan article", "乌方", []string{"country:UZB", "org:sco"}, "country:UZB"},
		{"through a place", "乌方", []string{"location:samarkand"}, "country:UZB"},
		{"no context", "巴方", nil, ""},
		{"both named", "乌方", []string{"country:UKR", "country:UZB"}, ""},
		{"unambiguous", "俄方", nil, "country:RUS"},
		{"unknown", "火星方", []string{"country:CHN"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if e := d.Resolve(tt.alias, tt.context); e != nil {
				got = e.ID
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestLoadMergesUserFile(t *testing.T) {
	base := load(t)
	d := load(t, "testdata/user.yaml")

	kaz := d.Get("country:KAZ")
	require.NotNil(t, kaz)
	assert.Equal(t, "testdata/user.yaml", kaz.Source.File, "the user's entry replaces the built-in one")
	assert.True(t, kaz.HasAlias("Qazaqstan Respublikasy"))
	assert.False(t, kaz.HasAlias("Kazakstan"), "aliases are replaced, not merged")
	assert.Equal(t, []string{"country:KAZ"}, ids(d.Lookup("Qazaqstan Respublikasy")))
	assert.Empty(t, d.Lookup("Kazakstan"))

	p := d.Get("person:test-wang-wu")
	require.NotNil(t, p)
	assert.Equal(t, doc.Person, p.Type)
	assert.Equal(t, []Role{{Role: "副秘书长", Org: "org:sco", From: "2025-01"}}, p.Roles)

	assert.Len(t, d.Entries(), len(base.Entries())+1)
	assert.NotEqual(t, base.SHA256(), d.SHA256())
	assert.Equal(t, base.SHA256(), load(t).SHA256(), "the hash is stable")
	assert.Nil(t, base.Get("person:test-wang-wu"), "the built-in dictionary is untouched")
}

func TestEntriesSortedAndComplete(t *testing.T) {
	d := load(t)
	es := d.Entries()
	require.NotEmpty(t, es)
	assert.True(t, slices.IsSortedFunc(es, func(a, b *Entry) int { return cmpString(a.ID, b.ID) }))
	for _, e := range es {
		assert.Same(t, e, d.Get(e.ID))
		require.NotEmpty(t, e.Aliases, e.ID)
		assert.Equal(t, Alias{Text: e.NameZh}, e.Aliases[0], e.ID)
		assert.Equal(t, Alias{Text: e.NameEn}, e.Aliases[1], e.ID)
		for _, a := range e.Aliases {
			assert.Contains(t, ids(d.Lookup(a.Text)), e.ID, "alias %q", a.Text)
		}
	}
	for _, typ := range []string{doc.Country, doc.Org, doc.Person, doc.Location, doc.Project} {
		assert.NotEmpty(t, d.ByType(typ), typ)
	}
}

func TestSurfaces(t *testing.T) {
	d := load(t)
	s := d.Surfaces()
	assert.True(t, slices.IsSorted(s))
	assert.Equal(t, len(s), len(slices.Compact(slices.Clone(s))))
	for _, w := range []string{"上海合作组织", "上海合作組織", "SCO", "巴方", "索海尔·汗", "寮國", "寮国"} {
		_, ok := slices.BinarySearch(s, w)
		assert.True(t, ok, w)
	}
}

func TestNonEntities(t *testing.T) {
	d := load(t)
	assert.Contains(t, d.NonEntities(), "上海精神")
	assert.Contains(t, d.NonEntities(), "Shanghai Spirit")
	_, ok := slices.BinarySearch(d.Surfaces(), "上海精神")
	assert.True(t, ok, "non-entity phrases are loaded into the segmenter too")
	assert.Empty(t, d.Lookup("上海精神"))
}

func TestMemberStatus(t *testing.T) {
	d := load(t)
	day := func(s string) time.Time {
		tm, err := time.Parse("2006-01-02", s)
		require.NoError(t, err)
		return tm
	}
	tests := []struct {
		country, date, want string
	}{
		{"country:CHN", "2001-06-14", ""},
		{"country:CHN", "2001-06-15", "member"},
		{"country:IND", "2010-01-01", "observer"},
		{"country:IND", "2017-06-08", "observer"},
		{"country:IND", "2017-06-09", "member"},
		{"country:IRN", "2023-07-03", "observer"},
		{"country:IRN", "2023-07-04", "member"},
		{"country:BLR", "2012-03-01", "dialogue_partner"},
		{"country:BLR", "2020-03-01", "observer"},
		{"country:BLR", "2024-07-04", "member"},
		{"country:MNG", "2025-08-30", "observer"},
		{"country:MNG", "2025-09-01", "partner"},
		{"country:TUR", "2020-01-01", "dialogue_partner"},
		{"country:LAO", "2025-08-31", ""},
		{"country:LAO", "2025-09-02", "partner"},
		{"country:USA", "2025-01-01", ""},
		{"country:XXX", "2025-01-01", ""},
	}
	for _, tt := range tests {
		t.Run(tt.country+"@"+tt.date, func(t *testing.T) {
			assert.Equal(t, tt.want, d.MemberStatus(tt.country, "org:sco", day(tt.date)))
		})
	}
	// The calendar day is taken in at's own location.
	sh := time.FixedZone("Asia/Shanghai", 8*3600)
	assert.Equal(t, "member", d.MemberStatus("country:IRN", "org:sco", time.Date(2023, 7, 4, 1, 0, 0, 0, sh)))
	assert.Len(t, d.Members("org:sco", "member", day("2025-06-01")), 10)
	assert.Len(t, d.Members("org:sco", "observer", day("2025-06-01")), 2)
	assert.Len(t, d.Members("org:sco", "dialogue_partner", day("2025-06-01")), 14)
	assert.Len(t, d.Members("org:sco", "partner", day("2025-09-02")), 17)
}

// TestWriteRoundTrip writes every entry and parses the output back.
func TestWriteRoundTrip(t *testing.T) {
	d := load(t)
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, d.Entries()))
	recs, _, ps := parseFile("out.yaml", buf.Bytes())
	require.Empty(t, ps)
	require.Len(t, recs, len(d.Entries()))
	for i, r := range recs {
		want := *d.Entries()[i]
		got := *r.e
		want.Source, got.Source = Pos{}, Pos{}
		assert.Equal(t, want, got)
	}
	// One type: written once at the top.
	buf.Reset()
	require.NoError(t, Write(&buf, d.ByType(doc.Project)[:1]))
	assert.Contains(t, buf.String(), "type: PROJECT\nentries:\n  - id: project:")
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	d := load(b)
	for b.Loop() {
		_ = d.Lookup("上海合作組織")
	}
}
