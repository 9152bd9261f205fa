package figure

// notNumbers are words written with numeral characters that are not numbers:
// 一切 (all), 四川 (a province), 陆地 (land), 收拾 (tidy), 队伍 (team), 十分
// (very), and names such as 一带一路. A numeral may not start or run through
// one of them. Folded (simplified) forms.
var notNumbers = []string{
	"一切", "壹切", "一看", "一直", "一起", "一些", "一样", "一般", "一致", "一定", "一旦",
	"一同", "一道", "一贯", "一向", "一律", "一再", "一方面", "一体", "一流", "一行",
	"一系列", "一线", "一举", "一下", "一边", "一带一路", "统一", "唯一",
	"一揽子", "一刀切", "一步", "一味", "一时", "一早", "一番", "一概", "一经",
	"四川", "陆地", "大陆", "登陆", "海陆", "着陆", "陆续", "陆军", "陆路", "内陆",
	"收拾", "拾取", "拾起", "拾到", "夕拾", "放肆", "肆意", "肆无忌惮", "肆虐",
	"队伍", "入伍", "退伍", "伍仁", "落伍", "十足", "十分", "万分", "千万别",
	"五角大楼", "九州", "三星", "十一五", "十二五", "十三五",
	"十四五", "十五五", "二十国集团", "七国集团", "三亚", "五常", "九寨沟", "万象",
	"百度", "千岛", "百姓", "万物", "千方百计", "万众", "亿万富", "三明", "三门峡",
}

// notNumbersBy indexes notNumbers by their first rune, in list order.
var notNumbersBy = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range notNumbers {
		m[firstRune(w)] = append(m[firstRune(w)], w)
	}
	return m
}()

// loneWordy are financial numerals that alone are more often a word: 伍 (队伍),
// 拾 (收拾), 肆 (放肆), 陆 (大陆). Next to another numeral they are numbers.
var loneWordy = map[rune]bool{'伍': true, '拾': true, '肆': true, '陆': true}

// financial are the units of the financial numerals: 参 (叁, folded from
// 參) is a digit only next to them or to a section unit (參拾參, 參萬), never
// in 数千参观者.
var financial = map[rune]bool{'拾': true, '佰': true, '仟': true, '零': true}

// blockHints say what a text may hold that blockMask blocks.
type blockHints struct {
	url      bool // "://" or "www."
	numerals bool // a rune of blockable
}

// blockMask marks the runes covered by a word of notNumbers, by a URL, and
// the lone wordy numerals; nil when none is (h says where to look). The
// mask is cut from buf, grown when too small and returned for the next text.
func blockMask(rs []rune, h blockHints, buf []bool) (_, _ []bool) {
	var m []bool
	mark := func(k int) {
		if m == nil {
			if cap(buf) < len(rs) {
				buf = make([]bool, len(rs))
			}
			m = buf[:len(rs)]
			clear(m)
		}
		m[k] = true
	}
	for i := 0; h.url && i < len(rs); i++ {
		if (rs[i] == 'h' || rs[i] == 'w') && (hasPrefixAt(rs, i, "http://") || hasPrefixAt(rs, i, "https://") || hasPrefixAt(rs, i, "www.")) {
			for i < len(rs) && !isSpace(rs[i]) && rs[i] != '\n' {
				mark(i)
				i++
			}
		}
	}
	for i, r := range rs {
		if !h.numerals {
			break
		}
		if r < 0x3007 || !blockableBits.Has(r) {
			continue
		}
		if loneWordy[r] && !isZhNumeral(at(rs, i-1)) && !isZhNumeral(at(rs, i+1)) && !isDigit(at(rs, i-1)) && at(rs, i-1) != '之' {
			mark(i)
		}
		if r == '参' && !(financial[at(rs, i-1)] || financial[at(rs, i+1)] && at(rs, i+1) != '零' || at(rs, i+1) == '万' || at(rs, i+1) == '亿') {
			mark(i)
		}
		if !isZhNumeral(r) && r != '五' {
			continue
		}
		for _, w := range notNumbersBy[r] {
			if hasPrefixAt(rs, i, w) && !(w[len(w)-3:] == "分" && at(rs, i+runeLen(w)) == '之') {
				for k := i; k < i+runeLen(w); k++ {
					mark(k)
				}
			}
		}
	}
	return m, buf
}

// blockable are the runes at which blockMask may block something: the
// numerals (words of notNumbers start with one), the lone wordy ones and 参.
var blockable = func() map[rune]bool {
	m := map[rune]bool{'参': true}
	for r := range zhNumerals {
		m[r] = true
	}
	for r := range loneWordy {
		m[r] = true
	}
	return m
}()
