package segment

import (
	"unicode"
	"unicode/utf8"
)

// forEachWord calls fn with the byte end of every word of s, split as gse's
// SplitTextToWords does: a run of letters and digits of at most two UTF-8
// bytes each (Latin, Greek, Cyrillic…) is one word, every other rune is a
// word of its own.
func forEachWord(s string, fn func(end int)) {
	inRun := false
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		alnum := n <= 2 && isLetterOrNumber(r)
		if inRun && !alnum {
			fn(i)
		}
		if !alnum {
			fn(i + n)
		}
		inRun = alnum
		i += n
	}
	if inRun {
		fn(len(s))
	}
}

func isLetterOrNumber(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// jumper is the best path found so far to the end of a word: gse's jumper.
type jumper struct {
	dist  float32
	words int32 // words of the last step
	entry int32 // word class (trie.rec) of the last step, -1 for a pseudo word
}

// scratch holds the per-sentence buffers, reused across the sentences of a
// text.
type scratch struct {
	words   []word
	units   []unit
	jumpers []jumper
	first   []firstStep
	steps   []int32
}

// word is a word found by dictionary.segment: byte and rune spans, end
// exclusive, and its word class (trie.rec; -1: a character no word covers).
type word struct {
	start, end, runeStart, runeEnd, entry int32
}

// unit is a word of the text as gse's SplitTextToWords cuts it (see
// forEachWord): where it ends in bytes and in runes, and the trie label of
// its first rune (see label), so that the walks decode no rune twice.
type unit struct {
	end, runeEnd, first int32
}

// cut cuts s into the units of forEachWord.
func (sc *scratch) cut(s string) {
	units := sc.units[:0]
	runes := int32(0)
	for i := 0; i < len(s); {
		c := s[i]
		if plain3(s, i) {
			// a Chinese character, most of the time
			r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			i += 3
			runes++
			units = append(units, unit{int32(i), runes, r})
			continue
		}
		if c < utf8.RuneSelf && !isASCIIAlnum(c) {
			i++
			runes++
			units = append(units, unit{int32(i), runes, int32(c)})
			continue
		}
		var first int32
		if c >= utf8.RuneSelf {
			r, n := decodeRune(s, i)
			if n != 2 || !isLetterOrNumber(r) {
				if r == utf8.RuneError && n == 1 {
					r = invalidLabel + rune(c)
				}
				i += n
				runes++
				units = append(units, unit{int32(i), runes, r})
				continue
			}
			first = r
		} else {
			first = lower(c)
		}
		// a run of letters and digits of at most two bytes each
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if !isASCIIAlnum(c) {
					break
				}
				i++
			} else {
				r, n := utf8.DecodeRuneInString(s[i:])
				if n != 2 || !isLetterOrNumber(r) {
					break
				}
				i += n
			}
			runes++
		}
		units = append(units, unit{int32(i), runes, first})
	}
	sc.units = units
}

