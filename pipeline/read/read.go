// Package read turns input paths into documents: it walks files and
// directories, decodes bytes (UTF-8, UTF-16, GB18030), reads JSON Lines, and
// splits multi-article texts. Every input that cannot be read becomes a
// Problem, never a crash and never a silent drop.
//
//	err := read.Walk(ctx, []string{"seeds/"}, read.Options{}, func(u read.Unit) error {
//		if u.Problem != nil { … } else { process(*u.Doc) }
//		return nil
//	})
package read

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/normalize"
	"github.com/sco-news/extract/pipeline/split"
)

// Problem is one input that could not be (fully) read.
type Problem struct {
	Path string
	// ArticleIndex is the document's index in its file (for JSONL, the
	// 0-based line index), -1 when the whole file is concerned.
	ArticleIndex int
	// Line is the 1-based line for JSONL problems, 0 otherwise.
	Line int
	// Stage is "read", "decode", "jsonl" or "split".
	Stage   string
	Message string
	// Rejected is true when no document was produced for this input; false
	// for warnings on a document that was still processed.
	Rejected bool
	// Digest is the hex SHA-256 of the bytes concerned (the file or the
	// JSONL line), "" when they could not be read: incremental runs record
	// a problem once per distinct content.
	Digest string
}

// Error formats the problem the way it is printed on stderr.
func (p Problem) Error() string {
	loc := p.Path
	if p.Line > 0 {
		loc += ":" + strconv.Itoa(p.Line)
	}
	return fmt.Sprintf("%s: %s: %s", loc, p.Stage, p.Message)
}

// Unit is what Walk emits: a document, or a problem.
type Unit struct {
	Doc     *doc.Document
	Problem *Problem
	// Bytes is the input size the unit accounts for (for progress).
	Bytes int
}

// Options configure Walk.
type Options struct {
	// Published is the publication date for documents that state none.
	Published *time.Time
	// MaxBytes rejects larger files and JSONL lines (default 32 MiB).
	MaxBytes int64
	// Fold folds Traditional to Simplified for language detection.
	Fold func(rune) rune
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return 32 << 20
}

func digest(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// docID is stable: the same file name, position and text give the same id.
func docID(path string, index int, text string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00", baseName(path), index)
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// textDocs splits a decoded text into documents. A splitter failure (a
// panic on input it did not foresee) is returned as an error, so one bad
// file is a rejected input, not a crashed run.
func textDocs(path, text string, opt Options) (docs []doc.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			docs, err = nil, fmt.Errorf("splitter failed: %v", r)
		}
	}()
	arts := split.Split(text)
	docs = make([]doc.Document, len(arts))
	for i, a := range arts {
		pub := a.Published
		if pub == nil {
			pub = opt.Published
		}
		docs[i] = doc.Document{
			ID:           docID(path, i, a.Text),
			SourcePath:   path,
			ArticleIndex: i,
			Title:        a.Title,
			Source:       a.Source,
			Published:    pub,
			Lang:         normalize.Lang(a.Text, opt.Fold),
			Text:         a.Text,
		}
	}
	return docs, nil
}
