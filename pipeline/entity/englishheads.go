package entity

import (
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// English organisations and projects, found by their head words
// ("… Customs", "… Industrial Park"): see enScan.heads.

// heads finds organisations and projects by their last word(s).
func (e *enScan) heads() {
	for i := 0; i < len(e.ws); i++ {
		w := &e.ws[i]
		if p := e.projectHeadEndingAt(i); p > 0 {
			e.project(i, p)
			continue
		}
		if !w.capital() {
			continue
		}
		switch {
		case w.is(clsOrgHead):
			s := e.leftName(i)
			end := i
			if w.is(clsOrgOfHead) {
				end = e.ofTail(i)
			}
			if s == i && end == i {
				continue
			}
			e.d.add(doc.Span{Start: e.ws[s].Start, End: e.ws[end].End}, doc.Org, MethodEnglish)
			i = end
		case w.is(clsPlaceHead):
			if s := e.leftName(i); s < i {
				e.d.add(doc.Span{Start: e.ws[s].Start, End: w.End}, doc.Location, MethodEnglish)
			}
		case w.is(clsAreaHead):
			if s := e.leftName(i); s < i {
				e.d.add(doc.Span{Start: e.ws[s].Start, End: w.End}, doc.Location, MethodEnglish)
			}
		}
	}
	// "Guangdong province": the lower-case head is not part of the name
	for i := 1; i < len(e.ws); i++ {
		if e.ws[i].is(clsAreaHead) && !e.ws[i].capital() && e.adjacent(i-1) && !demonym(e.ws[i-1].lower) {
			if s := e.leftName(i); s < i {
				e.d.add(doc.Span{Start: e.ws[s].Start, End: e.ws[i-1].End}, doc.Location, MethodEnglish)
			}
		}
	}
}

// leftName returns the first word of the capitalised run ending right
// before word i (connectors and/for inside), i when there is none.
func (e *enScan) leftName(i int) int {
	s := i
	for k := i - 1; k >= 0 && i-k <= 8 && e.adjacent(k); k-- {
		w := &e.ws[k]
		if strings.HasSuffix(w.lower, "-based") {
			break
		}
		if w.capital() && !w.is(clsNotName) {
			s = k
			continue
		}
		if (w.lower == "and" || w.lower == "for") && k > 0 && e.adjacent(k-1) && e.ws[k-1].capital() && !e.ws[k-1].is(clsNotName) && !e.headAt(k-1) {
			continue
		}
		break
	}
	return s
}

// headAt reports a word that ends a name: two names joined by "and" are
// two names (Navoi Free Trade Zone and Almaty Technical University).
func (e *enScan) headAt(k int) bool {
	return e.ws[k].cls&(clsOrgHead|clsPlaceHead|clsAreaHead) != 0 || e.projectHeadEndingAt(k) > 0
}

// ofTail extends "Ministry" over "of Investment, Industry and Trade of
// Uzbekistan" and returns the last word.
func (e *enScan) ofTail(i int) int {
	end := i
	k := i + 1
	if k >= len(e.ws) || e.ws[k].lower != "of" && e.ws[k].lower != "for" || !e.adjacent(i) {
		return end
	}
	for k < len(e.ws) {
		if e.ws[k].lower != "of" && e.ws[k].lower != "for" && e.ws[k].lower != "and" && e.ws[k].lower != "the" {
			break
		}
		k++
		// "Department of International Cooperation of the Ministry of
		// Education": a body of a body is one name
		if k+1 < len(e.ws) && e.ws[k-1].lower == "of" && e.ws[k].lower == "the" && e.adjacent(k) && e.ws[k+1].is(clsOrgOfHead) && e.ws[k+1].capital() {
			k++
		}
		if k >= len(e.ws) || !e.ws[k].capital() || e.ws[k].is(clsNotName) {
			break
		}
		for k < len(e.ws) && e.ws[k].capital() && !e.ws[k].is(clsNotName) {
			end = k
			if e.adjacent(k) || e.sepIs(k, ", ") && k+1 < len(e.ws) && e.ws[k+1].capital() {
				k++
				continue
			}
			k++
			break
		}
		if k <= end || k >= len(e.ws) || !(e.adjacent(end)) {
			break
		}
	}
	return end
}

// projectHeadEndingAt returns how many words ending at i form a project
// head ("Industrial Park", "hydropower plant").
func (e *enScan) projectHeadEndingAt(i int) int { return e.endingAt(enProjectHeads, i) }

// project records the project whose head ends at word i (h words): a
// quoted name before a lower-case head is the name alone (“Angren-Papu”
// railway); otherwise the capitalised run and the head.
func (e *enScan) project(i, h int) {
	first := i - h + 1
	rs := e.d.rs
	if !e.ws[first].capital() {
		// “Angren-Papu” railway, “Qilu” Eurasian train
		pos := e.ws[first].Start
		for k := first - 1; k >= 0 && first-k <= 2 && e.adjacent(k) && e.ws[k].capital(); k-- {
			pos = e.ws[k].Start
		}
		if pos >= 2 && rs[pos-1] == ' ' && (rs[pos-2] == '”' || rs[pos-2] == '"') {
			q := pos - 2
			for o := q - 1; o >= 0 && q-o <= 40; o-- {
				if rs[o] == '“' || rs[o] == '"' {
					if q-o > 1 {
						e.d.add(doc.Span{Start: o + 1, End: q}, doc.Project, MethodEnglish)
					}
					return
				}
			}
		}
	}
	s := e.leftName(first)
	if s == first {
		return
	}
	// a country or place alone before a lower-case head is a description
	if !e.ws[first].capital() && s == first-1 && e.d.knownAt(e.ws[s].Start, e.ws[s].End) {
		return
	}
	e.d.add(doc.Span{Start: e.ws[s].Start, End: e.ws[i].End}, doc.Project, MethodEnglish)
}
