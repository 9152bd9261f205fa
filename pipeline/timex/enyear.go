package timex

// Bare English years (in 2024, since 1996): a four-digit number reads as a
// year only after a cue word or before punctuation, never as money, a
// count or part of a phone number.

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// adRe is an era mark after a year.
var adRe = regexp.MustCompile(`^\s*(?:A\.D\.|AD\b|a\.d\.)`)

// enYearBefore are the words after which a bare number reads as a year.
var enYearBefore = map[string]bool{"in": true, "since": true, "from": true, "by": true, "during": true,
	"until": true, "till": true, "to": true, "through": true, "and": true, "of": true, "year": true,
	"between": true, "before": true, "after": true, "around": true, "early": true, "late": true, "mid": true,
	"the": true, "fiscal": true, "for": true, "this": true, "summer": true, "spring": true, "autumn": true,
	"fall": true, "winter": true, "end": true, "beginning": true, "start": true}

// yearCue reports whether pre, the text before a number, ends with a word of
// enYearBefore or with "," or "(".
func yearCue(pre string) bool {
	t := strings.TrimRight(pre, " \t\n\r\f\v")
	if t == "" {
		return false
	}
	if c := t[len(t)-1]; c == ',' || c == '(' {
		return true
	}
	if r := strings.TrimRight(strings.TrimRight(t, "-–—"), " "); len(r) < len(t) && len(r) >= 4 && isDigit(rune(r[len(r)-1])) {
		return true // 2024-2025: the second year of a range
	}
	i := len(t)
	for i > 0 && isASCIILetterByte(t[i-1]) {
		i--
	}
	if i > 0 && (isASCIIAlnum(t[i-1]) || t[i-1] == '_') {
		return false
	}
	return enYearBefore[strings.ToLower(t[i:])]
}

var (
	phoneBeforeRe = regexp.MustCompile(`(?:^|[^0-9])\d{1,3}\s*[-/.]\s*$|\d[-/.]\d+[-/.]$`)
	phoneAfterRe  = regexp.MustCompile(`^[-/.]\d+[-/.]`)
	// 2015-32 is no year; 2014-2018 and 2019-08 are
	yearDashAfterRe  = regexp.MustCompile(`^\s*[-/]\s*\d`)
	yearRangeAfterRe = regexp.MustCompile(`^\s*[-–—/~]\s*\d{4}\b`)
	monthAfterRe     = regexp.MustCompile(`^[-/](?:0?[1-9]|1[0-2])\b`)
)

var enYearAfterBad = regexp.MustCompile(`(?i)^\s*(?:%|percent|per\s?cent|million|billion|trillion|thousand|hundred|people|persons|[a-z]+s\b)`)

func buildEnYear(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	if letters, han := sc.sentenceScript(m[0]); han || !letters {
		return e, false // Chinese text writes 2025年; a bare number is no year
	}
	pre, post := sc.s[sc.window(0, m[0]):m[0]], sc.s[m[1]:min(len(sc.s), m[1]+64)]
	if strings.HasSuffix(pre, "$") || strings.HasSuffix(pre, "€") || strings.HasSuffix(pre, "£") || strings.HasSuffix(pre, "#") ||
		strings.HasSuffix(pre, ".") || strings.HasSuffix(pre, ",") && len(pre) > 1 && isDigit(rune(pre[len(pre)-2])) {
		return e, false
	}
	if strings.HasPrefix(post, ".") && len(post) > 1 && isDigit(rune(post[1])) || strings.HasPrefix(post, ",") && len(post) > 1 && isDigit(rune(post[1])) {
		return e, false
	}
	// c is the first character after \s*, which the patterns below need
	// to be a mark, a letter or % before they are worth running
	c := byte(0)
	if t := strings.TrimLeft(post, " \t\n\f\r"); t != "" {
		c = t[0]
	}
	if endsWithAny(pre, "-/.") && phoneBeforeRe.MatchString(pre) || post != "" && strings.IndexByte("-/.", post[0]) >= 0 && phoneAfterRe.MatchString(post) ||
		(c == '-' || c == '/') && yearDashAfterRe.MatchString(post) && !yearRangeAfterRe.MatchString(post) && !monthAfterRe.MatchString(post) {
		return e, false // 138-2010-2015, 133-03-03-2020
	}
	if (c == '%' || isASCIILetterByte(c) || c >= utf8.RuneSelf) && enYearAfterBad.MatchString(post) && !strings.HasPrefix(strings.TrimSpace(strings.ToLower(post)), "was") &&
		!strings.HasPrefix(strings.TrimSpace(strings.ToLower(post)), "has") && !strings.HasPrefix(strings.TrimSpace(strings.ToLower(post)), "is") {
		return e, false
	}
	after := strings.TrimLeft(post, " ")
	if !yearCue(pre) && pre != "" && !(after == "" || strings.ContainsAny(after[:1], ".,;:)!?-–—")) {
		return e, false
	}
	y, _ := strconv.Atoi(sc.group(m, 1))
	e.f = fields{y: y, hasY: true}
	if ad := adRe.FindStringIndex(sc.s[m[1]:min(len(sc.s), m[1]+8)]); ad != nil {
		e.end = m[1] + ad[1] // 2014 AD, 2014 A.D.
	}
	return e, true
}

// endsWithAny reports whether s, without trailing spaces, ends with one of
// the ASCII characters of chars.
func endsWithAny(s, chars string) bool {
	t := strings.TrimRight(s, " \t\n\r\f\v")
	return t != "" && strings.IndexByte(chars, t[len(t)-1]) >= 0
}

// buildEnYearWord reads "year 2008", "calendar year 2008", "cy 2008".
func buildEnYearWord(sc *scan, m []int) (expr, bool) {
	e := expr{start: m[0], end: m[1]}
	y, _ := strconv.Atoi(sc.group(m, 1))
	if y < 1000 {
		return e, false
	}
	e.f = fields{y: y, hasY: true}
	return e, true
}
