package timex

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Triggers keep the cost of a document linear and small: one pass over the
// text finds the words a date can hang on (年 月 日 周 季 …, month and
// weekday names, digit runs), and each rule's regular expression runs only
// on a short window around the triggers it declares, never over the whole
// text. A rule lists its trigger keys and how far (in bytes) a match can
// reach before the start and after the end of a trigger; the window is cut
// at sentence ends (。！？ and line breaks), which no date crosses.
//
// Keys: a non-ASCII character stands for itself ("月"); an ASCII word (a run
// of letters) by itself, lower-cased ("september", "sept"); the keys of digit
// runs start with "#".

// trigger says where a rule may match: near one of keys, reaching before
// bytes back from the key's start and after bytes on from the key's end.
type trigger struct {
	keys          []string
	before, after int
	// prev, when set, lists the characters of which one must come right
	// before a key for the key to count (年 only after a digit: 2025年).
	prev string
	// touch, when set, lists ASCII characters of which one must come right
	// before or right after a key (Oct/2, Sep-23-2020).
	touch string
	// afterWords, when set, lists the words of which one must come right before
	// a key, a space apart ("between now", "to date").
	afterWords []string
}

// Keys of digit runs: "#" any run; "#4" four ASCII digits; "#8" eight; "#4sep" four or
// more digits followed by - / or . (2025-05-24, 2014/10); "#/" one or two
// digits followed by / (10/31); "#md" one or two digits followed by - or .
// (10-31-1974); "#s" a run followed by s or 's (1990s);
// "#th" a run followed by a letter (18th).
const (
	digitKey     = "#"
	digit4Key    = "#4"
	digit8Key    = "#8"
	digitSepKey  = "#4sep"
	digitSlash   = "#/"
	digitMD      = "#md"
	digitSKey    = "#s"
	digitWordKey = "#th"
)

// keyIndex numbers every key that some trigger uses.
type keyIndex struct {
	word map[string]int // ASCII keys and "#"
	han  map[rune]int   // non-ASCII keys
	bmp  []uint16       // han as a table over the Basic Multilingual Plane: id+1, 0 for none
	n    int
}

// table fills bmp from han.
func (ki *keyIndex) table() {
	ki.bmp = make([]uint16, 0x10000)
	for r, id := range ki.han {
		if r < 0x10000 {
			ki.bmp[r] = uint16(id + 1)
		}
	}
}

func (ki *keyIndex) add(k string) int {
	r, size := utf8.DecodeRuneInString(k)
	if r >= utf8.RuneSelf && size == len(k) {
		if id, ok := ki.han[r]; ok {
			return id
		}
		ki.han[r] = ki.n
	} else {
		if len(k) > maxKeyLen {
			panic("timex: trigger key longer than maxKeyLen: " + k)
		}
		if id, ok := ki.word[k]; ok {
			return id
		}
		ki.word[k] = ki.n
	}
	ki.n++
	return ki.n - 1
}

// keyIdx numbers all trigger keys; compile fills it.
var keyIdx = &keyIndex{word: map[string]int{}, han: map[rune]int{}}

// maxKeyLen is the longest ASCII word key.
const maxKeyLen = 12

// keys lists trigger keys.
func keys(k ...string) []string { return k }

// Key sets shared by several rules.
var (
	enMonthKeys = keys("january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	enDowKeys = keys("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
	zhWeekKeys = keys("周", "週", "星", "礼", "禮")
	zhUnitKeys = keys("天", "日", "周", "週", "星", "礼", "禮", "月", "年")
)

// compiled is a trigger with its keys numbered.
type compiled struct {
	ids           []int
	before, after int
	prev, touch   string
	afterWords    []string
}

func compile(t trigger) compiled {
	c := compiled{before: t.before, after: t.after, prev: t.prev, touch: t.touch, afterWords: t.afterWords}
	for _, k := range t.keys {
		c.ids = append(c.ids, keyIdx.add(k))
	}
	return c
}

// hits holds, per key id, the byte spans of the key's occurrences.
type hits [][][2]int

// findHits scans s once and records every occurrence of a trigger key.
func findHits(s string) hits {
	h := make(hits, keyIdx.n)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9' || c == 0xEF && isFullDigitAt(s, i):
			j := i
			for j < len(s) {
				if s[j] >= '0' && s[j] <= '9' {
					j++
				} else if isFullDigitAt(s, j) {
					j += 3
				} else {
					break
				}
			}
			h.addDigits(s, i, j)
			i = j
		case isASCIILetterByte(c):
			j := i
			for j < len(s) && isASCIILetterByte(s[j]) {
				j++
			}
			if j-i <= maxKeyLen {
				var low [maxKeyLen]byte
				n := copy(low[:], s[i:j])
				for k := range n {
					low[k] |= 0x20
				}
				if id, ok := keyIdx.word[string(low[:n])]; ok {
					h[id] = append(h[id], [2]int{i, j})
				}
			}
			i = j
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r < 0x10000 && keyIdx.bmp[r] > 0 {
				id := keyIdx.bmp[r] - 1
				h[id] = append(h[id], [2]int{i, i + size})
			}
			i += size
		}
	}
	return h
}

