package timex

// The context around a Chinese date match: what comes before a month
// (a year of a historical calendar), after a month (a day number written
// without 日) and the numerals around it.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// prevRune is the rune before byte offset i, or 0.
func (sc *scan) prevRune(i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(sc.s[:i])
	return r
}

func isZhNumeral(r rune) bool {
	return isDigit(r) || strings.ContainsRune("零〇○一二两兩三四五六七八九十廿卅百千万", r)
}

// eraYearBefore reports whether the text before byte offset i ends with a
// year counted the way era and regnal calendars count (康熙三年, 民国二十年,
// 神龙元年): 元 or a counting numeral with 十 (or one digit) before 年.
// Gregorian years are written digit by digit (二〇二五年, 2025年), so such
// a year is a historical calendar, out of scope like lunar dates.
func (sc *scan) eraYearBefore(i int) bool {
	j := i
	for j > 0 && sc.s[j-1] == ' ' {
		j--
	}
	if !strings.HasSuffix(sc.s[:j], "年") {
		return false
	}
	j -= len("年")
	k, n := j, 0
	for k > 0 && n < 4 {
		r, size := utf8.DecodeLastRuneInString(sc.s[:k])
		if !strings.ContainsRune("元一二三四五六七八九十", r) {
			break
		}
		k -= size
		n++
	}
	if n == 0 {
		return false
	}
	num := sc.s[k:j]
	if num != "元" && !strings.Contains(num, "十") && n > 1 {
		return false // 二五年 is no count
	}
	if num == "元" {
		return true
	}
	// the count must follow a name (康熙三年), not a word that makes it a
	// duration or an age (过去三年, 满十年)
	p, _ := utf8.DecodeLastRuneInString(sc.s[:k])
	return p >= 0x2E80 && !strings.ContainsRune("的了过去近前后來来这那每第和或至到有满约", p)
}

// dayWithoutMark reports whether the number after the month of a zhDate
// match m, written without 日 or 号, is its day: only after a stated year
// (二〇〇四年八月十五) and before the end of the clause or a time of day,
// never before a measure word (2024年8月15家企业).
func (sc *scan) dayWithoutMark(m []int) bool {
	if m[2] < 0 && m[4] < 0 {
		return false
	}
	next, _ := utf8.DecodeRuneInString(sc.s[m[9]:])
	switch {
	case m[9] == len(sc.s):
		return true
	case isDigit(next) || isZhNumeral(next):
		return false
	case next >= 0x2E80 && unicode.Is(unicode.Han, next):
		return strings.ContainsRune("上下中晚早凌午夜起至到", next)
	}
	return !isASCIILetterByte(byte(next & 0x7F))
}
