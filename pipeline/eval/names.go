package eval

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/sco-news/extract/dict"
)

// Canonical returns the canonical form of a name, the form in which the
// scoring contract compares names: NFKC, every middle dot (· ・ • ‧ ･ ⋅)
// as U+00B7, all spaces removed, Traditional folded to Simplified
// (dict.FoldRune, the dictionary's own table), lower case.
//
//	Canonical("索海尔・汗")        // "索海尔·汗"
//	Canonical("Zhang  Ming")      // "zhangming"
//	Canonical("ＳＣＯ")            // "sco"
//	Canonical("上海合作組織")      // "上海合作组织"
func Canonical(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldRune folds one rune: width, middle dots and Traditional characters
// as the dictionary folds them, then case. It is 1:1 so it can also fold a
// text in place for searching (see locate).
func foldRune(r rune) rune { return unicode.ToLower(dict.FoldRune(r)) }

// ref is one dictionary entity a name resolves to.
type ref struct{ ID, Type string }

// namer resolves names through the dictionary, once per distinct name.
type namer struct {
	res   Resolver
	cache map[string][]ref
}

func newNamer(res Resolver) *namer {
	return &namer{res: res, cache: map[string][]ref{}}
}

// lookup returns the dictionary entities name resolves to, sorted by id.
func (n *namer) lookup(name string) []ref {
	if n.res == nil || name == "" {
		return nil
	}
	if refs, ok := n.cache[name]; ok {
		return refs
	}
	var refs []ref
	seen := map[string]bool{}
	for _, e := range n.res.Lookup(name) {
		if e == nil || seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		refs = append(refs, ref{ID: e.ID, Type: e.Type})
	}
	sort.Slice(refs, func(i, j int) bool { return refs[i].ID < refs[j].ID })
	n.cache[name] = refs
	return refs
}

// goldName is a name written in a gold file, resolved: the dictionary ids it
// may denote, or (outside the dictionary) its canonical form.
type goldName struct {
	Text  string
	IDs   []string // dictionary ids, sorted; empty outside the dictionary
	Canon string
	ident string
}

// name resolves a gold name. When typ is not empty, only dictionary entries
// of that type count; a name whose entries all have another type is treated
// as outside the dictionary.
func (n *namer) name(text, typ string) goldName {
	g := goldName{Text: text, Canon: Canonical(text)}
	for _, r := range n.lookup(text) {
		if typ == "" || r.Type == typ {
			g.IDs = append(g.IDs, r.ID)
		}
	}
	switch {
	case text == "":
	case len(g.IDs) > 0:
		g.ident = "id:" + strings.Join(g.IDs, "|")
	default:
		g.ident = "name:" + g.Canon
	}
	return g
}

// identity is the string two gold names share exactly when they denote the
// same entity: used to drop duplicate keys.
func (g goldName) identity() string { return g.ident }

// denotes reports whether the gold name denotes the predicted entity id,
// whose canonical surfaces in the document are surfaces: by dictionary id
// when the name is in the dictionary, by surface otherwise.
func (g goldName) denotes(id string, surfaces map[string]bool) bool {
	if len(g.IDs) > 0 {
		for _, x := range g.IDs {
			if x == id {
				return true
			}
		}
		return false
	}
	return surfaces[g.Canon]
}

// String renders the name with what it resolved to, for --explain.
func (g goldName) String() string {
	if len(g.IDs) == 0 {
		return g.Text
	}
	return g.Text + " (" + strings.Join(g.IDs, "|") + ")"
}
