package event

import (
	"github.com/sco-news/extract/pipeline/runes"
	"strings"
	"unicode/utf8"
)

// Guards: an anchored expression can only match a text that starts (or
// ends) with one of the runes its alternatives start (end) with, and an
// unanchored one only a text that holds one of its words. Checking that
// first skips most runs of the expressions; each guard lists the runes or
// words of the expression it guards (the tests run both on random texts).

// startsWith reports whether s starts with a rune of set.
func startsWith(s, set string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && strings.ContainsRune(set, r)
}

// endsWith reports whether s ends with a rune of set.
func endsWith(s, set string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	return n > 0 && strings.ContainsRune(set, r)
}

// spaces are the runes \s matches.
const spaces = " \t\n\f\r"

// foldRunes are the runes (?i) matches with s and k besides themselves.
const foldRunes = "ſK"

// findAnaphor is anaphorRe.Find guarded: its words hold 当, 同 or "day".
func findAnaphor(text string) []int {
	if !strings.Contains(text, "当") && !strings.Contains(text, "同") && !containsFold(text, "day") {
		return nil
	}
	return anaphorRe.Find(text)
}

func notAfterAt(after string) bool {
	return startsWith(after, "资经周0123456789一二三四五六七八九十百") && notAfter.MatchString(after)
}

func notEventAt(after string) bool {
	// a match is 16 bytes at most and reads one rune after it (\b)
	return startsWith(after, "新秘组筹办sSſ ") && notEvent.MatchString(runes.Prefix(after, 32))
}

func introBefore(before string) bool {
	return endsWith(before, "在于 ") && introRe.MatchString(before)
}

func genericBefore(before string) bool {
	return endsWith(before, " 该次届时的") && genericRe.MatchString(before)
}

func datelineAfter(after string) bool {
	return startsWith(after, "电(-—"+spaces) && datelineRe.MatchString(after)
}

func periodBeforeAt(before string) bool {
	return endsWith(before, " ") && periodBefore.MatchString(before)
}

// periodAfterAt guards periodAfter: its Chinese nouns end in one of
// periodHanEnds; the English ones follow a space and hold one of
// periodWords (a text with a rune beyond ASCII, maybe ſ or K, goes to the
// expression).
func periodAfterAt(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	switch {
	case r == ' ':
		if !hasNonASCII(after) && !containsAnyFold(after, periodWords) {
			return false
		}
	case r >= 0x2E80:
		if !strings.ContainsAny(after, periodHanEnds) {
			return false
		}
	default:
		return false
	}
	return periodAfter.MatchString(after)
}

// periodHanEnds and periodWords are what periodAfter's nouns hold.
const periodHanEnds = "要划图略想案领定"

var periodWords = []string{"plan", "program", "roadmap", "strategy", "agenda", "concept", "framework"}

// hasNonASCII reports a byte of s beyond ASCII.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// containsAnyFold reports whether s holds one of ws (lower-case ASCII) in
// any ASCII case.
func containsAnyFold(s string, ws []string) bool {
	for _, w := range ws {
		if containsFold(s, w) {
			return true
		}
	}
	return false
}

// backRefAt guards backRef: after \s, its words start with these runes.
func backRefAt(clause string) bool {
	rest := strings.TrimLeft(clause, spaces)
	// after the spaces, a match is 40 bytes at most and reads one rune
	// after it (\b)
	return startsWith(rest, "会与峰论此双两访dDaAtTbB") && backRef.MatchString(runes.Prefix(clause, len(clause)-len(rest)+64))
}

// statusIn guards statusRe: its words hold these.
func statusIn(text string) bool {
	if !(strings.Contains(text, "成员") || strings.Contains(text, "观察员") || strings.Contains(text, "伙伴") || strings.ContainsAny(text, foldRunes) ||
		containsFold(text, "member") || containsFold(text, "erver") || containsFold(text, "partner")) {
		return false
	}
	return statusRe.MatchString(text)
}

// containsFold reports whether s holds w (lower-case ASCII) in any ASCII
// case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		j := 0
		for j < len(w) && s[i+j]|0x20 == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}
