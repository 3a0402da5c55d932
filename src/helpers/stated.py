"""Stated figures: every number an article states, normalised, qualified and traced to its sentence.

``extract_figures`` finds money, percent, count, rate and index-point statistics (the grammar is
``helpers.numerals``, shared with the tokenizer), dates and periods, and the numbered
labels of policy writing (五篇大文章, 三会一课, 二十届四中全会), which are never statistics. Idioms
with numerals (最后一公里, 一线, 第一手, 一系列, 一次性) are not figures at all.

Qualifier rules (``qualifier`` column, and the ``low``/``high`` interval the statement allows):

=========  ===========================================  ====================================
qualifier  words                                        interval for a stated value v
=========  ===========================================  ====================================
exact      (none)                                       [v, v]
over       超, 超过, 逾, 高于, 大于, 以上, 之多          (v, ∞); 以上 includes v: [v, ∞)
over       多, 余 between number and unit (20多条)        [v, v + step) where step is the place
                                                        value of v's last non-zero digit
nearly     近, 将近, 接近                                 [0.9·v, v)  (convention: within 10%)
approx     约, 大约, 左右                                 [0.95·v, 1.05·v]  (convention: ±5%)
under      不足, 不到, 低于, 小于 (< v); 以下, 以内, 不超过 [0, v) or [0, v]
at_least   不少于, 至少, 不低于                           [v, ∞)
range      100-200万元, 5到10个百分点, 两到三万, 八九亿     [low, high]; value is the midpoint
           数十亿, 数百家 (several)                        [10^k, 10^(k+1)), as JioNLP reads them
=========  ===========================================  ====================================

``direction`` is down for a negative figure (负3.9%, 同比-0.3%) or a falling change (下降, 减少),
up for a rising one; ``token`` is the figure as the tokenizer cuts it (its qualifier words left out).

The interval is closed or open as ``interval`` says; ``low`` and ``high`` are its ends.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import asdict, dataclass, replace

import pandas as pd

from helpers.article import Article
from helpers.chinese import split_sentences
from helpers.numerals import (
    IDIOMS,
    MEASURE_UNITS,
    POST_QUALIFIERS,
    PRE_QUALIFIERS,
    RE_IDIOM,
    RE_PER_BEFORE,
    TOLL_NOTES,
    Reading,
    find_statistics,
    parse_chinese,
    parse_number,
    qualified_interval,
    statistics_of,
)
from helpers.periods import (
    RE_COUNTED_YEAR,
    RE_TIMES,
    UNPLACED,
    YEARS_AFTER,
    find_periods,
    is_compared,
    is_reference,
    runs_on,
    unplaced,
)
from helpers.tokenizer import line_of, opens_a_name, span_tokens, tokenize
from helpers.traditional import fold, has_traditional

# Qualifier words (PRE_QUALIFIERS, POST_QUALIFIERS) and the statistic grammar live in helpers.numerals,
# which the tokenizer shares: every statistic reported here is exactly one token.
__all__ = ["COLUMNS", "IDIOMS", "POST_QUALIFIERS", "PRE_QUALIFIERS", "StatedFigure", "derived_figures", "extract_figures",
           "one_unit", "signed_change", "statistics"]
# Dates and periods (2025—2027年, 2025年第三季度, 2018年1－9月, 前三季度, 9月末) are read by helpers.periods.
# A five-year plan: “十五五” is the 15th plan, 2026–2030 (the first began in 1953, the third in 1966); the first two
# only in quotes (“一五”), as 一五一十 is no plan, nor is 十五 fifteen (『十五』時期 is the tenth), and one of one digit
# only in quotes or named so (RE_PLAN_WORD).
# Two joined by 至 or 到 are one period: “一五”至“五五” is 1953–1980; its first years are theirs: “八五”前４年 is 1991–1994.
# Never inside a number: 四點九五萬億元 holds 九五 but no plan; nor before a unit: 三五年 is three to five years.
RE_PLAN = re.compile(r"(?<![点點.一二三四五六七八九十零〇两百千万亿])[“‘「『\"]?"
                     r"(?P<n>十[一二三四五六七八九]|[三四五六七八九]|(?<=[“‘「『\"])[一二十](?=五[”’」』\"]))五[”’」』\"]?"
                     r"(?![点點.一二三四五六七八九十零〇百千万萬亿億元%年天个個月日人次倍岁歲名家]|[”’」』\"]?[体體]制)(?:规划|时期)?")
# What names a plan of one digit not set in quotes: 九五期间, 八五计划, 七五末, 六五以来 (三五米, 第四五天 are no plans).
RE_PLAN_WORD = re.compile(r"(?:期间|計劃|计划|末|初|以来|中期|前期|后期|头|前[０-９0-9一二三四两])")
# The first years of a plan: “八五”前４年, 八五”头４年, “九五”前两年.
RE_PLAN_HEAD = re.compile(r"(?:时期|期间)?[前头](?P<n>[1-4１-４一二三四两])年")
# In a note, what places a date in a cited work: its publisher or page or volume before it, an edition or an issue after it.
RE_CITED_BEFORE = re.compile(r"出版|印书馆|印書館|书局|書局|第\s*[0-9０-９]+\s*[页頁卷]")
RE_CITED_AFTER = re.compile(r"\s*(?:[0-9０-９]{1,2}\s*月\s*)?(?:版|第\s*[0-9０-９]+\s*期)")
# Longest reach from a figure to the title marks around it (《…》).
MAX_TITLE_CHARS = 40
# What joins two plans into one span: “一五”至“五五”, “七五”到“八五”, 九五—十五.
RE_PLAN_TO = re.compile(r"(?:时期|期间)?[至到—－-]")
# Numbered formulations of policy writing: a short quoted span holding a numeral (“五篇大文章”, “三会一课”,
# “1对N”, “第一议题”), a plenary (二十届四中全会), a tier count (三级), an ordinal (第十五个五年规划).
RE_QUOTED_NUMBERED = re.compile(r"“(?P<label>[^”]{0,6}[一二三四五六七八九十两百千0-9][^”]{0,6})”")
# A plenary or a session: 二十届四中全会, 十三届全国人大三次会议, 全国政协十三届二次会议 (the third session, not three meetings).
RE_PLENARY = re.compile(
    r"[一二三四五六七八九十]+届(?:[一二三四五六七八九十]+中全会|[\u4e00-\u9fff]{0,6}?[一二三四五六七八九十]+次会议)")
RE_TIER = re.compile(r"[一二三四五六七八九十]级(?=[\u4e00-\u9fff])")
_NO_ORDINALS = [word[1:] for word in IDIOMS if word.startswith("第")] + ["一時間", "一線", "三者"]
RE_ORDINAL = re.compile(  # (not the idioms 第一时间, 第一手, 第一线, nor 第三者, a third party)
    rf"第(?!{'|'.join(_NO_ORDINALS)})[一二三四五六七八九十百]+(?:个|次|届|批|期)?"
    r"(?:[\u4e00-\u9fff]{1,6}?(?=的|[，。、；：“”《》（）]))?"
)
# Change verbs that make a percent a change: 同比增长12.2%, 较上年下降3个百分点.
# A signed change may state no verb at all: CPI同比-0.3%.
# A comparison names the time it compares with: 较上月, 比上年同期, 比二季度, 较1-10月.
_WHEN = r"(?:[0-9\-－—~至一二三四五六七八九十上下前本去今同]+(?:年|月份|月|季度|季|周|日)?(?:全年|同期|末|底|初)?|年初)"
_COMPARED = rf"(?:(?:较|比){_WHEN}(?:[和、及与]{_WHEN})*|(?:与|和|同){_WHEN}相比)"  # 与去年同期相比均增长100%
# Taiwan's 年增/年減/年成長: year on year; not the 年 of 今年, 全年, 去年 (全年增长8.5%).
_YEAR_ON_YEAR = r"(?<![今去明全当當每上前本该該近])年"
# Taiwan's 月增/月減 and 季增/季減: month on month, quarter on quarter (鉅亨網: 月增3.78%，年增62.48%…季增20.36%); not the
# 月 of 9月, 本月, 每月, 单月, 元月, nor the 季 of 三季, 第三季, 本季, 首季, 旺季.
_MONTH_OR_QUARTER_ON = r"(?<![0-9０-９一二三四五六七八九十两兩本上下当當每个個该該同首前旺淡春夏秋冬单單元正腊臘各])[月季]"
# How a change was worked out, said before it (按可比口径增长16.3%, 扣除价格因素实际增长5%): no part of a name.
_METHOD = r"(?:按照?可比(?:口[径徑]|[价價]格?)(?:[计計]算)?|扣除[价價]格因素(?:后|後)?(?:实际|實際)?)"
# Verbs of a sharp or a steady change, each one way (平均每年递增30.1%, 就飙升了73%, 粮食减产６９５万吨): changes for
# RE_CHANGE, a direction for RE_UP and RE_DOWN.
SHARP_UP = ("递增", "遞增", "飙升", "飆升", "猛增", "激增", "暴涨", "暴漲", "增产", "增產", "增收")
SHARP_DOWN = ("递减", "遞減", "暴跌", "骤降", "驟降", "锐减", "銳減", "缩水", "縮水", "减产", "減產", "减收", "減收")
RE_CHANGE = re.compile(
    rf"{_METHOD}?(?:[两兩三五]年平均|年均|平均每年|每年平均)?(?:同比|环比|按年|按月|按季|{_YEAR_ON_YEAR}|{_COMPARED})?(?:分别|分別|均)?"
    r"(?:再|又|继续|持续)?(?:大幅|小幅)?"  # 两年平均增长3%: an average yearly change is a change
    r"[“\"]?(?:负增长|負增長|增长|增長|增加|上升|上涨|上漲|提高|提升|加快|下降|下跌|减少|減少|回落|降低|放缓|放緩|扩大|擴大|收窄|攀升|下滑"
    r"|成长|衰退|抬高|推高|拉高|压低|拉低|"  # 年成長10.5%: Taiwan's year-on-year growth; 每年抬高0.3到0.4个百分点
    + "|".join(SHARP_UP + SHARP_DOWN) + ")"
    r"[”\"]?了?有?(?:更?(?:达|達|达到|達到|高达|高達))?$"  # 同比“缩水”超八成 (a verb in quotes), 涨了有将近四成, 增長達124%
    # 年增41.5%, 年減19% (Taiwan's 同比增长), 小增3.7%, 大增50%: a change in one character after its marker
    rf"|{_METHOD}?(?:同比|环比|按年|按月|按季|{_YEAR_ON_YEAR}|{_MONTH_OR_QUARTER_ON}|再|又|则|則|大|小|微|略|实|實|{_COMPARED})"
    r"(?:分别|均)?"
    r"(?:增|降|减|升|(?:多|少)(?:增|减|成交|投放))$"  # 扣除价格因素后实增10.7%: 实增 is 实际增长
    r"|(?:同比|环比|按年|按月)$"  # 按年: year on year, as Hong Kong and Malaysian copies write it
    rf"|{_COMPARED}(?:高|低|多|少)出?$"  # 增速比上季末高0.1个百分点: a difference from the time compared with
    # 薪酬比传统汽修师要高出三成, 净额较原计划多7,754.24万元: a difference from what is compared
    r"|(?:分别|分別)?(?<!占)(?:比(?![重例率])|较)[\u4e00-\u9fff、0-9０-９]{1,12}?要?(?:(?<![提升降])(?:高|低)出?|多|少)$"
    # 分别比全国、全省高19.7、8.7个百分点 (not 比重…提高: 比重 is a noun, 提高 a change)
    r"|(?:一度|盘中|盤中|再|又|大)?(?:涨|跌|漲|飙|飆)了?有?$"  # 工业富联跌逾2%, 创业板指一度涨逾1%, 印花稅飆54%: a move
    r"|(?<![提上下回拉攀飙飆])[升降]$"  # 零售业总销货额升4.1% (Hong Kong's copy): a rise or a fall in one character
)
# A stock's or an index's move in one character (跌逾2%, 一度涨逾1%).
RE_MOVE = re.compile(r"(?:一度|盘中|盤中|再|又|大)?(?:涨|跌|漲|飙|飆)")
# Change verbs that say which way: 下降3.2% is a fall of 3.2%, drawn below zero, never as growth.
RE_DOWN = re.compile(r"负增长|負增長|" + "|".join(SHARP_DOWN) + "|"
                     r"下降|下跌|减少|減少|回落|降低|放缓|放緩|收窄|缩小|萎缩|下滑|少增|衰退|压低|拉低|降$|跌了?有?$|[减減]$"
                     r"|(?:比|较|較)\S*(?:少|低)(?:了|出)?$")
RE_UP = re.compile(r"增长|增長|增加|上升|上涨|上漲|提高|提升|加快|扩大|擴大|攀升|多增|成长|成長|抬高|推高|拉高|增$|升$"
                   r"|[涨漲飙飆]了?有?$"
                   r"|(?:比|较|較)\S*(?:多|高)(?:了|出)?$|" + "|".join(SHARP_UP))  # 比对照低13.7个百分点: down
# Words trimmed from the ends of what a figure measures: 失业率平均为5.2% → 失业率; 本行实现营业收入 → 营业收入.
LINK_WORDS = {"达", "达到", "为", "是", "共", "共计", "累计", "合计", "已", "平均", "按", "拟", "分别", "预计", "占", "约",
              "高达", "多达", "长达",
              "保持", "维持", "稳定"}  # 贷款增速保持在11.6%的水平: what stays at a level is named before the verb
# Adverbs of how a level holds, before the verb that leads to it (增速基本维持在8.5%左右, 仍保持20%以上): never part of a name.
STILL = {"基本", "基本上", "仍", "仍然", "依然", "一直", "始终"}
# Verbs that lead to a level (失业率降到5.2%: 5.2% is the rate, 降到 is never what it measures).
TO_VERBS = ("降到", "降至", "下降到", "下降至", "升到", "升至", "上升到", "上升至", "增至", "增加到", "增加至", "增长到",
            "增长至", "提高到", "提高至", "提升到", "提升至", "回落到", "回落至", "减少到", "减少至", "扩大到", "扩大至",
            "缩小到", "缩小至", "收窄到", "收窄至", "跌至", "涨至", "跌到", "涨到", "上涨到", "上涨至", "下跌到", "下跌至",
            "达到", "加至", "加到")
LINK_WORDS |= set(TO_VERBS) | {"到", "至"}
# 多年来M2增速; 如平湖中国服装城…: an example introduced, not what is named
LEAD_VERBS = {"实现", "完成", "录得", "拥有", "有", "拟", "安排", "计划", "预计", "累计", "来", "以来", "影响", "拉动", "带动",
              "如", "比如", "例如", "诸如"}
# Verbs inside a clause after which comes what the figure measures: 北京实现国内生产总值, 统计范围为年主营业务收入.
CUT_VERBS = {"实现", "完成", "录得", "为", "是", "达", "达到", "累计", "共计", "合计", "共", "拟", "已", "已经", "将"}
TALLY_VERBS = {"累计", "共计", "合计"}  # cut only before a noun: 1-11月累计发电 is 发电, 交易累计成交 stays whole
# (A Traditional sentence is read in its simplified reading, helpers.traditional: the word lists hold simplified
# words only, and 資產總額為 is read as 资产总额为; what a figure measures keeps the copy's characters.)
# Units of counted things whose count is of the object, never of the action (建成5G基站6000多个: 5G基站);
# a measure keeps its verb (生产原煤 and 进口煤炭 are different flows of coal), and so does a count of visits or
# trips, which counts an act (接待游客约4.33万人次, 发送旅客1175.3万人次: not 游客, 旅客, who are counted once each).
VISITS = ("人次",)
RE_PRICE_LEVEL = re.compile("最低|最高|平均|均价|均價")
FLOW_VERBS = ("新增", "净增", "淨增", "新开工", "新登记")  # verbs that name a flow with their noun: 新增存款, 新增贷款
PERSON_UNITS = ("名", "人", "位")  # counts of people
RANKED = ("居前", "居首", "靠前", "领先", "領先", "居多")  # 对上证指数负贡献点数居前: what the named lead in
AVERAGED = ("日均", "月均", "年均", "人均", "平均")  # 日均发送: how it is counted, not who
PEOPLE = ("人", "名", "位")
MEASURES = {*MEASURE_UNITS, *VISITS}
# Vote tallies: the word before the count is the vote (同意 16 票, 弃权 0 票).
VOTES = ("票",)
# The same words where jieba glued them to a neighbour (赤字率拟 → 赤字率).
RE_TRIM_END = re.compile(rf"(?:拟|按|为|分别|{'|'.join(TO_VERBS)}|达|约|平均|预计|共计|累计|合计|到|至|收报|报收|收于"
                         r"|最高|最低|最多|可|可以)+$"
                         # 金银花基地已达30.1万亩 (已达 untagged): an adverb of time before the verb goes with it
                         r"|(?<=[\u4e00-\u9fff]{2})[已曾将](?:达到|达|为)$")
RE_TRIM_START = re.compile(r"^(?:拟|计划|安排|实现|完成|预计|累计|相比于|相比|较之)+")
# The note of a figure that names what it measures after itself (高于6%以上的预期目标): a target or a
# comparison, never carried to the figures after it.
NAMED_AFTER = "what it measures named after it"
SHARE_WHOLE = "the whole it is a share of"
# A comparison that leads to a figure naming itself after 的: 远高于往年10%左右的同比增速.
RE_COMPARED_WITH = re.compile(r"(?:高于|低于|快于|慢于|好于|优于|超过|多于|少于|多过|少过|高过|低过)[^，。；]*$")
# A figure in brackets right after another restates it in another unit: 55 亿欧元（约合409亿丹麦克朗）.
# A figure a change is compared with, named before 的 (高于市场预期的6.6%, 多過市場預期的1.8%).
RE_COMPARED_OF = re.compile(r"(?:高于|低于|好于|优于|多于|少于|多过|少过|高过|低过|不及)(?P<what>[\u4e00-\u9fff]{2,10}?)的$")
# What one is fined, ordered to pay or awarded, after 被 (合计处罚, 罚款, 判赔): not 被收购后, 被列入.
RE_FINED = re.compile(r"(?:合计|累计|共)?(?:罚|处罚|判|追缴|奖励|补偿|赔偿|没收|冻结)")
# Money said to be earned or sold, after a modal (能赚, 就能赚, 都能赚, 可卖): the verb is what it measures.
RE_EARNED = re.compile(r"(?:就|都|也|还)?(?:能|可以|可)(?P<verb>赚|挣|卖)$")
# A time a figure is compared with (去年同期, 上年, 往年, 历史同期): the figure is then what the clause before measures.
RE_TIME_COMPARED = re.compile(r"(?:年|月|季度?|同期|上期|以往|历史|此前|之前|以前)$")
# A bracketed note of what a figure includes or leaves out, after its name: (不含农户), (含税), (剔除…).
RE_SCOPE_NOTE = re.compile(r"(?:不含|含|包括|不包括|扣除|剔除|除)")
# The one unit of a currency an exchange rate is quoted for, just before it (1美元兑).
RE_QUOTED_FOR_END = re.compile(r"(?P<amount>1(?:美元|欧元|英镑|日元|港元|港币|澳元|加元))\s*可?[兑兌](?:换|換)?\s*$")
RE_RESTATED = re.compile(r"\s*[（(]\s*(?:约合|折合|合|即)?\s*")
# An opening bracket with no closing one left at the end of a subject.
RE_OPEN_PAREN = re.compile(r"[（(][^）)]*$")
# What joins the items of a list of figures: 13.8%和13.3%, 34.1%、20.2%和16.3%.
# A copy may lose the joiner (同比分別增長13.8%13.3%): two figures with nothing between are a list too.
RE_LIST_JOIN = re.compile(r"\s*(?:[、和及与]|以及)?\s*")
# A share of a whole: 占社零总额24.5%, 占汽车销售总量的12.7%; but 占沪市比重为7.3% names the share itself.
RE_SHARE_NAMED = re.compile(r"占[\u4e00-\u9fff]{0,8}(?:的)?(?:比重|比例|份额)"
                            r"(?:为|约为|达到|达|是|(?:上?升|提高|提升|增加|下?降|降低|回落)(?:到|至))?$")
# 占 of a share: not 占据, 占有, 占领, 占用 (to hold), nor 占比 (a share named).
_SHARE = r"占(?![据據有领領用比])"
RE_SHARE_OF = re.compile(rf"(?:约|分别)?{_SHARE}")
# The whole a share names: 占我國進出口總值的47.3% and 占社零总额24.5% are shares of that whole; a bare scope
# (占全省的12.5%) names no whole, and the share is of what the figure before measures.
RE_SHARE_WHOLE = re.compile(rf"{_SHARE}(?:到|了)?(?P<whole>[\u4e00-\u9fffA-Za-z0-9]{{2,12}}?)的?$")
RE_BARE_SCOPE = re.compile(r"(?:全|本|我|该|該)(?:国|國|省|市|区|區|县|縣|球|行|公司)")
TRIM_POS = {"p", "d", "c", "u", "uj", "ul", "uz", "f", "x"}
LEAD_POS = {"nt", "r", "t", "m"}
# Pronoun-like words that begin a name rather than a clause (其他类金融机构资产总额).
KEEP_LEAD = {"其他", "其它", "其余",
             # where, not when: 沿海主要港口, 内河主要港口, 本地农民工 (jieba tags them as localities or pronouns)
             "沿海", "内河", "沿江", "沿边", "境内", "境外", "本地", "外地"}
MAX_ABOUT_CHARS = 16
CLAUSE_BREAKS = "，；：。！？,;:!?"
NOUNISH = {"n", "nz", "nt", "ns", "s", "vn", "b", "j", "l", "an", "ng", "nr", "eng"}
# What may follow a name and is no part of it (外贸进出口完成, 依存度曾高, 费用可, 通胀可能), and what may stand
# between a verb and the name it takes (创造直接经济效益).
AFTER_NAME_POS = {"d", "ad", "zg"}
AFTER_NAME_VERBS = {"完成", "跃升", "可", "可能", "有可能", "可以", "将", "会", "能", "高", "低", "降", "升", "涨", "跌", "一般",
                    "通常", "有", "新增", "更是", "仅", "只有", "有望",
                    "累计", "共计", "合计", "相应", "安排", "设"}  # 全市地方财政收入累计完成, 总支出相应安排, 涨跌幅度设为
MODIFIER_POS = {"a", "ad", "b", "d"}
# Money words jieba tags as verbs: they name what an amount is (主营业务收入2000万元).
MONEY_NOUNS = {"收入", "支出", "投入", "投资", "成交", "消费", "储蓄", "贷款", "存款", "融资", "筹资", "募资", "盈利", "亏损"}
# Tags jieba gives a verb or a place word right after a counted noun (公司/上市 ns, 企业/申报 nz, 机构/清产核资 l,
# 客商/手中 s): the counted noun ends before them.
AFTER_COUNT_POS = {"ns", "nz", "l", "s"}
ORG_POS = {"nt"}
# A price's moves: what a count's stocks did (78只股票涨停), never what is counted.
MOVES = {"涨停", "跌停", "上涨", "下跌", "涨", "跌", "领涨", "领跌"}
# Organisation words that name a class of organisations, so a count may be of them (98家上市公司).
RE_ORG_CLASS = re.compile(r"(?:公司|银行|銀行|企业|企業|机构|機構|集团|集團|市场|市場|门店|門店|商场|商場|超市|网点|網點)$")
#: Kinds of statistic: money, percent, count, rate (a compound unit: 536元/吨, 1800万立方米/天), and an index's points
#: (收报3811.25点: no count of things, so never averaged over or chained with counts).
STATISTIC_KINDS = ("money", "percent", "count", "rate", "points")
#: Columns of ``extract_figures``.
COLUMNS = (
    "surface", "start", "end", "section", "paragraph", "sentence", "kind", "value", "unit", "qualifier", "low", "high",
    "interval", "about", "subject", "source", "change", "as_of", "as_of_inferred", "period_start", "period_end", "note",
    "direction", "token",
)


@dataclass(frozen=True)
class StatedFigure:
    """One stated figure with what it measures and the interval its wording allows."""

    surface: str
    start: int
    end: int
    section: int | None
    paragraph: int | None
    sentence: int
    kind: str  # money | percent | count | date | period | label
    value: float = math.nan
    unit: str = ""
    qualifier: str = ""
    low: float = math.nan
    high: float = math.nan
    interval: str = ""
    about: str = ""
    subject: str = ""
    source: str = ""
    change: str = ""
    as_of: str = ""
    as_of_inferred: bool = False
    period_start: str = ""
    period_end: str = ""
    note: str = ""
    direction: str = ""  # down | up | "" : from the sign (负3.9%) or the change verb (下降3.2%)
    token: str = ""  # the figure token, the surface without its qualifier words (4000万元 of 超4000万元)


@dataclass(frozen=True)
class _Sentence:
    text: str
    start: int
    section: int | None
    paragraph: int | None
    index: int


def _sentences(source: Article | str) -> list[_Sentence]:
    if isinstance(source, Article):
        return [_Sentence(s.text, s.start, s.section, s.paragraph, i) for i, s in enumerate(source.sentences)]
    return [_Sentence(s.text, s.start, None, None, i) for i, s in enumerate(split_sentences(source))]


_interval = qualified_interval


def _statistics(text: str, sentence: _Sentence) -> tuple[list[Reading], int]:
    """The statistics of a sentence and where their offsets count from (in ``text``), read from its line
    (``numerals.statistics_of``, which the tokenizer has read the line through already) rather than
    scanned again: the readings keep their offsets into the line, so none is copied. A statistic never
    spans a sentence's end, and what a reading looks at around it stops at the sentence's punctuation,
    so the readings are the sentence's own (the corpus check compares every column)."""
    _, line_start, line_end = line_of(text, sentence.start)
    end = sentence.start + len(sentence.text)
    if end > line_end:
        return find_statistics(sentence.text), sentence.start
    low, high = sentence.start - line_start, end - line_start
    return [r for r in statistics_of(text[line_start:line_end]) if low <= r.start and r.end <= high], line_start


