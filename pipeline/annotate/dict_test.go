package annotate

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/entity"
	"github.com/sco-news/extract/pipeline/normalize"
)

// TestEveryAliasSegmentsWholeAndResolves is generated from the whole
// built-in dictionary: every alias of every entry comes out of gse as one
// token (Chinese aliases) and resolves to its entry.
func TestEveryAliasSegmentsWholeAndResolves(t *testing.T) {
	a, err := Default()
	require.NoError(t, err)
	m := entity.NewMatcher(a.Dict)
	checked := 0
	for _, e := range a.Dict.Entries() {
		for _, al := range e.Aliases {
			norm := normalize.New(al.Text, dict.FoldRune).Norm
			if strings.TrimSpace(norm) == "" {
				continue
			}
			toks := a.seg.Tokens(norm)
			if !strings.ContainsAny(norm, " ") && hasHan(norm) {
				if assert.Len(t, toks, 1, "%s alias %q is cut by gse: %v", e.ID, al.Text, toks) {
					assert.Equal(t, norm, toks[0].Text)
				}
			}
			ms := m.Match(norm, toks)
			if assert.Len(t, ms, 1, "%s alias %q", e.ID, al.Text) {
				assert.Equal(t, doc.Span{Start: 0, End: len([]rune(norm))}, ms[0].Span, "%s alias %q matches whole", e.ID, al.Text)
				ids := []string{}
				for _, c := range ms[0].Candidates {
					ids = append(ids, c.ID)
				}
				assert.Contains(t, ids, e.ID, "alias %q", al.Text)
				if !al.Ambiguous {
					assert.Len(t, ids, 1, "alias %q of %s is shared without an ambiguity mark", al.Text, e.ID)
				}
			}
			checked++
		}
	}
	assert.Greater(t, checked, 500, "the dictionary should have hundreds of aliases")
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x3400 && r <= 0x9FFF {
			return true
		}
	}
	return false
}

func idsOf(ms []doc.Mention, surface string) []string {
	var ids []string
	for _, m := range ms {
		if m.Surface == surface {
			ids = append(ids, m.EntityID)
		}
	}
	return ids
}

func TestAmbiguousShortFormsResolveByContext(t *testing.T) {
	pub := time.Date(2025, 8, 30, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text, surface, want string
	}{
		{"Palestine article", "巴勒斯坦驻华大使表示，巴方感谢中方长期以来对巴勒斯坦正义事业的支持。", "巴方", "country:PSE"},
		{"Pakistan article", "巴基斯坦总理夏巴兹访华期间，巴方表示愿同中方推进中巴经济走廊建设。巴基斯坦是上合组织成员国。", "巴方", "country:PAK"},
		{"Uzbekistan article", "乌兹别克斯坦总统米尔济约耶夫会见中方代表，乌方愿深化合作。", "乌方", "country:UZB"},
		{"Ukraine article", "乌克兰危机持续，乌方与俄方代表在伊斯坦布尔会谈。乌克兰外长出席。", "乌方", "country:UKR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Text(tt.text, &pub, "zh")
			assert.Equal(t, []string{tt.want}, idsOf(res.Mentions, tt.surface))
		})
	}
	t.Run("no context, no guess", func(t *testing.T) {
		res := Text("巴方表示欢迎。", &pub, "zh")
		assert.Empty(t, idsOf(res.Mentions, "巴方"))
	})
}

func TestTraditionalResolves(t *testing.T) {
	res := Text("上海合作組織峰會在天津舉行，哈薩克斯坦總統出席。", nil, "")
	ids := map[string]bool{}
	for _, m := range res.Mentions {
		ids[m.EntityID] = true
	}
	assert.True(t, ids["org:sco"], "上海合作組織 → org:sco: %v", res.Mentions)
	assert.True(t, ids["country:KAZ"], "哈薩克斯坦 → country:KAZ")
	orig := []rune("上海合作組織峰會在天津舉行，哈薩克斯坦總統出席。")
	for _, m := range res.Mentions {
		assert.Equal(t, string(orig[m.Start:m.End]), m.Surface, "surface is cut from the original (Traditional) text")
	}
}

func TestOffsetsMapToOriginal(t *testing.T) {
	text := "上合组织副秘书长 索海尔・汗在乌鲁木齐举 行的论坛上说，贸易额达５１００亿美元。"
	res := Text(text, nil, "zh")
	orig := []rune(text)
	require.NotEmpty(t, res.Mentions)
	for _, m := range res.Mentions {
		assert.Equal(t, string(orig[m.Start:m.End]), m.Surface)
	}
	for _, f := range res.Figures {
		assert.Equal(t, string(orig[f.Start:f.End]), f.Surface)
	}
	assert.Contains(t, idsOf(res.Mentions, "索海尔・汗"), "person:sohail-khan")
}

func TestNonEntityPhrasesHideAliases(t *testing.T) {
	for _, text := range []string{"弘扬“上海精神”，推动合作。", "The Shanghai Spirit guides the SCO."} {
		res := Text(text, nil, "")
		for _, m := range res.Mentions {
			assert.NotEqual(t, "LOCATION", m.EntityType, "%q: %s inside a set phrase is not a place", text, m.Surface)
		}
	}
}

// TestMemberStatusAtPublication: a member_of relation carries the status at
// the publication date (gold-format), which the dictionary's dated history
// knows even when the text states an earlier one.
func TestMemberStatusAtPublication(t *testing.T) {
	tests := []struct {
		text, published, want string
	}{
		{"伊朗2005年成为上海合作组织观察员国。", "2010-01-01", "observer"},
		{"伊朗2005年成为上海合作组织观察员国。", "2025-05-01", "member"},
		{"Iran was granted observer status in the SCO in 2005.", "2025-05-01", "member"},
		{"Belarus became a full member of the SCO in July 2024.", "2024-08-01", "member"},
	}
	for _, tt := range tests {
		t.Run(tt.published+" "+tt.text, func(t *testing.T) {
			pub, err := time.Parse("2006-01-02", tt.published)
			require.NoError(t, err)
			res := Text(tt.text, &pub, "")
			var got []string
			for _, r := range res.Relations {
				if r.Predicate == doc.MemberOf {
					got = append(got, r.Status)
				}
			}
			assert.Equal(t, []string{tt.want}, got)
		})
	}
	t.Run("no publication date: the status as written", func(t *testing.T) {
		res := Text("伊朗2005年成为上海合作组织观察员国。", nil, "")
		require.Len(t, res.Relations, 1)
		assert.Equal(t, "observer", res.Relations[0].Status)
	})
}
