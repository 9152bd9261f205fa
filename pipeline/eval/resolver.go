package eval

import "github.com/sco-news/extract/dict"

// Resolver resolves a name to the dictionary entries it may denote (every
// alias, any language: 上合组织, SCO, 上海合作组织 → the same entry; several
// entries for an ambiguous alias such as 巴方). *dict.Dict satisfies it. A
// nil Resolver means no dictionary: names then match by surface only.
type Resolver interface {
	Lookup(alias string) []*dict.Entry
}
