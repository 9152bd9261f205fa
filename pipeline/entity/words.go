package entity

import (
	"sort"
	"strings"
	"unicode"
)

// The word lists the discovery rules read. They describe how news writes
// names in general (titles, transliteration characters, name suffixes),
// never particular documents.

// zhTitles are posts written right before a person's name
// (副秘书长索海尔·汗, 局长孙海涛). Longest first when matched.
var zhTitles = words(`
秘书长 副秘书长 执行秘书 主任 副主任 常务副主任 院长 副院长 局长 副局长 部长 副部长 第一副部长 厅长 副厅长
主席 副主席 总统 副总统 总理 副总理 第一副总理 大使 公使 参赞 经济商务参赞 领事 总领事 发言人 新闻发言人
关长 副关长 市长 副市长 省长 副省长 州长 副州长 书记 副书记 董事长 副董事长 总经理 副总经理 经理 负责人 官员 法官
教授 副教授 会长 副会长 理事长 副理事长 校长 副校长 所长 副所长 行长 副行长 署长 副署长 处长 副处长 司长 副司长
总裁 副总裁 首席执行官 主编 总编辑 社长 副社长 台长 副台长 国务委员 外长 议长 副议长 特使 特别代表 顾问 研究员
团长 副团长 主任委员 委员长 总干事 副总干事 首席代表 代表处主任 总书记 国家主席 国王 王储 埃米尔 部长助理 外交部长
国务秘书 副国务秘书 常务秘书 总监 副总监
`)

// zhBylineTitles introduce bylines and credits: one or more names follow,
// separated by 、 or spaces (记者朱超、黄扬; 本版责编:刘念 卢涛).
var zhBylineTitles = words(`
记者 见习记者 实习记者 特约记者 首席记者 通讯员 责编 责任编辑 本版责编 编辑 版式设计 制图 封面制图 摄影 摄 撰文 文 图 主持人 校对 监制 策划
`)

// zhFollowers are words that may follow a person's name directly: speech
// and action verbs, prepositions, 等.
var zhFollowers = words(`
表示 说 称 指出 介绍 强调 认为 透露 告诉 宣布 回答 答 致辞 发言 讲话 主持 出席 参加 会见 会晤 会谈 访问 率团 率 一行 等 在 于 和 与 同 及 对 向 就 也 还 则 又 曾 已 将 是 为 摄 今天 近日 日前 此前 随后 代表 当天 坦言 感谢 希望 呼吁 提出 提到 谈到 说道 介紹 表示说
`)

// zhSurnames are the common Chinese family names (single character) and
// the double ones, the start of a native name after a title.
var zhSurnames = runeSet(`王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓古吉缪简芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝`)

var zhDoubleSurnames = words(`欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木 西门 南宫`)

// translitChars are the characters Chinese uses to transliterate foreign
// names (the Xinhua tables' common set). NewMatcher adds every character of
// the dictionary's dotted aliases.
const translitChars = `阿埃艾爱安昂敖奥巴拜班邦包保鲍贝本比彼毕别宾波伯勃博布查察楚达代戴丹当道德登迪蒂丁东杜敦多厄恩尔法凡范菲费芬丰冯佛夫弗福富盖甘冈高戈哥格贡古瓜圭哈海汉罕豪赫亨洪胡华怀霍基吉加贾杰捷金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里丽利莉列林琳隆卢鲁路伦罗洛吕马玛迈麦曼芒毛梅门蒙孟米密敏明摩莫默姆穆纳娜奈南内尼宁纽努诺欧帕潘庞佩彭皮珀普奇齐恰乔切钦琴琼丘让热仁日茹若瑞萨塞赛桑瑟森沙莎山尚舍申什施史舒斯松苏索塔泰坦汤唐特提汀通图土托瓦万旺威韦维温沃乌伍武西希锡夏谢辛休雅亚扬耶叶伊依因尤约泽扎詹兹卓佐娃娅卜汗占涅瑙萨赞库茨尔蓬纳扎诺姆迪贝塞格兹朱祖居吐孜肯艾尼亚铁木干梅兰娜莫哈利勒沙阿穆罕默德卡里莫夫杜拉耶历拜疆霍尔果斯`

