package figure

import (
	"sort"

	"github.com/sco-news/extract/pipeline/runeset"
)

// currency is one way a text names a currency.
type currency struct {
	word string // folded (lower-case, simplified)
	iso  string // ISO 4217 code, "" when the name is ambiguous (francs)
	// sub is what one of this is worth in the main unit (cents: 0.01;
	// MUSD, a million dollars: 1e6); 0 for a main unit.
	sub float64
}

// suffixCurrencies are written after the amount (5100亿美元, 20 euros).
// In news, a bare dollar is the US dollar and a bare 元 is the yuan.
var suffixCurrencies = newCurrencyList([]currency{
	{"美元", "USD", 0}, {"美金", "USD", 0}, {"美圆", "USD", 0}, {"美刀", "USD", 0},
	{"元人民币", "CNY", 0}, {"人民币元", "CNY", 0}, {"人民币", "CNY", 0}, {"元", "CNY", 0},
	{"块钱", "CNY", 0}, {"块", "CNY", 0}, {"圆", "CNY", 0},
	{"欧元", "EUR", 0}, {"卢布", "RUB", 0}, {"俄罗斯卢布", "RUB", 0}, {"白俄罗斯卢布", "BYN", 0},
	{"坚戈", "KZT", 0}, {"哈萨克斯坦坚戈", "KZT", 0}, {"卢比", "INR", 0}, {"印度卢比", "INR", 0},
	{"巴基斯坦卢比", "PKR", 0}, {"尼泊尔卢比", "NPR", 0}, {"斯里兰卡卢比", "LKR", 0},
	{"日元", "JPY", 0}, {"英镑", "GBP", 0}, {"港元", "HKD", 0}, {"港币", "HKD", 0},
	{"新台币", "TWD", 0}, {"台币", "TWD", 0}, {"韩元", "KRW", 0}, {"澳元", "AUD", 0},
	{"加元", "CAD", 0}, {"瑞士法郎", "CHF", 0}, {"新加坡元", "SGD", 0}, {"奈拉", "NGN", 0},
	{"索姆", "KGS", 0}, {"苏姆", "UZS", 0}, {"索莫尼", "TJS", 0}, {"图格里克", "MNT", 0},
	{"马纳特", "TMT", 0}, {"阿塞拜疆马纳特", "AZN", 0}, {"阿富汗尼", "AFN", 0},
	{"里亚尔", "IRR", 0}, {"伊朗里亚尔", "IRR", 0}, {"土耳其里拉", "TRY", 0}, {"里拉", "TRY", 0},
	{"德拉姆", "AMD", 0}, {"拉里", "GEL", 0}, {"迪拉姆", "AED", 0}, {"沙特里亚尔", "SAR", 0},
	{"林吉特", "MYR", 0}, {"泰铢", "THB", 0}, {"越南盾", "VND", 0}, {"缅元", "MMK", 0},
	{"基普", "LAK", 0}, {"瑞尔", "KHR", 0}, {"塔卡", "BDT", 0}, {"埃及镑", "EGP", 0},
	{"格里夫纳", "UAH", 0}, {"兰特", "ZAR", 0}, {"雷亚尔", "BRL", 0}, {"比索", "", 0},
	{"法郎", "", 0}, {"美分", "USD", 0.01}, {"欧分", "EUR", 0.01}, {"戈比", "RUB", 0.01},
	{"dollars", "USD", 0}, {"dollar", "USD", 0}, {"us dollars", "USD", 0}, {"us dollar", "USD", 0},
	{"u.s. dollars", "USD", 0}, {"usd", "USD", 0}, {"us$", "USD", 0}, {"$", "USD", 0},
	{"bucks", "USD", 0},
	{"yuan", "CNY", 0}, {"chinese yuan", "CNY", 0}, {"renminbi", "CNY", 0}, {"rmb", "CNY", 0}, {"cny", "CNY", 0},
	{"euros", "EUR", 0}, {"euro", "EUR", 0}, {"eur", "EUR", 0}, {"€", "EUR", 0}, {"€ur", "EUR", 0},
	{"pounds", "GBP", 0}, {"pound", "GBP", 0}, {"pounds sterling", "GBP", 0}, {"sterling", "GBP", 0}, {"gbp", "GBP", 0},
	{"yen", "JPY", 0}, {"jpy", "JPY", 0},
	{"rubles", "RUB", 0}, {"ruble", "RUB", 0}, {"roubles", "RUB", 0}, {"rouble", "RUB", 0}, {"rub", "RUB", 0},
	{"tenge", "KZT", 0}, {"kzt", "KZT", 0}, {"rupees", "INR", 0}, {"rupee", "INR", 0}, {"inr", "INR", 0},
	{"rs", "INR", 0}, {"indian rupees", "INR", 0}, {"pakistani rupees", "PKR", 0}, {"pkr", "PKR", 0},
	{"som", "KGS", 0}, {"soms", "KGS", 0}, {"kgs", "KGS", 0}, {"uzs", "UZS", 0}, {"somoni", "TJS", 0},
	{"tjs", "TJS", 0}, {"tugriks", "MNT", 0}, {"tugrik", "MNT", 0}, {"mnt", "MNT", 0}, {"manat", "TMT", 0},
	{"afghanis", "AFN", 0}, {"afn", "AFN", 0}, {"rials", "IRR", 0}, {"irr", "IRR", 0},
	{"hong kong dollars", "HKD", 0}, {"hkd", "HKD", 0}, {"canadian dollars", "CAD", 0}, {"cad", "CAD", 0},
	{"australian dollars", "AUD", 0}, {"aud", "AUD", 0}, {"swiss francs", "CHF", 0}, {"chf", "CHF", 0},
	{"francs", "", 0}, {"pesetas", "ESP", 0}, {"finnish markka", "FIM", 0}, {"dutch guilders", "NLG", 0},
	{"mexican pesos", "MXN", 0}, {"mxn", "MXN", 0}, {"nzd", "NZD", 0}, {"sgd", "SGD", 0}, {"krw", "KRW", 0},
	{"won", "KRW", 0}, {"lira", "TRY", 0}, {"try", "TRY", 0}, {"byn", "BYN", 0}, {"azn", "AZN", 0},
	{"ringgit", "MYR", 0}, {"ringgits", "MYR", 0}, {"malaysian ringgit", "MYR", 0}, {"malaysian ringgits", "MYR", 0},
	{"malaysia ringgit", "MYR", 0}, {"malaysia ringgits", "MYR", 0}, {"myr", "MYR", 0}, {"rm", "MYR", 0},
	{"shekels", "ILS", 0}, {"ils", "ILS", 0}, {"uah", "UAH", 0}, {"hryvnias", "UAH", 0},
	{"kwd", "KWD", 0}, {"kuwaiti dinar", "KWD", 0}, {"qar", "QAR", 0}, {"qatari riyals", "QAR", 0},
	{"sar", "SAR", 0}, {"saudiriyal", "SAR", 0}, {"saudi riyals", "SAR", 0}, {"aed", "AED", 0}, {"egp", "EGP", 0},
	{"egyptianpound", "EGP", 0}, {"egyptian pounds", "EGP", 0}, {"lbp", "LBP", 0}, {"lebanese pounds", "LBP", 0},
	{"bgn", "BGN", 0}, {"thb", "THB", 0}, {"baht", "THB", 0}, {"vnd", "VND", 0}, {"dong", "VND", 0},
	{"蚊", "HKD", 0}, {"比特币", "XBT", 0}, {"bitcoins", "XBT", 0}, {"bitcoin", "XBT", 0}, {"btc", "XBT", 0},
	{"₿", "XBT", 0}, {"satoshis", "XBT", 1e-8}, {"satoshi", "XBT", 1e-8},
	{"turkish lira", "TRY", 0}, {"turkish liras", "TRY", 0}, {"le", "EGP", 0}, {"l.e.", "EGP", 0}, {"l.e", "EGP", 0},
	{"geneh", "EGP", 0}, {"genihat masriya", "EGP", 0}, {"dinars", "", 0}, {"dinar", "", 0},
	{"riyals", "", 0}, {"riyal", "", 0}, {"₡", "CRC", 0}, {"₾", "GEL", 0}, {"₭", "LAK", 0}, {"ரூ", "LKR", 0},
	{"kuai", "CNY", 0}, {"sen", "MYR", 0.01}, {"sens", "MYR", 0.01},
	// Million-prefixed codes of financial reports: 30 MUSD = 30 million USD.
	{"musd", "USD", 1e6}, {"meur", "EUR", 1e6}, {"mgbp", "GBP", 1e6}, {"maud", "AUD", 1e6},
	{"cents", "USD", 0.01}, {"cent", "USD", 0.01}, {"¢", "USD", 0.01}, {"pence", "GBP", 0.01},
	{"penny", "GBP", 0.01}, {"pennies", "USD", 0.01}, {"kopecks", "RUB", 0.01}, {"kopiykas", "UAH", 0.01},
})