# What earns, sells or costs money, just before an amount with no unit (能赚30万, 净利润均超1亿).
RE_MONEY_BEFORE = re.compile(r"(?P<word>赚|挣|卖|收入|营收|利润|销售额|营业额|成交额|投资|投入|花费|花了|花掉|亏损|亏了|罚款"
                             r"|获利|资产规模|总资产|本金|借了|借款|欠了|欠款|市值"  # 资产规模19685亿, 借了一万块
                             r"|开价|报价|售价|总价|价格|首付|月供|工资|月薪|年薪|估值)"  # 房东开价106万, 价格要220万
                             r"(?:到|了)?[均都也就能可将共已才要]*(?:高达|达到|达|为|约为|有)?$")  # not the 花 of 棉花, 鲜花


def _own_dollar(figure: StatedFigure, sentence: _Sentence) -> StatedFigure:
    """An amount after a bare $ in a Traditional copy (Hong Kong, Macao, Taiwan) is in the copy's own dollar, 元, as
    its 元 is (整體稅收$3286億創新高); elsewhere the $ names no currency and stays the unit."""
    if figure.unit != "$" or not has_traditional(sentence.text):
        return figure
    return replace(figure, unit="元", note="; ".join(n for n in (figure.note, "the copy's own dollar ($)") if n))


# What money is, right after an amount with no unit that it names (600亿资金, 7.37万亿信贷总额).
RE_MONEY_AFTER = re.compile(r"的?(?:教育|财政|政府|经常性?|非经常性?|额外|专项|一次性|新增|年度|营运|运营|建设|科研|研发)?"
                            # 43億教育撥款, 36億經常開支, 7億非經常開支: the kind of spending before the money's noun
                            r"(?P<word>资金|信贷|贷款|存款|资本|资产|融资|投资|收入|利润|营收|销售额|成交额|营业额"
                            # 只有800多万的本金发行了5.2万亿的债券; 1億撥款
                            r"|本金|本钱|债券|拨款|经费|预算|开支|开销|津贴|补贴|补助"
                            r"|国债|外债|内债|赤字|财政赤字|财政资金|财政投资)"  # 增发1000亿国债, 压缩200亿左右财政赤字
                            # not 2.5亿投资者, 10万存款户, 资产管理, 30万补助对象: people or firms counted
                            r"(?![者人户戶方家机機管对對])")


def _implied_money(figure: StatedFigure, sentence: _Sentence) -> StatedFigure:
    """An amount in 万 or 亿 with no unit after a word of earning, selling or spending, or before a noun of money, is
    money in 元, as speech, headlines and loose copy leave the 元 out (“今年种地加养鸡,能赚30万”,
    4家上市企业凈利潤均超1億, 大约有600亿资金会用到投资房地产)."""
    if figure.unit or figure.kind != "count" or not re.search("[万萬亿億]", figure.surface):
        return figure
    word = RE_MONEY_BEFORE.search(fold(sentence.text[:figure.start - sentence.start])) \
        or RE_MONEY_AFTER.match(fold(sentence.text), figure.end - sentence.start)
    if word is None:
        return figure
    note = f"元 implied by {word['word']}"
    return replace(figure, kind="money", unit="元", note="; ".join(n for n in (figure.note, note) if n))