// zhHardStops are words a name built leftwards from a suffix never
// crosses: function words and verbs that do not occur inside names.
var zhHardStops = words(`
的 了 在 与 同 向 对 将 是 为 把 被 从 于 由 等 并 也 都 已 还 要 就 各 这 该 其 我 你 他 她 它 们 或 以 至 到 给 让 使 比 又 再 而 但 如 若 即 共 据 称 说 及 此 每 无 没 很 更 个 位 名 条 座 所 批 届 次 几 第 年 月 日
会见 会晤 会谈 表示 举行 举办 召开 出席 访问 主持 介绍 参加 参观 考察 支持 推动 推进 加快 签署 启动 开通 投运 位于 来自 包括 通过 成为 担任 邀请 指出 强调 认为 深化 加强 开展 打造 成立 设立 建立 共同 积极 正式 陆续 已经 正在 将于 目前 日前 近日 期间 率领 带领 接受 希望 愿意 欢迎 感谢 祝贺 宣布 决定 同意 讨论 主办 承办 协办 开行 运行 发往 进出境 途经 经由 协助 依托 围绕 面向 实现 形成 完成 建成 开工 竣工 落地 运营 赴 走进 来到 前往 抵达 离开 返回 发布 介紹 簽署 舉行
`)

// zhSoftStops may be crossed inside a name (文化和信息部, 投资、工业和贸易部)
// when no other named entity starts between them and the suffix.
var zhSoftStops = runeSet(`和、`)

// zhIndexHeads name a position inside a text, not an organisation
// (以上合组织为中心, 市中心).
var zhGenericCores = words(`
国际 国家 现代 大型 综合 货运 客运 集装箱 物流 经济 高速 跨境 运输 光伏 水 风 核 火 太阳能 重点 首个 新 合作 示范 产业 工业 科技 创新 数据 大数据 新闻 研究 交流 服务 培训 农业 文化 商务 管理 发展 开发 自由贸易 贸易 智慧 数字 绿色 生态 人民 地方 区域 本地 当地 相关 有关 城市 该 这 其
`)

// Type heads by suffix: the suffix decides the entity type.
type suffixRule struct {
	suffix string
	typ    string
	// anchored: the name must start with a named entity (a country, place
	// or organisation) unless the suffix is strong enough on its own.
	anchored bool
}

var zhSuffixes = func() []suffixRule {
	var rs []suffixRule
	add := func(typ string, anchored bool, list string) {
		for _, s := range words(list).ws {
			rs = append(rs, suffixRule{s, typ, anchored})
		}
	}
	add("ORG", true, `部 司 办 委员会 局 厅 署 办公室 办事处 大使馆 使馆 总领事馆 领事馆 使团 代表处 中心 秘书处 政府 人民政府 海关 法院 检察院 审判庭 兵团 议会 委员会 理事会 商会 联合会 总台 电视台 广播电台 通讯社 新闻社 报社 日报 总社 党 集团 公司 银行 开发银行 基金会`)
	add("ORG", false, `研究中心 研究院 研究所 科学院 大学 学院 医院 协会 学会 联盟 交易所`)
	add("LOCATION", true, `口岸 港站 国际港站 站 港 博物馆 纪念馆 纪念碑 广场 公园 大剧院 剧院 体育馆 体育场 商场 大厦 宾馆 酒店 泳滩 会展中心`)
	add("PROJECT", false, `铁路 高速公路 公路 走廊 经济走廊 机场 国际机场 电站 水电站 光伏电站 风电站 核电站 发电厂 工业园 产业园 工业园区 产业园区 科技园 物流园 示范区 试验区 合作区 开发区 自贸区 基地 大桥 隧道 管道 科创城 班列`)
	sort.SliceStable(rs, func(i, j int) bool { return len([]rune(rs[i].suffix)) > len([]rune(rs[j].suffix)) })
	return rs
}()

// zhSuffixEnds indexes the head words of zhSuffixes by where they end.
var zhSuffixEnds = func() *endings {
	ws := make([]string, len(zhSuffixes))
	for i, r := range zhSuffixes {
		ws[i] = r.suffix
	}
	return newEndings(ws)
}()

// zhAdminSuffixes extend a dictionary place to the same place (阿斯塔纳市).
var zhAdminSuffixes = runeSet(`市省州县区`)

// Characters that may not touch a one-character suffix: 部门, 部长, 东部, 当局.
var (
	zhSuffixNextBad = map[string]string{
		"部": "长门分署队位件落委属", "局": "长面势部", "厅": "长", "署": "长名",
		"站": "长台点", "司": "长法令机仪", "办": "法理事公学好成得到完了过", "港": "口元币澳", "党": "员委组内外派", "中心": "主任", "政府": "间部",
	}
	zhSuffixPrevBad = map[string]string{
		"部": "东西南北中内外全干总本局头底顶背面", "局": "大全格布结当开时政僵变骗残饭棋赌",
		"厅": "大客餐展舞门歌", "司": "上官公寿", "办": "举主承协创开兴申督查包合操筹置代买试兼领来去在要好会能将", "署": "部签公布连", "站": "车网岗哨驿", "港": "香海", "党": "政入",
		"中心": "市重核为城的心", "基地": "的",
	}
)

