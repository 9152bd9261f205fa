package figure

import (
	"math"
	"strings"

	"github.com/sco-news/extract/pipeline/doc"
)

// unitAfter reads what follows the number n and makes it a figure: a percent
// form, a currency or a counted noun. ok is false for a bare number.
func (sc *scanner) unitAfter(n num) (doc.Figure, bool) {
	rs := sc.rs
	f := doc.Figure{Span: n.Span, Value: n.v, Approx: n.approx}
	k := n.End
	// 300余位, 2000多列: the approximation belongs to the figure.
	if r := at(rs, k); (r == '余' || r == '多') && !n.approx {
		f.Approx = true
		k++
	}
	k2 := skipSpaces(rs, k)
	// one-yen, 12-cent: an English currency word hyphenated to the number.
	if at(rs, k2) == '-' && isLetter(at(rs, k2+1)) && !n.han {
		if c, _, ok := matchCurrency(rs, k2+1, suffixCurrencies); ok && isLetter(firstRune(c.word)) {
			k2++
		}
	}
	if e, mul, ok := percentSuffix(rs, k2, n); ok {
		f.Kind, f.Unit, f.End = "percent", "%", e
		f.Value = n.v * mul
		if mul == 0 { // 成 and 折 compute their own value
			f.Value = tenthsValue(rs, n, k2, e)
			f.End = tenthsEnd(rs, e)
			f.Value = tenthsValue(rs, n, k2, f.End)
		}
		return sc.approxSuffix(f), true
	}
	// 20个比特币: a classifier between the number and the currency.
	if at(rs, k2) == '个' && !n.approx {
		if c, _, ok := matchCurrency(rs, k2+1, suffixCurrencies); ok && isHan(firstRune(c.word)) && c.word != "元" && c.word != "块" {
			k2++
		}
	}
	if c, e, ok := matchCurrency(rs, k2, suffixCurrencies); ok && currencyFits(rs, k2, e, c) {
		if !isHan(firstRune(c.word)) && k2 > k && isDigit(at(rs, e)) {
			// "1 $10", "3 USD50": the currency of the next amount.
			return f, false
		}
		f.Kind, f.Unit, f.End = "money", c.iso, e
		if c.sub > 0 {
			f.Value = n.v * c.sub
		} else {
			f.Value, f.End = sc.addSubunits(n.v, e, c)
			// 75 USD million: a scale word after the code.
			if f.End == e && isLetter(at(rs, e-1)) {
				if t, ok := nextEnTok(rs, e); ok && enScales[t.word] > 0 && t.start > e {
					f.Value, f.End = f.Value*enScales[t.word], t.end
				}
			}
		}
		if f.Unit == "" {
			f.Unit = "XXX"
		}
		return sc.approxSuffix(f), true
	}
	if unit, e, ok := countUnit(rs, k); ok {
		if n.v != math.Trunc(n.v) && !n.units {
			return f, false
		}
		if n.han && n.v == 1 && n.End-n.Start == 1 || at(rs, n.Start-1) == '几' || isYearLike(rs, n) {
			return f, false // 一家媒体 is "a", 几十项 is vague, 2025 forums a year
		}
		if isLetter(at(rs, n.End-1)) && isDigit(at(rs, n.End-2)) || at(rs, skipBack(rs, n.Start)) == '“' || prevWord(rs, n.Start) == "the" && n.v <= 3 {
			return f, false // 5G networks; “五个共同家园” is a name; the two sides refers back
		}
		f.Kind, f.Unit, f.End = "count", unit, e
		f.End = countSpanEnd(rs, k, e)
		return sc.approxSuffix(f), true
	}
	return f, false
}

// skipBack returns the index of the first non-space rune before i.
func skipBack(rs []rune, i int) int {
	k := i - 1
	for k >= 0 && isSpace(rs[k]) {
		k--
	}
	return k
}

// isYearLike reports a plain four-digit number from 1900 to 2100 before a
// space ("2025 forums").
func isYearLike(rs []rune, n num) bool {
	return n.End-n.Start == 4 && n.arabic && n.v >= 1900 && n.v <= 2100 && isSpace(at(rs, n.End))
}

// approxSuffix marks 左右/上下/以上 after a figure as approximate.
func (sc *scanner) approxSuffix(f doc.Figure) doc.Figure {
	k := f.End
	for _, w := range []string{"左右", "上下", "以上", "or so", "or more"} {
		if hasPrefixAt(sc.rs, skipSpaces(sc.rs, k), w) {
			f.Approx = true
		}
	}
	return f
}

