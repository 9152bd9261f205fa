package relation

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// formerRe marks a post no longer held; formerBefore, before the holder:
// "Former SCO Secretary-General". former and formerAtEnd must answer as
// they do.
var (
	formerRe     = regexp.MustCompile(`^(?:前|原|(?i:former |ex-))`)
	formerBefore = regexp.MustCompile(`(?:前任|原|(?:^|[^\p{Han}])前|(?i:\bformer ))$`)
)

func TestFormer(t *testing.T) {
	for _, s := range []string{
		"", "前", "原", "前任", "原任", "副主席", "前总统", "Former ", "FORMER x", "former", "formerly ",
		"ex-", "EX-President", "ex", "next-", "the former ", "theformer ", "_former ", "1former ",
		"，former ", "国前", "a前", "前前", "，前", " 前", "前任部长", "中国原", "ſormer ", "Ｆormer ",
		"x原", "在前", "eх-", "former  ", "Ex-", "目前",
	} {
		if got, want := former(s), formerRe.MatchString(s); got != want {
			t.Errorf("former(%q) = %v, want %v", s, got, want)
		}
		if got, want := formerAtEnd(s), formerBefore.MatchString(s); got != want {
			t.Errorf("formerAtEnd(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestStatusNounPrefilter checks that the status noun expressions match
// only text the prefilters let through.
func TestStatusNounPrefilter(t *testing.T) {
	for _, head := range []string{
		"SCO members ", "the ten SCO MEMBER STATES, ", "dialogue partners include ", "SCO obſerver ", "OBSERVER:",
		"trade partners ", "上合组织成员国包括", "上合组织对话伙伴", "观察员国有", "the states ", "成员", "Observers are  ",
	} {
		if statusNounRe.MatchString(head) && !enStatusNoun(head) {
			t.Errorf("enStatusNoun(%q) = false, statusNounRe matches", head)
		}
		if got, want := zhStatusNounAt(head) != nil, zhStatusNounRe.MatchString(head); got != want {
			t.Errorf("zhStatusNounAt(%q) = %v, want %v", head, got, want)
		}
	}
}

// TestNewText compares newText with []rune on valid and invalid text.
func TestNewText(t *testing.T) {
	for _, s := range []string{"", "abc", "上海合作组织", "a\xffb", "\xe4\xb8", "中\xe4", "\xed\xa0\x80x", "\xe0\x80\x80", "𝄞x", "ſK", "é中a", "\xef\xbf\xbd"} {
		tx := newText(s)
		want := []rune(s)
		if string(tx.rs) != string(want) || tx.str != string(want) || len(tx.off) != len(want)+1 {
			t.Errorf("newText(%q) = %q, %q, want %q", s, tx.rs, tx.str, want)
		}
		for i := range want {
			if tx.sub(i, i+1) != string(want[i]) {
				t.Errorf("newText(%q): rune %d at %d", s, i, tx.off[i])
			}
		}
		texts.Put(tx)
	}
}

// TestStatusInWindow checks that statusIn answers on its window as on the
// whole text.
func TestStatusInWindow(t *testing.T) {
	pieces := []string{"observer", "observers", "dialogue partner", " ", "x", "成员国", "上合组织伙伴", "founding members", "memberx", "member", "，", "a", "ſ", "中国", "partner country", "SCO partners"}
	rnd := rand.New(rand.NewSource(3))
	for range 20000 {
		var b strings.Builder
		for range rnd.Intn(30) {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		s := b.String()
		best, at := "", len(s)+1
		for _, st := range statuses {
			if loc := st.re.Find(s); loc != nil && loc[0] < at {
				best, at = st.status, loc[0]
			}
		}
		if at > 60 {
			best = ""
		}
		if got := statusIn(s); got != best {
			t.Fatalf("statusIn(%q) = %q, want %q", s, got, best)
		}
	}
}

// TestJoinerOthers compares joiner with lower-casing and others with
// othersRe on the whole text.
func TestJoinerOthers(t *testing.T) {
	for _, s := range []string{"", "、", "和", "AND", "And", ", AND", "Or", "OR", "ands", "x", "，", ",", "与", "aNd", "ａｎｄ", "Å", ", and "} {
		want := false
		switch strings.ToLower(s) {
		case "", "、", "和", "与", "及", "同", ",", "，", "and", ", and", "or":
			want = true
		}
		if got := joiner(s); got != want {
			t.Errorf("joiner(%q) = %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{"其他成员国", "其余成员国的", " and other SCO member states", " other member countries of", " and other ſCO member ſtates and more text after it", " AND OTHER MEMBER COUNTRIES", " and", "其它", strings.Repeat(" ", 60)} {
		if got, want := others(s), othersRe.MatchString(s); got != want {
			t.Errorf("others(%q) = %v, want %v", s, got, want)
		}
	}
}
