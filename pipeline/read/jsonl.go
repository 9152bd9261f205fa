package read

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sco-news/extract/pipeline/doc"
	"github.com/sco-news/extract/pipeline/normalize"
	"github.com/sco-news/extract/pipeline/split"
)

// Record is one JSON line: id and text are required; the rest optional.
type Record struct {
	ID        string
	Text      string
	Title     string
	URL       string
	Source    string
	Published *time.Time
}

// ParseRecord validates one JSON line. Unknown fields are ignored; known
// fields of the wrong type, a missing or empty text and bad dates are errors.
func ParseRecord(line []byte) (Record, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return Record{}, fmt.Errorf("want a JSON object, got %s", kind(bytes.TrimSpace(line)))
		}
		return Record{}, fmt.Errorf("bad JSON: %w", err)
	}
	if raw == nil {
		return Record{}, errors.New("want a JSON object, got null")
	}
	var rec Record
	str := func(key string, dst *string) error {
		v, ok := raw[key]
		if !ok || string(v) == "null" {
			return nil
		}
		if err := json.Unmarshal(v, dst); err != nil {
			return fmt.Errorf("field %q: want a string, got %s", key, kind(v))
		}
		return nil
	}
	if v, ok := raw["id"]; ok && len(v) > 0 && (v[0] >= '0' && v[0] <= '9' || v[0] == '-') {
		var n json.Number
		if err := json.Unmarshal(v, &n); err == nil {
			rec.ID = n.String()
		}
	} else if err := str("id", &rec.ID); err != nil {
		return Record{}, err
	}
	for _, f := range []struct {
		key string
		dst *string
	}{{"text", &rec.Text}, {"title", &rec.Title}, {"url", &rec.URL}, {"source", &rec.Source}} {
		if err := str(f.key, f.dst); err != nil {
			return Record{}, err
		}
	}
	if strings.TrimSpace(rec.Text) == "" {
		return Record{}, errors.New(`missing or empty "text"`)
	}
	var pub string
	if err := str("published", &pub); err != nil {
		return Record{}, err
	}
	if pub != "" {
		t, err := ParseDate(pub)
		if err != nil {
			return Record{}, fmt.Errorf("field \"published\": %w", err)
		}
		rec.Published = &t
	}
	return rec, nil
}

// ParseDate reads YYYY-MM-DD (midnight Beijing time), "YYYY-MM-DD HH:MM"
// (Beijing time) or RFC 3339, and returns the time in UTC.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC(), nil
	}
	for _, layout := range []string{"2006-01-02", "2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02T15:04:05"} {
		if t, err := time.ParseInLocation(layout, s, split.Beijing); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot read date %q (want YYYY-MM-DD or RFC 3339)", s)
}

func kind(v json.RawMessage) string {
	switch v[0] {
	case '"':
		return "a string"
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	}
	return "a number"
}

// readJSONL reads one JSON document per line; bad lines become problems
// with their line numbers, good lines documents.
func readJSONL(ctx context.Context, p string, r io.Reader, opt Options, emit func(Unit) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	max := opt.maxBytes()
	for lineNo, index := 1, 0; ; lineNo++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, size, tooLong, err := readLine(br, max)
		if err != nil && err != io.EOF {
			return emit(problem(p, "read", describe(err)))
		}
		if len(bytes.TrimSpace(line)) > 0 || tooLong {
			u := jsonlUnit(p, lineNo, index, line, tooLong, max, opt)
			u.Bytes = int(size)
			index++
			if err := emit(u); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

func jsonlUnit(p string, lineNo, index int, line []byte, tooLong bool, max int64, opt Options) Unit {
	bad := func(msg string) Unit {
		return Unit{Problem: &Problem{Path: p, ArticleIndex: index, Line: lineNo, Stage: "jsonl", Message: msg, Rejected: true, Digest: digest(line)}, Bytes: len(line)}
	}
	if tooLong {
		u := bad(fmt.Sprintf("line is over the limit of %d bytes", max))
		u.Problem.Digest = "" // the line was not kept
		return u
	}
	if !utf8.Valid(line) {
		return bad("line is not valid UTF-8")
	}
	rec, err := ParseRecord(line)
	if err != nil {
		return bad(err.Error())
	}
	pub := rec.Published
	if pub == nil {
		pub = opt.Published
	}
	id := rec.ID
	if id == "" {
		id = docID(p, index, rec.Text)
	}
	d := doc.Document{
		ID: id, SourcePath: p, ArticleIndex: index, Title: rec.Title, Source: rec.Source, URL: rec.URL,
		Published: pub, Lang: normalize.Lang(rec.Text, opt.Fold), Text: rec.Text,
	}
	return Unit{Doc: &d, Bytes: len(line)}
}

// readLine reads one line without its newline; a line over max bytes is
// consumed to its end and reported as tooLong; n is the bytes consumed. A long line is gathered as
// a list of buffer-sized pieces and joined once, so reading it allocates
// about its size, never more than max (plus one buffer) whatever the input.
func readLine(br *bufio.Reader, max int64) (line []byte, n int64, tooLong bool, err error) {
	var pieces [][]byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if n+int64(len(chunk)) > max {
				tooLong, pieces = true, nil
			} else if err == bufio.ErrBufferFull || pieces != nil {
				pieces = append(pieces, bytes.Clone(chunk))
			} else {
				line = chunk // the common case: the whole line is in the buffer
			}
		}
		n += int64(len(chunk))
		if err == bufio.ErrBufferFull {
			continue
		}
		if pieces != nil {
			line = bytes.Join(pieces, nil)
		}
		if tooLong {
			line = nil
		}
		return bytes.TrimRight(line, "\r\n"), n, tooLong, err
	}
}

// baseName is the file name of p without directories ("-" for stdin).
func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}