def _figure(reading: Reading, sentence: _Sentence, offset: int) -> StatedFigure:
    return StatedFigure(
        surface=reading.surface, start=offset + reading.start, end=offset + reading.end, section=sentence.section,
        paragraph=sentence.paragraph, sentence=sentence.index, kind=reading.kind, value=reading.value, unit=reading.unit,
        qualifier=reading.qualifier, low=reading.low, high=reading.high, interval=reading.interval, note=reading.note,
        token=reading.token,
    )


def _in_citation(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a cited work's, in a note in brackets: after its publisher, page or
    volume (……第59页，人民出版社，1993年。), right after its title (《劳动保障》1999年第2期), or an edition or issue after
    it (1992年版, 1996年第6期). The writer's own figures in a note keep their dates (（注：1998年中国国有企业下岗职工的
    再就业比例仅为50％，见《劳动保障》……）), as do those of a bracket that only holds a note
    (（……我国1997年为121％（注：……）））."""
    opened = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
    if opened < 0 or max(text.rfind("）", opened, start), text.rfind(")", opened, start)) >= 0:
        return False
    return (RE_CITED_BEFORE.search(text, opened, start) is not None or RE_CITED_AFTER.match(text, end) is not None
            or text[max(opened, start - 2):start].rstrip("，, ").endswith("》"))


def _in_title(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is inside a title in 《》 (a book's, a paper's, a law's): 《A Thousand Springs／一千個春天》
    states no count of a thousand."""
    opened = text.rfind("《", max(0, start - MAX_TITLE_CHARS), start)
    if opened < 0 or "》" in text[opened:start]:
        return False
    closed = text.find("》", end, end + MAX_TITLE_CHARS)
    return closed >= 0 and "《" not in text[end:closed]


def _plan_year(n: int) -> int:
    """The first year of the ``n``th five-year plan: 1953 and 1958 for the first two, then 1966 on (after 1963–65)."""
    return 1953 + 5 * (n - 1) if n < 3 else 1966 + 5 * (n - 3)


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _in_idiom(text: str, start: int, end: int) -> bool:
    """True where text[start:end] overlaps a numeral idiom (最后一公里, 一次性 ...; not the 之一 of 百分之一)."""
    return any(m.start() < end and start < m.end() for m in RE_IDIOM.finditer(text))


def _dates(sentence: _Sentence, offset: int, last_year: int | None, base: dt.date | None = None, *,
           near: bool = True, month: tuple[int, int] | None = None) -> list[StatedFigure]:
    """Dates and periods of a sentence, in order (``helpers.periods``); a month without a year takes
    the last year stated before it, in the sentence or before it (``last_year``), and a relative one
    (今年, 上月) is read against ``base``, the date the article was published, where it is known. 当年 counts from
    ``last_year`` only where it is ``near``: stated in its paragraph or the sentence before; 当月 and 同月 name
    ``month``, the month stated there, until the sentence states one."""
    out: list[StatedFigure] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, kind: str, first: str, last: str, *, note: str = "", inferred: bool = False) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        out.append(StatedFigure(
            surface=sentence.text[start:end], start=offset + start, end=offset + end, section=sentence.section,
            paragraph=sentence.paragraph, sentence=sentence.index, kind=kind, period_start=first, period_end=last,
            as_of_inferred=inferred, note=note,
        ))

    text = fold(sentence.text)  # a Traditional copy's periods read as the tokenizer reads them (今年前兩個月)
    periods = find_periods(text, year=last_year, base=base, near=near, month=month)
    later: set[tuple[int, int]] = set()
    if base is not None and last_year is None and any(p.inferred and p.first > base.isoformat() for p in periods) \
            and not RE_AHEAD.search(text):
        # 12月份 in a release of 17 January: a month after the publication date, in no year stated, is last year's
        # (not one said to be ahead: 预计最后交易日为6月22日, 有望8月通车, 7月1日起… are this year's)
        later = {(p.start, p.end) for p in periods if p.inferred and p.first > base.isoformat()}
        # (by where each ends: read in last year, 同年11月22日 is one span where 11月22日 was; not 翌年3月, which would
        # count from the year that stands in: that month stays where it was read)
        earlier = {q.end: q for q in find_periods(text, year=base.year - 1, base=base)
                   if not text.startswith(YEARS_AFTER, q.start)}
        later = {(s, e) for s, e in later if e in earlier}
        periods = [earlier[p.end] if (p.start, p.end) in later else p for p in periods]
    for p in periods:
        if _in_citation(text, p.start, p.end):
            continue  # （注：《邓小平文选》第3卷，第59页，人民出版社，1993年。）: a book's year, not the text's
        note = p.note or (f"year {p.first[:4]} inferred from {_year_origin(text, p, last_year, base, later)}"
                          if p.inferred else "")
        add(p.start, p.end, p.kind, p.first, p.last, note=note, inferred=p.inferred)
    plans = [m for m in RE_PLAN.finditer(text) if len(m["n"]) > 1 or m.group()[0] in "“‘「『\""
             or m.group().endswith(("规划", "时期")) or RE_PLAN_WORD.match(text, m.end())]
    joined = -1  # the plan read as the end of the span before it
    for at, m in enumerate(plans):
        if at == joined:
            continue
        n = int(parse_chinese(m["n"]))
        first = _plan_year(n)
        end, last, note = m.end(), first + 4, f"the {_ordinal(n)} five-year plan"
        head = RE_PLAN_HEAD.match(text, m.end())
        if head is not None and 0 < (years := int(parse_number(head["n"]))) < 5:
            end, last = head.end(), first + years - 1
            note = f"the first {years} years of the {_ordinal(n)} five-year plan"
        elif at + 1 < len(plans) and RE_PLAN_TO.fullmatch(text, m.end(), plans[at + 1].start()):
            n2 = int(parse_chinese(plans[at + 1]["n"]))
            if n2 > n:
                end, last, joined = plans[at + 1].end(), _plan_year(n2) + 4, at + 1
                note = f"the {_ordinal(n)} to the {_ordinal(n2)} five-year plan"
        add(m.start(), end, "period", f"{first}-01-01", f"{last}-12-31", note=note)
    return sorted(out, key=lambda f: f.start)


def _year_origin(text: str, period, last_year: int | None, base: dt.date | None,  # noqa: ANN001 - a Period
                 later: set[tuple[int, int]]) -> str:
    """Where the year of ``period`` (read with none stated) came from: the text before it, or the date the
    article was published where ``text`` states no year before it but one compared with. Asked only of a
    period whose year was inferred, not of every date of every sentence."""
    stated = any(not _compared_with(text, m.start(), m.end()) for m in RE_YEAR.finditer(text, 0, period.start))
    published = base is not None and last_year is None and not stated
    origin = f"the date the article was published ({base.isoformat()})" if published else "the text before it"
    return origin + (", a month after it being last year's" if (period.start, period.end) in later else "")


def _labels(sentence: _Sentence, offset: int, taken: list[tuple[int, int]]) -> list[StatedFigure]:
    out = []
    for pattern, group in ((RE_QUOTED_NUMBERED, "label"), (RE_PLENARY, 0), (RE_TIER, 0), (RE_ORDINAL, 0)):
        for m in pattern.finditer(sentence.text):
            start, end = m.span(group)
            surface = sentence.text[start:end]
            if _in_idiom(sentence.text, start, end) or any(s < end and start < e for s, e in taken):
                continue
            if pattern is RE_ORDINAL and re.match(r"第[一二三四]季度", sentence.text[start:start + 4]):
                continue
            taken.append((start, end))
            out.append(StatedFigure(surface=surface, start=offset + start, end=offset + end, section=sentence.section,
                                    paragraph=sentence.paragraph, sentence=sentence.index, kind="label"))
    return out


@dataclass(frozen=True)
class _Word:
    text: str
    pos: str
    kind: str
    start: int
    end: int


# Rates jieba tags as verbs: they name what a figure measures (同比增速, 降幅).
# The company a report is of, named as such before what it reports (公司发行募集资金总额, 公司原拟募资): no part of the name.
RE_THE_COMPANY = re.compile(r"^(?:该|本)?公司(?=[\u4e00-\u9fff]{3})(?!股|债|债券|章程|数量|家数|被)")
#: Classes of places a count counts, after which its phrase says something of them: 21个省份仔猪平均价格.
RE_PLACE_CLASS = re.compile(r"(?:省份|省區|省区|城市|国家|國家|地区|地區|县市|縣市)$")
STAKES = ("股权", "股份", "股權")
RATE_NOUNS = {"增速", "增幅", "降幅", "涨幅", "跌幅", "增長率", "增长率"}
#: What is said of counted things, never what is counted: 9個行業營收正增長 counts 行業, 20个交易日总市值低于5亿元
#: counts 交易日, 158只股票主力资金净流出 counts 股票.
SAID_OF = tuple(sorted(RATE_NOUNS | {"营收", "营业收入", "收入", "净利润", "利润", "总市值", "市值", "收盘", "主力资金",
                                     "业务", "成交额", "销售额", "营业额", "产值", "增加值", "比重", "占比", "价格", "股价"}))
RE_SAID_OF = re.compile(f"(?:{'|'.join(sorted(SAID_OF, key=len, reverse=True))})+")  # one or more, glued (收盘总市值)


def _said_of(tokens: list, k: int, stop: int) -> bool:
    """Whether tokens[k:] open with what is said of counted things (SAID_OF) and no noun goes on after it before
    ``stop``: 营收 of 9個行業營收正增長 and of 5個次類行業營收、淨利潤雙增長, not 价格 of 30个农产品价格监测点."""
    said = RE_SAID_OF.match("".join(t.text for t in tokens[k:stop]))
    if said is None:
        return False
    end, j = tokens[k].start + said.end(), k
    while j < stop and tokens[j].end <= end:
        j += 1
    if j < stop and tokens[j].start < end:
        return False  # the words said of them end inside a word: no cut
    return j >= stop or tokens[j].kind != "word" or tokens[j].pos not in NOUNISH


def _words(tokens: list) -> list[_Word]:
    """Tokens as _describe reads them: a run of Chinese characters jieba could not tag (x, as traditional
    copies come out: 國有, 廣義貨幣) is an unknown word, read as a noun, not as punctuation; a rate jieba
    tags as a verb (增速) is a noun, and so is a classifier of two characters (4个系列: what is counted)."""
    return [_Word(t.text, "n" if (t.pos == "x" and t.kind == "word" and re.fullmatch(r"[\u4e00-\u9fff]+", t.text)
                                  and not re.match("[不未没沒已将將曾仍]", t.text))  # 不设 of 5个交易日不设涨跌幅,
                                  # 已涨 of 现在已涨到4.4元/斤: an adverb glued to a verb, no noun
                  or t.text in RATE_NOUNS or (t.pos == "q" and len(t.text) > 1) else t.pos, t.kind, t.start, t.end)
            for t in tokens]


def _noun_run(tokens: list, start: int, step: int) -> str:
    """Nouns next to tokens[start] going in direction ``step`` (organisations excluded)."""
    words = []
    i = start
    while 0 <= i < len(tokens) and tokens[i].pos in NOUNISH and tokens[i].pos not in ORG_POS and tokens[i].kind == "word":
        words.append(tokens[i].text)
        i += step
    return "".join(reversed(words) if step < 0 else words)


def _bound_morpheme(tokens: list, i: int, start: int) -> bool:
    """A one-character morpheme jieba leaves apart (zg) inside a noun: 农 of 县级农商行, 县 of 革命老区县, or opening
    one (县 of 500个县集贸市场)."""
    return tokens[i].pos == "zg" and len(tokens[i].text) == 1 and (
        (i > start and tokens[i - 1].pos in NOUNISH) or (i == start and i + 1 < len(tokens) and tokens[i + 1].pos in NOUNISH))


def _agent(tokens: list, i: int, start: int) -> bool:
    """A verb and the 者 jieba leaves apart after it, which make a noun of those who do it (22位出席者: 出席 and 者)."""
    if tokens[i].pos == "v":
        return i + 1 < len(tokens) and tokens[i + 1].text == "者"
    return tokens[i].text == "者" and i > start and tokens[i - 1].pos == "v"


def _noun_phrase(tokens: list, start: int, *, verbs: bool = True, orgs: bool = False) -> tuple[str, int]:
    """The noun phrase from tokens[start] on, ending on a noun, and the index after it. With ``verbs``, a verb
    before a noun belongs to it (5.2%的经济增长水平); without, only one right after a Latin code (5G联创实验室).
    With ``orgs``, a word tagged as an organisation that names a class of them is part of it (98家成都上市公司:
    what is counted, and where the phrase ends), not one jieba mistags (被合并的4家村镇银行新设为…)."""
    i, last = start, None
    while i < len(tokens) and tokens[i].kind == "word" and tokens[i].text not in LINK_WORDS and (
            tokens[i].pos not in ORG_POS or (orgs and RE_ORG_CLASS.search(tokens[i].text))) and (
            tokens[i].pos in NOUNISH or tokens[i].pos == "eng" or (verbs and tokens[i].text in ("同比", "环比", "環比"))
            or (tokens[i].pos == "v" and i + 1 < len(tokens) and tokens[i + 1].pos in NOUNISH
                and (verbs or (i > start and tokens[i - 1].pos == "eng")))
            or _bound_morpheme(tokens, i, start) or _agent(tokens, i, start)):
        if tokens[i].pos in NOUNISH or _bound_morpheme(tokens, i, start) or tokens[i].text == "者":
            last = i
        i += 1
        if tokens[i - 1].text == "者":
            break  # (22位出席者全票通過: those who attended; 全票 is how they voted)
        if orgs and (tokens[i - 1].pos in ORG_POS or RE_ORG_CLASS.search(tokens[i - 1].text)):
            break  # 98家成都上市公司总市值, 25家粮油市场成交额: the count is of the companies, the markets;
            # 总市值, 成交额 is what is said of them
    if last is None:
        return "", start
    return "".join(t.text for t in tokens[start:last + 1]), last + 1


def _tail_name(words: list) -> str:
    """The nouns that end a long subject (…本外币资产总额), a bracketed gloss kept whole (廣義貨幣供應(yīng)量(M2)余額)."""
    tail: list[str] = []
    k = len(words) - 1
    while k >= 0:
        t = words[k]
        if t.text in (")", "）"):
            opening = next((j for j in range(k - 1, -1, -1) if words[j].text in ("(", "（")), None)
            if opening is None or not tail:
                break
            tail.insert(0, "".join(w.text for w in words[opening:k + 1]))
            k = opening - 1
            continue
        head = k == len(words) - 1 and t.kind == "word"  # the word it ends on, trims done (…增加值增速)
        signed = bool(tail) and t.text in ("负", "正", "净", "負", "淨")  # 负贡献点数: a sign of the name
        if not head and not signed and (t.pos not in NOUNISH or t.pos in ORG_POS or t.kind != "word"):
            break
        tail.insert(0, t.text)
        k -= 1
    return "".join(tail)