// prefixCurrencies are written before the amount ($510 billion, 人民币8亿元).
var prefixCurrencies = newCurrencyList([]currency{
	{"us$", "USD", 0}, {"usd$", "USD", 0}, {"u.s.$", "USD", 0}, {"us $", "USD", 0}, {"$", "USD", 0},
	{"u.s $", "USD", 0}, {"u.s$", "USD", 0}, {"u.s. $", "USD", 0}, {"₿", "XBT", 0}, {"mnt", "MNT", 0},
	{"₡", "CRC", 0}, {"₾", "GEL", 0}, {"₭", "LAK", 0}, {"musd", "USD", 1e6}, {"meur", "EUR", 1e6},
	{"mgbp", "GBP", 1e6}, {"maud", "AUD", 1e6},
	{"usd", "USD", 0}, {"dollar", "USD", 0},
	{"hk$", "HKD", 0}, {"hk $", "HKD", 0}, {"c$", "CAD", 0}, {"c $", "CAD", 0}, {"cad$", "CAD", 0}, {"cad", "CAD", 0},
	{"a$", "AUD", 0}, {"aud$", "AUD", 0}, {"aud", "AUD", 0}, {"nzd$", "NZD", 0}, {"mxn$", "MXN", 0}, {"mex$", "MXN", 0},
	{"€", "EUR", 0}, {"eur", "EUR", 0}, {"£", "GBP", 0}, {"gbp", "GBP", 0}, {"¥", "CNY", 0}, {"￥", "CNY", 0},
	{"rmb", "CNY", 0}, {"cny", "CNY", 0}, {"人民币", "CNY", 0}, {"美元", "USD", 0}, {"港币", "HKD", 0}, {"港元", "HKD", 0},
	{"rs.", "INR", 0}, {"rs", "INR", 0}, {"inr", "INR", 0}, {"₹", "INR", 0}, {"₽", "RUB", 0}, {"rub", "RUB", 0},
	{"₸", "KZT", 0}, {"kzt", "KZT", 0}, {"chf", "CHF", 0}, {"uah", "UAH", 0}, {"myr", "MYR", 0}, {"rm", "MYR", 0},
	{"ringgit", "MYR", 0}, {"malaysia ringgit", "MYR", 0}, {"malaysian ringgit", "MYR", 0},
	{"malaysia ringgits", "MYR", 0}, {"malaysian ringgits", "MYR", 0}, {"jpy", "JPY", 0}, {"krw", "KRW", 0},
})