// months and weekdays are capitalised English words that are not names.
var enNotNames = lowerSet(`
the a an in on at of and for to by with from this that these those he she it they we i you his her their its our
mr mrs ms dr prof sir madam
january february march april may june july august september october november december
feb apr jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
new according however meanwhile also but while after before during since when where as if so not no yes all
`)

// enTitles precede a person's name in English news.
var enTitles = lowerPhrases(`
president|vice president|prime minister|deputy prime minister|premier|vice premier|chancellor|king|queen|emir|crown prince
minister|foreign minister|deputy foreign minister|deputy minister|first deputy minister|vice minister|state councilor
secretary-general|secretary general|deputy secretary-general|deputy secretary general|executive secretary
ambassador|consul general|counsellor|counselor|envoy|special envoy|spokesperson|spokesman|spokeswoman
chairman|chairwoman|chair|vice chairman|director|director-general|director general|deputy director|head
governor|deputy governor|vice governor|mayor|deputy mayor|general manager|manager|ceo|president and ceo
adviser|advisor|professor|associate professor|researcher|scholar|judge|chief justice|commissioner
fellow|research fellow|senior fellow|visiting fellow|analyst|senior analyst|lecturer|expert
reporter|reporters|correspondent|editor|editors|responsible editor|photographer|photo by|photos by|written by|by reporter
`)

// enOrgHeads end an organisation's English name.
var enOrgHeads = lowerSet(`
university universities bank consortium logistics committee commission council agency institute association group company
corporation corp co ltd inc customs court office embassy consulate federation foundation fund ministry department bureau
administration authority academy college society union party parliament assembly secretariat television radio daily times
post press chamber exchange holding holdings airlines railways center centre
`)

// enOrgOfHeads start an English name that continues with "of …".
var enOrgOfHeads = lowerSet(`ministry department bureau office embassy consulate council committee commission bank university institute academy chamber federation union association administration center centre agency`)

// enPlaceHeads end an English place name (Poly Theater, Yixing Pavilion).
var enPlaceHeads = lowerSet(`theater theatre hall pavilion square park museum stadium palace hotel plaza gardens garden street avenue road mountain mountains lake river sea bay port station bridge tower gate temple memorial`)

// enAreaHeads follow a place name: written with a capital they belong to
// it (Phuket Province), in lower case they do not (Guangdong province).
var enAreaHeads = lowerSet(`province region city prefecture county district oblast state`)

// enProjectHeads end an English project name.
var enProjectHeads = lowerPhrases(`
industrial park|economic corridor|corridor|railway|railroad|highway|expressway|airport|pipeline|gas pipeline|demonstration area|demonstration zone|pilot zone|free trade zone|economic zone|industrial zone|logistics hub|hydropower plant|hydropower station|power plant|power station|solar plant|wind farm|solar park|technology park|science park|base|tunnel|bridge
`)

func words(s string) wordList {
	ws := strings.Fields(s)
	sort.SliceStable(ws, func(i, j int) bool { return len([]rune(ws[i])) > len([]rune(ws[j])) })
	return wordList{ws: ws, ends: newEndings(ws)}
}

// wordList is a fixed list of words, longest first, indexed for lookups
// that end at a position.
type wordList struct {
	ws   []string
	ends *endings
}

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		if !unicode.IsSpace(r) {
			m[r] = true
		}
	}
	return m
}

func lowerSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[strings.ToLower(w)] = true
	}
	return m
}

// hasWordAt reports whether one of ws (longest first) occurs in rs at i
// and returns its length in runes.
func hasWordAt(rs []rune, i int, wl wordList) int {
	for _, w := range wl.ws {
		n := 0
		ok := true
		for _, r := range w {
			if i+n >= len(rs) || rs[i+n] != r {
				ok = false
				break
			}
			n++
		}
		if ok {
			return n
		}
	}
	return 0
}

// hasWordEndingAt reports whether one of the words of set ends in rs right
// before end and returns the longest one's length.
func hasWordEndingAt(rs []rune, end int, wl wordList) int { return wl.ends.longest(rs, end) }