def _clause_subject(words: list) -> str:
    """What a clause with no statistic names before its verb of reaching: 企业景气指数已达到一百三十四点五二 → 企业景气指数."""
    cut = next((k for k, t in enumerate(words) if t.text in ("达到", "达", "为", "是")), None)
    if not cut:
        return ""
    words = words[:cut]
    while words and (words[-1].pos in TRIM_POS or words[-1].kind != "word"):
        words.pop()
    while words and (words[0].pos in TRIM_POS | LEAD_POS or words[0].kind != "word"):
        words.pop(0)
    return "".join(t.text for t in words) if words and words[-1].pos in NOUNISH else ""


#: Units of one dimension: a figure in one measures what a figure in another does (从4小时缩短至10分钟).
MEASURE_FAMILIES = ({"小时", "分钟", "天", "周"}, {"吨", "千克", "公斤", "斤", "担"}, {"亩", "公顷", "平方米", "平方公里"},
                    {"米", "千米", "公里"}, {"千瓦时"}, {"%", "个百分点"})


def _same_measure(a: str, b: str) -> bool:
    return a == b or any(a in family and b in family for family in MEASURE_FAMILIES)


def _clause_topic(words: list) -> str:
    """The noun phrase a clause opens with, the one it goes on to say something of: 其中金融保险业回升较快 →
    金融保险业, 丹麦的经济增长率很高 → 经济增长率, 民间投资过去几年增速回落… → 民间投资."""
    i = 0
    while i < len(words) and (words[i].kind != "word" or words[i].pos in TRIM_POS | LEAD_POS
                              or words[i].text in LEAD_VERBS):
        i += 1
    j = i
    while j < len(words) and words[j].kind == "word" and words[j].pos not in ORG_POS and (
            words[j].pos in NOUNISH - {"vn"} or (words[j].text == "的" and j > i)):
        j += 1
    if j < len(words) and words[j].kind == "word" and words[j].pos not in ("v", "d", "ad", "a", "t", "p", "zg"):
        return ""  # the phrase goes on (财务/类/退市): no name found whole
    phrase = words[i:j]
    if any(t.text == "的" for t in phrase):
        phrase = phrase[max(k for k, t in enumerate(phrase) if t.text == "的") + 1:]
    return "".join(t.text for t in phrase) if phrase and phrase[-1].pos in NOUNISH else ""


#: What flows to or from a trading partner: 对东盟进出口, 对“一带一路”沿线国家投资额 (names, with 对, what a figure measures).
RE_PARTNER_FLOW = re.compile(r"(?:进出口|出口|进口|投资|贸易|顺差|逆差)(?:总值|总额|额)?$")


def _partner_flow(words: list) -> bool:
    """Whether ``words`` open with 对 and end on a flow to the partner it names: 对东盟进出口 is what 7.7% measures,
    东盟进出口 without 对 reads as the partner's own trade."""
    return len(words) > 1 and words[0].text in ("对", "對") and bool(RE_PARTNER_FLOW.search("".join(t.text for t in words)))


def _quoted_name(words: list) -> bool:
    """Whether ``words`` open with a quotation mark closed among them: “一带一路”沿线国家 keeps both marks."""
    closing = {"“": "”", "「": "」", "‘": "’"}.get(words[0].text) if words else None
    return closing is not None and any(t.text == closing for t in words[1:])


def _direction(value: float, change: str, unit: str = "") -> str:
    """Which way a figure goes: down for a change word of falling or a negative change or move, up for a word of rising.
    A negative amount with no change word is a level and goes no way (净利润-2.06亿元, 最低气温－0.5℃); a negative
    percent or index move is a fall (负贡献点数-63.92点)."""
    if value < 0 and (change or unit in ("%", "个百分点", "点")):
        return "down"
    return "down" if RE_DOWN.search(change) else "up" if RE_UP.search(change) else ""


#: A percent whose name is a rate of change states a change with no change word: 经济增速高达9.2% (up),
#: 券商板块年内跌幅为17.53% (down), GDP同比增速分别为3.4%、5.7%. RATE_NOUNS with the forms a name may end in.
_FALL_NAMES = "降幅|跌幅|减幅|減幅|下降幅度|下跌幅度"
_RATE_NAMES = f"增速|增幅|涨幅|漲幅|升幅|增长率|增長率|增长幅度|增加幅度|上涨幅度|{_FALL_NAMES}"  # 其升幅超过30％
RE_RATE_NAME = re.compile(rf"(?:{_RATE_NAMES})(?:均|都)?$")
RE_FALL_NAME = re.compile(rf"(?:{_FALL_NAMES})(?:均|都)?$")
#: The note of an item of a list read with 分别 whose shared name is such a rate (item 1 of …GDP同比增速 (分别)).
RE_RATE_LIST_NOTE = re.compile(rf"item \d+ of [^;]*?(?:{_RATE_NAMES})(?:均|都)? \(分别\)")


def _rate_direction(about: str, value: float, unit: str) -> str:
    """The direction a percent named as a rate of change states: down for a fall (降幅) or a negative rate,
    else up; "" where the name is no rate of change or the figure no percent."""
    if unit != "%" or not RE_RATE_NAME.search(about):
        return ""
    return "down" if value < 0 or RE_FALL_NAME.search(about) else "up"


def names_a_rate(frame: pd.DataFrame) -> pd.Series:
    """Which rows are percents named as a rate of change, on their own (经济增速, 跌幅) or as an item of a list
    whose shared name is one (广东 of 广东、江苏…GDP同比增速分别为3.4%、5.7%)."""
    percent = frame["unit"].eq("%")
    named = frame["about"].fillna("").str.contains(RE_RATE_NAME) | frame["note"].fillna("").str.contains(RE_RATE_LIST_NOTE)
    return percent & named


def growth_rates(frame: pd.DataFrame) -> pd.DataFrame:
    """The percents (in %) that state a change: with a change word (同比增长12.2%) or named as a rate of change
    (经济增速高达9.2%, 跌幅为17.53%); 个百分点 and percents of a level are left out."""
    stats = statistics(frame)
    rows = stats[(stats["kind"] == "percent") & stats["unit"].eq("%") & (stats["change"].ne("") | names_a_rate(stats))]
    return rows.reset_index(drop=True)


