package timex

// Decades and centuries in Chinese: 七十年代, 20世纪90年代, 21世纪,
// 上世纪90年代, 本世纪.

import "github.com/sco-news/extract/pipeline/doc"

func buildZhDecade(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	cent, dec := sc.group(m, 1), sc.group(m, 2)
	if cent == "" && dec == "" {
		cent = sc.group(m, 3)
	}
	if cent == "" && dec == "" {
		return e, false
	}
	if isZhNumeral(sc.prevRune(m[0])) {
		return e, false
	}
	c := -1
	if cent != "" {
		c = smallNumber(cent)
		if c < 1 || c > 21 {
			return e, false
		}
	}
	if dec == "" {
		e.fixed(yearRange((c-1)*100, 100))
		return e, true
	}
	d := smallNumber(dec)
	if d < 0 {
		return e, false
	}
	switch {
	case d >= 1000:
	case c > 0 && d < 100:
		d += (c - 1) * 100
	case d < 100:
		if d < 30 {
			d += 2000
		} else {
			d += 1900
		}
	default:
		return e, false
	}
	if d%10 != 0 {
		return e, false
	}
	e.fixed(yearRange(d, 10))
	return e, true
}

// buildZhRelCentury reads 上世纪 (the century before the reference's: the
// 1900s in a paper of 2025), 本世纪, and their decades: 上世纪90年代 is
// 1990-1999.
func buildZhRelCentury(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	off := 0
	if sc.group(m, 1) == "上" {
		off = -1
	}
	dec := -1
	if g := sc.group(m, 2); g != "" {
		dec = smallNumber(g)
		if dec < 0 || dec > 90 || dec%10 != 0 {
			return e, false
		}
	}
	e.calc = func(ref doc.Date) (resolved, bool) {
		c := (ref.Year/100 + off) * 100
		if dec < 0 {
			return yearRange(c, 100), true
		}
		return yearRange(c+dec, 10), true
	}
	return e, true
}
