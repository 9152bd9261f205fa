package normalize

import "math/bits"

// Folder normalizes many texts with one fold function: it folds the Basic
// Multilingual Plane from tables built once by NewFolder (a bit per rune
// telling whether Rune changes it, and the changed runes in rune order), so
// normalizing costs no call of fold and no map lookup. Texts are exactly
// those of New. A Folder is read-only after NewFolder, safe for concurrent
// use.
//
//	f := normalize.NewFolder(dict.FoldRune)
//	t := f.New("上合組織 峰 会") // t.Norm == "上合组织峰会"
type Folder struct {
	fold func(rune) rune
	tab  *foldTable // nil for the Folder of New: fold is called
}

// foldTable is Rune(r, fold) over the BMP.
type foldTable struct {
	// changed has bit r set when Rune(r, fold) != r.
	changed [1 << 16 / 64]uint64
	// rank[w] is the number of bits set in changed[:w].
	rank [1 << 16 / 64]int32
	// to[j] is Rune(r, fold) for the j-th r with its bit set.
	to []rune
}

// NewFolder tabulates Rune(r, fold) over the Basic Multilingual Plane.
func NewFolder(fold func(rune) rune) *Folder {
	t := &foldTable{}
	for r := rune(0); r < 1<<16; r++ {
		if r%64 == 0 {
			t.rank[r/64] = int32(len(t.to))
		}
		if x := Rune(r, fold); x != r {
			t.changed[r/64] |= 1 << (r % 64)
			t.to = append(t.to, x)
		}
	}
	return &Folder{fold: fold, tab: t}
}

// Rune is Rune(r, fold) for the Folder's fold.
func (f *Folder) Rune(r rune) rune {
	t := f.tab
	if t == nil || r < 0 || r >= 1<<16 {
		return Rune(r, f.fold)
	}
	w, bit := r/64, uint64(1)<<(r%64)
	if t.changed[w]&bit == 0 {
		return r
	}
	return t.to[t.rank[w]+int32(bits.OnesCount64(t.changed[w]&(bit-1)))]
}

// New is New(text, fold) for the Folder's fold.
func (f *Folder) New(text string) *Text { return f.build(text) }