// subunits are the Chinese small units written after the main one (五元三毛).
var zhSubunits = map[rune]float64{'角': 0.1, '毛': 0.1, '毫': 0.1, '分': 0.01, '仙': 0.01}

// currencyList is a list of currency names indexed by first rune, longest
// name first, so that matching at a position tries only the names that can
// start there.
type currencyList struct {
	all       []currency
	first     map[rune][]currency
	firstBits *runeset.Set // the keys of first
}

func newCurrencyList(cs []currency) currencyList {
	sort.SliceStable(cs, func(i, j int) bool { return runeLen(cs[i].word) > runeLen(cs[j].word) })
	l := currencyList{all: cs, first: map[rune][]currency{}}
	for _, c := range cs {
		r := firstRune(c.word)
		l.first[r] = append(l.first[r], c)
	}
	l.firstBits = runeset.Of(l.first)
	return l
}

// matchCurrency returns the longest currency of list written at rs[i], which
// must not run into a letter when it ends with one.
func matchCurrency(rs []rune, i int, list currencyList) (currency, int, bool) {
	if !list.firstBits.Has(at(rs, i)) {
		return currency{}, i, false
	}
	for _, c := range list.first[at(rs, i)] {
		if !hasPrefixAt(rs, i, c.word) {
			continue
		}
		e := i + runeLen(c.word)
		last := lastRune(c.word)
		if isLetter(last) && isLetter(at(rs, e)) {
			continue
		}
		if isLetter(firstRune(c.word)) && isLetter(at(rs, i-1)) {
			continue
		}
		return c, e, true
	}
	return currency{}, i, false
}