def _describe(figure: StatedFigure, sentence: _Sentence, tokens: list, offset: int, previous: list[StatedFigure]) -> dict:
    """about, change: read from the tokens around the figure within its clause (``tokens``: the
    sentence's tokens as ``_words`` reads them, made once a sentence)."""
    local_start, local_end = figure.start - offset, figure.end - offset
    if figure.note in TOLL_NOTES:  # 兩死三傷工業意外: a toll counts the dead or the injured, whatever the clause says
        return {"about": sentence.text[local_end - 1], "change": "", "note": "", "direction": ""}
    listed = [p for p in previous if p.sentence == figure.sentence and p.kind == figure.kind and p.unit == figure.unit
              and RE_LIST_JOIN.fullmatch(sentence.text[p.end - offset:local_start])]
    restated = [p for p in previous if p.sentence == figure.sentence and p.kind in STATISTIC_KINDS and p.about
                and RE_RESTATED.fullmatch(sentence.text[p.end - offset:local_start])]
    compared = RE_COMPARED_OF.search(sentence.text, 0, local_start)
    # 出口年增8.3%，多过市场预期的6.6%: the figure compared with is what its own noun names (not a time: 低于去年同期的10%)
    if compared and not RE_TIME_COMPARED.search(compared["what"]):
        return {"about": compared["what"], "change": "", "note": "what it is compared with", "direction": ""}
    quoted_for = RE_QUOTED_FOR_END.search(sentence.text, 0, local_start) if figure.kind == "rate" else None
    if quoted_for:  # 1美元兑8.2789元人民币: an exchange rate is the price of the currency it is quoted for
        return {"about": quoted_for["amount"], "change": "", "note": "", "direction": ""}  # the note is the reading's
    if restated and figure.kind in STATISTIC_KINDS:  # 55 亿欧元（约合409亿丹麦克朗）: the same amount in another unit
        return {"about": restated[-1].about, "change": "", "note": f"restates {restated[-1].surface}", "direction": ""}
    if listed:  # 同比分别增长13.8%和13.3%: the second of a list reads as the first does
        first = listed[-1]
        return {"about": first.about, "change": first.change, "note": f"in a list with {first.surface}",
                "direction": _direction(figure.value, first.change, figure.unit)
                or _rate_direction(first.about, figure.value, figure.unit)}
    field = RE_FIELD_LABEL.search(sentence.text, 0, local_start) if figure.kind in STATISTIC_KINDS else None
    if field:  # 奢侈第一名：c.gilson 价格：2684美元: a field and its value
        return {"about": field["label"], "change": "", "note": "what it measures: the label before it",
                "direction": _rate_direction(field["label"], figure.value, figure.unit)}
    per_unit = RE_PER_BEFORE.search(sentence.text, max(0, local_start - 8), local_start) if figure.kind == "rate" else None
    if per_unit:  # 白芸豆每斤4.35元, 菠菜均价为每公斤2元: the unit the price is per is no part of what it measures
        local_start = per_unit.start()
    before = [i for i, t in enumerate(tokens) if t.end <= local_start]
    after = [i for i, t in enumerate(tokens) if t.start >= local_end]
    change = ""
    lead = sentence.text[:local_start]
    folded_lead = lead  # a Traditional sentence is read in its simplified reading already (stated_figures)
    clause_start = max(lead.rfind(ch) for ch in CLAUSE_BREAKS) + 1
    gap = max((m.end() for m in RE_HEADLINE_GAP.finditer(lead, clause_start)), default=clause_start)
    clause_start = max(clause_start, gap)  # 整體稅收$3286億創新高　股市暢旺印花稅飆54%: a headline's gap parts two clauses
    dash = lead.rfind("——")  # 看总量——广东前三季度GDP99939.18亿元: a run-in label before a dash names nothing measured
    if dash > clause_start and RE_RUN_IN_LABEL.fullmatch(lead, clause_start, dash):
        clause_start = dash + 2  # (a dash joining two names stays: 中国——东盟贸易额; a single — joins a range: 1—2月份)
    # parallel figures in one clause (专精特新中小企业7万多家、“小巨人”企业8997家): what a figure measures
    # is never read back past the statistic before it
    earlier = [p.end - offset for p in previous if p.sentence == figure.sentence and p.kind in STATISTIC_KINDS
               and clause_start <= p.end - offset <= local_start]
    reach = max(earlier, default=clause_start)
    counted = next((p for p in previous if p.sentence == figure.sentence and p.kind == "count" and p.end - offset == reach
                    and p.about and sentence.text.startswith(p.about, reach)), None)
    after_count = reach + len(counted.about) if counted is not None else reach
    if counted is not None and sentence.text.startswith(("后", "後", "内", "內"), after_count):
        reach = after_count + 1  # 上市5个交易日后涨跌幅度设为20%: a span counted, then what is said after it
    elif counted is not None and sentence.text.startswith(SAID_OF, after_count) \
            and not RE_ORG_CLASS.search(counted.about):
        # 连续20个交易日总市值低于5亿元: what is said of the things counted (总市值), not the things (交易日); a
        # class of organisations stays the owner of what is said of it (25家粮油市场成交额达28.87亿元)
        reach += len(counted.about)
    change_match = RE_CHANGE.search(folded_lead[reach:])
    if change_match:
        change = lead[reach + change_match.start():reach + change_match.end()]
    words = [tokens[k] for k in before if tokens[k].start >= reach and tokens[k].end <= local_start - len(change)]
    cut_at = local_start - len(change)
    glued = next((t for t in tokens if t.kind == "word" and t.start >= reach and t.start < cut_at < t.end), None)
    # 猪肉价格上涨7.0%: jieba glued the name to its change verb (价格上涨)
    if change and glued is not None and cut_at - glued.start >= 2:
        words.append(_Word(glued.text[:cut_at - glued.start], "n", "word", glued.start, cut_at))
    elif (RE_MOVE.fullmatch(change) or change in ("升", "降")) and glued is not None and words \
            and words[-1].end == glued.start \
            and words[-1].kind == "word":
        # 新易盛跌逾4%: jieba cut 新易 + 盛跌; the 盛 left before the move ends the name before it
        last = words[-1]
        words[-1] = _Word(last.text + glued.text[:cut_at - glued.start], last.pos, last.kind, last.start, cut_at)
    named_share = bool(RE_SHARE_NAMED.search(folded_lead[reach:]))  # 占沪市比重为7.3%: 占沪市比重 is the name
    share_at = None if named_share else next((k for k, t in enumerate(words) if t.text == "占"
                     and not (k + 1 < len(words) and words[k + 1].text == "比")), None)  # 占比 is a noun: 研发投入占比
    if share_at:  # 增值税收入已占我国年税收总额的近50%: the share is the part's, named before 占
        words = words[:share_at]
    source = next((k for k, t in enumerate(words) if t.text in ("从", "由") and k > 0), None)
    # 水费从每立方2欧元涨到了7欧元: what changes is named before 从 (not 从提供…服务收入, a source)
    if source is not None and not any(t.pos == "v" for t in words[source + 1:]):
        words = words[:source]
    if len(words) > 3 and words[-1].text in (")", "）"):
        opening = max((k for k, t in enumerate(words) if t.text in ("(", "（")), default=None)
        if opening and RE_SCOPE_NOTE.match("".join(t.text for t in words[opening + 1:-1])):
            words = words[:opening]  # 固定资产投资(不含农户)同比增长2.5%: what is counted is named before its note
    compared_at = next((k for k, t in enumerate(words) if t.text in ("比", "较", "較")), None)
    if change and compared_at is not None and not any(t.text in RATE_NOUNS for t in words[compared_at:]):
        # 猪肉价格较2014年的均价上涨28.6%, (航班)比2022年、2019年假期同期分别增长: what changes is named before what it
        words = words[:compared_at]  # is compared with, or by the figure before; a rate stays (较1-10月增速降低)
    record = next((k for k in range(1, len(words)) if RE_RECORD.fullmatch("".join(t.text for t in words[k:]))), None)
    if record is not None:
        words = words[:record]  # 第三季營收創下歷史新高、約22.76億元, 产量达到创纪录的120万吨: not the record it set
    if any(t.text == "的" for t in words):  # 归属于本行股东的净利润 → 净利润
        words = words[max(k for k, t in enumerate(words) if t.text == "的") + 1:]
    joined_at = max((k for k, t in enumerate(words[:-1]) if t.text == "而" or t.text.endswith("且")), default=None)
    if joined_at is not None:  # 净利润为负且营业收入低于3亿元 (负且 glued): the second condition names its own
        words = words[joined_at + 1:]
    passive = next((k for k, t in enumerate(words) if t.text == "被" and k > 0 and k + 1 < len(words)
                    and RE_FINED.match("".join(w.text for w in words[k + 1:k + 3]))), None)
    if passive is not None and figure.kind == "money":  # 公司被罚款1000万元, 14名时任高管被合计处罚3100万元:
        words = words[:passive]  # the money is what the one named before 被 was fined, paid or awarded
    led_to = False  # whether the clause leads to the figure with a verb of reaching (降到, 拿到, 扩招到)
    while words and (words[-1].text in LINK_WORDS or words[-1].text in PRE_QUALIFIERS or words[-1].text in STILL
                     or words[-1].pos in TRIM_POS or words[-1].kind != "word"
                     or RE_DOWN.fullmatch(words[-1].text) or RE_UP.fullmatch(words[-1].text)):
        led_to = led_to or words[-1].text in TO_VERBS or words[-1].text in ("到", "至")
        words.pop()  # 贫困发生率下降到0.9%: neither 到 nor 下降 is what 0.9% measures
    led_to = led_to or bool(words and re.search("[到至]$", words[-1].text))
    if not words and not earlier and reach == clause_start > 1 and sentence.text[clause_start - 1] in "，,":
        # 元晶9月營收改寫歷史第三高，達7.73億元: a clause of a link word alone reaches what the clause before names
        back = max(lead.rfind(ch, 0, clause_start - 1) for ch in CLAUSE_BREAKS) + 1
        before_words = [t for t in tokens if t.start >= back and t.end <= clause_start - 1]
        record = next((k for k in range(1, len(before_words))
                       if RE_RECORD.fullmatch("".join(t.text for t in before_words[k:]))), None)
        if record is not None and before_words[record - 1].pos in NOUNISH:
            words = before_words[:record]
    cut = max((k for k, t in enumerate(words[:-1]) if t.text in CUT_VERBS
               and (t.text not in TALLY_VERBS or words[-1].pos in NOUNISH - {"vn"})
               # 工业总产值共完成１６４６亿元: 共 before the verb that ends the clause is an adverb, no cut
               and not (k + 2 == len(words) and words[-1].text in AFTER_NAME_VERBS | CUT_VERBS)), default=None)
    if cut is not None and figure.unit not in VISITS:  # 北京实现国内生产总值: what follows the verb (not 全国共接待游客:
        # visits are named by who received or carried them, the act and who made it)
        words = words[cut + 1:]  # (人民币交易累计成交 names an action: kept whole)
    if figure.unit not in VOTES:
        k = len(words)
        while k > 0 and (words[k - 1].pos in AFTER_NAME_POS
                         or re.sub("^[已曾将还又再]", "", words[k - 1].text) in AFTER_NAME_VERBS):
            k -= 1
        if 0 < k < len(words) and words[k - 1].pos in NOUNISH:
            words = words[:k]  # 昆山市外贸进出口完成1868.7亿元, 丹麦能源对外依存度曾高达99%: the name before the verb
    if figure.unit not in MEASURES and figure.unit not in VOTES:  # a measure keeps its verb (生产原煤, 发电)
        verb = max((j for j, t in enumerate(words[:-1]) if t.pos == "v" and t.text not in RATE_NOUNS
                    and (j == 0 or words[j - 1].pos in ("d", "nr", "nt", "ns", "r"))), default=None)
        described = figure.unit in PERSON_UNITS and verb is not None and verb == len(words) - 2
        if verb is not None and words[verb].text in FLOW_VERBS and verb + 1 < len(words):
            owner = verb
            while owner > 0 and words[owner - 1].kind == "word" and words[owner - 1].pos in NOUNISH:
                owner -= 1
            # 中资银行新增存款93.2亿元, 城镇新增就业1310万人: the flow is named with its verb and whose it is (not
            # 投产后预计每年 before 新增产值)
            words, described = words[owner:], True
        # 外出农民工16610万人, 城镇就业人员38240万人: a verb right before the people counted says who they are
        if figure.kind in ("money", "count", "percent") and verb is not None and not described \
                and (words[-1].pos in NOUNISH - {"vn"} or words[-1].text in MONEY_NOUNS) \
                and all(t.pos in NOUNISH | MODIFIER_POS or t.text in MONEY_NOUNS for t in words[verb + 1:]):
            words = words[verb + 1:]  # 创造直接经济效益500多万元: what the verb takes
    if figure.unit in VISITS and words and words[-1].pos == "v" \
            and not any(t.pos in NOUNISH - {"vn"} and t.text not in AVERAGED for t in words):
        words = []  # 日均发送208.28万人次: the act alone names nothing, the figure before does (渝北区接待: the host does)
    partner = next((k for k in range(1, len(words) - 1) if _partner_flow(words[k:])), None)
    if partner is not None:  # 義烏對非洲進出口557.0億元: the flow to the partner, whoever trades (not 義烏's own trade)
        words = words[partner:]
    while words and words[0].text not in KEEP_LEAD and not _partner_flow(words) and not _quoted_name(words) and not (
            words[0].kind == "word" and words[0].pos == "f" and len(words) > 1 and words[1].text == "、") and not (
            # 以人民币计价进出口总值: the currency a total is counted in is part of its name
            words[0].text == "以" and len(words) > 3 and words[2].text == "计价") and not (
            words[0].pos in ORG_POS and RE_MOVE.fullmatch(change)) and (
            words[0].text in LEAD_VERBS or words[0].pos in TRIM_POS | LEAD_POS or words[0].kind != "word"
            or (words[0].text in ("较", "比", "到", "至") and len(words) > 1 and words[1].kind != "word")):
        words.pop(0)  # 较1-10月增速: the comparison is no part of the name (中部、东部…: a list of regions is;
        # 招商银行涨2%: the bank whose share moves is)
    if len(words) > 2 and words[0].pos == "v" and words[1].text == "了":
        words = words[2:]  # 确定了重点发展烟叶6万亩: a verb done, its object named after it
    if figure.kind == "count" and figure.unit not in MEASURES and any(t.pos in NOUNISH - {"vn"} for t in words) \
            and not (figure.unit in PERSON_UNITS and len(words) == 2 and words[0].pos == "v"):
        while words and words[0].pos in ("v", "vn", "d") and words[0].text not in KEEP_LEAD:
            words.pop(0)  # 累计建成开通5G基站超过230万个: the count is of 5G基站
    if led_to and words and all(t.pos == "v" for t in words):
        words = []  # a verb is never what a figure measures (拿到15.5亿元, 扩招到9人)
    joined = "".join(t.text for t in words)
    folded = joined
    end = RE_TRIM_END.search(folded)
    joined = joined[:end.start()] if end else joined
    start = RE_TRIM_START.match(folded[:len(joined)])
    about_before = joined[start.end():] if start else joined
    about_before = RE_OPEN_PAREN.sub("", about_before)  # GDP(国内生产总值)同比增长: GDP, not GDP(国内生产总值
    about_before = RE_THE_COMPANY.sub("", about_before)  # 公司发行费用总额为7,053.10万元: the company is who reports it
    # a list read with 分别, or of names that change alike (平湖中国服装城、平湖时尚羽绒城月成交额…均增长100%)
    respectively = "分别" in folded_lead[clause_start:] or "均" in change
    if len(about_before) > MAX_ABOUT_CHARS and not (respectively and re.search("[、和與与及]", about_before)):
        # too long to be a name: the nouns that end it (…本外币资产总额); a list read with 分别 stays whole
        about_before = _tail_name(words)
    about_after = ""
    if figure.kind == "count" and after:
        clause_end = next((k for k in after if tokens[k].text in CLAUSE_BREAKS), len(tokens))
        clause = [k for k in after if k < clause_end]
        tokens = [_Word(t.text, "n", t.kind, t.start, t.end) if k in clause and t.pos == "v"
                  and not (RE_UP.search(t.text) or RE_DOWN.search(t.text) or t.text in MOVES)
                  and (k == clause[0] or (k == clause[0] + 1 and tokens[k - 1].pos in NOUNISH))
                  and (k + 1 >= clause_end or tokens[k + 1].kind in ("punct", "space")
                       or (tokens[k + 1].text == "的" and k == clause[0])  # not 2000多户居民开展的…调研
                       # 其中七类支出均实现两位数增长: a word before 均 is what the clause says something of
                       or (k == clause[0] and tokens[k + 1].text in ("均", "都", "全部"))) else t
                  for k, t in enumerate(tokens)]  # 6份行政许可批复，104场对决、: the last word of the clause is the noun counted
        # 烟叶6万亩、蔬菜10万亩…的目标: an item of a list, named before it, not what the list is said to make
        item = (clause and tokens[clause[0]].text == "、") or (earlier and "、" in sentence.text[max(earlier):local_start])
        des = [k for k in clause if tokens[k].text == "的"] if not item else []
        # 四个关键词评价…: the nouns right after the count; 20多条与…相关的民意诉求: the nouns after 的
        immediate = bool(clause) and (tokens[clause[0]].pos in NOUNISH or _bound_morpheme(tokens, clause[0], clause[0]))
        first = des[-1] + 1 if des and not immediate else (clause[0] if clause else len(tokens))
        if clause and tokens[clause[0]].text == "级":  # 10万吨级大型渔业养殖工船: a class, named after 级
            first = clause[0] + 1
        if clause and tokens[clause[0]].text in ("为", "是") and len(clause) > 1:
            first = clause[1]  # 12家未盈利企业中，5家为生物医药企业: the count is of what it is said to be
        # after 的, a verb before a noun is part of the name (两条清晰的演进路径)
        about_after, stop = _noun_phrase(tokens, first, verbs=bool(des) and not immediate, orgs=True)
        if not about_after and first + 1 < len(tokens) and (tokens[first].text in ("未", "非", "无", "無")
                                                            or tokens[first].pos == "a"):
            # 12家未盈利企业中, 3个重要支柱: what is counted, with the word that qualifies it
            rest, after_rest = _noun_phrase(tokens, first + 1, verbs=False, orgs=True)
            about_after, stop = (tokens[first].text + rest, after_rest) if rest else (about_after, stop)
        closing = {"“": "”", "「": "」", "‘": "’"}.get(tokens[first].text) if first < len(tokens) else None
        if not about_after and closing:  # 36个“一站式”公共转化平台: a quoted name with the noun it qualifies
            end_quote = next((k for k in range(first + 1, min(first + 12, len(tokens))) if tokens[k].text == closing), None)
            if end_quote is not None:
                rest, after_rest = _noun_phrase(tokens, end_quote + 1, orgs=True)
                about_after = "".join(t.text for t in tokens[first:end_quote + 1]) + rest
                stop = after_rest if rest else end_quote + 1
        while about_after and stop + 1 < len(tokens) and tokens[stop].text in ("和", "及", "与", "、") \
                and tokens[stop + 1].pos in NOUNISH and tokens[stop + 1].kind == "word":
            more, after_more = _noun_phrase(tokens, stop + 1, verbs=False, orgs=True)
            if not more or (after_more < len(tokens) and tokens[after_more].pos == "f"):
                break  # 80多个国家和地区, 31個省、自治區、直轄市: nouns counted together (not 35处比赛场馆、三环以内…)
            about_after, stop = f"{about_after}{tokens[stop].text}{more}", after_more
        head = next((k for k in range(first, stop - 1) if tokens[k].pos == "n" and tokens[k + 1].pos in AFTER_COUNT_POS), None)
        if head is not None:  # 36家公司上市交易, 3家机构清产核资: the count is of the common noun, not of what it does
            about_after, stop = "".join(t.text for t in tokens[first:head + 1]), head + 1
        place = next((k for k in range(first, stop - 1) if RE_PLACE_CLASS.search(tokens[k].text)
                      and tokens[k + 1].text not in ("和", "及", "与", "與", "、")), None)
        if place is not None:  # 30个监测省份生猪价格: the count is of the provinces; what follows is said of them
            about_after, stop = "".join(t.text for t in tokens[first:place + 1]), place + 1
        said = next((k for k in range(first + 1, stop) if tokens[k].kind == "word" and _said_of(tokens, k, stop)), None)
        if said is not None and about_after:  # 9個行業營收正增長, 158只股票主力资金净流出: the count is of the
            about_after, stop = "".join(t.text for t in tokens[first:said]), said  # 行業, not of what is said of it
        if about_after and stop < clause_end and tokens[stop].text == "的" and first == clause[0] \
                and any(tokens[k].pos in ("v", "vn") and not _agent(tokens, k, first) for k in range(first, stop)):
            # (not 27家农商行的全部债权, whose; nor 24小時快餐店露宿者的訴求, where 露宿者 is a noun)
            # 7台获颁…许可证的汽车: a relative clause; the count is of the noun after 的
            about_after = _noun_phrase(tokens, stop + 1, verbs=False)[0] or about_after
    # what a figure measures: a count names it after itself (180万户小微企业), else the clause before
    # it does; a bare change (，同比增长12.2%) measures the figure before it, and a bare count
    # (回应12条) measures what the last count of its unit did
    same_sentence = [p for p in previous if p.sentence == figure.sentence and p.about
                     and p.kind in STATISTIC_KINDS and NAMED_AFTER not in p.note and SHARE_WHOLE not in p.note]
    carried = [p for p in same_sentence if figure.kind == "count" and p.unit == figure.unit]
    share_of = RE_SHARE_OF.match(lead[clause_start:].lstrip()) and not named_share
    if (change and not about_before) or share_of:  # 占26.8%: the share of what the figure before measures (one that
        # names its whole, 占社零总额24.5%, is of the whole: below)
        carried = same_sentence
        about_before = "" if share_of else about_before
    # parallel clauses (化工行业用水4.2亿吨，造纸行业用水3亿吨) each name their own subject: a noun
    # before the figure in its own clause wins over one carried from an earlier figure; a clause
    # that ends in a verb (现场回应12条) names none
    noun_headed = bool(about_before) and bool(words) and (words[-1].pos in NOUNISH or (
        # 粳稻收購3500萬噸 after 中晚籼稻收購4800萬噸: a measure is named with its verb (生产原煤), in each clause
        figure.unit in MEASURES and words[-1].pos == "v" and any(t.pos in NOUNISH - {"vn"} for t in words[:-1])))
    # a bare change after a clause that states a level with no unit (企业家信心指数达到一百三十六点七，比二季度
    # 攀升33.6个百分点): the change is of what that clause names
    # the clause before this one (its tokens, and the figures that end in it), where a name may be
    prev_start = max(lead.rfind(ch, 0, clause_start - 1) for ch in CLAUSE_BREAKS) + 1 if clause_start > 0 else 0
    clause_before = [t for t in tokens if t.start >= prev_start and t.end < clause_start] if clause_start > 0 else []
    figures_before = [p for p in previous if p.sentence == figure.sentence
                      and prev_start <= p.end - offset < clause_start] if clause_start > 0 else []
    previous_clause = ""
    if change and not about_before and clause_start > 0:
        if not any(p.kind in STATISTIC_KINDS for p in figures_before):
            previous_clause = _clause_subject(clause_before)
    elif not about_before and not about_after and clause_start > 0:
        ranked = next((k for k in range(len(clause_before) - 1, 0, -1) if clause_before[k].text in RANKED), None)
        if ranked is not None and not figures_before:
            # 新易盛、中际旭创对深证成指负贡献点数居前，合计为-63.92点: the total is of what they lead in
            previous_clause = _tail_name(clause_before[:ranked])
    about, note = about_after, ""
    votes = [t for t in tokens[:before[-1] + 1] if t.kind == "word" and t.start >= clause_start] if before else []
    if figure.unit in VOTES and votes:
        about = votes[-1].text  # 同意 16 票: the vote
    elif not about and noun_headed:
        about = about_before
    elif not about and previous_clause:
        about, note = previous_clause, "what it measures named in the clause before"
    elif not about and carried:
        about, note = carried[-1].about, f"what it measures carried from {carried[-1].surface}"
    elif not about:
        about = about_before
    if after and tokens[after[0]].text == "的" and RE_COMPARED_WITH.search(about):
        about = ""  # 远高于往年10%左右的同比增速: the figure names what it measures after itself
    verb_only = bool(words) and about == about_before and (
        (words[-1].pos == "v" and words[-1].text not in MONEY_NOUNS)
        # 斩获国外2100万元订单: a verb, a word of place or time, then the money: its object is named after it
        or (words[-1].pos in ("s", "f", "t") and any(t.end == words[-1].start and t.pos == "v" for t in tokens))
        or words[-1].text == "价值")  # 捐出价值600万元的有机肥农资: what is worth the money is named after it
    if figure.kind == "money" and (not about or verb_only) and not change and after and tokens[after[0]].kind == "word":
        # 涉及数十万美元的资金, 持有近5亿美元现金, 造成18亿美元实际亏损: money named by the noun after it; a verb
        # inside the name is part of it (设立2.1亿元先行赔付专项基金), and so is a time word that opens it
        # (获得400万元早期转化资金)
        at = after[0] + 1 if tokens[after[0]].text == "的" else after[0]
        lead_time = at < len(tokens) - 1 and tokens[at].pos == "t" and tokens[at + 1].kind == "word"
        named = _noun_phrase(tokens, at + lead_time, verbs=True)[0]
        named = tokens[at].text + named if lead_time and named else named
        if named:
            about, note = named, NAMED_AFTER
    if figure.kind == "percent" and after and tokens[after[0]].text in STAKES:
        about, note = tokens[after[0]].text, NAMED_AFTER  # 易冲科技100%股权: a stake, named after the percent
    if not about and not change and after and tokens[after[0]].text == "的":  # 6%以上的预期目标: the target
        about = _noun_phrase(tokens, after[0] + 1)[0]
        note = NAMED_AFTER if about else note
    if not about:  # 从4月初的19.63元/千克上涨至目前的25.98元/千克: the second names nothing, it is what the first was
        alike = [p for p in same_sentence if _same_measure(p.unit, figure.unit)
                 or (figure.kind == "money" and p.kind == "rate" and p.unit.startswith(f"{figure.unit}/"))]
        if alike:
            about, note = alike[-1].about, f"what it measures carried from {alike[-1].surface}"
    # A figure whose clause names nothing (，突破6000元; ，增长10.7%) is still about something: what the figure
    # before it in the sentence measures, else what the clause before opens with (其中金融保险业回升较快，增长10.7%)
    before = same_sentence[-1] if same_sentence else None
    if not about and before is not None and (_same_measure(before.unit, figure.unit) or (
            before.kind == "percent" and figure.kind in ("money", "count"))):  # a rate, then the level it reached
        about, note = before.about, f"what it measures carried from {before.surface}"
    if not about and clause_start > 0 and not figures_before and not _speech_before(lead, clause_start - 1):
        # (not from speech quoted: ……有負公眾期望」，5人三次向公眾鞠躬道歉: the quote names nothing the 5人 are)
        about = _clause_topic(clause_before)
        note = "what it measures named in the clause before" if about else note
    whole = RE_SHARE_WHOLE.search(lead[clause_start:]) if share_of else None
    if whole and not RE_BARE_SCOPE.fullmatch(whole["whole"]):
        # 占我國進出口總值的47.3%, 占上证指数下跌点数的逾六成: a share named with its whole is of that whole; 占26.8%
        # names none, and is the share of what the figure before measures
        about, note = whole["whole"], SHARE_WHOLE
    earned = RE_EARNED.search(about) if figure.kind == "money" else None
    if earned:  # “光种地就能赚4万元左右”, “能卖2500多元”: in speech the money is what is earned or sold
        about = earned["verb"]
    direction = _direction(figure.value, change, figure.unit) \
        or ("" if change else _rate_direction(about, figure.value, figure.unit))
    priced = next((p for p in same_sentence if p.kind == "rate" and p.unit.startswith(f"{figure.unit}/")
                   and f"carried from {p.surface}" in note), None) if figure.kind == "money" and (
        change or led_to or RE_PRICE_LEVEL.search(lead[clause_start:])) else None  # (最低为4.4元: a level of the price)
    if priced is not None:  # 菠菜均价为每公斤2元,比21日上涨0.5元: a change of a price, or what it rose to, is per its unit
        return {"about": about, "change": change, "note": note, "direction": direction, "unit": priced.unit, "kind": "rate"}
    return {"about": about, "change": change, "note": note, "direction": direction}


