package dict

import (
	"fmt"
	"slices"
	"strings"
)

// Problem is one mistake in a dictionary file, at the line where it is.
type Problem struct {
	Pos Pos
	Msg string
}

// String returns "file:line: message".
func (p Problem) String() string { return p.Pos.String() + ": " + p.Msg }

// Problems is the error Load returns for a dictionary that does not check
// clean: every problem, in file and line order.
type Problems []Problem

// Error lists every problem, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return "dictionary: " + strings.Join(lines, "\n")
}

// Check returns every problem in the dictionary files, merged over the
// built-in files as Load would merge them; with no files it checks the
// built-in files alone. It reports, with file:line: YAML syntax errors,
// unknown fields, unknown types and statuses, bad or malformed ids, an id
// defined twice in one file (or twice in the built-in files), entries out
// of id order, missing canonical names (zh, en), bad ISO codes, bad dates
// and periods, references to ids that do not exist, and an alias claimed
// by two entities unless every claim marks it ambiguous, and a non-entity
// phrase that is also an alias.
func Check(files ...string) []Problem {
	layers, phrases, problems := readLayers(files)
	_, more := merge(layers, phrases)
	problems = append(problems, more...)
	sortProblems(problems)
	return problems
}

// merge applies the layers in order (a later layer replaces an entry by id)
// and runs the checks that need the whole dictionary.
func merge(layers []layer, phrases []phrase) ([]*record, []Problem) {
	var problems []Problem
	byID := map[string]*record{}
	layerOf := map[*record]int{}
	var order []string
	for li, l := range layers {
		seen := map[string]*record{}
		for _, r := range l {
			id := r.e.ID
			if id == "" {
				continue
			}
			if first := seen[id]; first != nil {
				problems = append(problems, Problem{r.e.Source,
					fmt.Sprintf("duplicate id %s (first defined at %s)", id, first.e.Source)})
				continue
			}
			seen[id] = r
			layerOf[r] = li
			if byID[id] == nil {
				order = append(order, id)
			}
			byID[id] = r
		}
	}
	recs := make([]*record, 0, len(order))
	for _, id := range order {
		recs = append(recs, byID[id])
	}
	// References.
	for _, r := range recs {
		for _, rf := range r.refs {
			if rf.id != "" && byID[rf.id] == nil {
				problems = append(problems, Problem{rf.pos, fmt.Sprintf("entry %s: unknown id %s", r.e.ID, rf.id)})
			}
		}
	}
	// Aliases shared by several entities.
	type claim struct {
		r   *record
		i   int // index into r.e.Aliases
		amb bool
	}
	claims := map[string][]claim{}
	var keys []string
	for _, r := range recs {
		for i, a := range r.e.Aliases {
			k := MatchKey(a.Text)
			cs := claims[k]
			if len(cs) == 0 {
				keys = append(keys, k)
			}
			claims[k] = append(cs, claim{r, i, a.Ambiguous})
		}
	}
	for _, k := range keys {
		cs := claims[k]
		var ids []string
		for _, c := range cs {
			if !slices.Contains(ids, c.r.e.ID) {
				ids = append(ids, c.r.e.ID)
			}
		}
		if len(ids) < 2 {
			continue
		}
		// The newest file among the claimants introduced the conflict:
		// every problem is reported there, so the built-in files are never
		// blamed for a user's addition.
		newest, at := -1, Pos{}
		for _, c := range cs {
			if l := layerOf[c.r]; l > newest {
				newest, at = l, c.r.aliasPos[c.i]
			}
		}
		for _, c := range cs {
			if c.amb {
				continue
			}
			pos, where := c.r.aliasPos[c.i], ""
			if layerOf[c.r] < newest {
				pos, where = at, fmt.Sprintf(" (%s)", c.r.aliasPos[c.i])
			}
			var others []string
			for _, id := range ids {
				if id != c.r.e.ID {
					others = append(others, id)
				}
			}
			problems = append(problems, Problem{pos,
				fmt.Sprintf("alias %q of %s%s is also claimed by %s: list it under ambiguous in every entry that shares it",
					c.r.e.Aliases[c.i].Text, c.r.e.ID, where, strings.Join(others, ", "))})
		}
	}
	// A non-entity phrase must not be an entity's alias.
	for _, p := range phrases {
		if cs := claims[MatchKey(p.text)]; len(cs) > 0 {
			problems = append(problems, Problem{p.pos,
				fmt.Sprintf("phrase %q is an alias of %s: a non-entity phrase names no entity", p.text, cs[0].r.e.ID)})
		}
	}
	return recs, problems
}

// sortProblems orders problems by file, then line, keeping the order of
// problems on the same line.
func sortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if c := cmpString(a.Pos.File, b.Pos.File); c != 0 {
			return c
		}
		return a.Pos.Line - b.Pos.Line
	})
}