// addDigits records the keys of the digit run s[i:j].
func (h hits) addDigits(s string, i, j int) {
	add := func(k string) {
		if id, ok := keyIdx.word[k]; ok {
			h[id] = append(h[id], [2]int{i, j})
		}
	}
	add(digitKey)
	if j-i == 4 && s[i] <= '9' && s[j-1] <= '9' {
		add(digit4Key)
	}
	if j-i == 8 && s[i] <= '9' && s[j-1] <= '9' {
		add(digit8Key)
	}
	if j < len(s) {
		switch c := s[j]; {
		case c == '-' || c == '/' || c == '.':
			if j-i >= 4 {
				add(digitSepKey)
			}
			if c == '/' && j-i <= 2 {
				add(digitSlash)
			}
			if c != '/' && j-i <= 2 {
				add(digitMD)
			}
		case c == 's' || c == 'S' || c == '\'' || c == ' ' && j+1 < len(s) && (s[j+1] == 's' || s[j+1] == 'S'):
			add(digitSKey)
			add(digitWordKey)
		case isASCIILetterByte(c):
			add(digitWordKey)
		}
	}
}

func isASCIILetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isFullDigitAt reports whether a full-width digit (０-９, EF BC 90-99) starts at i.
func isFullDigitAt(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xEF && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99
}

func isASCIIAlnum(c byte) bool { return isASCIILetterByte(c) || c >= '0' && c <= '9' }

// isSentenceEnd reports whether the rune is one no date crosses.
func isSentenceEnd(r rune) bool { return r == '\n' || r == '。' || r == '！' || r == '？' }

// windows returns the merged, sorted byte windows of s where c may match.
func (sc *scan) windows(h hits, c compiled) [][2]int {
	var ws [][2]int
	for _, id := range c.ids {
		for _, sp := range h[id] {
			if c.prev != "" {
				if r, _ := utf8.DecodeLastRuneInString(sc.s[:sp[0]]); !strings.ContainsRune(c.prev, r) {
					continue
				}
			}
			if c.touch != "" && !(sp[0] > 0 && strings.IndexByte(c.touch, sc.s[sp[0]-1]) >= 0 ||
				sp[1] < len(sc.s) && strings.IndexByte(c.touch, sc.s[sp[1]]) >= 0) {
				continue
			}
			if len(c.afterWords) > 0 && !sc.wordBefore(sp[0], c.afterWords) {
				continue
			}
			ws = append(ws, sc.windowAround(sp, c.before, c.after))
		}
	}
	if len(ws) == 0 {
		return nil
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i][0] < ws[j][0] })
	out := ws[:1]
	for _, w := range ws[1:] {
		last := &out[len(out)-1]
		if w[0] < last[1] {
			last[1] = max(last[1], w[1])
			continue
		}
		out = append(out, w)
	}
	return out
}

// windowAround widens sp by before and after bytes, on rune boundaries,
// without splitting an ASCII word or number and without crossing a sentence
// end (a window ends after the sentence's closing mark, as a sentence does).
func (sc *scan) windowAround(sp [2]int, before, after int) [2]int {
	s := sc.s
	lo := max(0, sp[0]-before)
	for lo > 0 && !isRuneStart(s[lo]) {
		lo--
	}
	for k := 0; k < 32 && lo > 0 && isASCIIAlnum(s[lo]) && isASCIIAlnum(s[lo-1]); k++ {
		lo--
	}
	for i := sp[0]; i > lo; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if isSentenceEnd(r) {
			lo = i
			break
		}
		i -= size
	}
	hi := min(len(s), sp[1]+after)
	for hi < len(s) && !isRuneStart(s[hi]) {
		hi++
	}
	for k := 0; k < 32 && hi < len(s) && hi > 0 && isASCIIAlnum(s[hi]) && isASCIIAlnum(s[hi-1]); k++ {
		hi++
	}
	for i := sp[1]; i < hi; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSentenceEnd(r) {
			hi = i + size
			break
		}
		i += size
	}
	return [2]int{lo, hi}
}

// findNear runs re on the windows of c and returns every match, submatch
// indexes in s's byte offsets.
func (sc *scan) findNear(h hits, re *regexp.Regexp, c compiled) [][]int {
	var out [][]int
	for _, w := range sc.windows(h, c) {
		for _, m := range re.FindAllStringSubmatchIndex(sc.s[w[0]:w[1]], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += w[0]
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// scriptReach bounds how far (bytes) sentenceScript looks each way.
const scriptReach = 256

// sentenceScript reports whether the sentence around byte offset i holds
// ASCII letters and whether it holds Han characters: English rules keyed
// on digits run only in English sentences (a Chinese sentence writes
// 2025年, so a bare 2025 there is no year).
func (sc *scan) sentenceScript(i int) (letters, han bool) {
	look := func(r rune) {
		if r < utf8.RuneSelf && isASCIILetterByte(byte(r)) {
			letters = true
		} else if r >= 0x2E80 && unicode.Is(unicode.Han, r) {
			han = true
		}
	}
	for j := i; j > 0 && i-j < scriptReach; {
		r, size := utf8.DecodeLastRuneInString(sc.s[:j])
		if isSentenceEnd(r) {
			break
		}
		look(r)
		j -= size
	}
	for j := i; j < len(sc.s) && j-i < scriptReach; {
		r, size := utf8.DecodeRuneInString(sc.s[j:])
		if isSentenceEnd(r) {
			break
		}
		look(r)
		j += size
	}
	return letters, han
}

// hasPrefixFold reports whether s begins with the ASCII prefix p, ignoring case.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// wordBefore reports whether the ASCII word before byte offset i (one or
// more spaces apart) is one of words, compared without case.
func (sc *scan) wordBefore(i int, words []string) bool {
	j := i
	for j > 0 && sc.s[j-1] == ' ' {
		j--
	}
	if j == i {
		return false
	}
	k := j
	for k > 0 && isASCIILetterByte(sc.s[k-1]) {
		k--
	}
	for _, w := range words {
		if strings.EqualFold(sc.s[k:j], w) {
			return true
		}
	}
	return false
}