def _list_items(name: str, n: int) -> list[str] | None:
    """The ``n`` items of a list that names what ``n`` figures measure, or None where it does not hold
    ``n``: 营收、净利润 (2); 汽车、家电、船舶等优势产品出口 (3: the last item ends at 等); 城镇、乡村消费品
    零售额 (2: 城镇消费品零售额, 乡村消费品零售额); 家具类、建筑及装潢材料类商品 (2: 及 inside an item is no
    joint); A、B和C (3); 对东盟、欧盟和美国进出口 (3: 对东盟进出口, 对欧盟进出口, 对美国进出口, the flow to each partner)."""
    preposition = RE_LIST_PREPOSITION.match(name)
    if preposition:
        items = _list_items(name[preposition.end():], n)
        if items and all(RE_PARTNER_FLOW.search(item) for item in items):
            return [preposition.group() + item for item in items]
        return items
    name = RE_WHOLE_SCOPE.sub("", name)  # 全市高技术产业和战略性新兴产业增加值: 全市 is every item's scope, not the first's
    items = name.split("、")
    if len(items) == n - 1:  # A、B和C: the last joint is a word
        for word in ("和", "与", "與", "及"):
            head, joint, tail = items[-1].rpartition(word)
            if joint and head and tail and items[-1].count(word) == 1:
                items = [*items[:-1], head, tail]
                break
    if len(items) != n or n < 2:
        return None
    if "等" in items[-1]:  # 汽车、家电、船舶等优势产品出口: the items are named before 等
        items[-1] = items[-1].split("等")[0]
        return items if all(items) else None
    words = tokenize(items[-1])
    if len(words) > 1 and all(w.pos in NOUNISH and w.kind == "word" for w in words[1:]):
        # What the last item names after its own name is shared by every item: where each other item is one
        # word, the last item's own name is its first word too (城镇、乡村消费品零售额 -> 城镇消费品零售额;
        # 中部、东部、西部和东北地区网络零售额 -> 中部地区网络零售额); else only its last word is taken as shared
        # (新能源汽车、工业机器人、集成电路、微型计算机设备产量 -> 新能源汽车产量). Nothing is shared where a joint or a
        # verb follows the first word (建筑及装潢材料类商品).
        single = all(len(tokenize(item)) == 1 for item in items[:-1])
        last = 2 if len(words[-1].text) == 1 and len(words) > 2 else 1  # 零售/額 of a traditional copy: one word
        head = "".join(w.text for w in (words[1:] if single else words[-last:]))
        # 中部、东部、西部和东北地区网络零售额: jieba keeps 东北地区 one word; its 地区 is shared as well
        kind = next((k for k in LIST_KINDS if words[0].text.endswith(k) and len(words[0].text) > len(k)), "") \
            if single else ""
        if len(head) == 1 or all(item.endswith(head) for item in items[:-1]) or not RE_MEASURE_HEAD.search(head):
            # 武隆仙女山、…和彭水摩围山: one character is the end of a name (摩围山), not a shared head; and what is
            # shared names a measure (消费品零售额, 产量), not part of a name (生物医药、有色循环)
            head = ""
        items = [item + ("" if item.endswith(kind) else kind) + head for item in items[:-1]] + [items[-1]]
    return items if all(items) else None


RE_RESPECTIVELY = re.compile("分[别別]")
#: The last word of a list's last item that every item shares: a measure (…设备产量, …零售额, …增加值).
RE_MEASURE_HEAD = re.compile(r"(?:量|额|額|值|率|数|數|价|價|价格|價格|收入|规模|規模|比重|占比|增速|投资|投資|利润|利潤|营收"
                             r"|營收|支出|贷款|貸款|存款|产值|產值|进出口|進出口|出口|进口|進口)$")
RE_WHOLE_SCOPE = re.compile("^全(?:国|國|省|市|区|區|县|縣)(?=..)")
#: What a list's last name says every name is, inside one word jieba made of it: 东北地区, 湖南省, 服务行业.
LIST_KINDS = ("地区", "地區", "省", "市", "区", "區", "县", "縣", "行业", "行業", "产业", "產業")
# A preposition that opens a list and governs every item (对美国、印度分别进出口: 对美国进出口, 对印度进出口).
RE_LIST_PREPOSITION = re.compile("^(?:对|對|向|与|與|同)")
# Words that close a list of names with what the names are (电子、汽车、基础化工行业): no part of the last item.
LIST_CATEGORY = {"行业", "板块", "领域", "方面", "类", "等", "的", "中", "个股", "公司", "企业", "产品"}


def _items_before(tokens: list, start: int, end: int, n: int) -> list[str] | None:
    """The ``n`` names of a 、-list in tokens[start:end] (offsets in the sentence), the clause before a
    clause that opens with 分别: 有色金属、基础化工、建筑材料行业主力资金净流入金额居前，分别为84.86亿元、…
    The first name runs back from the first 、 over nouns; the last runs on from the last 、 over nouns up
    to a word saying what they are (行业, 板块), or, with no such word, no longer than the longest other name."""
    words = [t for t in tokens if start <= t.start and t.end <= end]
    joints = [k for k, t in enumerate(words) if t.text == "、"]
    if len(joints) != n - 1 or n < 2:
        return None
    named = NOUNISH | {"eng", "m"}  # (words as _words reads them: 非银 of 非银金融行业, untagged, is a noun)
    k = joints[0]
    while k > 0 and words[k - 1].kind == "word" and words[k - 1].pos in named and words[k - 1].text not in LIST_CATEGORY:
        k -= 1
    items = ["".join(t.text for t in words[k:joints[0]])]
    items += ["".join(t.text for t in words[a + 1:b]) for a, b in zip(joints, joints[1:], strict=False)]
    k = joints[-1] + 1
    run = []
    closed = False  # 基础化工行业: the name ends where 行业 begins, inside a word jieba cut (化工行业) or not
    while k < len(words) and words[k].kind == "word" and words[k].pos in named and words[k].text not in LIST_CATEGORY:
        suffix = next((c for c in ("行业", "板块", "领域") if words[k].text.endswith(c)), None)
        if suffix:
            run.append(words[k].text[:-len(suffix)])
            closed = True
            break
        run.append(words[k].text)
        k += 1
    closed = closed or (k < len(words) and words[k].text in LIST_CATEGORY)
    longest = max(map(len, items))
    last = ""
    for text in run:  # else no longer than the longest other name (融捷股份主力资金…: 融捷股份)
        if not closed and len(last + text) > longest:
            break
        last += text
    items.append(last)
    if not all(items) or any(RE_CLAUSE_MARK.search(item) for item in items):
        return None
    return items


RE_CLAUSE_MARK = re.compile(rf"[{CLAUSE_BREAKS}“”\"]")


def _respectively(figures: list[StatedFigure], sentence: _Sentence, offset: int, tokens: list) -> list[StatedFigure]:
    """Figures of one sentence with a list read with 分别 given one item each: in 化妆品类、金银珠宝类、汽车类商品
    同比分别增长18.3%、16.7%、12.0%, 18.3% measures 化妆品类 and 12.0% 汽车类商品, not the whole list; in
    有色金属、基础化工、建筑材料行业主力资金净流入金额居前，分别为84.86亿元、10.74亿元、6.10亿元 the list is in the
    clause before the one that opens with 分别."""
    out = list(figures)
    i = 0
    while i < len(out):
        chain = [i]
        while chain[-1] + 1 < len(out) and f"in a list with {out[chain[-1]].surface}" in out[chain[-1] + 1].note:
            chain.append(chain[-1] + 1)
        first = out[i]
        i = chain[-1] + 1
        if len(chain) < 2:
            continue
        lead = sentence.text[:first.start - offset]
        clause_start = max(lead.rfind(ch) for ch in CLAUSE_BREAKS) + 1
        inside = RE_RESPECTIVELY.search(first.about)
        if inside and "、" in first.about[:inside.start()]:
            # 服装及衣着附件、塑料制品分别出口280.5亿元、265.2亿元: 分别 inside the name, the verb after it the head
            head = first.about[inside.end():]
            items = _list_items(first.about[:inside.start()], len(chain))
            items = [item + head for item in items] if items else None
            listed = first.about
        elif "、" in first.about or (len(chain) == 2 and re.search("[和与與及]", first.about)):
            named_at = sentence.text.rfind(first.about, 0, first.start - offset)
            between = sentence.text[named_at + len(first.about):first.start - offset] if named_at >= 0 else ""
            items = _list_items(first.about, len(chain)) if "分别" in between or "分別" in between else None
            listed = first.about
        elif clause_start > 0 and re.match(r"\s*(?:则|均)?(?:同比|环比|環比)?分[别別]", lead[clause_start:]) \
                and "、" not in lead[clause_start:]:
            previous = max(lead.rfind(ch, 0, clause_start - 1) for ch in CLAUSE_BREAKS) + 1
            items = _items_before(tokens, previous, clause_start - 1, len(chain))
            listed = "、".join(items) if items else ""
        else:
            items = None
        if items is None:
            continue
        for k, item in zip(chain, items, strict=True):
            note = "; ".join(n for n in (out[k].note, f"item {chain.index(k) + 1} of {listed} (分别)") if n)
            out[k] = replace(out[k], about=item, note=note)
    return out