// currencyFits rejects currency words that begin another word (元首, 元旦).
func currencyFits(rs []rune, s, e int, c currency) bool {
	if c.word == "块" && isHan(at(rs, e)) && !isZhNumeral(at(rs, e)) && !strings.ContainsRune("钱以左上又零半", at(rs, e)) && !isRangeWord(at(rs, e)) && !isSentencePunct(at(rs, e)) {
		return false // 一块蛋糕, 两块土地: 块 is a classifier
	}
	if c.word == "元" || c.word == "块" || c.word == "圆" {
		switch at(rs, e) {
		case '首', '旦', '素', '帅', '老', '件', '宵', '年', '月', '气', '代', '朝', '宝', '器', '化', '状', '钱', '数':
			return c.word == "元" && at(rs, e) == '钱'
		}
	}
	if c.word == "分" {
		return false
	}
	return true
}

// addSubunits adds the small units after a main amount: 五元三毛, 两美元又三美分,
// 3 dollars 50 cents, thirteen dollars and forty-five cents, 一块二.
func (sc *scanner) addSubunits(v float64, e int, c currency) (float64, int) {
	rs := sc.rs
	if zh := isHan(at(rs, e-1)); zh {
		return sc.zhSubunits(v, e, c)
	}
	// English: [and] N cents | [and] N (under 100)
	j := skipSpaces(rs, e)
	if hasPrefixAt(rs, j, "and ") {
		j = skipSpaces(rs, j+4)
	}
	sub, e2, ok := sc.englishOrArabic(j)
	if !ok || sub >= 100 || sub != math.Trunc(sub) || sub < 0 {
		return v, e
	}
	k3 := skipSpaces(rs, e2)
	if cc, e3, ok := matchCurrency(rs, k3, suffixCurrencies); ok {
		if cc.sub > 0 && cc.sub < 1 {
			return v + sub*cc.sub, e3
		}
		return v, e // 50 dollar 50 dollar: the next amount
	}
	if hasPrefixAt(rs, k3, "c") && !isLetter(at(rs, k3+1)) {
		return v + sub*0.01, k3 + 1
	}
	if at(rs, e2) == 'c' && !isLetter(at(rs, e2+1)) {
		return v + sub*0.01, e2 + 1
	}
	if isLetter(at(rs, k3)) && k3 < len(rs) && !hasPrefixAt(rs, k3, "and") || at(rs, e2) == '%' {
		return v, e
	}
	if at(rs, e2) == '/' || at(rs, e2) == '.' && isDigit(at(rs, e2+1)) {
		return v, e
	}
	return v + sub*0.01, e2
}

// zhSubunits adds the Chinese small units after the main unit at e: 五元三毛,
// 两角五分, 一块二 (a bare digit is the next smaller unit), 七毛八, 三块零四
// (零 skips one unit), 五块半.
func (sc *scanner) zhSubunits(v float64, e int, c currency) (float64, int) {
	rs := sc.rs
	k, end, total := e, e, v
	skip := false
	switch at(rs, k) {
	case '又':
		k++
	case '零':
		k, skip = k+1, true
	}
	colloquial := c.word == "块" || c.word == "元" || c.word == "蚊" || c.word == "个"
	if at(rs, k) == '半' && colloquial && !skip && !isHan(at(rs, k+1)) {
		return v + 0.5, k + 1
	}
	last := 1.0 // the unit read last, in main units
	for step := 0; step < 3; step++ {
		zn, ok := parseZhInt(rs, k)
		if !ok || zn.v >= 100 || zn.v < 0 || zn.approx {
			break
		}
		u := at(rs, zn.end)
		if sub, ok := zhSubunits[u]; ok && sub < last {
			total += zn.v * sub
			k, end, last = zn.end+1, zn.end+1, sub
			skip = false
			continue
		}
		if w, ok := zhSubunitWord(rs, zn.end); ok && last == 1 {
			total += zn.v * 0.01
			end = w
			break
		}
		// A bare digit: the next smaller unit (一块二, 七毛八), or the one
		// after it behind 零 (三块零四).
		if zn.v < 10 && (colloquial || last < 1) && (!isHan(at(rs, zn.end)) || isRangeWord(at(rs, zn.end))) {
			next := last / 10
			if skip {
				next /= 10
			}
			if next >= 0.01 {
				total += zn.v * next
				end = zn.end
			}
		}
		break
	}
	if end > e && math.Abs(total) < 1e9 {
		total = math.Round(total*1e6) / 1e6 // 5 + 0.7 + 0.08 is 5.78
	}
	return total, end
}

