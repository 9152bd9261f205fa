// Package dict is the SCO domain dictionary: the member, observer and
// partner states, the organisations and their bodies, officials, places and
// projects that SCO news names, in Chinese and English, with every alias
// under which they appear.
//
// The built-in dictionary is a set of YAML files, one per entity type
// (countries.yaml, orgs.yaml, persons.yaml, locations.yaml, projects.yaml),
// embedded in the binary. Users extend it with their own files, which are
// merged over it: an entry with the same id replaces the built-in one.
//
// Contract: Load checks everything (see Check) and returns an error listing
// every problem with file:line, so a bad dictionary stops the run. A loaded
// Dict is read-only and safe for concurrent use. Aliases are compared under
// MatchKey: width, middle dots and Traditional characters folded, ASCII case
// kept.
//
// Example:
//
//	d, err := dict.Load("my-officials.yaml")
//	if err != nil { ... }
//	for _, e := range d.Lookup("上海合作組織") {
//		fmt.Println(e.ID, e.NameEn) // org:sco Shanghai Cooperation Organisation
//	}
//	d.MemberStatus("country:IRN", "org:sco", published) // "member" after 2023-07-04
package dict

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"os"
	"slices"
)

// builtin holds the built-in dictionary files.
//
//go:embed countries.yaml orgs.yaml persons.yaml locations.yaml projects.yaml phrases.yaml
var builtin embed.FS

// BuiltinFiles are the built-in files in load order.
var BuiltinFiles = []string{"countries.yaml", "orgs.yaml", "persons.yaml", "locations.yaml", "projects.yaml", "phrases.yaml"}

// Dict is a loaded dictionary. It is only read after Load.
type Dict struct {
	entries  []*Entry
	phrases  []string
	byID     map[string]*Entry
	byKey    map[string][]*Entry
	surfaces []string
	sum      string
}

// Load returns the built-in dictionary merged with the user files extra, in
// order (a later file wins by id). It fails with a Problems error when any
// file does not check clean.
func Load(extra ...string) (*Dict, error) {
	layers, phrases, problems := readLayers(extra)
	recs, more := merge(layers, phrases)
	problems = append(problems, more...)
	if len(problems) > 0 {
		sortProblems(problems)
		return nil, Problems(problems)
	}
	return build(recs, phrases)
}

// layer is a set of records in which ids must be unique: the built-in
// files together, or one user file.
type layer []*record

// readLayers parses the built-in files and the user files.
func readLayers(extra []string) ([]layer, []phrase, []Problem) {
	var layers []layer
	var phrases []phrase
	var problems []Problem
	var base layer
	for _, name := range BuiltinFiles {
		data, err := builtin.ReadFile(name)
		if err != nil {
			problems = append(problems, Problem{Pos{"dict/" + name, 0}, fmt.Sprintf("read: %v", err)})
			continue
		}
		recs, phs, ps := parseFile("dict/"+name, data)
		base = append(base, recs...)
		phrases = append(phrases, phs...)
		problems = append(problems, ps...)
	}
	layers = append(layers, base)
	for _, name := range extra {
		data, err := os.ReadFile(name)
		if err != nil {
			problems = append(problems, Problem{Pos{name, 0}, fmt.Sprintf("read: %v", err)})
			continue
		}
		recs, phs, ps := parseFile(name, data)
		layers = append(layers, recs)
		phrases = append(phrases, phs...)
		problems = append(problems, ps...)
	}
	return layers, phrases, problems
}

