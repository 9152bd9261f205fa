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
	entry int32 // dictionary entry of the last step, -1 for a pseudo word
}

// scratch holds the per-sentence buffers, reused across the sentences of a
// text.
type scratch struct {
	ends    []int
	jumpers []jumper
	steps   []int32
}

// segment cuts s (one sentence) into words by gse's shortest path through
// the dictionary (gse.Segmenter.Segment, not search mode, no HMM) and calls
// emit with the byte span and entry (-1: a character no word covers) of each.
func (d *dictionary) segment(s string, sc *scratch, emit func(start, end int, entry int32)) {
	if len(s) == 0 {
		return
	}
	low := lowerASCII(s)
	sc.ends = sc.ends[:0]
	forEachWord(low, func(end int) { sc.ends = append(sc.ends, end) })
	ends := sc.ends
	n := len(ends)
	if cap(sc.jumpers) < n {
		sc.jumpers = make([]jumper, n)
	}
	js := sc.jumpers[:n]
	clear(js)
	for cur := 0; cur < n; cur++ {
		var base float32
		start := 0
		if cur > 0 {
			base = js[cur-1].dist
			start = ends[cur-1]
		}
		found, firstWords := 0, 0
		h, from := uint64(fnvOffset), start
		for k := cur; k < n && k-cur < d.maxWords; k++ {
			word := low[from:ends[k]]
			h = fnv(h, word)
			from = ends[k]
			var v int32
			if r := oneRune(word); k == cur && r >= 0 {
				if v = d.first[r]; v == absent {
					break
				}
			} else {
				var ok bool
				if v, ok = d.lookup(h, low[start:ends[k]]); !ok {
					break
				}
			}
			if v < 0 {
				continue
			}
			if found == 0 {
				firstWords = k - cur + 1
			}
			found++
			update(&js[k], base+d.entries[v].dist, int32(k-cur+1), v)
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
		b0 := 0
		if first > 0 {
			b0 = ends[first-1]
		}
		emit(b0, ends[last], js[last].entry)
	}
}

// update is gse's updateJumper: a zero distance means not reached yet, and
// on a tie the earlier path stays.
func update(j *jumper, dist float32, words, entry int32) {
	if j.dist == 0 || j.dist > dist {
		*j = jumper{dist: dist, words: words, entry: entry}
	}
}
