package dict

import (
	"fmt"

	"github.com/sco-news/extract/pipeline/doc"
)

// Entry is one entity of the dictionary: a country, organisation, person,
// place or project, with every surface form under which news names it.
type Entry struct {
	// ID is stable and unique: "country:KAZ", "org:sco", "person:zhang-ming".
	ID string
	// Type is doc.Country, doc.Org, doc.Person, doc.Location or doc.Project.
	Type string
	// NameZh and NameEn are the canonical names in Simplified Chinese and English.
	NameZh, NameEn string
	// Aliases holds every surface form, NameZh and NameEn first.
	Aliases []Alias
	// ISO3 is the ISO 3166-1 alpha-3 code of a country.
	ISO3 string
	// Country is the id of the country a place, organisation, person or
	// project belongs to ("country:UZB" for Samarkand), "" when none or many.
	Country string
	// Memberships is a country's status history in organisations.
	Memberships []Membership
	// Roles are the posts a person holds or held.
	Roles []Role
	// Involves lists the country ids a project involves.
	Involves []string
	// Note is free text for reviewers (sources, caveats).
	Note string
	// Source is where the entry is defined.
	Source Pos
}

// Alias is one surface form of an entry.
type Alias struct {
	Text string
	// Ambiguous marks a form that several entities share on purpose (巴方 is
	// Pakistan or Palestine, 乌方 Uzbekistan or Ukraine); the entity stage
	// resolves it from the document's context, see Dict.Resolve.
	Ambiguous bool
}

// Membership is one period of a country's status in an organisation.
type Membership struct {
	// Org is the organisation's entity id ("org:sco").
	Org string
	// Status is "member", "observer", "dialogue_partner" or "partner".
	Status string
	// From and To bound the period, both inclusive, as YYYY-MM-DD, YYYY-MM
	// or YYYY (the precision the sources give), "" when open.
	From, To string
}

// Role is one post a person holds or held.
type Role struct {
	// Role is the post as Chinese news writes it (秘书长, 总统, 外交部长).
	Role string
	// Org is the entity id of the organisation or country of the post.
	Org string
	// From and To bound the tenure like Membership.From and To.
	From, To string
}

// Pos is a position in a dictionary file.
type Pos struct {
	File string
	Line int
}

// String returns "file:line".
func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Statuses are the values Membership.Status may take.
var Statuses = []string{"member", "observer", "dialogue_partner", "partner"}

// Types are the entity types a dictionary entry may have, with the id
// prefix each requires.
var Types = map[string]string{
	doc.Country:  "country",
	doc.Org:      "org",
	doc.Person:   "person",
	doc.Location: "location",
	doc.Project:  "project",
}

// HasAlias reports whether e has an alias whose MatchKey equals MatchKey(s).
func (e *Entry) HasAlias(s string) bool {
	k := MatchKey(s)
	for _, a := range e.Aliases {
		if MatchKey(a.Text) == k {
			return true
		}
	}
	return false
}
