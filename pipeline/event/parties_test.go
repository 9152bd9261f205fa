package event

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPartiesReferBack covers a signing reported by the parties of talks
// dated in the sentence before ("The two sides signed…", 双方签署了…): it
// takes the talks' date, never a period inside the signed document.
func TestPartiesReferBack(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"English two sides sign after dated talks", "The two premiers held talks in [Dushanbe|L] on {March 3|2026-03-03}. The two sides signed an agreement on water use.",
			[]string{"meeting 2026-03-03 @Dushanbe", "signing 2026-03-03"}},
		{"both sides, plan period is no date", "The energy ministers met in [Bishkek|L] on {June 9|2026-06-09}. Both sides signed a road map for {2027-2030|2027..2030}.",
			[]string{"meeting 2026-06-09 @Bishkek", "signing 2026-06-09"}},
		{"Chinese 双方签署了 after dated talks", "{5月12日|2026-05-12}，两国总理在[塔什干|L]举行会谈。双方签署了农业合作协议。",
			[]string{"meeting 2026-05-12 @塔什干", "signing 2026-05-12"}},
		{"两国领导人 witness a signing", "{9月2日|2026-09-02}，两国元首在[明斯克|L]会谈。两国领导人共同见证签署了多项合作文件。",
			[]string{"meeting 2026-09-02 @明斯克", "signing 2026-09-02"}},
		{"after the talks", "The foreign ministers met in [Baku|L] on {Friday|2026-02-13}. After the talks, they signed a visa memorandum.",
			[]string{"meeting 2026-02-13 @Baku", "signing 2026-02-13"}},
		{"no event before: no date", "The two sides signed an agreement on water use.", []string{}},
		{"own date wins", "The presidents met in [Astana|L] on {May 4|2026-05-04}. The two sides signed a trade pact on {May 5|2026-05-05}.",
			[]string{"meeting 2026-05-04 @Astana", "signing 2026-05-05"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, run(t, tt.in))
		})
	}
}
