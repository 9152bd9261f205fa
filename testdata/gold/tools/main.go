// Command tools builds and checks testdata/gold/seeds.jsonl.
//
// The annotations are written by hand in seeds.yaml (readable, with comments
// for judgement calls); the document texts are never typed: they are cut
// from seeds/ by the splitting rule, so they are byte-exact. From the
// module root:
//
//	go run ./testdata/gold/tools            # write testdata/gold/seeds.jsonl
//	go run ./testdata/gold/tools -check     # fail if the file is stale or invalid
//	go run ./testdata/gold/tools -dump seed-000-05   # print one document's text
//
// Both modes validate every document (see validate): the file parses, the
// required fields are present, every figure text and entity name occurs in
// the document text, event locations and relation ends are annotated.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"
)

func main() {
	seeds := flag.String("seeds", "seeds", "directory of seed *.txt files")
	in := flag.String("in", "testdata/gold/tools/seeds.yaml", "hand-written annotations")
	out := flag.String("out", "testdata/gold/seeds.jsonl", "gold file to write or check")
	check := flag.Bool("check", false, "check that -out is valid and up to date instead of writing it")
	dump := flag.String("dump", "", "print the text of the document with this id and exit")
	flag.Parse()
	if err := run(*seeds, *in, *out, *check, *dump); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(seedDir, in, out string, check bool, dump string) error {
	split, err := splitSeeds(seedDir)
	if err != nil {
		return err
	}
	if dump != "" {
		for _, s := range split {
			if s.ID == dump {
				fmt.Printf("%s\ntitle: %s\npublished: %s\n---\n%s\n", s.ID, s.Title, s.Published, s.Text)
				return nil
			}
		}
		return fmt.Errorf("dump: no document %s", dump)
	}
	docs, err := build(split, in)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			return fmt.Errorf("encode %s: %w", d.ID, err)
		}
	}
	if !check {
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", out, err)
		}
		fmt.Printf("wrote %s: %d documents\n", out, len(docs))
		return nil
	}
	return checkFile(out, buf.Bytes())
}

// build merges the hand-written annotations in path with the split texts and
// validates the result.
func build(split []seedDoc, path string) ([]goldDoc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var ann []goldDoc
	if err := yaml.Unmarshal(b, &ann); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	byID := map[string]goldDoc{}
	for _, a := range ann {
		if _, dup := byID[a.ID]; dup {
			return nil, fmt.Errorf("%s: document %s annotated twice", path, a.ID)
		}
		byID[a.ID] = a
	}
	var docs []goldDoc
	var errs []string
	for _, s := range split {
		d, ok := byID[s.ID]
		if !ok {
			errs = append(errs, s.ID+": not annotated")
			continue
		}
		delete(byID, s.ID)
		d.Text = s.Text
		if s.Published != "" {
			if d.Published != "" && d.Published != s.Published {
				errs = append(errs, fmt.Sprintf("%s: published %s, source line says %s", s.ID, d.Published, s.Published))
			}
			d.Published = s.Published
		}
		if d.Entities == nil {
			d.Entities = []entity{}
		}
		if d.Figures == nil {
			d.Figures = []figure{}
		}
		if d.Events == nil {
			d.Events = []event{}
		}
		if d.Relations == nil {
			d.Relations = []relation{}
		}
		errs = append(errs, validate(d)...)
		docs = append(docs, d)
	}
	for id := range byID {
		errs = append(errs, id+": annotated but not a document of the seeds")
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s: %d problems:\n%s", path, len(errs), strings.Join(errs, "\n"))
	}
	return docs, nil
}

// checkFile validates the gold file at path line by line as a reader would
// see it, then compares it with want, the freshly built content.
func checkFile(path string, want []byte) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	var errs []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for line := 1; sc.Scan(); line++ {
		var d goldDoc
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&d); err != nil {
			errs = append(errs, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		n++
		for _, e := range validate(d) {
			errs = append(errs, fmt.Sprintf("line %d: %s", line, e))
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if !bytes.Equal(b, want) {
		errs = append(errs, "stale: regenerate with go run ./testdata/gold/tools")
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s: %d problems:\n%s", path, len(errs), strings.Join(errs, "\n"))
	}
	fmt.Printf("%s: %d documents, valid and up to date\n", path, n)
	return nil
}
