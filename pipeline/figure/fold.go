package figure

import "unicode/utf8"

// fold returns s as runes twice, in one pass: orig as
// written and rs with every rune folded one for one, so offsets into rs are
// offsets into s: full-width ASCII becomes half-width, the traditional forms
// of numeral and unit characters become simplified, and ASCII letters are
// lower-cased. The normalize stage already does most of this; the parser
// repeats it so that it is robust on raw text too. The hints say whether
// blockMask has anything to look at. Both slices are cut from buf, grown
// when too small and returned for the next text.
func fold(s string, buf []rune) (orig, rs, _ []rune, h blockHints) {
	n := len(s) // a bound on the number of runes, saving a count
	if n > maxPooled {
		n = utf8.RuneCountInString(s)
	}
	if cap(buf) < 2*n {
		buf = make([]rune, 2*n)
	}
	buf = buf[:2*n]
	orig, rs = buf[:n:n], buf[n:]
	i := 0
	for off := 0; off < len(s); i++ {
		if c := s[off]; c < utf8.RuneSelf {
			// ASCII: only letters fold, and only '/' and '.' end a URL mark
			orig[i], rs[i] = rune(c), rune(asciiLower[c])
			if (c == '/' || c == '.') && i >= 2 {
				h.url = h.url || urlMarkAt(rs, i)
			}
			off++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[off:])
		off += size
		f := foldRune(r)
		if f >= 0x3007 && blockableBits.Has(f) {
			h.numerals = true
		}
		orig[i], rs[i] = r, f
		if (f == '/' || f == '.') && i >= 2 {
			h.url = h.url || urlMarkAt(rs, i)
		}
	}
	return orig[:i:i], rs[:i:i], buf, h
}

// urlMarkAt reports whether rs[i], a folded '/' or '.', ends "://" or
// "www." (i >= 2).
func urlMarkAt(rs []rune, i int) bool {
	f := rs[i]
	return f == '/' && rs[i-1] == '/' && rs[i-2] == ':' || f == '.' && i >= 3 && rs[i-1] == 'w' && rs[i-2] == 'w' && rs[i-3] == 'w'
}

// asciiLower is ASCII with the letters lower-cased.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if c >= 'A' && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// tradFold maps the traditional and variant characters that occur in numbers,
// units and currencies to the simplified forms the parser matches.
var tradFold = map[rune]rune{
	'俩': '两',
	'萬': '万', '億': '亿', '點': '点', '負': '负', '兩': '两', '倆': '两', '個': '个', '貳': '贰',
	'參': '叁', '陸': '陆', '對': '对', '雙': '双', '幾': '几', '餘': '余', '塊': '块', '圓': '圆',
	'幣': '币', '國': '国', '項': '项', '場': '场', '會': '会', '議': '议', '員': '员', '夥': '伙',
	'區': '区', '達': '达', '過': '过', '約': '约', '來': '来', '長': '长', '額': '额', '貿': '贸',
	'總': '总', '進': '进', '計': '计', '數': '数', '韓': '韩', '盧': '卢', '紐': '纽', '蘭': '兰',
	'馬': '马', '賓': '宾', '與': '与', '將': '将', '為': '为', '錢': '钱', '銭': '钱', '爾': '尔',
	'實': '实', '於': '于', '鎊': '镑', '歐': '欧', '羅': '罗', '亞': '亚', '圖': '图', '裡': '里',
	'裏': '里', '蘇': '苏', '聯': '联', '務': '务', '較': '较', '減': '减', '漲': '涨', '單': '单',
	'筆': '笔', '條': '条', '頭': '头', '貨': '货', '廣': '广', '東': '东', '經': '经', '濟': '济',
	'標': '标', '準': '准', '剛': '刚', '結': '结', '賴': '赖', '鬆': '松', '臺': '台', '義': '义',
	'麼': '么', '極': '极', '縮': '缩', '價': '价', '軍': '军', '輛': '辆', '閣': '阁', '種': '种',
	'類': '类', '學': '学', '師': '师', '隊': '队', '團': '团', '屆': '届', '週': '周', '兒': '儿',
	'門': '门', '傳': '传', '鐵': '铁', '車': '车', '線': '线', '節': '节', '憶': '忆', '級': '级',
	'戶': '户',
}

func foldRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		r -= 0xFEE0
	case r == 0x3000 || r == 0x00A0 || r == 0x202F || r == 0x2009:
		return ' '
	case r == '−' || r == '–' || r == '—' || r == '－':
		if r == '－' {
			return '-'
		}
		return r
	case r == '％':
		return '%'
	}
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if tradFoldBits.Has(r) {
		return tradFold[r]
	}
	return r
}

// isSpace reports whether r (already folded) is a space the parser may skip
// inside an expression.
func isSpace(r rune) bool { return r == ' ' || r == '\t' }

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return r >= 0x2E80 && hanBits.Has(r) }

// isLetter reports whether r is an ASCII letter (folded, so lower case).
func isLetter(r rune) bool { return r >= 'a' && r <= 'z' }

// isDigit reports whether r is an ASCII digit.
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// at returns rs[i], or 0 outside the slice.
func at(rs []rune, i int) rune {
	if i < 0 || i >= len(rs) {
		return 0
	}
	return rs[i]
}

// skipSpaces returns the first index at or after i that is not a space.
func skipSpaces(rs []rune, i int) int {
	for i < len(rs) && isSpace(rs[i]) {
		i++
	}
	return i
}

// hasPrefixAt reports whether rs[i:] starts with w.
func hasPrefixAt(rs []rune, i int, w string) bool {
	for _, r := range w {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// runeLen is the number of code points of s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// firstRune and lastRune return the first and last code point of s.
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
