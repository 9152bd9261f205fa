package read

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Errors that reject a whole input; callers tell them apart with errors.Is.
var (
	ErrEmpty  = errors.New("empty input")
	ErrBinary = errors.New("binary data, not text")
)

// Decoded is a text decoded from bytes, with a note on how.
type Decoded struct {
	Text string
	// Encoding is "utf-8", "utf-16" or "gb18030".
	Encoding string
	// Warning is non-empty when the text was repaired (invalid bytes
	// replaced by U+FFFD); the document is still processed.
	Warning string
}

// Decode turns raw bytes into text: UTF-8 (BOM stripped) first, then UTF-16
// with a BOM, then GB18030 (which covers GBK and GB2312); if none fits, the
// UTF-8 reading with invalid bytes replaced by U+FFFD, and a warning.
func Decode(b []byte) (Decoded, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return Decoded{}, ErrEmpty
	}
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		s, _, err := transform.Bytes(xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM).NewDecoder(), b)
		if err == nil && utf8.Valid(s) {
			return Decoded{Text: string(s), Encoding: "utf-16"}, nil
		}
	}
	if isBinary(b) {
		return Decoded{}, ErrBinary
	}
	b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
	if utf8.Valid(b) {
		return Decoded{Text: string(b), Encoding: "utf-8"}, nil
	}
	if s, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b); err == nil && looksLikeGB(s) {
		return Decoded{Text: string(s), Encoding: "gb18030"}, nil
	}
	bad := firstInvalid(b)
	return Decoded{
		Text:     strings.ToValidUTF8(string(b), "\uFFFD"),
		Encoding: "utf-8",
		Warning:  fmt.Sprintf("invalid UTF-8 at byte %d (and maybe later): replaced by U+FFFD", bad),
	}, nil
}

// isBinary reports NUL bytes or a high share of control bytes in the first 8 KiB.
func isBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*20 > len(head)
}

// looksLikeGB accepts a GB18030 reading that has no replacement characters
// and is mostly Han or ASCII, as Chinese text in GBK is.
func looksLikeGB(s []byte) bool {
	if !utf8.Valid(s) || bytes.ContainsRune(s, utf8.RuneError) {
		return false
	}
	var han, other int
	for _, r := range string(s) {
		switch {
		case r < 0x80:
		case unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF):
			han++
		default:
			other++
		}
	}
	return han > 0 && other*4 < han
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}
