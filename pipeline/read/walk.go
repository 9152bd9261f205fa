package read

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// Walk reads every path in order: "-" is standard input (stdin), a
// directory is walked recursively for .txt and .jsonl files in lexical
// order, any other path is read as a file (.jsonl as JSON Lines, anything
// else as text). emit is called for every document and every problem; an
// error from emit or a cancelled ctx stops the walk.
func Walk(ctx context.Context, paths []string, stdin io.Reader, opt Options, emit func(Unit) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		if p == "-" {
			err = readStream(ctx, "-", stdin, opt, emit)
		} else {
			err = walkPath(ctx, p, opt, emit)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func walkPath(ctx context.Context, root string, opt Options, emit func(Unit) error) error {
	fi, err := os.Stat(root)
	if err != nil {
		return emit(problem(root, "read", describe(err)))
	}
	if !fi.IsDir() {
		return readFile(ctx, root, opt, emit)
	}
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return emit(problem(p, "read", describe(err)))
		}
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if d.IsDir() || !isInput(p) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			fi, err := os.Stat(p)
			if err != nil {
				return emit(problem(p, "read", describe(err)))
			}
			if fi.IsDir() {
				return nil // directories behind links are not followed: no loops
			}
		}
		return readFile(ctx, p, opt, emit)
	})
}

// Survey counts the input files under paths and their total size, for a
// progress bar's ETA; it follows Walk's rules and ignores what it cannot
// read (Walk reports that). Standard input counts as one file of unknown
// size.
func Survey(ctx context.Context, paths []string) (files int, size int64) {
	for _, root := range paths {
		if root == "-" {
			files++
			continue
		}
		fi, err := os.Stat(root)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			files++
			size += fi.Size()
			continue
		}
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || ctx.Err() != nil {
				return ctx.Err()
			}
			if d.IsDir() || !isInput(p) {
				return nil
			}
			fi, err := os.Stat(p)
			if err != nil || fi.IsDir() {
				return nil
			}
			files++
			size += fi.Size()
			return nil
		})
	}
	return files, size
}

func isInput(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	return ext == ".txt" || ext == ".jsonl"
}

func readFile(ctx context.Context, p string, opt Options, emit func(Unit) error) error {
	f, err := os.Open(p)
	if err != nil {
		return emit(problem(p, "read", describe(err)))
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && !fi.Mode().IsRegular() && !fi.IsDir() {
		// pipes and devices are read like stdin
	} else if err == nil && fi.Size() > opt.maxBytes() && !isJSONL(p) {
		u := problem(p, "read", fmt.Sprintf("file is %d bytes, over the limit of %d", fi.Size(), opt.maxBytes()))
		u.Bytes = int(fi.Size())
		return emit(u)
	}
	return readStream(ctx, p, f, opt, emit)
}

func isJSONL(p string) bool { return strings.EqualFold(filepath.Ext(p), ".jsonl") }

// readStream reads one whole input: JSON Lines when the path says so,
// otherwise one text that may hold several articles.
func readStream(ctx context.Context, p string, r io.Reader, opt Options, emit func(Unit) error) error {
	if isJSONL(p) {
		return readJSONL(ctx, p, r, opt, emit)
	}
	b, err := io.ReadAll(io.LimitReader(r, opt.maxBytes()+1))
	if err != nil {
		return emit(problem(p, "read", describe(err)))
	}
	if int64(len(b)) > opt.maxBytes() {
		return emit(problem(p, "read", fmt.Sprintf("input is over the limit of %d bytes", opt.maxBytes())))
	}
	dec, err := Decode(b)
	if err != nil {
		u := problem(p, "decode", err.Error())
		u.Problem.Digest, u.Bytes = digest(b), len(b)
		return emit(u)
	}
	if dec.Warning != "" {
		w := problem(p, "decode", dec.Warning)
		w.Problem.Rejected, w.Problem.Digest = false, digest(b)
		if err := emit(w); err != nil {
			return err
		}
	}
	docs, err := textDocs(p, dec.Text, opt)
	if err != nil {
		u := problem(p, "split", err.Error())
		u.Problem.Digest, u.Bytes = digest(b), len(b)
		return emit(u)
	}
	for i := range docs {
		n := len(docs[i].Text)
		if i == 0 {
			n = len(b) - sumLen(docs[1:])
		}
		if err := emit(Unit{Doc: &docs[i], Bytes: n}); err != nil {
			return err
		}
	}
	return nil
}

func sumLen(docs []doc.Document) int {
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	return n
}

func problem(p, stage, msg string) Unit {
	return Unit{Problem: &Problem{Path: p, ArticleIndex: -1, Stage: stage, Message: msg, Rejected: true}}
}

// describe turns a file system error into a short message.
func describe(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	return err.Error()
}
