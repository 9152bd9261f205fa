package figure

import (
	"sync"

	"github.com/sco-news/extract/pipeline/doc"
)

// scanner holds one text, folded, with the positions no number may use. A
// scanner comes from newScanner and goes back with free; its buffers serve
// the next text.
type scanner struct {
	orig, rs []rune
	blocked  []bool        // nil when nothing is blocked
	memo     [4]numberMemo // the last answers of numberAt
	next     int           // the memo entry to write next
	// runes and marks are the buffers behind orig, rs and blocked, kept
	// from text to text (see scanners).
	runes []rune
	marks []bool
}

// scanners keeps scanners with their buffers between texts, so that a
// document costs no large allocation. Nothing a scanner returns points
// into its buffers (surfaces are copies).
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// maxPooled bounds the pooled buffers: fold sizes the buffer of a text of
// up to maxPooled bytes by its length in bytes (no count of its runes), and
// free keeps buffers of up to 2*maxPooled runes.
const maxPooled = 1 << 20

// newScanner returns a scanner for s; free gives it back.
func newScanner(s string) *scanner {
	sc := scanners.Get().(*scanner)
	var h blockHints
	sc.orig, sc.rs, sc.runes, h = fold(s, sc.runes)
	sc.blocked, sc.marks = blockMask(sc.rs, h, sc.marks)
	sc.memo, sc.next = [4]numberMemo{}, 0
	return sc
}

// free returns sc to the pool; sc must not be used after.
func (sc *scanner) free() {
	sc.orig, sc.rs, sc.blocked = nil, nil, nil
	if cap(sc.runes) > 2*maxPooled {
		return
	}
	scanners.Put(sc)
}

// numberAt reads the longest number that starts at i. When ok is false,
// End may be past i to tell the caller to skip a run that is not a number.
// The answer depends on i only: the last few are kept, since Extract asks
// again at the positions figureAt has just read.
func (sc *scanner) numberAt(i int) (num, bool) {
	for k := range sc.memo {
		if m := &sc.memo[k]; m.set && m.i == i {
			return m.n, m.ok
		}
	}
	n, ok := sc.readNumber(i)
	sc.memo[sc.next] = numberMemo{i: i, n: n, ok: ok, set: true}
	sc.next = (sc.next + 1) % len(sc.memo)
	return n, ok
}

// numberMemo is one answer of readNumber.
type numberMemo struct {
	i   int
	n   num
	ok  bool
	set bool
}

// isBlocked reports whether no number may use position i (0 <= i < len(rs)).
func (sc *scanner) isBlocked(i int) bool { return sc.blocked != nil && sc.blocked[i] }

func (sc *scanner) overlapsBlocked(sp doc.Span) bool {
	for k := sp.Start; k < sp.End && k < len(sc.blocked); k++ {
		if sc.blocked[k] {
			return true
		}
	}
	return false
}