// zhSubunitWord matches a hundredth named with its currency (两美元又三美分,
// 10日元5日本銭) at i and returns its end.
func zhSubunitWord(rs []rune, i int) (int, bool) {
	for _, w := range []string{"美分", "欧分", "日本銭", "日本钱", "戈比"} {
		if hasPrefixAt(rs, i, w) {
			return i + runeLen(w), true
		}
	}
	return i, false
}

// isSentencePunct reports Chinese punctuation that may follow an amount.
func isSentencePunct(r rune) bool {
	switch r {
	case '。', '，', '、', '；', '：', '！', '？', '）', '”', ',', '.', ';', ':', '!', '?', ')':
		return true
	}
	return false
}

func isRangeWord(r rune) bool { return r == '到' || r == '至' }

// englishOrArabic reads a plain number (Arabic or English words) at i.
func (sc *scanner) englishOrArabic(i int) (float64, int, bool) {
	if isDigit(at(sc.rs, i)) {
		v, e, ok := parseArabic(sc.rs, i)
		if ok && !isLetter(at(sc.rs, e)) || ok && at(sc.rs, e) == 'c' {
			return v, e, true
		}
		return 0, i, false
	}
	if isLetter(at(sc.rs, i)) {
		v, e, ok := parseEn(sc.rs, i)
		return v, e, ok && !isLetter(at(sc.rs, e))
	}
	return 0, i, false
}

// percentSuffix reads a percent form after a number: %, percent, per cent,
// 个百分点, percentage points. mul is the factor to the number of percent, 0
// for 成/折 whose value tenthsValue computes.
func percentSuffix(rs []rune, k int, n num) (end int, mul float64, ok bool) {
	if at(rs, k) == '%' || at(rs, k) == '‰' {
		if at(rs, k) == '‰' {
			return k + 1, 0.1, true
		}
		return k + 1, 1, true
	}
	for _, w := range []string{"percentage points", "percentage point", "per cent", "percents", "percentage", "percent", "pct"} {
		if hasPrefixAt(rs, k, w) && !isLetter(at(rs, k+len(w))) {
			return k + len(w), 1, true
		}
	}
	if e, ok := spacedWord(rs, k, "个百分点"); ok {
		return e, 1, true
	}
	if e, ok := spacedWord(rs, k, "百分点"); ok {
		return e, 1, true
	}
	if at(rs, k) == '成' && n.v > 0 && n.v <= 10 && !n.arabicGlued(rs) {
		switch at(rs, k+1) {
		case '员', '为', '立', '功', '本', '果', '交', '都', '熟', '绩', '效', '长', '型', '就', '品', '套', '批', '片', '群', '全', '了', '行', '像', '色', '分', '年', '事', '语', '人':
			return 0, 0, false
		}
		return k + 1, 0, true
	}
	if at(rs, k) == '折' && n.v > 0 && n.v < 100 && n.v != 10 {
		switch at(rs, k+1) {
		case '合', '算', '射', '返', '腾', '叠', '扣', '服', '中', '旧', '损', '磨', '线', '价':
			return 0, 0, false
		}
		return k + 1, 0, true
	}
	return 0, 0, false
}

// arabicGlued is a placeholder for numerals that cannot take 成 (none yet).
func (n num) arabicGlued(rs []rune) bool { return false }

// tenthsValue computes 四成 → 40, 七成六 → 76, 三成半 → 35, 9.9折 → 99, 75折 → 75.
func tenthsValue(rs []rune, n num, k, e int) float64 {
	v := n.v
	if v < 10 || at(rs, k) == '成' && v == 10 {
		v *= 10
	}
	if at(rs, k) == '成' && e > k+1 {
		if at(rs, e-1) == '半' {
			v += 5
		} else if d, ok := zhDigits[at(rs, e-1)]; ok {
			v += d
		}
	}
	return math.Round(v*1e9) / 1e9
}

// tenthsEnd extends 七成 to 七成六 or 三成半.
func tenthsEnd(rs []rune, e int) int {
	if at(rs, e-1) != '成' {
		return e
	}
	k := skipSpaces(rs, e)
	if at(rs, k) == '半' {
		return k + 1
	}
	if d, ok := zhDigits[at(rs, k)]; ok && d > 0 && !isZhNumeral(at(rs, k+1)) && at(rs, k+1) != '点' {
		if _, small := zhSmall[at(rs, k+1)]; !small {
			return k + 1
		}
	}
	return e
}

// spacedWord matches w at i, allowing spaces between its characters.
func spacedWord(rs []rune, i int, w string) (int, bool) {
	k := i
	n := 0
	for _, r := range w {
		if n > 0 {
			k = skipSpaces(rs, k)
		}
		if at(rs, k) != r {
			return i, false
		}
		k++
		n++
	}
	return k, true
}
