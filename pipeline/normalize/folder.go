package normalize

// Folder normalizes many texts with one fold function: it folds the Basic
// Multilingual Plane from tables built once by NewFolder (a bit per rune
// telling whether Rune changes it, and the changed runes), so normalizing
// costs no call of fold and no map lookup for the characters that stay as
// they are, nearly all of them. Texts are exactly those of New. A Folder
// is read-only after NewFolder, safe for concurrent use.
//
//	f := normalize.NewFolder(dict.FoldRune)
//	t := f.New("上合組織 峰 会") // t.Norm == "上合组织峰会"
type Folder struct {
	fold func(rune) rune
	// changed has bit r set when Rune(r, fold) != r, for r of the BMP.
	changed [1 << 16 / 64]uint64
	to      map[rune]rune
}

// NewFolder tabulates Rune(r, fold) over the Basic Multilingual Plane.
func NewFolder(fold func(rune) rune) *Folder {
	f := &Folder{fold: fold, to: map[rune]rune{}}
	for r := rune(0); r < 1<<16; r++ {
		if x := Rune(r, fold); x != r {
			f.changed[r/64] |= 1 << (r % 64)
			f.to[r] = x
		}
	}
	return f
}

// Rune is Rune(r, fold) for the Folder's fold.
func (f *Folder) Rune(r rune) rune {
	if r < 0 || r >= 1<<16 {
		return Rune(r, f.fold)
	}
	if f.changed[r/64]&(1<<(r%64)) == 0 {
		return r
	}
	return f.to[r]
}

// New is New(text, fold) for the Folder's fold.
func (f *Folder) New(text string) *Text { return build(text, f.Rune) }
