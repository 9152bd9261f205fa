// Package split cuts one input text into documents.
//
// A search-result export (seeds 000 and 001) is a run of articles, each a
// title line, a source line and a body:
//
//	在新疆,绘就“上海精神”时代新篇——专访上合组织副秘书长索海尔·汗
//	Ren Min Wang· 2025-05-24 06:31
//	秉持"上海精神",上合组织国家媒体合作论坛落地中国新疆,……
//
// Each becomes a Document with Title, Source, Published (the source-line time,
// Beijing time) and the body as Text. Lines before the first title are page
// chrome. Any other text is one document; its publication date is taken from a
// dateline such as 央视网2025-08-30 near the top when there is one.
package split

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Beijing is the time zone of Chinese news timestamps (no daylight saving).
var Beijing = time.FixedZone("CST", 8*3600)

var (
	sourceLine = regexp.MustCompile(`^\s*(\S.{0,60}?)\s*[·・•‧･]\s*(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})\s*$`)
	// dateline finds a publication date written near the top of an article:
	// 央视网2025-08-30, 2025年8月30日 10:21, 新华社北京2025年8月29日电.
	datelineISO = regexp.MustCompile(`(?:^|[^\d])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[^\d]|$)`)
	datelineZh  = regexp.MustCompile(`((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日`)
)

// Article is one document cut from a text, before ids and paths are set.
type Article struct {
	Title, Source string
	Published     *time.Time
	Text          string
}

// Split cuts text into articles. It never returns an empty slice for a
// non-empty text: a text without source lines is one article.
func Split(text string) []Article {
	lines := strings.SplitAfter(text, "\n")
	var heads []int // indexes of source lines that follow a title line
	for i, l := range lines {
		// a source line needs a title line before it, and a source line is
		// never a title: so heads are at least two lines apart
		afterHead := len(heads) > 0 && heads[len(heads)-1] == i-1
		if i > 0 && !afterHead && strings.TrimSpace(lines[i-1]) != "" && sourceLine.MatchString(strings.TrimRight(l, "\r\n")) {
			heads = append(heads, i)
		}
	}
	if len(heads) == 0 {
		return []Article{{Text: text, Published: dateline(lines)}}
	}
	arts := make([]Article, 0, len(heads))
	for k, h := range heads {
		end := len(lines)
		if k+1 < len(heads) {
			end = heads[k+1] - 1 // the next title line
		}
		m := sourceLine.FindStringSubmatch(strings.TrimRight(lines[h], "\r\n"))
		body := strings.Join(lines[h+1:end], "")
		body = strings.Trim(body, "\r\n")
		arts = append(arts, Article{
			Title:     strings.TrimSpace(lines[h-1]),
			Source:    strings.TrimSpace(m[1]),
			Published: clock(m[2:]),
			Text:      body,
		})
	}
	return arts
}

func clock(f []string) *time.Time {
	n := make([]int, len(f))
	for i, s := range f {
		n[i], _ = strconv.Atoi(s)
	}
	t := time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], 0, 0, Beijing)
	if t.Month() != time.Month(n[1]) || t.Day() != n[2] || n[3] > 23 || n[4] > 59 {
		return nil
	}
	u := t.UTC()
	return &u
}

// dateline returns the publication date stated on one of the first
// non-empty short lines (a dateline), or nil.
func dateline(lines []string) *time.Time {
	seen := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if seen++; seen > 4 {
			break
		}
		if len([]rune(l)) > 40 {
			continue
		}
		for _, re := range []*regexp.Regexp{datelineISO, datelineZh} {
			if m := re.FindStringSubmatch(l); m != nil {
				if t := clock([]string{m[1], m[2], m[3], "0", "0"}); t != nil {
					return t
				}
			}
		}
	}
	return nil
}
