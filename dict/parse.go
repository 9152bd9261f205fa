package dict

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// record is a parsed entry with the positions Check needs after merging.
type record struct {
	e        *Entry
	aliasPos []Pos // parallel to e.Aliases
	refs     []ref // ids the entry points at
}

// phrase is a non-entity phrase and where it is written.
type phrase struct {
	text string
	pos  Pos
}

// ref is an entity id used by an entry (membership org, role org,
// project country) and where it is written.
type ref struct {
	id  string
	pos Pos
}

// fileParser turns one dictionary file into records, collecting every
// problem it sees rather than stopping at the first.
type fileParser struct {
	name     string
	problems []Problem
}

var (
	yamlLine = regexp.MustCompile(`line (\d+)`)
	idRE     = regexp.MustCompile(`^([a-z]+):([A-Za-z0-9][A-Za-z0-9._-]*)$`)
	iso3RE   = regexp.MustCompile(`^[A-Z]{3}$`)
)

// parseFile parses a dictionary file named name (used in positions).
//
// The file is a YAML mapping with an optional default `type`, a list of
// `entries` and a list of non-entity `phrases`; see README.md for every
// field.
func parseFile(name string, data []byte) ([]*record, []phrase, []Problem) {
	p := &fileParser{name: name}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		line := 1
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = strings.TrimPrefix(msg, fmt.Sprintf("line %d: ", line))
		p.errorf(line, "yaml: %s", msg)
		return nil, nil, p.problems
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, nil, nil // empty file: no entries
	}
	top := root.Content[0]
	if top.Kind != yaml.MappingNode {
		p.errorf(top.Line, "want a mapping with `type` and `entries`")
		return nil, nil, p.problems
	}
	defType := ""
	var entries *yaml.Node
	var phrases []phrase
	p.fields(top, func(key string, k, v *yaml.Node) {
		switch key {
		case "type":
			defType = p.scalar(v)
			if _, ok := Types[defType]; !ok {
				p.errorf(v.Line, "unknown type %q (want one of %s)", defType, typeList())
			}
		case "entries":
			if v.Kind != yaml.SequenceNode {
				p.errorf(v.Line, "entries: want a list")
				return
			}
			entries = v
		case "phrases":
			for _, it := range p.list(v) {
				text := strings.TrimSpace(it.Value)
				if text == "" {
					p.errorf(it.Line, "empty phrase")
					continue
				}
				phrases = append(phrases, phrase{text, p.pos(it)})
			}
		default:
			p.errorf(k.Line, "unknown field %q", key)
		}
	})
	if entries == nil {
		return nil, phrases, p.problems
	}
	var recs []*record
	prev := ""
	for _, n := range entries.Content {
		r := p.entry(n, defType)
		if r == nil {
			continue
		}
		if r.e.ID != "" {
			if prev != "" && r.e.ID < prev {
				p.errorf(n.Line, "id %s out of order: entries are sorted by id (after %s)", r.e.ID, prev)
			}
			prev = r.e.ID
		}
		recs = append(recs, r)
	}
	return recs, phrases, p.problems
}

func typeList() string {
	var ts []string
	for t := range Types {
		ts = append(ts, t)
	}
	slices.Sort(ts)
	return strings.Join(ts, ", ")
}

func (p *fileParser) errorf(line int, format string, args ...any) {
	p.problems = append(p.problems, Problem{Pos: Pos{p.name, line}, Msg: fmt.Sprintf(format, args...)})
}

func (p *fileParser) pos(n *yaml.Node) Pos { return Pos{p.name, n.Line} }

// fields calls f for each key of mapping n, reporting duplicate keys.
func (p *fileParser) fields(n *yaml.Node, f func(key string, k, v *yaml.Node)) {
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if seen[k.Value] {
			p.errorf(k.Line, "field %q given twice", k.Value)
			continue
		}
		seen[k.Value] = true
		f(k.Value, k, v)
	}
}

// scalar returns the text of a scalar node ("" for null), reporting any
// other kind of node.
func (p *fileParser) scalar(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		p.errorf(n.Line, "want a single value")
		return ""
	}
	if n.Tag == "!!null" {
		return ""
	}
	return strings.TrimSpace(n.Value)
}

// list returns the scalar items of a sequence node with their lines.
func (p *fileParser) list(n *yaml.Node) []*yaml.Node {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(n.Line, "want a list")
		return nil
	}
	var out []*yaml.Node
	for _, it := range n.Content {
		if it.Kind != yaml.ScalarNode {
			p.errorf(it.Line, "want a single value in the list")
			continue
		}
		out = append(out, it)
	}
	return out
}

