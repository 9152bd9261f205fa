package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sco-news/extract/dict"
	"github.com/sco-news/extract/pipeline/annotate"
	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/read"
)

// suggestOptions are the flags of `extract dict suggest`.
type suggestOptions struct {
	io    streams
	dicts []string
	min   int
}

// newSuggestCmd is `extract dict suggest OUTDIR [PATH...]`: the entities
// discovery finds beyond the dictionary, with counts and example contexts,
// written in the dictionary's own format (one file per type) for review.
func newSuggestCmd(io streams) *cobra.Command {
	o := &suggestOptions{io: io}
	cmd := &cobra.Command{
		Use:   "suggest OUTDIR [PATH...]",
		Short: "Write entities found beyond the dictionary, with counts and contexts, as dictionary files to review",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSuggest(cmd.Context(), o, args[0], args[1:])
		},
	}
	cmd.Flags().StringArrayVar(&o.dicts, "dict", nil, "extra dictionary file (repeatable)")
	cmd.Flags().IntVar(&o.min, "min", 1, "only entities seen at least this many times")
	return cmd
}

// suggestion is one discovered entity with its evidence.
type suggestion struct {
	entry    *dict.Entry
	count    int
	methods  map[string]bool
	contexts []string
}

func runSuggest(ctx context.Context, o *suggestOptions, outDir string, paths []string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	d, err := dict.Load(o.dicts...)
	if err != nil {
		return &exitError{code: exitFatal, err: err}
	}
	a, err := annotate.New(d)
	if err != nil {
		return &exitError{code: exitFatal, err: err}
	}
	found := map[string]*suggestion{}
	opt := read.Options{Fold: dict.FoldRune}
	err = read.Walk(ctx, paths, o.io.In, opt, func(u read.Unit) error {
		if u.Doc == nil {
			return nil
		}
		collect(found, d, a.Analyze(*u.Doc))
		return nil
	})
	if err != nil {
		return &exitError{code: exitFatal, err: err}
	}
	return writeSuggestions(o, outDir, found)
}

// collect adds the discovered mentions of one analysis to found.
func collect(found map[string]*suggestion, d *dict.Dict, res doc.Analysis) {
	text := []rune(res.Doc.Text)
	for _, m := range res.Mentions {
		if m.Method == "dictionary" || d.Get(m.EntityID) != nil {
			continue
		}
		s := found[m.EntityID]
		if s == nil {
			e := &dict.Entry{ID: m.EntityID, Type: m.EntityType, NameZh: m.CanonicalName, NameEn: m.CanonicalName}
			s = &suggestion{entry: e, methods: map[string]bool{}}
			found[m.EntityID] = s
		}
		s.count++
		s.methods[m.Method] = true
		if len(d.Lookup(m.Surface)) == 0 && !hasAlias(s.entry, m.Surface) {
			s.entry.Aliases = append(s.entry.Aliases, dict.Alias{Text: m.Surface})
		}
		if len(s.contexts) < 3 {
			lo, hi := max(0, m.Start-20), min(len(text), m.End+20)
			c := string(text[lo:m.Start]) + "[" + m.Surface + "]" + string(text[m.End:hi])
			c = strings.Join(strings.Fields(c), " ")
			s.contexts = append(s.contexts, res.Doc.ID+": "+c)
		}
	}
}

func hasAlias(e *dict.Entry, s string) bool {
	if s == e.NameZh || s == e.NameEn {
		return true
	}
	for _, a := range e.Aliases {
		if a.Text == s {
			return true
		}
	}
	return false
}

var suggestFiles = map[string]string{
	doc.Country: "countries.yaml", doc.Org: "orgs.yaml", doc.Person: "persons.yaml",
	doc.Location: "locations.yaml", doc.Project: "projects.yaml",
}

// writeSuggestions writes one file per type, entries sorted by id (as the
// dictionary requires), each preceded by comments with its count, how it
// was found and example contexts.
func writeSuggestions(o *suggestOptions, outDir string, found map[string]*suggestion) error {
	ids := make([]string, 0, len(found))
	for id := range found {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	// every surface names one entity: a later claim on a surface is dropped
	owner := map[string]string{}
	byType := map[string][]*suggestion{}
	for _, id := range ids {
		s := found[id]
		key := dict.MatchKey(s.entry.NameZh)
		if s.count < o.min || owner[key] != "" {
			continue
		}
		owner[key] = id
		kept := s.entry.Aliases[:0]
		for _, a := range s.entry.Aliases {
			k := dict.MatchKey(a.Text)
			if owner[k] == "" || owner[k] == id {
				owner[k] = id
				kept = append(kept, a)
			}
		}
		s.entry.Aliases = kept
		byType[s.entry.Type] = append(byType[s.entry.Type], s)
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return &exitError{code: exitFatal, err: fmt.Errorf("suggest: %w", err)}
	}
	types := make([]string, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		ss := byType[t]
		sort.Slice(ss, func(i, j int) bool { return ss[i].entry.ID < ss[j].entry.ID })
		entries := make([]*dict.Entry, len(ss))
		for i, s := range ss {
			entries[i] = s.entry
		}
		var buf bytes.Buffer
		if err := dict.Write(&buf, entries); err != nil {
			return &exitError{code: exitFatal, err: err}
		}
		out := annotateYAML(buf.String(), ss)
		name := suggestFiles[t]
		if name == "" {
			name = strings.ToLower(t) + ".yaml"
		}
		p := filepath.Join(outDir, name)
		if err := os.WriteFile(p, []byte(out), 0o644); err != nil {
			return &exitError{code: exitFatal, err: fmt.Errorf("suggest: %w", err)}
		}
		fmt.Fprintf(o.io.Out, "%s: %d %s entities\n", p, len(ss), t)
	}
	return nil
}

// annotateYAML puts each suggestion's evidence as comments above its entry.
func annotateYAML(y string, ss []*suggestion) string {
	byID := map[string]*suggestion{}
	for _, s := range ss {
		byID[s.entry.ID] = s
	}
	header := "# Suggested by `extract dict suggest`: entities found beyond the dictionary.\n" +
		"# Review each entry (canonical zh/en names, aliases, country), then paste it into dict/.\n"
	var b strings.Builder
	b.WriteString(header)
	for _, line := range strings.SplitAfter(y, "\n") {
		trim := strings.TrimLeft(line, " ")
		if strings.HasPrefix(trim, "- id: ") {
			id := strings.TrimSpace(strings.TrimPrefix(trim, "- id: "))
			id = strings.Trim(id, `"'`)
			if s := byID[id]; s != nil {
				indent := line[:len(line)-len(trim)]
				methods := make([]string, 0, len(s.methods))
				for m := range s.methods {
					methods = append(methods, m)
				}
				sort.Strings(methods)
				fmt.Fprintf(&b, "%s# seen %d times, found by %s\n", indent, s.count, strings.Join(methods, ", "))
				for _, c := range s.contexts {
					fmt.Fprintf(&b, "%s#   %s\n", indent, c)
				}
			}
		}
		b.WriteString(line)
	}
	return b.String()
}
