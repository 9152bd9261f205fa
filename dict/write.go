package dict

import (
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// Write writes entries in the dictionary's own file format, in the order
// given, so that the output loads back as the same entries (Source aside).
// When every entry has the same type, the type is written once at the top,
// as in the built-in files. `extract dict list` prints with it.
func Write(w io.Writer, entries []*Entry) error {
	common := ""
	for i, e := range entries {
		if i == 0 {
			common = e.Type
		} else if e.Type != common {
			common = ""
			break
		}
	}
	top := mapping()
	if common != "" {
		addScalar(top, "type", common)
	}
	list := &yaml.Node{Kind: yaml.SequenceNode}
	for _, e := range entries {
		list.Content = append(list.Content, entryNode(e, common == ""))
	}
	top.Content = append(top.Content, scalar("entries"), list)
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(top); err != nil {
		return fmt.Errorf("write dictionary: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write dictionary: %w", err)
	}
	return nil
}

func entryNode(e *Entry, withType bool) *yaml.Node {
	n := mapping()
	addScalar(n, "id", e.ID)
	if withType {
		addScalar(n, "type", e.Type)
	}
	addScalar(n, "zh", e.NameZh)
	addScalar(n, "en", e.NameEn)
	addScalar(n, "iso3", e.ISO3)
	var plain, amb []string
	for _, a := range e.Aliases {
		switch {
		case a.Ambiguous:
			amb = append(amb, a.Text)
		case a.Text != e.NameZh && a.Text != e.NameEn:
			plain = append(plain, a.Text)
		}
	}
	addList(n, "aliases", plain)
	addList(n, "ambiguous", amb)
	addScalar(n, "country", e.Country)
	if len(e.Memberships) > 0 {
		l := &yaml.Node{Kind: yaml.SequenceNode}
		for _, m := range e.Memberships {
			mn := flowMapping()
			addScalar(mn, "org", m.Org)
			addScalar(mn, "status", m.Status)
			addScalar(mn, "from", m.From)
			addScalar(mn, "to", m.To)
			l.Content = append(l.Content, mn)
		}
		n.Content = append(n.Content, scalar("memberships"), l)
	}
	if len(e.Roles) > 0 {
		l := &yaml.Node{Kind: yaml.SequenceNode}
		for _, r := range e.Roles {
			rn := flowMapping()
			addScalar(rn, "role", r.Role)
			addScalar(rn, "org", r.Org)
			addScalar(rn, "from", r.From)
			addScalar(rn, "to", r.To)
			l.Content = append(l.Content, rn)
		}
		n.Content = append(n.Content, scalar("roles"), l)
	}
	addList(n, "involves", e.Involves)
	addScalar(n, "note", e.Note)
	return n
}

func mapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode} }

func flowMapping() *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle} }

func scalar(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

// addScalar adds key: value to the mapping n unless value is empty.
func addScalar(n *yaml.Node, key, value string) {
	if value == "" {
		return
	}
	n.Content = append(n.Content, scalar(key), scalar(value))
}

// addList adds key: [items] in flow style unless items is empty.
func addList(n *yaml.Node, key string, items []string) {
	if len(items) == 0 {
		return
	}
	l := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, s := range items {
		l.Content = append(l.Content, scalar(s))
	}
	n.Content = append(n.Content, scalar(key), l)
}