func (p *fileParser) entry(n *yaml.Node, defType string) *record {
	if n.Kind != yaml.MappingNode {
		p.errorf(n.Line, "entry: want a mapping")
		return nil
	}
	e := &Entry{Type: defType, Source: p.pos(n)}
	r := &record{e: e}
	var aliases, ambiguous []*yaml.Node
	typeLine := n.Line
	p.fields(n, func(key string, k, v *yaml.Node) {
		switch key {
		case "id":
			e.ID = p.scalar(v)
		case "type":
			e.Type, typeLine = p.scalar(v), v.Line
		case "zh":
			e.NameZh = p.scalar(v)
		case "en":
			e.NameEn = p.scalar(v)
		case "iso3":
			e.ISO3 = p.scalar(v)
		case "country":
			e.Country = p.scalar(v)
			if e.Country != "" {
				r.refs = append(r.refs, ref{e.Country, p.pos(v)})
			}
		case "note":
			e.Note = p.scalar(v)
		case "aliases":
			aliases = p.list(v)
		case "ambiguous":
			ambiguous = p.list(v)
		case "memberships":
			e.Memberships = p.memberships(v, r)
		case "roles":
			e.Roles = p.roles(v, r)
		case "involves":
			for _, it := range p.list(v) {
				id := strings.TrimSpace(it.Value)
				e.Involves = append(e.Involves, id)
				r.refs = append(r.refs, ref{id, p.pos(it)})
			}
		default:
			p.errorf(k.Line, "unknown field %q", key)
		}
	})
	p.validate(r, n.Line, typeLine)
	// Aliases: canonical names first, then the listed forms, then the
	// ambiguous ones; a form listed twice is kept once.
	seen := map[Alias]bool{}
	add := func(text string, amb bool, line int) {
		a := Alias{Text: text, Ambiguous: amb}
		if text == "" || seen[a] {
			return
		}
		seen[a] = true
		e.Aliases = append(e.Aliases, a)
		r.aliasPos = append(r.aliasPos, Pos{p.name, line})
	}
	add(e.NameZh, false, n.Line)
	add(e.NameEn, false, n.Line)
	for _, it := range aliases {
		if strings.TrimSpace(it.Value) == "" {
			p.errorf(it.Line, "empty alias")
		}
		add(strings.TrimSpace(it.Value), false, it.Line)
	}
	for _, it := range ambiguous {
		if strings.TrimSpace(it.Value) == "" {
			p.errorf(it.Line, "empty alias")
		}
		add(strings.TrimSpace(it.Value), true, it.Line)
	}
	return r
}

// validate checks what can be checked inside one entry.
func (p *fileParser) validate(r *record, line, typeLine int) {
	e := r.e
	prefix, ok := Types[e.Type]
	switch {
	case e.Type == "":
		p.errorf(typeLine, "entry %s: missing type", e.ID)
	case !ok:
		p.errorf(typeLine, "entry %s: unknown type %q (want one of %s)", e.ID, e.Type, typeList())
	}
	m := idRE.FindStringSubmatch(e.ID)
	switch {
	case e.ID == "":
		p.errorf(line, "entry without id")
	case m == nil:
		p.errorf(line, "bad id %q (want prefix:name, e.g. country:KAZ, org:sco)", e.ID)
	case ok && m[1] != prefix:
		p.errorf(line, "id %s: a %s id starts with %q", e.ID, e.Type, prefix+":")
	}
	if e.NameZh == "" {
		p.errorf(line, "entry %s: missing canonical name zh", e.ID)
	}
	if e.NameEn == "" {
		p.errorf(line, "entry %s: missing canonical name en", e.ID)
	}
	if e.Type == "COUNTRY" {
		switch {
		case !iso3RE.MatchString(e.ISO3):
			p.errorf(line, "entry %s: iso3 %q is not an ISO 3166 alpha-3 code", e.ID, e.ISO3)
		case m != nil && m[1] == prefix && m[2] != e.ISO3:
			p.errorf(line, "entry %s: a country id is country:<iso3> (country:%s)", e.ID, e.ISO3)
		}
	} else if ok && e.ISO3 != "" {
		p.errorf(line, "entry %s: iso3 is for countries only", e.ID)
	}
	if len(e.Memberships) > 0 && e.Type != "COUNTRY" {
		p.errorf(line, "entry %s: memberships are for countries only", e.ID)
	}
	if len(e.Roles) > 0 && e.Type != "PERSON" {
		p.errorf(line, "entry %s: roles are for persons only", e.ID)
	}
	if len(e.Involves) > 0 && e.Type != "PROJECT" {
		p.errorf(line, "entry %s: involves is for projects only", e.ID)
	}
}
