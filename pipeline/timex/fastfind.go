package timex

import "unicode/utf8"

// Searches with a fastRe. Each takes the text twice, as written (s) and
// with its ASCII letters lower-cased (low, same length), and whether the
// lower-cased forms may be used (safe, see findHits); the answers are the
// ones fr.re gives on s[lo:hi], with offsets into s.

// findAll returns the matches of fr in s[lo:hi], as
// fr.re.FindAllStringSubmatchIndex(s[lo:hi], -1) does, with offsets into s.
func (sc *scan) findAll(fr *fastRe, lo, hi int) [][]int {
	return fr.find(sc.s, sc.low, sc.safe, lo, hi, -1)
}

// findFirst returns the leftmost match of fr in s[lo:hi], as
// fr.re.FindStringSubmatchIndex does, with offsets into s; nil for none.
func (sc *scan) findFirst(fr *fastRe, lo, hi int) []int {
	if ms := fr.find(sc.s, sc.low, sc.safe, lo, hi, 1); len(ms) > 0 {
		return ms[0]
	}
	return nil
}

// locIn returns where the leftmost match of fr in s[lo:hi] begins and
// ends, offsets into s[lo:hi], as fr.re.FindStringIndex(s[lo:hi]) does.
func (sc *scan) locIn(fr *fastRe, lo, hi int) []int {
	m := sc.findFirst(fr, lo, hi)
	if m == nil {
		return nil
	}
	return []int{m[0] - lo, m[1] - lo}
}

// matchString reports whether fr.re matches s; low is s lower-cased.
func (fr *fastRe) matchString(s, low string, safe bool) bool {
	if fr.hand != nil && (safe || !fr.handSafe) {
		return len(fr.hand(s, 0, len(s), 1)) > 0
	}
	fr.ready()
	if fr.low == nil || fr.onLow && !safe {
		return fr.re.MatchString(s)
	}
	if !fr.mayMatch(low, 0, len(low)) {
		return false
	}
	if fr.starts == nil {
		return fr.low.MatchString(fr.text(s, low))
	}
	return len(fr.find(s, low, safe, 0, len(s), 1)) > 0
}

// find returns up to n (-1: all) leftmost non-overlapping matches of fr in
// s[lo:hi], with offsets into s.
func (fr *fastRe) find(s, low string, safe bool, lo, hi, n int) [][]int {
	if fr.hand != nil && (safe || !fr.handSafe) {
		return fr.hand(s, lo, hi, n)
	}
	fr.ready()
	if fr.low == nil || fr.onLow && !safe {
		out := fr.re.FindAllStringSubmatchIndex(s[lo:hi], n)
		for _, m := range out {
			shift(m, lo)
		}
		return out
	}
	limit := fr.lastStart(low, lo, hi)
	if limit < 0 {
		return nil
	}
	text := fr.text(s, low)
	if fr.starts == nil {
		out := fr.low.FindAllStringSubmatchIndex(text[lo:hi], n)
		for _, m := range out {
			shift(m, lo)
		}
		return out
	}
	// a match is non-empty and begins where a prefix does: try those
	// places in order, anchored, each with the character before it as
	// context; the first that matches is the leftmost match
	var out [][]int
	for pos := lo; pos <= limit && (n < 0 || len(out) < n); {
		p := fr.starts.next(low, lo, pos, limit+1, hi)
		if p < 0 {
			break
		}
		if fr.quick != nil && !fr.quick(text, p, hi) {
			pos = p + 1
			continue
		}
		end := hi // a match ends by p+maxLen; the rune after it is context
		if fr.maxLen >= 0 {
			end = min(hi, p+fr.maxLen+utf8.UTFMax)
		}
		var m []int
		if p == lo || fr.afterRune == nil {
			m = fr.atStart.FindStringSubmatchIndex(text[p:end])
			shift(m, p)
		} else {
			_, size := utf8.DecodeLastRuneInString(text[lo:p])
			m = fr.afterRune.FindStringSubmatchIndex(text[p-size : end])
			shift(m, p-size)
			if m != nil {
				m[0] = p
			}
		}
		if m == nil {
			pos = p + 1
			continue
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}

// text is the text fr.low runs on.
func (fr *fastRe) text(s, low string) string {
	if fr.onLow {
		return low
	}
	return s
}

// shift adds off to the offsets of a match.
func shift(m []int, off int) {
	for k := range m {
		if m[k] >= 0 {
			m[k] += off
		}
	}
}

// mayMatch reports whether fr may match inside low[lo:hi]: false when the
// window lacks every string of one of its literal sets.
func (fr *fastRe) mayMatch(low string, lo, hi int) bool {
	return fr.lastStart(low, lo, hi) >= 0
}

// lastStart returns the last offset in low[lo:hi] where a match of fr can
// begin, -1 for none: a match holds a string of each literal set, so it
// begins at or before the last place where one of them does.
func (fr *fastRe) lastStart(low string, lo, hi int) int {
	limit := hi - 1
	for _, set := range fr.need {
		last := set.prev(low, lo, hi, hi)
		if last < 0 {
			return -1
		}
		limit = min(limit, last)
	}
	return limit
}
