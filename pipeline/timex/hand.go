package timex

import "strings"

// Hand-written matchers for patterns that a byte test states: the most
// frequent rule of English text, a bare year (2024), runs at every
// four-digit number of a document, and Go's matcher costs more to start
// than this costs to finish. Each gives exactly the matches of its pattern
// (TestFastReSameMatches and FuzzFastRe compare them).

// handMatchers maps a pattern to a function that finds up to n (-1: all)
// leftmost non-overlapping matches in s[lo:hi], with submatch offsets
// into s, as the pattern would.
var handMatchers = map[string]func(s string, lo, hi, n int) [][]int{
	`\b(1[89]\d\d|2[01]\d\d)\b`: findBareYear,
	`(\d{4})[-/](\d{1,2})\b`:    findYearMonth,
	`(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?)?`: findISO,
	`(\d{1,2})([-.])(\d{1,2})([-.])(\d{4})\b`:                                       findDayMonthYear,
	`\b(\d{1,2})-(\d{1,2})-(\d{2})\b`:                                               findDayMonthYY,
}

// findAllAt collects up to n leftmost non-overlapping matches in s[lo:hi]
// of a pattern that at returns for one start: the submatch offsets, or
// nil. A match is never empty.
func findAllAt(s string, lo, hi, n int, at func(s string, p, hi int) []int) [][]int {
	var out [][]int
	for p := lo; p < hi && (n < 0 || len(out) < n); {
		m := at(s, p, hi)
		if m == nil {
			p++
			continue
		}
		out = append(out, m)
		p = m[1]
	}
	return out
}

// digits returns how many ASCII digits, up to most, begin s[p:hi].
func digits(s string, p, hi, most int) int {
	k := 0
	for k < most && p+k < hi && isASCIIDigit(s[p+k]) {
		k++
	}
	return k
}

// wordEnd reports whether \b holds at q after a word character: q ends
// the text or no word character follows.
func wordEnd(s string, q, hi int) bool { return q == hi || !isWordByte(s[q]) }

// findYearMonth matches (\d{4})[-/](\d{1,2})\b: the month takes two
// digits when \b holds after them, else one.
func findYearMonth(s string, lo, hi, n int) [][]int {
	return findAllAt(s, lo, hi, n, func(s string, p, hi int) []int {
		if digits(s, p, hi, 4) < 4 || p+4 >= hi || s[p+4] != '-' && s[p+4] != '/' {
			return nil
		}
		q := p + 5
		for k := digits(s, q, hi, 2); k > 0; k-- {
			if wordEnd(s, q+k, hi) {
				return []int{p, q + k, p, p + 4, q, q + k}
			}
		}
		return nil
	})
}

// findISO matches
// (\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?)?
// as Go's leftmost-first matcher does: each \d{1,2} takes two digits
// when what follows it can match after them, and the optional parts are
// taken when they match.
func findISO(s string, lo, hi, n int) [][]int {
	sep := func(q int) bool { return q < hi && (s[q] == '-' || s[q] == '/' || s[q] == '.') }
	return findAllAt(s, lo, hi, n, func(s string, p, hi int) []int {
		if digits(s, p, hi, 4) < 4 || !sep(p+4) {
			return nil
		}
		m1 := p + 5
		for k := digits(s, m1, hi, 2); k > 0; k-- {
			if d := m1 + k; sep(d) {
				day := d + 1
				if kd := digits(s, day, hi, 2); kd > 0 {
					end := isoTime(s, day+kd, hi)
					return []int{p, end, p, p + 4, p + 4, p + 5, m1, m1 + k, d, d + 1, day, day + kd}
				}
			}
		}
		return nil
	})
}

// isoTime returns where (?:(?:\s+|T)\d{1,2}:\d{2}(?::\d{2})?)? ends
// when it starts at q: q itself when the time does not match.
func isoTime(s string, q, hi int) int {
	t := q
	switch {
	case t < hi && s[t] == 'T':
		t++
	case t < hi && isSpaceByte(s[t]):
		for t < hi && isSpaceByte(s[t]) {
			t++
		}
	default:
		return q
	}
	for k := digits(s, t, hi, 2); k > 0; k-- {
		c := t + k
		if c < hi && s[c] == ':' && digits(s, c+1, hi, 2) == 2 {
			end := c + 3
			if end < hi && s[end] == ':' && digits(s, end+1, hi, 2) == 2 {
				end += 3
			}
			return end
		}
	}
	return q
}

// findBareYear matches \b(1[89]\d\d|2[01]\d\d)\b: four ASCII digits from
// 1800 to 2199 with no word character (\w) on either side in s[lo:hi].
func findBareYear(s string, lo, hi, n int) [][]int {
	var out [][]int
	for p := lo; p+4 <= hi && (n < 0 || len(out) < n); p++ {
		c0, c1 := s[p], s[p+1]
		if !(c0 == '1' && (c1 == '8' || c1 == '9') || c0 == '2' && (c1 == '0' || c1 == '1')) ||
			!isASCIIDigit(s[p+2]) || !isASCIIDigit(s[p+3]) {
			continue
		}
		if p > lo && isWordByte(s[p-1]) || p+4 < hi && isWordByte(s[p+4]) {
			continue
		}
		out = append(out, []int{p, p + 4, p, p + 4})
		p += 3
	}
	return out
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// findDayMonthYear matches (\d{1,2})([-.])(\d{1,2})([-.])(\d{4})\b: each
// \d{1,2} takes two digits when the rest matches after them, else one.
func findDayMonthYear(s string, lo, hi, n int) [][]int {
	return findAllAt(s, lo, hi, n, func(s string, p, hi int) []int {
		return dashDate(s, p, hi, "-.", 4)
	})
}

// findDayMonthYY matches \b(\d{1,2})-(\d{1,2})-(\d{2})\b.
func findDayMonthYY(s string, lo, hi, n int) [][]int {
	return findAllAt(s, lo, hi, n, func(s string, p, hi int) []int {
		if p > lo && isWordByte(s[p-1]) {
			return nil // \b: a digit begins the match
		}
		m := dashDate(s, p, hi, "-", 2)
		if m == nil {
			return nil
		}
		return []int{m[0], m[1], m[2], m[3], m[6], m[7], m[10], m[11]}
	})
}

// dashDate matches (\d{1,2})([seps])(\d{1,2})([seps])(\d{yearLen})\b at p,
// with all five groups, as the leftmost-first matcher tries the choices.
func dashDate(s string, p, hi int, seps string, yearLen int) []int {
	isSep := func(i int) bool { return i < hi && strings.IndexByte(seps, s[i]) >= 0 }
	for k1 := digits(s, p, hi, 2); k1 > 0; k1-- {
		a := p + k1
		if !isSep(a) {
			continue
		}
		b := a + 1
		for k2 := digits(s, b, hi, 2); k2 > 0; k2-- {
			c := b + k2
			if !isSep(c) {
				continue
			}
			d := c + 1
			if digits(s, d, hi, yearLen) == yearLen && wordEnd(s, d+yearLen, hi) {
				return []int{p, d + yearLen, p, a, a, a + 1, b, c, c, c + 1, d, d + yearLen}
			}
		}
	}
	return nil
}
