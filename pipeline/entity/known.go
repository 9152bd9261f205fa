package entity

import "github.com/sco-news/extract/pipeline/doc"

// knownPersonAt reports a dictionary person whose match holds [s, e).
func (d *discoverer) knownPersonAt(s, e int) bool {
	sp := doc.Span{Start: s, End: e}
	if d.cover != nil && s < e {
		// the only match that can hold sp is the one over its first rune
		if k := d.coverAt(s); k >= 0 {
			m := d.known[k]
			return m.Contains(sp) && m.Candidates[0].Type == doc.Person
		}
		return false
	}
	for _, k := range d.known {
		if k.Contains(sp) && k.Candidates[0].Type == doc.Person {
			return true
		}
	}
	return false
}

// knownOtherAt reports a dictionary match overlapping [s, e) of another
// type than typ.
func (d *discoverer) knownOtherAt(s, e int, typ string) bool {
	if d.cover != nil && s < e {
		for i := max(s, 0); i < min(e, len(d.rs)); i++ {
			if k := d.coverAt(i); k >= 0 && d.known[k].Candidates[0].Type != typ {
				return true
			}
		}
		return false
	}
	sp := doc.Span{Start: s, End: e}
	for _, k := range d.known {
		if k.Overlaps(sp) && k.Candidates[0].Type != typ {
			return true
		}
	}
	return false
}

// knownAt reports a dictionary match overlapping [s, e).
func (d *discoverer) knownAt(s, e int) bool {
	if d.cover != nil && s < e {
		for i := max(s, 0); i < min(e, len(d.rs)); i++ {
			if d.cover[i] != 0 {
				return true
			}
		}
		return false
	}
	sp := doc.Span{Start: s, End: e}
	for _, k := range d.known {
		if k.Overlaps(sp) {
			return true
		}
	}
	return false
}

// indexKnown fills cover when the known matches are non-empty and do not
// overlap (as Match returns them): cover[i] is 1 + the index of the match
// over rune i, 0 for none, so the known* questions read only the runes
// they ask about. Otherwise cover stays nil and they read every match.
func (d *discoverer) indexKnown() {
	cover := int32s(d.s.cover, len(d.rs))
	d.s.cover = cover
	for k, m := range d.known {
		if m.Start < 0 || m.End > len(d.rs) || m.Start >= m.End {
			return
		}
		for i := m.Start; i < m.End; i++ {
			if cover[i] != 0 {
				return
			}
			cover[i] = int32(k + 1)
		}
	}
	d.cover = cover
}

// coverAt returns the index of the known match over rune i, -1 for none.
func (d *discoverer) coverAt(i int) int {
	if i < 0 || i >= len(d.cover) {
		return -1
	}
	return int(d.cover[i]) - 1
}
