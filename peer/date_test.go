package peer

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	peerDir   = flag.String("peer-cases", "../../shared/peer-cases", "folder of peer case files")
	dateFails = flag.Bool("date-fails", false, "print every failing date case")
)

func dateCaseOf(t *testing.T, line string) Case {
	t.Helper()
	cs, err := ReadCases(strings.NewReader(line), "test.jsonl")
	require.NoError(t, err)
	require.Len(t, cs, 1)
	return cs[0]
}

func TestScoreDate(t *testing.T) {
	tests := []struct {
		name, line string
		pass       bool
		skip       bool
	}{
		{"recognizers range", `{"source":"recognizers-text:x#1","lang":"zh","kind":"daterange","text":"2018年10月","ref":"2017-03-22T00:00:00","expect":[{"text":"2018年10月","start":0,"end":7,"type":"daterange","value":{"start":"2018-10-01","end":"2018-11-01"}}]}`, true, false},
		{"recognizers explicit range end", `{"source":"recognizers-text:x#2","lang":"zh","kind":"daterange","text":"1995-1997年的收入","ref":"2017-03-22T00:00:00","expect":[{"text":"1995-1997年","start":0,"end":9,"type":"daterange","value":{"start":"1995-01-01","end":"1997-01-01"}}]}`, true, false},
		{"recognizers wrong span", `{"source":"recognizers-text:x#3","lang":"zh","kind":"date","text":"他8月1日来","ref":"2017-03-22T00:00:00","expect":[{"text":"8月1","start":1,"end":3,"type":"date","value":"2016-08-01"}]}`, false, false},
		{"recognizers candidate", `{"source":"recognizers-text:x#4","lang":"zh","kind":"date","text":"29日你来吗","ref":"2016-02-22T00:00:00","expect":[{"text":"29日","start":0,"end":2,"type":"date","value":"2016-01-29","candidates":[{"value":"2016-01-29"},{"value":"2016-02-29"}]}]}`, true, false},
		{"recognizers period up to now", `{"source":"recognizers-text:x#5","lang":"zh","kind":"daterange","text":"过去十年中国有了巨大的变化","ref":"2018-07-24T16:00:00","expect":[{"text":"过去十年","start":0,"end":3,"type":"daterange","value":{"start":"2008-07-24","end":"2018-07-24"}}]}`, true, false},
		{"era year skipped", `{"source":"recognizers-text:x#6","lang":"zh","kind":"daterange","text":"康熙三年五月","ref":"2017-03-22T00:00:00","expect":[{"text":"康熙三年五月","start":0,"end":5,"type":"daterange","value":{"start":"1664-05-01","end":"1664-06-01"}}]}`, false, true},
		{"duckling month grain", `{"source":"duckling:x#L1","lang":"en","kind":"date","text":"in March 2014","ref":"2013-02-12T04:30:00-02:00","expect":[{"text":"in March 2014","value":"2014-03-01T00:00:00.000-02:00","grain":"month","type":"date"}]}`, true, false},
		{"duckling wrong value", `{"source":"duckling:x#L2","lang":"en","kind":"date","text":"March 2015","ref":"2013-02-12T04:30:00-02:00","expect":[{"text":"March 2015","value":"2014-03-01T00:00:00.000-02:00","grain":"month","type":"date"}]}`, false, false},
		{"holiday skipped", `{"source":"duckling:x#L3","lang":"en","kind":"date","text":"easter","ref":"2013-02-12T04:30:00-02:00","expect":[{"text":"easter","value":"2013-03-31T00:00:00.000-02:00","holiday":"Easter","grain":"day","type":"date"}]}`, false, true},
		{"open range skipped", `{"source":"recognizers-text:x#5","lang":"zh","kind":"daterange","text":"2018年开始","ref":"2017-03-22T00:00:00","expect":[{"text":"2018年开始","start":0,"end":6,"type":"daterange","value":{"start":"2018-01-01"},"mod":"since"}]}`, false, true},
		{"time skipped", `{"source":"recognizers-text:x#6","lang":"en","kind":"time","text":"at 3pm","ref":"2017-03-22T00:00:00","expect":[]}`, false, true},
		{"negative", `{"source":"recognizers-text:x#7","lang":"en","kind":"none","text":"I have 3 apples","ref":"2017-03-22T00:00:00","expect":[]}`, true, false},
		{"recognizers span with a preposition", `{"source":"recognizers-text:x#8","lang":"en","kind":"date","text":"it's on monday of next week","ref":"2018-08-01T00:00:00","expect":[{"text":"on monday of next week","start":5,"end":26,"type":"date","value":"2018-08-06"}]}`, true, false},
		{"recognizers span with a content word", `{"source":"recognizers-text:x#9","lang":"en","kind":"date","text":"this past Wednesday","ref":"2019-02-01T00:00:00","expect":[{"text":"past wednesday","start":5,"end":18,"type":"date","value":"2019-01-30"}]}`, false, false},
		{"holiday named in the text", `{"source":"recognizers-text:x#10","lang":"en","kind":"date","text":"on earth day 2010","ref":"2018-08-01T00:00:00","expect":[{"text":"earth day 2010","start":3,"end":16,"type":"date","value":"2010-04-22"}]}`, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := ScoreDate(dateCaseOf(t, tt.line))
			assert.Equal(t, tt.skip, o.Skip != "", "skip: %q", o.Skip)
			assert.Equal(t, tt.pass, o.Pass, o.Detail)
		})
	}
}

// TestDatePeerCases prints date pass rates per file and kind over the shared
// peer cases (go test ./peer -run DatePeer -v [-date-fails]).
func TestDatePeerCases(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(*peerDir, "*-*time*.jsonl"))
	if len(files) == 0 {
		t.Skipf("no peer cases under %s", *peerDir)
	}
	sort.Strings(files)
	type tally struct{ pass, fail, skip int }
	counts := map[string]*tally{}
	var keys []string
	for _, path := range files {
		f, err := os.Open(path)
		require.NoError(t, err)
		cases, err := ReadCases(f, filepath.Base(path))
		f.Close()
		require.NoError(t, err)
		for _, c := range cases {
			k := c.File + " " + c.Kind
			if counts[k] == nil {
				counts[k] = &tally{}
				keys = append(keys, k)
			}
			o := ScoreDate(c)
			switch {
			case o.Skip != "":
				counts[k].skip++
			case o.Pass:
				counts[k].pass++
			default:
				counts[k].fail++
				if *dateFails {
					fmt.Printf("FAIL %s %q: %s\n", c.Source, c.Text, o.Detail)
				}
			}
		}
	}
	sort.Strings(keys)
	var pass, total int
	for _, k := range keys {
		c := counts[k]
		if c.pass+c.fail == 0 {
			continue
		}
		if !strings.HasSuffix(k, " none") {
			pass += c.pass
			total += c.pass + c.fail
		}
		t.Logf("%-42s pass %4d / %4d = %5.1f%%  (skipped %d)", k, c.pass, c.pass+c.fail, 100*float64(c.pass)/float64(c.pass+c.fail), c.skip)
	}
	t.Logf("date and daterange: %d / %d = %.1f%%", pass, total, 100*float64(pass)/float64(total))
}

var _ = json.Valid
