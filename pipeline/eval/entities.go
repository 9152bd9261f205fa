package eval

import (
	"github.com/sco-news/extract/pipeline/doc"
)

// predEntity is one distinct entity the program found in a document: its
// mentions grouped by (type, entity id).
type predEntity struct {
	Type, ID string
	Name     string   // canonical name or first surface, for --explain
	Span     doc.Span // first mention
}

// entityIndex is what the program found in one document, seen as entities.
type entityIndex struct {
	list []*predEntity
	// surfaces maps an entity id to the canonical forms of every surface
	// (and canonical name) of its mentions in the document.
	surfaces map[string]map[string]bool
	names    map[string]string   // entity id → display name
	first    map[string]doc.Span // entity id → first mention
}

// mentionID is the entity id of a mention; a mention without one stands for
// the entity of its surface.
func mentionID(m doc.Mention) string {
	if m.EntityID != "" {
		return m.EntityID
	}
	return "surface:" + Canonical(m.Surface)
}

func indexEntities(ms []doc.Mention) *entityIndex {
	idx := &entityIndex{surfaces: map[string]map[string]bool{}, names: map[string]string{}, first: map[string]doc.Span{}}
	seen := map[[2]string]bool{}
	for _, m := range ms {
		id := mentionID(m)
		s := idx.surfaces[id]
		if s == nil {
			s = map[string]bool{}
			idx.surfaces[id] = s
		}
		s[Canonical(m.Surface)] = true
		if m.CanonicalName != "" {
			s[Canonical(m.CanonicalName)] = true
		}
		name := m.CanonicalName
		if name == "" {
			name = m.Surface
		}
		if _, ok := idx.names[id]; !ok {
			idx.names[id] = name
			idx.first[id] = m.Span
		}
		k := [2]string{m.EntityType, id}
		if seen[k] {
			continue
		}
		seen[k] = true
		idx.list = append(idx.list, &predEntity{Type: m.EntityType, ID: id, Name: name, Span: m.Span})
	}
	return idx
}

// display renders a predicted entity id with its name.
func (idx *entityIndex) display(id string) string {
	if n, ok := idx.names[id]; ok && n != id {
		return n + " (" + id + ")"
	}
	return id
}

// scoreEntities compares the gold entities of a document with the entities
// the program found. Key: (type, entity).
func (s *scorer) scoreEntities(gold []GoldEntity, idx *entityIndex) {
	t := s.report.Tables["entities"]
	t.Documents++
	names := make([]goldName, len(gold))
	for i, g := range gold {
		names[i] = s.names.name(g.Name, g.Type)
	}
	gk := dedupe(len(gold), func(i, j int) bool {
		return gold[i].Type == gold[j].Type && names[i].identity() == names[j].identity()
	})
	pk := make([]int, len(idx.list))
	for i := range pk {
		pk[i] = i
	}
	m := match(gk, pk, func(i, j int) bool {
		p := idx.list[j]
		return gold[i].Type == p.Type && names[i].denotes(p.ID, idx.surfaces[p.ID])
	})
	for _, pr := range m.pairs {
		t.add(gold[pr[0]].Type, 1, 0, 0)
	}
	for _, i := range m.fn {
		t.add(gold[i].Type, 0, 0, 1)
		s.miss("entities", "FN", gold[i].Type, names[i].String(), s.locate(gold[i].Name))
	}
	for _, j := range m.fp {
		p := idx.list[j]
		t.add(p.Type, 0, 1, 0)
		s.miss("entities", "FP", p.Type, idx.display(p.ID), p.Span)
	}
}

// scoreRelations compares gold relations with predicted ones. Key: (subject
// entity, predicate, object entity); role and status are attributes.
func (s *scorer) scoreRelations(gold []GoldRelation, pred []doc.Relation, idx *entityIndex) {
	t := s.report.Tables["relations"]
	t.Documents++
	subj := make([]goldName, len(gold))
	obj := make([]goldName, len(gold))
	for i, g := range gold {
		subj[i] = s.names.name(g.Subject, "")
		obj[i] = s.names.name(g.Object, "")
	}
	gk := dedupe(len(gold), func(i, j int) bool {
		return gold[i].Predicate == gold[j].Predicate &&
			subj[i].identity() == subj[j].identity() && obj[i].identity() == obj[j].identity()
	})
	pk := dedupe(len(pred), func(i, j int) bool {
		a, b := pred[i], pred[j]
		return a.SubjectID == b.SubjectID && a.Predicate == b.Predicate && a.ObjectID == b.ObjectID
	})
	m := match(gk, pk, func(i, j int) bool {
		p := pred[j]
		return gold[i].Predicate == p.Predicate &&
			subj[i].denotes(p.SubjectID, idx.surfaces[p.SubjectID]) &&
			obj[i].denotes(p.ObjectID, idx.surfaces[p.ObjectID])
	})
	for _, pr := range m.pairs {
		g, p := gold[pr[0]], pred[pr[1]]
		t.add(g.Predicate, 1, 0, 0)
		key := subj[pr[0]].Text + " " + g.Predicate + " " + obj[pr[0]].Text
		if p.Span.Len() <= 0 {
			p.Span = idx.first[p.SubjectID]
		}
		if g.Predicate == doc.HoldsPosition && g.Role != "" {
			ok := Canonical(g.Role) == Canonical(p.Role)
			s.report.attr("relations.role", ok)
			if !ok {
				s.miss("relations", "relations.role", g.Predicate, key+": gold "+quote(g.Role)+", got "+quote(p.Role), p.Span)
			}
		}
		if g.Predicate == doc.MemberOf && g.Status != "" {
			ok := g.Status == p.Status
			s.report.attr("relations.status", ok)
			if !ok {
				s.miss("relations", "relations.status", g.Predicate, key+": gold "+quote(g.Status)+", got "+quote(p.Status), p.Span)
			}
		}
	}
	for _, i := range m.fn {
		g := gold[i]
		t.add(g.Predicate, 0, 0, 1)
		key := subj[i].String() + " " + g.Predicate + " " + obj[i].String() + attrs(g.Role, g.Status)
		s.miss("relations", "FN", g.Predicate, key, s.locate(g.Subject))
	}
	for _, j := range m.fp {
		p := pred[j]
		t.add(p.Predicate, 0, 1, 0)
		if p.Span.Len() <= 0 {
			p.Span = idx.first[p.SubjectID]
		}
		key := idx.display(p.SubjectID) + " " + p.Predicate + " " + idx.display(p.ObjectID) + attrs(p.Role, p.Status)
		s.miss("relations", "FP", p.Predicate, key, p.Span)
	}
}

// attrs renders role and status for --explain.
func attrs(role, status string) string {
	switch {
	case role != "" && status != "":
		return " [" + role + ", " + status + "]"
	case role != "":
		return " [" + role + "]"
	case status != "":
		return " [" + status + "]"
	}
	return ""
}

func quote(s string) string {
	if s == "" {
		return "none"
	}
	return "\"" + s + "\""
}
