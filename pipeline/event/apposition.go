package event

import (
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// English news places a city with its country or its province in an
// apposition set off by commas: "in Almaty, Kazakhstan, on May 3", "in
// Zhengzhou, capital of central China's Henan Province, on Friday". The
// commas of such an apposition do not end a clause: the trigger before it
// and the date after it belong together.

// appositionHeads open an apposition that describes the place before it.
var appositionHeads = []string{"capital of ", "the capital of ", "a city in ", "a city of ", "the largest city of ", "the largest city in ", "an ancient city in ", "a town in ", "a port city in ", "a region of ", "a province of ", "a county in "}

// markAppositions marks in covered the commas of the appositions after the
// place mentions ms (sorted by start) of rs.
func markAppositions(rs []rune, ms []doc.Mention, covered []bool) {
	for i, m := range ms {
		if !isPlace(m) || m.End+2 > len(rs) || rs[m.End] != ',' || rs[m.End+1] != ' ' {
			continue
		}
		at := m.End + 2
		if i+1 < len(ms) && ms[i+1].Start == at && isPlace(ms[i+1]) {
			// "Almaty, Kazakhstan": the country closes the apposition
			covered[m.End] = true
			if e := ms[i+1].End; e+1 < len(rs) && rs[e] == ',' && rs[e+1] == ' ' {
				covered[e] = true
			}
			continue
		}
		if !appositionAt(rs, at) {
			continue
		}
		covered[m.End] = true
		// the apposition ends at the next comma, within a short phrase
		for j := at; j < min(len(rs), at+80); j++ {
			if r := rs[j]; r == ',' {
				covered[j] = true
				break
			} else if r == '.' || r == ';' || r == '\n' {
				break
			}
		}
	}
}

func appositionAt(rs []rune, at int) bool {
	head := string(rs[at:min(len(rs), at+24)])
	for _, h := range appositionHeads {
		if strings.HasPrefix(head, h) {
			return true
		}
	}
	return false
}
