package timex

import (
	"slices"
	"sort"
	"strings"
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
	word  map[string]int // ASCII keys and "#"
	han   map[rune]int   // non-ASCII keys
	bmp   []uint16       // han as a table over the Basic Multilingual Plane: id+1, 0 for none
	isKey []uint64       // bmp as a bit set (fits the first-level cache; bmp does not)
	words wordTable      // the ASCII word keys (not the digit ones) as a hash table
	n     int
}

// table fills bmp from han and words from word.
func (ki *keyIndex) table() {
	ki.bmp = make([]uint16, 0x10000)
	ki.isKey = make([]uint64, 0x10000/64)
	for r, id := range ki.han {
		if r < 0x10000 {
			ki.bmp[r] = uint16(id + 1)
			ki.isKey[r>>6] |= 1 << (r & 63)
		}
	}
	for w, id := range ki.word {
		if w[0] != '#' {
			ki.words.add(w, id)
		}
	}
	numberDigitKeys()
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
	prevSet       runeSet // prev as a set
}

// runeSet is a small set of characters: a table for ASCII, a list for the rest.
type runeSet struct {
	ascii [utf8.RuneSelf]bool
	other []rune
}

func newRuneSet(chars string) runeSet {
	var rs runeSet
	for _, r := range chars {
		if r < utf8.RuneSelf {
			rs.ascii[r] = true
		} else {
			rs.other = append(rs.other, r)
		}
	}
	return rs
}

func (rs *runeSet) has(r rune) bool {
	if r >= 0 && r < utf8.RuneSelf {
		return rs.ascii[r]
	}
	for _, o := range rs.other {
		if o == r {
			return true
		}
	}
	return false
}

func compile(t trigger) compiled {
	c := compiled{before: t.before, after: t.after, prev: t.prev, touch: t.touch, afterWords: t.afterWords, prevSet: newRuneSet(t.prev)}
	for _, k := range t.keys {
		c.ids = append(c.ids, keyIdx.add(k))
	}
	return c
}

func isASCIILetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isFullDigitAt reports whether a full-width digit (０-９, EF BC 90-99) starts at i.
func isFullDigitAt(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xEF && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99
}

func isASCIIAlnum(c byte) bool { return isASCIILetterByte(c) || c >= '0' && c <= '9' }

// isSentenceEnd reports whether the rune is one no date crosses.
func isSentenceEnd(r rune) bool { return r == '\n' || r == '。' || r == '！' || r == '？' }

// sentEndSize is the length of the sentence end whose first byte is c.
func sentEndSize(c byte) int {
	if c == '\n' {
		return 1
	}
	return 3
}

// windows returns the merged, sorted byte windows of s where c may match,
// in sc.wins: the answer lives until the next call.
func (sc *scan) windows(h *hits, c *compiled) [][2]int {
	ws := sc.wins[:0]
	defer func() { sc.wins = ws[:0] }()
	for _, id := range c.ids {
		for _, sp := range h.of(id) {
			if c.prev != "" {
				if r, _ := utf8.DecodeLastRuneInString(sc.s[:sp[0]]); !c.prevSet.has(r) {
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
	if len(c.ids) > 1 {
		// each key's windows come in text order; several keys' need sorting
		slices.SortFunc(ws, func(a, b [2]int) int { return a[0] - b[0] })
	}
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
	ends := sc.sentEnds
	k := sort.SearchInts(ends, sp[0]) // ends[k-1] is the last end before the key
	if k > 0 {
		if e := ends[k-1] + sentEndSize(s[ends[k-1]]); e > lo {
			lo = e
		}
	}
	hi := min(len(s), sp[1]+after)
	for hi < len(s) && !isRuneStart(s[hi]) {
		hi++
	}
	for k := 0; k < 32 && hi < len(s) && hi > 0 && isASCIIAlnum(s[hi]) && isASCIIAlnum(s[hi-1]); k++ {
		hi++
	}
	if k := sort.SearchInts(ends, sp[1]); k < len(ends) && ends[k] < hi {
		hi = ends[k] + sentEndSize(s[ends[k]])
	}
	return [2]int{lo, hi}
}

// findNear runs fr on the windows of c and returns every match, submatch
// indexes in s's byte offsets.
func (sc *scan) findNear(h *hits, fr *fastRe, c *compiled) [][]int {
	var out [][]int
	for _, w := range sc.windows(h, c) {
		out = append(out, sc.findAll(fr, w[0], w[1])...)
	}
	return out
}