// build indexes merged records that checked clean.
func build(recs []*record, phrases []phrase) (*Dict, error) {
	d := &Dict{byID: map[string]*Entry{}, byKey: map[string][]*Entry{}}
	surf := map[string]bool{}
	for _, r := range recs {
		e := r.e
		d.entries = append(d.entries, e)
		d.byID[e.ID] = e
		for _, a := range e.Aliases {
			k := MatchKey(a.Text)
			if !slices.Contains(d.byKey[k], e) {
				d.byKey[k] = append(d.byKey[k], e)
			}
			surf[a.Text] = true
			surf[k] = true
		}
	}
	for _, p := range phrases {
		d.phrases = append(d.phrases, p.text)
		surf[p.text] = true
		surf[MatchKey(p.text)] = true
	}
	slices.Sort(d.phrases)
	d.phrases = slices.Compact(d.phrases)
	slices.SortFunc(d.entries, func(a, b *Entry) int { return cmpString(a.ID, b.ID) })
	for _, es := range d.byKey {
		slices.SortFunc(es, func(a, b *Entry) int { return cmpString(a.ID, b.ID) })
	}
	for s := range surf {
		d.surfaces = append(d.surfaces, s)
	}
	slices.Sort(d.surfaces)
	var buf bytes.Buffer
	if err := Write(&buf, d.entries); err != nil {
		return nil, fmt.Errorf("hash dictionary: %w", err)
	}
	for _, p := range d.phrases {
		buf.WriteString("phrase: " + p + "\n")
	}
	h := sha256.Sum256(buf.Bytes())
	d.sum = hex.EncodeToString(h[:])
	return d, nil
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Entries returns every entry, sorted by ID. The slice is shared: do not
// modify it.
func (d *Dict) Entries() []*Entry { return d.entries }

// Get returns the entry with the given id, nil when there is none.
func (d *Dict) Get(id string) *Entry { return d.byID[id] }

// Lookup returns the entries that have an alias with the same MatchKey as
// alias, sorted by ID; several entries come back for an ambiguous alias.
func (d *Dict) Lookup(alias string) []*Entry { return d.byKey[MatchKey(alias)] }

// ByType returns the entries of one type (doc.Country…), sorted by ID.
func (d *Dict) ByType(typ string) []*Entry {
	var out []*Entry
	for _, e := range d.entries {
		if e.Type == typ {
			out = append(out, e)
		}
	}
	return out
}

// Surfaces returns every distinct alias text and non-entity phrase, as
// written and in its MatchKey form (so a Traditional alias also appears
// folded), sorted: the words to load into the segmenter so that each comes
// out as one token.
func (d *Dict) Surfaces() []string { return d.surfaces }

// NonEntities returns the phrases that contain an alias but name no entity
// (上海精神, "Shanghai Spirit"), sorted. The matcher treats them like
// aliases that yield no mention, so that 上海 inside 上海精神 is not taken
// for the city.
func (d *Dict) NonEntities() []string { return d.phrases }

// SHA256 returns the hex SHA-256 of the merged dictionary content (its
// entries as Write renders them, then the non-entity phrases), so two runs with the same effective
// dictionary record the same hash whatever the files' layout.
func (d *Dict) SHA256() string { return d.sum }

// Resolve picks the entry an alias denotes in a document. context holds
// the ids of the entities the document names without ambiguity (e.g.
// "country:PSE" when the text says 巴勒斯坦). An unambiguous alias resolves
// to its only entry; an ambiguous one to the single candidate that is in
// context, directly or through its Country (a place or a person of that
// country). It returns nil when the alias is unknown or context does not
// single out one candidate: the caller must then not guess.
//
//	d.Resolve("巴方", []string{"country:PSE"}).ID == "country:PSE"
//	d.Resolve("巴方", []string{"country:PAK"}).ID == "country:PAK"
func (d *Dict) Resolve(alias string, context []string) *Entry {
	cands := d.Lookup(alias)
	if len(cands) == 1 {
		return cands[0]
	}
	in := map[string]bool{}
	for _, id := range context {
		in[id] = true
		if e := d.byID[id]; e != nil && e.Country != "" {
			in[e.Country] = true
		}
	}
	var hit *Entry
	for _, c := range cands {
		if in[c.ID] {
			if hit != nil {
				return nil
			}
			hit = c
		}
	}
	return hit
}
