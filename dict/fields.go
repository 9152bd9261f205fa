package dict

import (
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// This file parses the nested fields of an entry: memberships, roles and
// their dates.

func (p *fileParser) memberships(n *yaml.Node, r *record) []Membership {
	var out []Membership
	p.items(n, func(it *yaml.Node) {
		var m Membership
		p.fields(it, func(key string, k, v *yaml.Node) {
			switch key {
			case "org":
				m.Org = p.scalar(v)
				r.refs = append(r.refs, ref{m.Org, p.pos(v)})
			case "status":
				m.Status = p.scalar(v)
				if !slices.Contains(Statuses, m.Status) {
					p.errorf(v.Line, "unknown status %q (want one of %s)", m.Status, strings.Join(Statuses, ", "))
				}
			case "from":
				m.From = p.date(v)
			case "to":
				m.To = p.date(v)
			default:
				p.errorf(k.Line, "unknown field %q", key)
			}
		})
		if m.Org == "" {
			p.errorf(it.Line, "membership without org")
		}
		if m.Status == "" {
			p.errorf(it.Line, "membership without status")
		}
		p.period(it.Line, m.From, m.To)
		out = append(out, m)
	})
	return out
}

func (p *fileParser) roles(n *yaml.Node, r *record) []Role {
	var out []Role
	p.items(n, func(it *yaml.Node) {
		var ro Role
		p.fields(it, func(key string, k, v *yaml.Node) {
			switch key {
			case "role":
				ro.Role = p.scalar(v)
			case "org":
				ro.Org = p.scalar(v)
				r.refs = append(r.refs, ref{ro.Org, p.pos(v)})
			case "from":
				ro.From = p.date(v)
			case "to":
				ro.To = p.date(v)
			default:
				p.errorf(k.Line, "unknown field %q", key)
			}
		})
		if ro.Role == "" {
			p.errorf(it.Line, "role without role")
		}
		if ro.Org == "" {
			p.errorf(it.Line, "role without org")
		}
		p.period(it.Line, ro.From, ro.To)
		out = append(out, ro)
	})
	return out
}

// items calls f for each mapping in the sequence n.
func (p *fileParser) items(n *yaml.Node, f func(*yaml.Node)) {
	if n.Kind != yaml.SequenceNode {
		p.errorf(n.Line, "want a list")
		return
	}
	for _, it := range n.Content {
		if it.Kind != yaml.MappingNode {
			p.errorf(it.Line, "want a mapping")
			continue
		}
		f(it)
	}
}

// date returns a scalar date, reporting it unless it is YYYY, YYYY-MM,
// YYYY-MM-DD (a real calendar day) or empty.
func (p *fileParser) date(n *yaml.Node) string {
	s := p.scalar(n)
	if s == "" {
		return ""
	}
	if _, _, err := parseDate(s); err != nil {
		p.errorf(n.Line, "bad date %q: %v", s, err)
		return ""
	}
	return s
}

// period reports a period whose start is after its end.
func (p *fileParser) period(line int, from, to string) {
	if from == "" || to == "" {
		return
	}
	f, _, _ := parseDate(from)
	_, t, _ := parseDate(to)
	if f.After(t) {
		p.errorf(line, "period from %s to %s ends before it starts", from, to)
	}
}