def extract_figures(source: Article | str, *, published: dt.date | None = None) -> pd.DataFrame:
    """Every stated figure of an article (or plain text), one row each, in reading order
    (``stated_figures`` as a table with the columns ``COLUMNS``).

    Offsets are into ``Article.text`` (or the given text); ``section``, ``paragraph`` and
    ``sentence`` place each figure. ``value`` is normalised: money in its currency unit with
    万/亿/万亿 expanded (36.1万亿元 → 3.61e13), percent as the number before % (or 个百分点),
    counts as stated with multipliers expanded (180万户 → 1,800,000). Dates and periods carry
    ``period_start``/``period_end`` (ISO); labels carry no value. ``subject`` is the first
    organisation named in the sentence (carried from the previous sentences of its paragraph if none),
    ``source`` the 《document》 the sentence cites (……显示), ``as_of`` the end of the last date or
    period stated before the figure in its sentence, with four exceptions. A date in brackets right after the figure
    is its own (90.37％（1998年）). Over a range of dates stated before a change, the value the change runs from holds
    for the range's first point (1983年至1998年间，……从30％下降到26％: 30％ as of 1983). And the figure may be as of the
    writing: its period runs on to it (2014年以来, 年初至今, 从1996年开始， where nothing bounds or plans the span) or a
    word of the present comes between (目前, 现在); then ``as_of`` is the publication date, or empty and the ``note``
    says so. And a running period may be counted up to a date stated before it (截至2月23日，今年以来): that date.
    ``published``, the date the article was published where
    it is known (a corpus's metadata; by default, for an Article, the date its own matter gives it: a portal's stamp,
    an e-paper's edition, ``Article.published``), resolves relative dates (今年, 上半年 with no year stated), each saying so
    in its ``note``. A month with no year takes the last year stated before it, until a year counted from the
    writing (去年, 明年) is stated after that one. See the module docstring for qualifiers.
    """
    frame = pd.DataFrame([asdict(f) for f in stated_figures(source, published=published)], columns=list(COLUMNS))
    return frame.astype({"section": "Int64", "paragraph": "Int64"})


def stated_figures(source: Article | str, *, published: dt.date | None = None) -> list[StatedFigure]:
    """The records behind ``extract_figures``, in reading order (for callers that batch many articles)."""
    if published is None and isinstance(source, Article):
        published = source.published  # the date the copy's matter gives it, where it has one
    figures: list[StatedFigure] = []
    last_year: int | None = None
    compared_year: int | None = None  # the last year stated only as what is compared with (比2019年同期)
    last_subject: tuple[tuple[int, int] | None, str] = (None, "")  # (section, paragraph) and the subject named there
    # the sentence and the (section, paragraph) the last year was stated in
    year_stated: tuple[int, tuple[int | None, int | None] | None] = (-2, None)
    counted_from = ""  # the year counted from the writing that ended the last stated year's reach (去年 after 2015年)
    # the sentence, the (section, paragraph) and the (year, month) of the last month or day stated: the month 当月 names
    month_stated: tuple[int, tuple[int | None, int | None], tuple[int, int]] | None = None
    text = source.text if isinstance(source, Article) else source
    for sentence in _sentences(source):
        offset = sentence.start
        # the year a yearless month takes: the last stated, else the publication's, else the last compared with
        place = (sentence.section, sentence.paragraph)
        month = month_stated[2] if month_stated is not None and (month_stated[0] == sentence.index - 1 or (
            sentence.paragraph is not None and month_stated[1] == place)) else None
        dates = _dates(sentence, offset, last_year if last_year is not None else None if published else compared_year,
                       published, near=year_stated[0] == sentence.index - 1
                       or (sentence.paragraph is not None and year_stated[1] == place), month=month)
        # 李飛於11月來港……。冷溶同月亦來港: a month or a day stated is the month the next sentences' 同月 and 当月 name
        month_stated = next(((sentence.index, place, (int(d.period_end[:4]), int(d.period_end[5:7])))
                             for d in reversed(dates) if d.period_end and d.period_start[:7] == d.period_end[:7]),
                            month_stated)
        if counted_from:
            dates = [replace(d, note=unplaced(d.surface, counted_from)) if d.note.endswith(UNPLACED) else d for d in dates]
        taken = [(d.start - offset, d.end - offset) for d in dates]
        labels = _labels(sentence, offset, taken)
        readings, origin = _statistics(text, sentence)
        readings = [r for r in readings  # 九万大山 is a mountain range: no count of 90,000
                    if (r.unit or not opens_a_name(text, origin + r.token_start, origin + r.token_end))
                    and not _in_title(text, origin + r.start, origin + r.end)]
        shift = origin - offset  # from the readings' offsets to the sentence's
        stats = [_own_dollar(_implied_money(_figure(r, sentence, origin), sentence), sentence) for r in readings
                 if not any(s < r.end + shift and r.start + shift < e for s, e in taken)]
        tokens = span_tokens(text, sentence.start, sentence.start + len(sentence.text)) if stats else []
        # A Traditional copy is read as its simplified reading (the word lists and patterns are simplified),
        # character for character, and what is read is given back in the copy's own characters.
        read_as = replace(sentence, text=fold(sentence.text)) if stats and has_traditional(sentence.text) else sentence
        read_tokens = [t._replace(text=fold(t.text)) for t in tokens] if read_as is not sentence else tokens
        words = _words(read_tokens)
        orgs = [t.text for t in tokens if t.pos in ORG_POS]
        # a subject named in a paragraph is the subject of what follows in that paragraph, not of the paragraph of the
        # same number in the next section
        if orgs:
            last_subject = (place, orgs[0])
        subject = orgs[0] if orgs else (last_subject[1] if last_subject[0] == place else "")
        cited = re.search(r"《([^》]+)》(?:显示|表明|指出)", sentence.text)
        sentence_first = len(figures)
        for figure in sorted(dates + stats + labels, key=lambda f: f.start):
            if figure.kind in STATISTIC_KINDS:
                prior = [d for d in dates if d.end <= figure.start
                         and not _compared_with(sentence.text, d.start - offset, d.end - offset, figure.start - offset)]
                as_of = prior[-1] if prior else None
                extra = _describe(figure, read_as, words, offset, figures)
                extra["note"] = "; ".join(n for n in (figure.note, extra["note"]) if n)
                figure = replace(figure, **{  # every field a scalar: a shallow copy, not asdict's deep one
                    **extra, "subject": subject, "source": cited.group(1) if cited else "",
                    "as_of": as_of.period_end if as_of else "", "as_of_inferred": bool(as_of and as_of.as_of_inferred),
                })
                own = next((d for d in dates if d.kind in ("date", "period") and RE_BRACKET_OPEN.fullmatch(
                    sentence.text, figure.end - offset, d.start - offset)
                    and sentence.text.startswith(("）", ")"), d.end - offset)), None)
                if own is not None:  # 90.37％（1998年）, 24.6％（1994年3季度）: the date in brackets after a figure is its own
                    figure = replace(figure, as_of=own.period_end, as_of_inferred=own.as_of_inferred)
                    as_of = None
                first = _first_point(as_of) if as_of and _runs_from(
                    sentence.text, figure.start - offset, figure.end - offset, as_of.end - offset) else ""
                if first:
                    # 1983年至1998年间，……比重从30％下降到26％: the value a change runs from holds for the range's first point
                    figure = replace(figure, as_of=first, note="; ".join(n for n in (
                        figure.note, f"as of {first}: the value {as_of.surface} runs from") if n))
                now = "" if own is not None else _as_of_now(  # (目前…为4.3％（1998年）: its own date stands)
                    sentence.text, as_of.surface if as_of else "", as_of.end - offset if as_of else 0, figure.start - offset)
                until = _stated_until(sentence.text, dates, as_of, offset) if now else None
                if until is not None:
                    # 截至2月23日，今年以来，……上涨了21.37%: the running period is stated up to that date, not the writing;
                    # a date with no year of its own is inside the period (而截至2月28日，2009年以来: 2009's, not the
                    # 2008 stated before)
                    end = until.period_end
                    if end and as_of and end < as_of.period_start and "年" not in until.surface:
                        end = as_of.period_start[:4] + end[4:]
                    figure = replace(figure, as_of=end, as_of_inferred=until.as_of_inferred,
                                     note="; ".join(n for n in (figure.note, f"as of {until.surface}: {now} is stated "
                                                                f"up to it") if n))
                elif as_of and published and as_of.period_start <= published.isoformat() < as_of.period_end \
                        and not RE_FORWARD.search(sentence.text, as_of.end - offset, figure.start - offset):
                    # 今年以来, 今年 read in a release of 8 April: what is stated is as of its publication, not the
                    # end of a period still running (but a plan or a forecast for it is for the whole period:
                    # 2023年,公司…计划生产桉叶油3000吨)
                    figure = replace(figure, as_of=published.isoformat(), note="; ".join(n for n in (
                        figure.note, f"as of publication ({published.isoformat()}): {as_of.surface} runs on past it") if n))
                elif now:  # 2014年以来, 2015年…，目前…: as of the writing, not the end of the year before it
                    figure = replace(figure, as_of=published.isoformat() if published else "", as_of_inferred=False,
                                     note="; ".join(n for n in (figure.note, (
                                         f"as of publication ({published.isoformat()}): {now}" if published
                                         else f"as of publication ({now}), date not stated")) if n))
            figures.append(figure)
        if len(stats) > 1:
            here = [k for k in range(sentence_first, len(figures)) if figures[k].kind in STATISTIC_KINDS]
            for k, f in zip(here, _respectively([figures[k] for k in here], read_as, offset, words), strict=True):
                figures[k] = f
        if read_as is not sentence:
            for k in range(sentence_first, len(figures)):
                if figures[k].kind in STATISTIC_KINDS:
                    figures[k] = replace(figures[k], about=_unfold(figures[k].about, read_as.text, sentence.text),
                                         change=_unfold(figures[k].change, read_as.text, sentence.text))
        # A month with no year takes the last year stated as such; one compared with (比2019年同期增长20.2%) or stated
        # in an aside ((2015年1-2月份比2014年同期回落1.1个百分点)) only where the text has stated none: it is the year
        # of the comparison or the aside, not of what is reported.
        # A year counted from the writing (今年, 去年, 明年) stated after it ends that year's reach: the text now counts
        # from its own date (去年，全省进出口总额…。4月21日，…: not 4月21日 of the 2015 stated sentences before), which
        # only the publication date gives, where it is known. 今年 too: in the corpus, of six yearless dates after a
        # stated year and then 今年, three were not in the year stated (2015年…今年4月份以来…年初 in a 2016 article). 上年
        # leaves it: releases write it for what is compared with (与上年各月).
        for m in RE_YEAR_OR_RELATIVE.finditer(sentence.text):
            if m.group(1) and runs_on(sentence.text, m.end()):
                # 自1999年8月起, 2014年以来: the months after it are in the year of writing, where the date gives it
                last_year, compared_year = (published.year, None) if published else (None, None)
                continue
            if m.group(1) and is_reference(sentence.text, m.start(), m.end()):
                continue  # 1999年同期, 高于1999年末: a point measured against dates nothing
            if _compared_with(sentence.text, m.start(), m.end()) or _in_brackets(sentence.text, m.start()):
                if m.group(1):
                    compared_year = int(m.group(1))
            elif m.group(1):
                last_year, counted_from = int(m.group(1)), ""
                year_stated = (sentence.index, (sentence.section, sentence.paragraph))
            elif published and m.group() in ("今年", "本年"):
                last_year, counted_from = published.year, ""  # this year, by the date: 进入2026年…今年1月…6月22日
            else:
                if last_year is not None and not published:
                    counted_from = f"{m.group()} after {last_year}年"
                last_year = compared_year = None
    return figures


#: Words of a plan, a target or a forecast: what they state for a period still running is for the whole of it.
RE_FORWARD = re.compile(r"计划|計劃|目标|目標|预计|預計|有望|力争|力爭|争取|爭取|预期|預期|确保|確保|预算|預算|规划|規劃"
                        r"|拟|擬|将达|將達")
#: A period running up to the writing, right after its first date: 2014年以来, 2018年起至今, 2019年到现在.
RE_SINCE = re.compile(r"(?:起|开始|開始)?(?:以来|以來|至今|迄今|到现在|到現在|到目前|至目前)")
#: A year or month and 开始 or 起 then a comma: a period running on (从1996年开始，…每年平均增长2.2％), unless something bounds it
#: after it (为期5年, 连续三年, 6年内) or makes it a plan (……要达到每人每年100元，从2010年开始，达到每人每年150元).
RE_SINCE_BARE = re.compile(r"(?<=[年月])(?:开始|開始|起(?![草诉訴来來步飞飛]))(?=[，,])")
RE_SPAN_BOUNDED = re.compile(r"为期|為期|连续|連續|年内|年內|之内|之內")
RE_PLANNED = re.compile(r"要|将|將")  # anywhere in the sentence: ……要达到每人每年100元，从2010年开始，达到每人每年150元
RE_CLAUSE_END = re.compile(r"[，。；,;]")  # where a figure's clause ends: a plan word (RE_FORWARD) is looked for up to it
RE_SINCE_ERA = re.compile(r"以后|以後|后|後")
#: A word of the present between a date and a figure: 2015年实现…，目前全省公路总里程突破8000公里 (not 体现在, 表现在).
RE_NOW = re.compile(r"截至目前|截止目前|目前|当前|當前|现阶段|現階段|如今|眼下|迄今|至今"
                    r"|(?<![体體表展实實发發出呈])(?:现在|現在)")


#: Marks that open and close a quotation.
QUOTE_OPENERS, QUOTE_CLOSERS = "「“『‘", ("」", "”", "』", "’")
RE_SPEECH_MARK = re.compile(r"[，。！？；,!?;]")


def _speech_before(text: str, end: int) -> bool:
    """Whether text[:end] ends with a quotation of speech, clauses and all (「許智峯粗暴無禮，……有負公眾期望」), not a
    name in quotes (航空母艦「遼寧號」)."""
    if not text[:end].endswith(QUOTE_CLOSERS):
        return False
    opened = max(text.rfind(mark, 0, end - 1) for mark in QUOTE_OPENERS)
    return opened >= 0 and RE_SPEECH_MARK.search(text, opened, end) is not None