// plain3 reports whether s[i:] starts with a valid three-byte rune whose
// lead byte sets no bound on the next one (all but E0 and ED): most
// Chinese characters.
func plain3(s string, i int) bool {
	c := s[i]
	return c&0xF0 == 0xE0 && c != 0xE0 && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the three-byte runes
// of Chinese text decoded inline.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c&0xF0 == 0xE0 && i+2 < len(s) {
		c1, c2 := s[i+1], s[i+2]
		r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 && r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// lower is the label of the ASCII byte c: lowered as gse lowers text.
func lower(c byte) int32 {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return int32(c)
}

// firstSize returns the size in bytes of the first rune of unit k, which
// starts at byte from and ends at byte to.
func firstSize(us []unit, k, from, to int) int {
	if k == 0 && us[0].runeEnd == 1 || k > 0 && us[k].runeEnd-us[k-1].runeEnd == 1 {
		return to - from
	}
	if us[k].first < utf8.RuneSelf {
		return 1 // a run of letters and digits: one or two bytes each
	}
	return 2
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// label returns the trie label of the rune at s[i], lowered as gse lowers
// text (A-Z only), and its size.
func label(s string, i int) (int32, int) {
	if c := s[i]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return int32(c), 1
	}
	return nextLabel(s, i)
}

// walk follows the labels of s[from:to] from node n; 0 when the trie ends
// first.
func (t *trie) walk(n uint32, s string, from, to int) uint32 {
	for i := from; i < to; {
		l, size := label(s, i)
		if n = t.child(n, l); n == 0 {
			return 0
		}
		i += size
	}
	return n
}

// segment cuts s (one sentence, at byte off and rune roff of the text) into
// words by gse's shortest path through the dictionary (gse.Segmenter.Segment,
// not search mode, no HMM) and appends them to sc.words.
func (d *dictionary) segment(s string, off, roff int32, sc *scratch) {
	if len(s) == 0 {
		return
	}
	sc.cut(s)
	us, t := sc.units, d.trie
	n := len(us)
	if cap(sc.jumpers) < n {
		sc.jumpers = make([]jumper, n)
	}
	js := sc.jumpers[:n]
	clear(js)
	ws := sc.firstSteps(t, s, n)
	for cur := 0; cur < n; cur++ {
		var base float32
		if cur > 0 {
			base = js[cur-1].dist
		}
		found, firstWords := 0, 0
		w := &ws[cur]
		if w.entry >= 0 {
			found, firstWords = 1, 1
			update(&js[cur], base+w.dist, 1, w.entry)
		}
		// the longer words from cur, unit by unit
		node := w.next
		for k := cur + 1; node != 0 && k < n && k-cur < d.maxWords; k++ {
			if k == cur+1 {
				// w.next took the first rune of unit k
				if to := int(us[k].end); int(w.nextOff) < to {
					node = t.walk(node, s, int(w.nextOff), to)
				}
			} else {
				node = t.unitStep(node, s, us, k)
			}
			if node == 0 {
				break
			}
			e := t.entry(node)
			if e < 0 {
				continue
			}
			if found == 0 {
				firstWords = k - cur + 1
			}
			found++
			update(&js[k], base+t.dist[e], int32(k-cur+1), e)
		}
		if found == 0 || firstWords > 1 {
			update(&js[cur], base+pseudoDistance, 1, -1)
		}
	}
	// walk back from the end, then emit in text order
	sc.steps = sc.steps[:0]
	for i := n - 1; i >= 0; i -= int(js[i].words) {
		sc.steps = append(sc.steps, int32(i))
	}
	for k := len(sc.steps) - 1; k >= 0; k-- {
		last := int(sc.steps[k])
		first := last - int(js[last].words) + 1
		var from unit
		if first > 0 {
			from = us[first-1]
		}
		sc.words = append(sc.words, word{off + from.end, off + us[last].end, roff + from.runeEnd, roff + us[last].runeEnd, js[last].entry})
	}
}

// firstStep is where the walk from a unit starts: the word of the unit
// alone (its class, entry -1 when none) and the node after the first rune of the next
// unit (0 when no word goes on), which ends at byte nextOff.
type firstStep struct {
	next    uint32
	nextOff int32
	entry   int32
	dist    float32
}

// firstSteps takes the first two steps of the walk from every unit of s.
// They do not depend on each other, so their memory reads, the cost of
// the segmentation, overlap instead of waiting for one another.
func (sc *scratch) firstSteps(t *trie, s string, n int) []firstStep {
	if cap(sc.first) < n {
		sc.first = make([]firstStep, n)
	}
	ws := sc.first[:n]
	us := sc.units
	from := 0
	for cur := range ws {
		w := firstStep{entry: -1}
		to := int(us[cur].end)
		node := uint32(0)
		if l := us[cur].first; l < int32(len(t.root)) {
			// a first rune of the BMP: the dense table
			r := &t.root[l]
			if node, w.entry = r.node, r.entry; w.entry >= 0 {
				w.dist = t.dist[w.entry]
			}
			if size := firstSize(us, cur, from, to); from+size < to && node != 0 {
				// a run of letters and digits goes on
				w.entry = -1
				if node = t.walk(node, s, from+size, to); node != 0 {
					if w.entry = t.entry(node); w.entry >= 0 {
						w.dist = t.dist[w.entry]
					}
				}
			}
		} else if node = t.unitStep(0, s, us, cur); node != 0 {
			if w.entry = t.entry(node); w.entry >= 0 {
				w.dist = t.dist[w.entry]
			}
		}
		if node != 0 && cur+1 < n {
			size := firstSize(us, cur+1, to, int(us[cur+1].end))
			w.next, w.nextOff = t.child(node, us[cur+1].first), int32(to+size)
		}
		ws[cur] = w
		from = to
	}
	return ws
}

// unitStep follows unit k of s from node n: its first label, then the
// rest of a run of letters and digits; 0 when the trie ends first.
func (t *trie) unitStep(n uint32, s string, us []unit, k int) uint32 {
	if n = t.child(n, us[k].first); n == 0 {
		return 0
	}
	from, to := 0, int(us[k].end)
	if k > 0 {
		from = int(us[k-1].end)
	}
	if size := firstSize(us, k, from, to); from+size < to {
		return t.walk(n, s, from+size, to)
	}
	return n
}

// update is gse's updateJumper: a zero distance means not reached yet, and
// on a tie the earlier path stays.
func update(j *jumper, dist float32, words, entry int32) {
	if j.dist == 0 || j.dist > dist {
		*j = jumper{dist: dist, words: words, entry: entry}
	}
}