#: A measure's name and its colon right before a figure, as a list of facts sets them: “价格：2684美元”, “报价：2200元”,
#: “营业收入：100亿元” (not a preface, a speaker or a heading: 原文摘译如下：, 共同基金经理：, 组图：).
RE_FIELD_LABEL = re.compile(r"(?<![\u4e00-\u9fff的])(?P<label>[\u4e00-\u9fff]{0,4}"
                            r"(?:价格|价|價|额|額|费|費|率|比例|比重|占比|佔比|面积|面積|人数|人數|数量|數量|产量|產量|销量|銷量|规模|規模"
                            r"|余额|餘額|产值|產值|收入|利润|利潤|成本|支出|人口|工资|工資|薪酬|月薪|年薪|预算|預算))[：:]\s*$")
#: What opens the brackets of a figure's own date, right after it: 90.37％（1998年）.
RE_BRACKET_OPEN = re.compile(r"\s*[（(]")
#: Before a value a change runs from (从474.1亿美元增加到1121.6亿美元, 由1.7增加至1.8), in its clause; and after it, the
#: change's verb and 到 or 至.
RE_FROM_BEFORE = re.compile(r"[从從由][^，。；：,;:]{0,24}$")
RE_TO_AFTER = re.compile(r"[^，。；,;]{0,10}?(?:增加|增长|增長|上升|下降|减少|減少|提高|降低|扩大|擴大|缩小|縮小|回落|上涨"
                         r"|上漲|下跌|[降升增减減跌涨漲])了?(?:到|至)")


RE_RANGE_SEPARATOR = re.compile(r"至|到|——|—|－|-|～|~")


def _first_point(span: StatedFigure) -> str:
    """The end of the first point of a range of dates (1996年1月至1998年12月: 1996-01-31; 1986—1992年: 1986-12-31), or ''
    for a single period, however long (80年代初, “五五”)."""
    parts = RE_RANGE_SEPARATOR.split(span.surface, 1)
    if len(parts) < 2 or span.period_start[:4] >= span.period_end[:4]:
        return ""
    for first in (parts[0], f"{parts[0]}年"):  # (1986—1992年: the first year has its 年 only at the end)
        point = find_periods(first, year=int(span.period_start[:4]))
        if point and point[0].first == span.period_start:
            return point[0].last
    return f"{span.period_start[:4]}-12-31"


def _runs_from(text: str, start: int, end: int, span_end: int) -> bool:
    """Whether the figure at text[start:end] is the value a change runs from (从A增加到B), over a span stated before
    the change (ending at ``span_end``), not inside it: 由“五五”时期的13.2%下降到 is the period's value."""
    before = RE_FROM_BEFORE.search(text, 0, start)
    return before is not None and span_end <= before.start() and RE_TO_AFTER.match(text, end) is not None


def _clause_end(text: str, at: int) -> int:
    """Where the clause holding ``at`` ends (RE_CLAUSE_END), or the text's end."""
    end = RE_CLAUSE_END.search(text, at)
    return end.end() if end else len(text)


#: What states a date as the end of what is counted, right before it: 截至2月23日, 截止到3月底.
RE_UNTIL_BEFORE = re.compile(r"(?:截至|截止)(?:到|至)?$")


def _stated_until(text: str, dates: list[StatedFigure], since: StatedFigure | None, offset: int) -> StatedFigure | None:
    """The date stated before a running period as where it is counted up to (截至2月23日，今年以来: 2月23日), or None.
    ``dates`` are the sentence's, ``since`` the period, offsets into the text less ``offset``."""
    if since is None:
        return None
    return next((d for d in reversed(dates) if d.end <= since.start and d.kind in ("date", "period")
                 and RE_UNTIL_BEFORE.search(text, max(0, d.start - offset - 3), d.start - offset)), None)


def _as_of_now(text: str, date: str, after: int, at: int) -> str:
    """What says a figure at ``at`` is as of the writing, not of the ``date`` before it (which ends at ``after``;
    '' and 0 for none): a running period (2014年以来) or a word of the present between the two (目前); '' for
    neither."""
    since = RE_SINCE.match(text, after) if date else None
    if since is None and date and (bare := RE_SINCE_BARE.match(text, after)) is not None \
            and not RE_SPAN_BOUNDED.search(text, bare.end()) and not RE_YEAR.search(text, 0, after - len(date)) \
            and not RE_FORWARD.search(text, bare.end(), _clause_end(text, at)) and not RE_PLANNED.search(text):
        since = bare  # (not 2002年，…自1996年起，…: the sentence is told in the year stated before it)
    if since is None and date.endswith(("年代", "世纪", "世紀")):
        since = RE_SINCE_ERA.match(text, after)  # 进入90年代后: the decade entered, running on to the writing
    if since:
        return date + since.group()
    now = RE_NOW.search(text, after, at)
    return now.group() if now else ""


#: A record said of what a figure measures, between its name and the figure: 創下歷史新高, 改寫歷史第三高, 刷新纪录.
RE_RECORD = re.compile(r"(?:[创創](?:下|出)?|改[写寫]|刷新|再[创創])(?:[历歷]史)?(?:第[一二三四五六七八九十]+)?"
                       r"(?:新高|新低|[纪紀][录錄]|最高|最低|高|低|高位|低位)[、的]?")
#: A gap between two Chinese characters, where a headline parts its clauses (…創新高　股市暢旺…): running text has
#: none (the loader takes such spaces out of it).
RE_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
#: A run-in label before a double dash that opens a clause: 看总量——, 看增速——, 从结构看——.
RE_RUN_IN_LABEL = re.compile(r"\s*(?:看[\u4e00-\u9fff]{1,6}|[从從][\u4e00-\u9fff]{1,8}看)\s*")
#: What follows a compared date when the figure is that date's own value: 较2020年同期的177.25亿元.
RE_COMPARED_VALUE = re.compile(r"(?:同期)?的")
#: A year stated: the year a month with none takes in the sentences after it, unless it is compared with (比2019年).
RE_YEAR = re.compile(r"((?:19|20)\d{2})年(?![代後后])")  # (not a decade: 1950年代; nor 2000年后, after it)
#: The same, or a year counted from the date of writing (periods.RE_COUNTED_YEAR: not 去年同期, what is compared
#: with; not 当年, the year in question, nor 上年, see stated_figures; not the 去年 of 过去年均).
RE_YEAR_OR_RELATIVE = re.compile(r"((?:19|20|１９|２０)[0-9０-９]{2})年(?![代後后])|"  # (１９９６年 too)
                                 + RE_COUNTED_YEAR.pattern)
#: Words that put a date ahead of the writing: a month after the publication date is then this year's, not last.
RE_AHEAD = re.compile(r"将|將|预计|預計|有望|计划|計劃|拟|擬|即将|即將|以后|以後|之后|之後|届时|屆時|(?<=[日月])起")


def _in_brackets(text: str, at: int) -> bool:
    """Whether ``at`` is inside an aside in round brackets that opens before it in ``text`` (not brackets of a
    title: 《…规则（2026年4月修订）》 dates the rules, and the text's own year goes on)."""
    before = text[:at]
    if before.count("《") > before.count("》"):
        return False
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


def _compared_with(text: str, start: int, end: int, figure: int | None = None) -> bool:
    """Whether the date at ``text[start:end]`` is what something is compared with (``periods.is_compared``: 较年初,
    比2022年、2019年, 与2019年同期相比). It still dates a ``figure`` (its start) that is the compared value itself,
    right after it and 的: 较2020年同期的177.25亿元 is the 2020 figure."""
    if not is_compared(text, start, end):
        return False
    # (a multiple after it is of the year before 是, not the compared date's value: 是1978年的55.7倍)
    return figure is None or RE_COMPARED_VALUE.fullmatch(text, end, figure) is None or RE_TIMES.match(text, figure) is not None


def _unfold(read: str, folded: str, original: str) -> str:
    """``read`` (found in ``folded``, the simplified reading of ``original``) in the original's characters: the
    same span of the original where ``read`` is a span of the reading, else character by character as the
    sentence writes them (城鎮消費品零售額 built from 城鎮、鄉村消費品零售額)."""
    if not read:
        return read
    at = folded.find(read)
    if at >= 0:
        return original[at:at + len(read)]
    back = {f: o for f, o in zip(folded, original, strict=True) if f != o}
    return "".join(back.get(ch, ch) for ch in read)


def statistics(frame: pd.DataFrame) -> pd.DataFrame:
    """Only the money, percent, count, rate and points rows of ``extract_figures``."""
    return frame[frame["kind"].isin(list(STATISTIC_KINDS))].reset_index(drop=True)


def signed_change(frame: pd.DataFrame) -> pd.Series:
    """Each figure's value with the sign of its direction: 同比下降3.2% is -3.2, so a decline is never
    drawn as growth; 负3.9% stays -3.9.

    >>> signed_change(pd.DataFrame({"value": [3.2, -3.9, 5.0], "direction": ["down", "down", "up"]})).tolist()
    [-3.2, -3.9, 5.0]
    """
    down = frame["direction"] == "down"
    return frame["value"].where(~down, -frame["value"].abs())


def one_unit(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows in the frame's most frequent unit (a tie: the one stated first), and the other rows:
    美元 is never plotted on a 元 axis.

    >>> kept, left = one_unit(pd.DataFrame({"unit": ["美元", "元", "元"], "value": [1.0, 2.0, 3.0]}))
    >>> kept["value"].tolist(), left["unit"].tolist()
    ([2.0, 3.0], ['美元'])
    """
    if frame.empty:
        return frame, frame
    counts = frame["unit"].value_counts(sort=False)
    unit = max(counts.index, key=lambda u: (counts[u], -list(frame["unit"]).index(u)))
    same = frame["unit"] == unit
    return frame[same], frame[~same]


#: Columns of ``derived_figures``.
DERIVED_COLUMNS = ("derived", "inputs", "about", "value", "low", "high", "unit", "caveat", "flag")


def _ratio_bounds(top: pd.Series, bottom: pd.Series) -> tuple[float, float, float]:
    value = top["value"] / bottom["value"]
    low = top["low"] / bottom["high"] if bottom["high"] not in (0, math.inf) else 0.0
    high = top["high"] / bottom["low"] if bottom["low"] else math.inf
    return value, low, high


def _bound_words(row: pd.Series) -> str:
    if row["interval"] == "[v, v+step)":
        return "a lower bound with a range"
    return {"over": "a lower bound", "nearly": "an upper bound",
            "under": "an upper bound", "at_least": "a lower bound", "approx": "approximate",
            "range": "a range"}.get(row["qualifier"], "exact")


def _average_caveat(money: pd.Series, count: pd.Series, value: float) -> str:
    """Why an average of two stated figures is a bound, or not even that."""
    at = f"{value / 10**4:.1f}万{money['unit']} per {count['unit']}"
    open_money, open_count = money["qualifier"] in ("over", "at_least"), count["qualifier"] in ("over", "at_least")
    if open_money and open_count:
        return (f"{at} is an upper bound only if {money['surface']} is read as about {money['value'] / 10**4:g}万"
                f"{money['unit']}: more than {count['value']:g} {count['unit']} share it. Strictly both are lower "
                f"bounds, so the text fixes no bound on the average")
    if open_count:
        return f"{at} is an upper bound: more than {count['value']:g} {count['unit']} share {money['surface']}"
    if count["qualifier"] in ("nearly", "under"):
        return f"{at} is a lower bound: fewer than {count['value']:,.0f} {count['unit']} share {money['surface']}"
    if open_money:
        return f"{at} is a lower bound: the amount is more than stated"
    return f"{at} at the stated numbers"


def derived_figures(frame: pd.DataFrame) -> pd.DataFrame:
    """Figures implied by the stated ones, each marked derived, with its caveat and any flag.

    Rules, all general: (1) money over a count in the same sentence is an average per counted
    unit; (2) two money figures of different subjects measuring the same kind of stock (the same
    head noun, …余额 and …余额) give a share, with a caveat when they measure different things;
    (3) counts in one sentence form a chain (16名 → 20多条 → 12条): each over the one before.
    ``low``/``high`` follow from the inputs' intervals. ``flag`` names an inconsistency (a part
    larger than its whole, a share above 100%).
    """
    stats = statistics(frame)
    rows = []
    for _, group in stats.groupby("sentence", sort=True):
        money = group[group["kind"] == "money"]
        counts = group[group["kind"] == "count"]
        for _, m in money.iterrows():
            for _, c in counts[counts["value"] != 0].iterrows():  # nothing is an average over zero
                value, low, high = _ratio_bounds(m, c)
                caveat = _average_caveat(m, c, value)
                rows.append(("average per unit", f"{m['surface']} ÷ {c['surface']}", f"{m['about']} per {c['about']}",
                             value, low, high, f"{m['unit']}/{c['unit']}", caveat, ""))
        ordered = counts.sort_values("start")
        for (_, a), (_, b) in zip(ordered.iloc[:-1].iterrows(), ordered.iloc[1:].iterrows(), strict=True):
            if a["value"] == 0:
                continue  # a ratio over a count of zero (弃权 0 票, 反对 0 票) is undefined: no derived figure
            value, low, high = _ratio_bounds(b, a)
            same_unit = a["unit"] == b["unit"]
            unit = "share" if same_unit else f"{b['unit']}/{a['unit']}"
            flag = ""
            if same_unit and b["low"] > a["high"]:
                flag = f"{b['surface']} exceeds {a['surface']}: more {b['about'] or b['unit']} than there were"
            caveat = (f"chain {a['surface']} → {b['surface']}: {b['surface']} is {_bound_words(b)}, "
                      f"{a['surface']} is {_bound_words(a)}")
            rows.append(("chain ratio", f"{b['surface']} ÷ {a['surface']}", f"{b['about']} per {a['about']}",
                         value, low, high, unit, caveat, flag))
    money = stats[stats["kind"] == "money"]
    for (_, a), (_, b) in ((x, y) for x in money.iterrows() for y in money.iterrows()):
        if a["start"] >= b["start"] or a["subject"] == b["subject"] or a["unit"] != b["unit"]:
            continue
        if not a["about"] or a["about"][-2:] != b["about"][-2:]:
            continue  # only stocks of one kind (…余额 beside …余额) are set side by side
        part, whole = (a, b) if a["value"] <= b["value"] else (b, a)
        if whole["value"] == 0:
            continue
        value, low, high = _ratio_bounds(part, whole)
        caveat = (f"{part['subject'] or '?'}'s {part['about']} beside {whole['subject'] or '?'}'s {whole['about']}"
                  + ("" if part["about"] == whole["about"] else ": different metrics, so this is a comparison of "
                     "sizes, not a market share"))
        flag = "a part larger than its whole" if value > 1 and part["about"] == whole["about"] else ""
        rows.append(("share", f"{part['surface']} ÷ {whole['surface']}", f"{part['about']} / {whole['about']}",
                     value, low, high, "share", caveat, flag))
    return pd.DataFrame(rows, columns=list(DERIVED_COLUMNS))
