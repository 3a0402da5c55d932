"""Numbers as Chinese news writes them: one grammar for numerals, multipliers, units and qualifiers.

The tokenizer and the figure extractor both read figures with ``find_statistics`` (and its pattern
``RE_STATISTIC``), so every statistic the extractor reports is exactly one token.

Numerals (``parse_chinese``, ``parse_number``): 二十 = 20, 一百零五 = 105, 三千万 = 3e7, 十二点二 = 12.2,
二〇二五 (digit by digit) = 2025, 负三 = -3, uppercase 壹万贰仟 = 12000, colloquial 三万五 = 35000,
两千六 = 2600, 一百二 = 120, 四万万 = 4e8, mixed 10.1万 = 101000, 1万600 = 10600. Malformed numerals
(十一十二, 百十一, 七十百, 零点点) raise ``ValueError`` naming the input.

Figures (``find_statistics``): a number with its multiplier and unit, and what qualifies it:

=====================  ===========================================  ==============================
form                   example                                      low, high
=====================  ===========================================  ==============================
range                  100-200万元, 两到三万港元, 15%—25%, 1万-5万元   [low, high], the multiplier
                                                                    shared when only the second
                                                                    states it (两到三万 = 2万–3万)
approximate numeral    八九亿元, 三四十家, 五六千元, 一两个百分点       [8亿, 9亿], [30, 40] ...
several (数, 几)        数十亿元, 数百家, 几十万                       [10亿, 100亿], [100, 1000] ...
多/余, 十几             20多条, 8万多亿美元, 十几元                    [v, v + step)
sign                   负3.9%, -22.2%, 同比-0.3%                      a negative value
=====================  ===========================================  ==============================

A bare multiplier is never a number: 亿吨 in ``1.7 亿吨`` belongs to 1.7 (a space is allowed after an
Arabic number, as web copies write it). Units may be compound (元/吨, 万立方米/天, 千瓦时); money in
元 may carry 角 and 分 (六十四万零一百四十三元一角七分 = 640143.17).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from helpers.traditional import fold

# Digits of Chinese numerals, with the uppercase (financial) and traditional forms.
CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
# 兆 as Taiwan, Hong Kong and Malaysian copies write 万亿 (新台币3兆元, 8兆8800亿人民币); read only before an amount
# of money or a 亿 group, never as a numeral character (兆瓦 is a megawatt, 兆 alone an omen).
ZHAO = {"兆": 10**12}
# 廿 (20) and 卅 (30), as dates and old texts write them.
CN_TENS = {"廿": "二十", "卅": "三十"}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS) + "".join(CN_TENS)

#: Multipliers written after a number: 36.1万亿元, 4000万元, 3千亿, 3千万亿.
MULTIPLIERS = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3,
}
#: Currency units; their figures are money, normalised to the unit (元 for renminbi).
MONEY_UNITS = ("元", "美元", "港元", "欧元", "日元", "英镑", "韩元", "澳元", "加元", "泰铢", "卢布", "新台币", "丹麦克朗",
               "瑞典克朗", "挪威克朗", "瑞士法郎",
               "法郎", "马克", "里拉", "卢比", "比索", "林吉特", "澳门元")  # ４６０亿法郎 (a 1990s reprint on French farming)
#: Other spellings of a currency, and the unit they normalise to.
MONEY_ALIASES = {"圆": "元", "港币": "港元", "美金": "美元", "日币": "日元", "台币": "新台币", "韩币": "韩元",
                 "人民币": "元", "人民幣": "元",  # 3800亿人民币, as overseas copies write it: not 3800亿 人
                 "块钱": "元",  # 100块钱, as people say 元
                 "欧罗": "欧元",  # 80歐羅, as Hong Kong writes the euro
                 "蚊": "港元",  # 5000幾蚊, as Hong Kong says dollars (not 蚊子, a mosquito)
                 "澳门币": "澳门元"}  # the pataca (约七百五十万元澳门币); 澳元 is the Australian dollar
#: A currency named before the number (港币两千九百六十元, 人民币300亿元) and the unit it makes of 元.
CURRENCY_PREFIXES = {"人民币": "元", "港币": "港元", "新台币": "新台币", "台币": "新台币", "澳门币": "澳门元"}
#: Percent units: % (a share or rate), 个百分点 (a difference of percentages), 个基点 (0.01 point), ‰.
PERCENT_UNITS = ("个百分点", "百分点", "个基点", "基点", "个基本点", "基本点", "BP", "bp", "bps", "%", "％", "‰")
#: Measures (a physical quantity): 1800万立方米, 4120亿千瓦时, 1.7亿吨.
MEASURE_UNITS = (
    "千瓦时", "立方米", "平方公里", "平方米", "公顷", "公里", "千米", "千瓦", "英寸", "吨", "千克", "公斤", "桶", "升", "亩",
    "米", "兆瓦", "吉瓦", "标箱", "标准箱", "TEU", "担",  # 担: a weight of grain or leaf (50 kg), 产量15万担; TEU: 标箱
    "斤", "平米",  # 斤: half a kilogram (亩产500多斤); 平米: 平方米 as property news writes it (37.71万平米)
    "毫米", "厘米", "毫升", "℃",
    "方尺",  # square feet, as Hong Kong prices a flat (面积5131方尺)
)
#: Measures written in Latin letters or signs, as science and trade copy sets them, and the unit each is read as:
#: 平均产量7330.5kg/hm2, 种子年总产量是4303L, 海拔166m, 装机800MW. A Latin unit ends where no letter or digit follows (5mm,
#: not 5mmol); g only where no word of a network follows it (4g网络 is 4G).
LATIN_UNITS = {"kg": "千克", "km": "公里", "km2": "平方公里", "km²": "平方公里", "mm": "毫米", "cm": "厘米", "m": "米",
               "m2": "平方米", "m²": "平方米", "m3": "立方米", "m³": "立方米", "hm2": "公顷", "hm²": "公顷", "ha": "公顷",
               "L": "升", "ml": "毫升", "mL": "毫升", "g": "克", "kW": "千瓦", "kWh": "千瓦时", "MW": "兆瓦", "GW": "吉瓦",
               "℃": "℃", "t": "吨",  # 年产污泥3000t, ＜120t/hm2 (湖北农业科学 1998)
               # superscripts as the Fudan corpus's reprints set them: 1038m[3], 15 000～22 500m[3]／hm[2]
               "m[2]": "平方米", "m[3]": "立方米", "hm[2]": "公顷", "km[2]": "平方公里"}
#: Classifiers and units of counted things.
COUNT_UNITS = (
    "人次", "小时", "分钟", "户", "名", "家", "条", "个", "笔", "项", "人", "次", "倍", "岁",
    "件", "场", "所", "台", "辆", "套", "批", "种", "类", "款", "支", "位", "份", "天", "周", "座", "张", "篇", "本",
    "头", "只", "艘", "架", "票", "处", "字", "股", "杯", "株", "片", "个小时", "袋", "班",  # 班: flights (4.7万班)
    "架次", "列", "辆次", "艘次", "单", "起", "口",  # 架次: flights (1.25万架次); 列: trains (开行旅客列车10817列);
    # 辆次, 艘次: vehicle and ship movements; 单: deals (267单定增预案); 起: cases (6起); 口: wells (5300多口)
    "宗", "部",  # 宗: cases, as Hong Kong counts them (收到33宗求助); 部: films, phones, laws (四部电影)
    "枚", "伙", "册", "像素", "秒",  # 枚: missiles, medals (30枚巡航導彈); 伙: flats, as Hong Kong counts them (仅提供2伙);
    # 册: volumes (打印了２００册); 像素: pixels (23万像素显示屏); 秒: seconds, as 分钟 are minutes (29.2秒)
) + MEASURE_UNITS  # (Traditional units are read folded: 299萬輛 as 299万辆, find_statistics)
#: What a compound unit is per: 536元/吨, 80元/份, 1800万立方米/天.
PER_UNITS = ("千瓦时", "立方米", "平方米", "平米", "千克", "公斤", "小时", "吨", "份", "天", "日", "年", "月", "人", "户", "股",
             "桶", "斤", "克", "台", "辆", "件", "次", "张", "个", "只", "头", "亩", "升", "公顷", "hm2", "hm²", "ha", "kg",
             "m2", "m²", "hm[2]", "m[2]")
#: 每 and a unit right before money (每斤4.35元, 每公斤为2元): a price per that unit (not the second of two, 每人每月500元,
#: which this grammar does not read as a rate).
RE_PER_BEFORE = re.compile(rf"(?<!每[\u4e00-\u9fff])(?<!每[\u4e00-\u9fff]{{2}})"
                           rf"每(?P<per>{'|'.join(sorted(PER_UNITS, key=len, reverse=True))})"
                           r"(?:售价|售價|价格|價格|均价|均價)?(?:[卖賣][到出]?|涨到|漲到|降到|下降了?|上涨了?|上漲了?|便宜了?|贵了?|貴了?)?"
                           r"(?:[为為是约約达達仅僅只])?$")  # 每斤卖到4.4—4.6元, 每斤售价为4.05元, 每斤下降了0.15元
#: Every unit, longest first (so 个百分点 wins over 个).
UNITS = tuple(sorted(set(MONEY_UNITS + tuple(MONEY_ALIASES) + PERCENT_UNITS + COUNT_UNITS + tuple(LATIN_UNITS)),
                     key=len, reverse=True))
UNIT_NORMAL = {**MONEY_ALIASES, "％": "%", "百分点": "个百分点", "基点": "个基点", "个小时": "小时",
               # 基本点 is the basis point's full name (略升9个基本点)
               "个基本点": "个基点", "基本点": "个基点", "平米": "平方米",
               "BP": "个基点", "bp": "个基点", "bps": "个基点",  # 平均仓位…增加14BP (理财周报 2009)
               **LATIN_UNITS}

# Qualifier words before a figure and after it (see helpers.stated for the intervals they mean).
PRE_QUALIFIERS = {
    "约为": "approx", "大约为": "approx", "不少于": "at_least", "至少": "at_least", "不低于": "at_least", "最少": "at_least",
    "不超过": "under", "不高于": "under", "最多": "under", "不足": "under", "不到": "under", "低于": "under",
    "小于": "under", "少于": "under", "将近": "nearly", "接近": "nearly", "超过": "over", "高于": "over", "大于": "over",
    "多于": "over", "大约": "approx", "约等于": "approx", "约合": "approx",
    "近": "nearly", "超": "over", "逾": "over", "约": "approx", "突破": "over", "约达": "approx",
    "超过了": "over", "突破了": "over", "接近了": "nearly",  # 累计跌幅也超过了30％ (金融时报 2000)
    "大概": "approx", "大概有": "approx", "约有": "approx", "大约有": "approx",  # 泡沫，大概有30%; 约有2成业主
    "约占": "approx", "不够": "under",  # 约占69% (a 2000 report on Korean seeds); 此民族不夠一百萬人 (眾新聞)
    "大约是": "approx", "约是": "approx",  # 放大倍率大约是0.71倍 (a camera review)
    "大致为": "approx", "大致是": "approx", "大体为": "approx",  # 结构份额大致为60％:40％ (a Fudan reprint)
    # 有 or 也有 after a bound: 死者至少有12人, 最低也有2次 (a NBA report, 2010)
    "至少有": "at_least", "至少也有": "at_least", "最少有": "at_least", "最少也有": "at_least", "最低也有": "at_least",
    "起码有": "at_least", "最多有": "under", "最多也就": "under",
    # signs of comparison: 当污泥施用量＜120t/hm2时 (湖北农业科学 1998)
    "＜": "under", "<": "under", "≤": "under", "＞": "over", ">": "over", "≥": "at_least",
}
POST_QUALIFIERS = {"以上": "over", "之多": "over", "以下": "under", "以内": "under", "左右": "approx", "上下": "approx",
                   "及以上": "over", "及以下": "under", "或以上": "over", "或以下": "under",  # 65歲或以上 (眾新聞)
                   "内": "under"}  # 在21天內啟動程序: within, after a span of time only (_alternatives)
#: Pre-qualifiers whose bound is included ([v, ∞) or [0, v]); the others exclude it.
INCLUSIVE = ("以上", "以下", "及以上", "及以下", "或以上", "或以下",
             "以内", "内", "不超过", "不高于", "最多", "不少于", "至少", "不低于", "最少", "至少有", "至少也有", "最少有",
             "最少也有", "最低也有", "起码有", "最多有", "最多也就", "≤", "≥")


# Where a unit in Latin letters ends: not where letters, digits or a superscript go on (5mmol, m[3] as the Fudan corpus
# writes m³), nor before a web address's dot (3g.3guu.com) or a per-unit this grammar does not read (2.46m/min, 50g/L:
# no metres, no grams); the per-units it reads are PER_UNITS's in Latin letters (7330.5kg/hm2).
_LATIN_PER = "|".join(re.escape(u) + ("" if u.endswith("]") else r"(?![A-Za-z0-9²³\[])")
                      for u in PER_UNITS if re.search("[A-Za-z]", u))
_LATIN_UNIT_END = rf"(?![A-Za-z0-9²³\[]|\.[A-Za-z0-9]|\s?[/／]\s?(?!{_LATIN_PER})[A-Za-z])"


def _alternatives(words) -> str:  # noqa: ANN001 - any iterable of str
    """A regex alternation of ``words``, longest first; a unit in Latin letters only where no letter or digit follows it
    (``LATIN_UNITS``)."""
    def one(word: str) -> str:
        if word == "马克":
            return "马克(?!思)"  # 这一马克思主义: no mark
        if word == "蚊":
            return "蚊(?![子帐帳香虫蟲])"  # 蚊子, 蚊帐: mosquitoes
        if word == "内":  # within, after a span of time (21天内, 48小时内), not 两个省内 (in the two provinces)
            return "(?<=[天时時钟鐘秒周週月])[内內]"
        if not re.search("[A-Za-z²³]$", word):
            return re.escape(word)
        if word == "g":
            return r"g" + _LATIN_UNIT_END + r"(?![网網手时時信基用牌技套终終])"  # 4g网络 is 4G
        return re.escape(word) + _LATIN_UNIT_END
    return "|".join(one(w) for w in sorted(words, key=len, reverse=True))


def _pre_qualifiers() -> str:
    """``PRE_QUALIFIERS`` as an alternation, 近 and 约 not where they end another word: 最近两天 (lately), 附近3公里
    (nearby), 节约100元 (saved)."""
    def one(word: str) -> str:
        if word == "近":
            return r"(?<![最附靠临臨新晚])近"
        if word.startswith("约"):  # (节约100元, 签约, 合约, 公约: 约 ending another word, no “about”)
            return r"(?<![节節制签簽预預邀契条條公合简簡相违違履毁毀守特集俭儉])" + re.escape(word)
        return re.escape(word)
    return "|".join(one(word) for word in sorted(PRE_QUALIFIERS, key=len, reverse=True))


# An Arabic number, full-width digits and thousands separators allowed: 36.1, 4,000, ３６.１, 82，225.00.
# A decimal point may be a middle dot, as older copies set it (新华社 1990: 出大于进２６·５亿美元).
RE_ARABIC = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．﹒·・][0-9０-９]+)?"
_DIGIT_CHARS = "".join(CN_DIGITS)
_CN_ALL = CN_NUMERAL_CHARS
# A Chinese number: 二十, 一百二十, 三千万, 十二点二, 壹万贰仟. It begins with a digit or 十 (十五): a
# multiplier alone (万, 亿) is never a number.
RE_CHINESE = rf"[{_DIGIT_CHARS}十拾廿卅][{_CN_ALL}]*(?:[点點][{_DIGIT_CHARS}]+[万萬亿億]*)?"
# Approximate numerals: two neighbouring digits (八九亿, 三四十家, 一两个百分点, 三五百块).
APPROX_PAIRS = ("一两", "一二", "两三", "二三", "三四", "四五", "五六", "六七", "七八", "八九", "三五")
# The pair may be set apart by a pause mark where a multiplier follows: 四、五十元, 八、九亿 (not 一、二线, a list).
RE_APPROX = (rf"(?:{'|'.join(APPROX_PAIRS)})[十百千万亿]*"
             rf"|(?:{'|'.join(f'{a}、{b}' for a, b in APPROX_PAIRS if CN_DIGITS[b] == CN_DIGITS[a] + 1)})[十百千万亿]+")
# Several (数十亿, 数百家, 几十万) and ten-odd (十几, 二十几).
RE_SEVERAL = r"(?:[数几][十百千万亿]+|(?:[一二三四五六七八九]?十)几[十百千万亿]*)"
# The same, compiled once (read_statistic asks them of every match).
_ARABIC, _SEVERAL, _APPROX = re.compile(RE_ARABIC), re.compile(RE_SEVERAL), re.compile(RE_APPROX)
_BIG = re.compile("[万萬亿億]")
# An Arabic number with its multipliers inside it, as news writes large amounts: 1亿2000万, 3万亿8800亿,
# 2万5000, 1万600, 1万5千, 3万5千5百, 1亿零500万. Nothing that could scale it again follows it.
RE_ARABIC_MIXED = (rf"{RE_ARABIC}(?:(?:[万萬亿億]+|兆(?={RE_ARABIC}[亿億]))[零〇]?(?:{RE_ARABIC}[十百千拾佰仟]?)+)+"
                   r"(?![0-9０-９A-Za-z.．﹒·・十百千拾佰仟])[万萬亿億]*(?![万萬亿億十百千拾佰仟兆])")
# Arabic digits with their places written as characters, thousands then hundreds (2千2百, 3千5百50): one number, which
# a multiplier after it scales whole (大约2千2百万个新的工作岗位: 22 million, not 2千).
RE_ARABIC_PLACES = r"[0-9０-９][千仟][0-9０-９][百佰](?:[0-9０-９]{1,2}(?![0-9０-９.．])|[0-9０-９][十拾])?"
# The multiplier after a number: 万, 亿, 万亿, 千万亿 (3千万亿), 万多亿 (8万多亿), 千多亿 (6千多亿), 百万, 千亿.
RE_MULT = (r"(?:[十百千拾佰仟]?[万萬](?:多|余)?[亿億]|[十百千拾佰仟](?:多|余)[万萬亿億]|[十百千拾佰仟]?[万萬亿億]"
           r"|[百千佰仟](?![万萬亿億瓦克米])"  # 100千瓦: a unit
           r"|兆(?=(?:人民币|人民幣|新台币|新台幣|台币|台幣|美元|港元|港币|日元|欧元|令吉|马币|新元|元)))")  # 新台币3兆元
_SPACE = r"[ \u3000\u00a0]?"
_SEPARATOR = r"(?:——|--|[—–\-~～至到－])"
# A statistic, in one pattern:
#   超4000万元 · 近180万户 · 20多条 · 36.1万亿元 · 12.2% · 3个百分点 · 100-200万元 · 两到三万港元 · 15%—25%
#   1万(含)-5万元 · 八九亿元 · 数十亿元 · 负3.9% · 536元/吨 · 1800万立方米/天 · 50万元（含）以上 · 两个亿
#   六十四万零一百四十三元一角七分
# _RANGE is its second number, a range's other end (100-200万元, 15%—25%), which may be stated as its bound
# (9800万至近1.4亿元, 3万余至最高4.2万元: the range's high end is the number either way).
_RANGE = (rf"(?:(?P<unit1>{_alternatives(UNITS)})?(?:[（(]含[）)])?{_SPACE}{_SEPARATOR}{_SPACE}"
          r"(?P<pre2>近|将近|將近|接近|最高|最多|约|約|大约|大約)?"
          rf"(?P<num2>{RE_ARABIC_MIXED}|{RE_ARABIC}|{RE_CHINESE})(?P<more2>多|余)?(?:{_SPACE}(?P<mult2>{RE_MULT}))?)?")


# What “secondary” (二次) qualifies: 二次分配, 二次创业, 二次发行, 二次元, 二次污染.
_SECONDARY = ("(?:分配|创业|創業|发行|發行|开发|開發|元|污染|利用|加工|装修|裝修|融资|融資|上市|改革|供水|能源|电池|電池|函数"
              "|函數|方程|曲线|曲線|感染|审核|審核|创作|創作|销售|銷售|营销|營銷)")
# What 一元 and 二元 qualify as “unitary” and “dual”, no amount of money: 二元发展战略, 二元经济结构, 一元化, 一元论.
_DUAL = ("(?:经济|經濟|结构|結構|体制|體制|体系|體系|论|論|化|制|发展|發展|战略|戰略|对立|對立|社会|社會|格局|分割|主体|"
         "主體|模式)")


def _statistic_pattern(range_part: str) -> re.Pattern[str]:
    """RE_STATISTIC with ``range_part`` as its second number (a range's: _RANGE)."""
    return re.compile(
        # 过百个义工, 过千封电邮: over (不过百万 is no more than)
        rf"(?P<pre>{_pre_qualifiers()}|(?<![晚早马馬路线線网網身世手])上(?=[百千万萬])|(?<![不经經通走越穿])过(?=[百千万亿]))?"
        rf"(?P<sign>(?<![减減担擔抵背肩身欠正])负|(?<![0-9０-９A-Za-z])[-−－](?=[0-9０-９]))?"  # 减负141.8亿元, 背负200万元债务,
        # 正负3%: a burden relieved or borne, a ± (read as its bound), not a negative value; EB-5, F-16: a code's hyphen
        rf"(?<![0-9０-９.．﹒·・第{_CN_ALL}點点兆])(?<!第[ \u3000])(?<![A-Za-z][-−－])"
        rf"(?<![0-9０-９] )"  # 22 500m[3]: the tail of a number set in groups of three by spaces is no number of its own
        # 1/2.33英寸 (a sensor's size), 2017/18學年: the number after a slash is a fraction's or a date's, none of its own
        rf"(?<![0-9０-９][/／])"
        # After Latin letters a number is a code or a name (G20, C919大飞机, G1234次列车, M2余额, PM2.5浓度, G20元首,
        # Web3元宇宙, F1万众瞩目) unless an amount follows it at once: 万/亿 and a currency or no more Chinese, a
        # percent, or 元 that ends the word (GDP99939.18亿元, a page copy's lost space)
        rf"(?:(?<![A-Za-z])|(?={RE_ARABIC}{_SPACE}(?:[万萬亿億]+(?:[美港欧歐日]?元|人民币|人民幣|[%％]|(?![\u4e00-\u9fff]))"
        rf"|[%％]|元(?![\u4e00-\u9fff]))))"
        rf"(?P<num>{RE_APPROX}|{RE_SEVERAL}|{RE_ARABIC_MIXED}|{RE_ARABIC_PLACES}|{RE_ARABIC}|{RE_CHINESE}|[百千](?=[{_CN_ALL}]*(?:{_alternatives(UNITS)}))|(?<=上)[万萬](?={_alternatives(UNITS)}))"
        rf"(?P<more>多|余|(?<=[0-9０-９])几(?=[万亿千百蚊元块]))?(?:{_SPACE}(?P<mult>{RE_MULT})(?P<more_mult>[多余](?=[\u4e00-\u9fff]|[，。；、！？,;!?）)」”’]|$)(?!(?<=[亿億]多)(?:元化|样|樣|种|種|方)))?|(?P<ge>个)(?=[亿億]))?"
        rf"(?P<mult_ge>(?<=个)[亿億])?"
        rf"{range_part}"
        # 536元/吨, 30706元每平米: a rate; 6亩多, 3吨多, 5倍多, 11.6％多: a measure and more (not 100亩多种经营)
        # (担 of 担保, 担任, 担心 is no unit: 提供2亿担保 is 2亿)
        rf"(?:{_SPACE}(?P<unit>{_alternatives(UNITS)})(?!(?<=担)[保任心当忧子纲])(?!(?<=倍)体)(?!(?<=周)年)"  # (十周年)
        # (安倍晉三周一到, 周六周日: Monday, Sunday; 三周一次, 三周一共, 1-2周一般 are weeks)
        r"(?!(?<=周)[一二三四五六日](?![次共直般起样樣定些下切致律旦半]))"
        r"(?!(?<=所)[示述列])"  # (如图2所示: as figure 2 shows, no count of schools)
        r"(?!(?<=人)口)"  # (人口, the population, is no 人)
        r"(?!(?<=元)素)"  # (某一元素: an element, no money)
        # (升 before 旗, 级, 学, 职, 值 is a verb: 七一升旗礼; 二元 before 经济 or 结构 is “dual”)
        rf"(?!(?<=升)[旗级級学學职職值温溫])(?!(?<=[一二]元)(?<![0-9一二三四五六七八九十百千万亿两][一二]元){_DUAL})"
        # 二次 alone before a word it qualifies is “secondary”, no count: 二次分配, 二次创业 (not 十二次, 二次不假离营)
        rf"(?!(?<=二次)(?<![0-9一二三四五六七八九十百千两]二次){_SECONDARY})"
        rf"(?:(?:[/／]|(?<![%％‰])每)(?P<per>{_alternatives(PER_UNITS)}))?"
        # (多 as “mostly” stays out: 100吨多用于出口, 3万亩多为坡地)
        rf"(?P<unit_more>(?<=[亩吨斤米倍%％])多(?![种样项个家次年月方少数为用销是在于被都已将还也就可能要会]))?)?"
        rf"(?:(?P<jiao>[{_DIGIT_CHARS}0-9])角)?(?:零?(?P<fen>[{_DIGIT_CHARS}0-9])分)?(?P<whole>整|正(?![\u4e00-\u9fff]))?"
        rf"(?P<post>(?:[（(]含[）)])?(?:{_alternatives(POST_QUALIFIERS)}))?"
    )


RE_STATISTIC = _statistic_pattern(_RANGE)
# The same figure with no second number: where a range's two ends have different units after a change
# (回落1.32个百分点至2.08%), they are two figures, the first read alone (its groups of a range never take part).
RE_STATISTIC_ALONE = _statistic_pattern("(?:(?!)(?P<unit1>)(?P<pre2>)(?P<num2>)(?P<more2>)(?P<mult2>))?")
# 百分之十二点二, 百分之二十, 百分之一百二十点五: a percentage written out; twenty-odd (百分之二十几) and a range
# (百分之七十至八十, 百分之十到十五, 百分之七十到百分之八十).
RE_WRITTEN_PERCENT = re.compile(
    rf"(?P<pre>{_pre_qualifiers()})?(?P<sign>负)?百分之(?P<sign2>负)?(?P<num>{RE_SEVERAL}|{RE_CHINESE}|{RE_ARABIC})"
    rf"(?:{_SPACE}[至到—～~－-]{_SPACE}(?:百分之)?(?P<num2>{RE_CHINESE}|{RE_ARABIC})"
    rf"(?![0-9０-９{_CN_ALL}年月日号號]))?"  # (百分之二十五至2020年: a year, no range)
    rf"(?P<post>{_alternatives(POST_QUALIFIERS)})?"
)
# A fraction written out: 三分之一, 四分之三, 千分之五 (per mille), 约三分之二, 超过五分之一. Only the Chinese form: an Arabic
# 1/5 is as often a date, a score or a per-unit. 百分之 is RE_WRITTEN_PERCENT's.
RE_FRACTION = re.compile(
    rf"(?P<pre>{_pre_qualifiers()})?(?<![{_DIGIT_CHARS}十百千万0-9])(?P<den>[{_DIGIT_CHARS}十]{{1,3}}|[千万萬])"
    rf"分之(?P<num>[{_DIGIT_CHARS}十]{{1,3}}(?:[点點][{_DIGIT_CHARS}]+)?)(?P<post>{_alternatives(POST_QUALIFIERS)})?"
    r"(?!个?世纪|個?世紀|决赛|決賽)"  # (四分之一个世纪: 25 years; 八分之一决赛: a round of sixteen)
)
# A measure stated as a fraction in Arabic numerals: 1/2.33英寸 (a camera sensor's size), 1/2公斤. Only before a unit of
# measure: 19/20只 (19 of 20), 2017/18學年 and 3/4 (a date, a score) are no fraction of anything measured.
RE_ARABIC_FRACTION = re.compile(
    rf"(?<![0-9０-９.．/／A-Za-z])(?P<num>[0-9]{{1,3}})[/／](?P<den>[0-9]{{1,3}}(?:\.[0-9]+)?)"
    rf"(?P<unit>{_alternatives(MEASURE_UNITS)})"
)
# The dead and the injured a disaster's toll counts, as headlines write them: 18死30伤, 3死5伤, 1死 (not 九死一生).
# 伤 opens words of its own (伤害, 伤心, 伤亡): no toll.
_INJURY_WORDS = "[害心亡残痛病口痕员者势感神]"
#: The notes of a toll's two counts.
TOLL_NOTES = ("the dead (死)", "the injured (伤)")
_TOLL_END = "，,。；;、）)」”"  # what may follow a toll, or white space
RE_CASUALTY = re.compile(
    rf"(?P<pre>{_pre_qualifiers()})?(?<![0-9０-９{_DIGIT_CHARS}十百千万.])(?P<num>{RE_ARABIC}|[{_DIGIT_CHARS}十]{{1,3}})(?P<toll>死|伤)"
    rf"(?=[0-9０-９{_DIGIT_CHARS}十](?:{RE_ARABIC}|[{_DIGIT_CHARS}十]{{0,2}})伤|[{_TOLL_END}\s]|$"
    rf"|(?<=伤)(?!{_INJURY_WORDS}))"  # (the injured of a pair may qualify a noun: 兩死三傷工業意外; _casualty)
)
# A score or rating in points (分): with decimals (民望為55.6分, 下跌1.2分; not 上午9.30分, a time), or after a
# word of scoring right before it (总分665, 得分92分, 评分7分, 听力142,); not 分钟, 分之, 分别 and the other words 分 opens.
_SCORE_WORDS = "民望|评分|得分|总分|分数|满分|平均分|成绩|听力|阅读|写作|评级|支持度|满意度"
RE_SCORE = re.compile(
    rf"(?<![0-9０-９.．:：时点午晨晚])(?P<num>[0-9０-９]+[.．][0-9０-９]+)分(?![钟鐘之别別析期行公红紅配成类類局会會店支部布享贝貝])"
    rf"|(?:{_SCORE_WORDS})[为為是达達]?(?P<num2>[0-9０-９]{{1,3}})(?:分(?![钟鐘之别別析期行公红紅配成类類局会會店支部布享])"
    rf"|(?=[，,。；;、）)\s]|$))"
)
RE_SCORE_GATE = re.compile(f"分|{_SCORE_WORDS}")  # what every RE_SCORE match holds
# What makes 分 a cent or a rate of interest: an exchange rate, interest, money.
RE_CENT_CONTEXT = re.compile(r"利率|利息|月息|年息|汇率|匯率|贬|貶|升值|美元|港元|人民币|人民幣|元|角")
# Half (一半) as a share, where a qualifier or a word of sharing says so: 近一半, 一半以上, 占一半; not 另一半 (a partner).
RE_HALF_SHARE = re.compile(
    rf"(?P<pre>{_pre_qualifiers()})?(?<![另其])一半(?P<post>或以上|以上|以下|左右|多)?"
)
# A toll counts both (18死30伤), or follows a verb of causing it (造成3死, 酿成1死).
RE_CASUALTY_PAIR = re.compile(rf"(?:{RE_ARABIC}|[{_DIGIT_CHARS}十]{{1,3}})死(?:{RE_ARABIC}|[{_DIGIT_CHARS}十]{{1,3}})伤")
RE_TOLL_VERB = re.compile(r"造成|酿成|釀成|导致|導致|致|共|已|累计|累計")
# A share in tenths (成): 逾一成一 is over 11%, 近三成四 nearly 34%, 八成以上 80% or more. Only a digit and 成
# standing alone (a clause break or 的 after it): 一成不变 and 建成 are no shares.
RE_TENTHS = re.compile(
    rf"(?P<pre>{_pre_qualifiers()})?(?<![0-9./A-Za-z])"
    # a range: 六、七成 (two neighbours and a pause mark), 六成至七成, 六到七成
    rf"(?:(?P<lo>[{_DIGIT_CHARS}0-9])(?:成?(?P<to>[至到])|、))?"
    rf"(?P<num>[{_DIGIT_CHARS}0-9半])成(?P<num2>[{_DIGIT_CHARS}半])?"
    # a character after it makes another word (九成熟, 一成不变), unless a qualifier closes the figure (九成以上增产);
    # after Arabic digits it is a word only if it is one of 成's own (约有2成业主, not 3成立 or 5成交)
    rf"(?:(?P<post>{_alternatives(POST_QUALIFIERS)})|(?P<more>多)|(?(pre)|(?!))"  # (after a qualifier, 约九成犯人: a share)
    rf"|(?<=[0-9]成)(?![立交为為功本长長绩績果熟员員都型效品分就年人了株])|(?![\u4e00-\u9fff](?<!的)))"
)
# A bare number in a list whose last item states the unit: 分别加快0.2、0.4个百分点 (0.2 is 0.2个百分点),
# 分别达到0.51与0.67个百分点.
# A multiplier stated once is every item's too: 分别接待游客3.61、2.31、2.9和1.13万人次 (3.61 is 3.61万人次; the text
# is read in its simplified reading, so 萬 is 万 here).
RE_BARE_LIST = re.compile(  # the look-ahead first: the scan jumps from digit to digit
    rf"(?=[0-9０-９])(?<![0-9０-９.．,，第])(?P<num>{RE_ARABIC})(?=(?:、{RE_ARABIC})*[、与和及](?P<last>{RE_ARABIC})"
    rf"(?:(?P<unit>{_alternatives(PERCENT_UNITS)})|(?P<mult>万亿|万|亿)(?P<counted>{_alternatives(UNITS)})))"
)
# An index level or move in points, written with decimals, after a word of an index in its clause: 收报3811.25点,
# 合计为-3.96点, 负3.96点 (not 19.30点, a time; 减负 is no sign, as in RE_STATISTIC).
RE_INDEX_POINTS = re.compile(r"(?:指|报|報|收于|收於|贡献|貢獻|涨|漲|跌|合计|合計)[^，。；,;！？]{0,12}?"
                             r"(?<![0-9.])(?P<sign>(?<![减減担擔抵背肩身欠正])负|[-−－])?(?P<num>[0-9]+\.[0-9]+)点(?![钟鐘半多])")
#: Numeral idioms that are not figures (checked so none is ever reported); 之一 is one of several,
#: but not in 百分之一.
#: 两位数 (double digits) counts digits, not anything stated.
IDIOMS = ("九死一生", "十死一生",  # (no toll of the dead: RE_CASUALTY)
          "最后一公里", "第一手", "第一线", "第一时间", "一线", "一系列", "一次性", "双重", "一体化", "之一", "统一", "一致",
          "唯一", "单一", "同一", "逐一",  # 唯一一个跨越两种制度: “the only one”, not 一一 (11)
          "两位数", "兩位數", "三位数", "个位数", "双位数",
          "三位一体", "十字花科", "十字路口", "十字架", "十字型", "十字形",  # 「三位一體」的傳統 (眾新聞), 十字花科
          "四周")  # vegetables, 十字型对焦传感器 (a cross-type sensor): no figures; 向四周“扩展”: all around (_IDIOM_GUARDS)
# Each alternative opens with its first character (the look-behind of 之一 comes after it), so the scan jumps
# from one possible first character to the next: a quarter of the time of a scan tried at every character.
# (同一 is “the same”, not in 相同一级 or 等同一百万元, where 同 ends the word before)
# (四周 is “all around” after a verb of facing or before 围/环: 向四周, 环顾四周, 四周围; else it may be four weeks)
_IDIOM_GUARDS = {"之一": "之一(?<!分之一)", "同一": "(?<![相等如])同一",
                 "四周": "四周(?:(?<=[向往朝顾顧望]四周)|(?=[围圍环環]))"}
RE_IDIOM = re.compile("|".join(_IDIOM_GUARDS.get(i, re.escape(i)) for i in IDIOMS))
# Uppercase digits that are also common characters of names (陆家镇, 伍先生): one alone is no numeral.
UPPERCASE_DIGITS = "壹贰貳叁參肆伍陆陸柒捌玖"
_FULLWIDTH = str.maketrans("０１２３４５６７８９．﹒·・，－", "0123456789....,-")


def parse_arabic(text: str) -> float:
    """'4,000' -> 4000.0, '３６.１' -> 36.1."""
    return float(text.translate(_FULLWIDTH).replace(",", ""))


def _fail(text: str, why: str) -> ValueError:
    return ValueError(f"not a Chinese numeral: {text!r} ({why})")


def parse_chinese(text: str) -> float:
    """Chinese numerals to a number: '二十' -> 20, '一百二十' -> 120, '三千万' -> 3e7, '十二点二' -> 12.2,
    '二〇二五' (digit by digit) -> 2025, '负三' -> -3, '壹仟' -> 1000, '三万五' -> 35000.

    Raises ValueError naming the input for anything else (十一十二, 百十一, 七十百, 零点点, 万).

    >>> parse_chinese("一百二十")
    120.0
    """
    return parse_number(text) if re.search(r"[0-9０-９]", text) is None else _refuse_arabic(text)


def _refuse_arabic(text: str) -> float:
    raise _fail(text, "it holds Arabic digits; use parse_number")


def _groups(text: str) -> list[tuple[str, float | str]]:
    """Cut a numeral into ('digit', d), ('arabic', v), ('unit', place), ('zero', 0)."""
    out: list[tuple[str, float | str]] = []
    i = 0
    plain = text.translate(_FULLWIDTH)
    while i < len(plain):
        ch = plain[i]
        if ch.isascii() and ch.isdigit():
            match = re.match(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?", plain[i:])
            if match is None or (i + match.end() < len(plain) and plain[i + match.end()] in ".,"):
                raise _fail(text, "a malformed Arabic number")
            out.append(("arabic", match.group()))
            i += match.end()
            continue
        if ch in ("零", "〇"):
            out.append(("zero", 0))
        elif ch in CN_DIGITS:
            out.append(("digit", CN_DIGITS[ch]))
        elif ch in CN_SMALL_UNITS or ch in CN_BIG_UNITS or ch in ZHAO:
            out.append(("unit", CN_SMALL_UNITS.get(ch) or CN_BIG_UNITS.get(ch) or ZHAO[ch]))
        else:
            raise _fail(text, f"{ch!r} is no numeral")
        i += 1
    return out


def _positional(text: str, groups: list[tuple[str, float | str]]) -> float:
    """The value of a numeral with place values (一百零五, 三万五, 1万600), checked as it is read."""
    total = 0.0  # whole 亿 groups
    wan = 0.0  # the 万 group below them
    section = 0.0  # below 万
    pending: float | None = None  # a digit (or Arabic group) waiting for its place value
    pending_decimal = False
    last_small = math.inf  # the last small place value in this section: they must fall
    last_place = 0  # the last place value read, for a colloquial last digit (三万五)
    after_zero = False
    for kind, item in groups:
        if kind == "zero":
            if pending is not None:
                raise _fail(text, "a digit before 零")
            after_zero = True
            continue
        if kind in ("digit", "arabic"):
            if pending is not None:
                raise _fail(text, "two numbers in a row")
            if kind == "arabic":
                pending_decimal = "." in str(item)
                pending = float(str(item).replace(",", ""))
            else:
                pending = float(item)
            continue
        place = int(item)
        if pending_decimal and place < 10**4:
            raise _fail(text, "a decimal before a small place value")
        if place < 10**4:  # 十, 百, 千
            if place >= last_small:
                raise _fail(text, "place values out of order")
            if pending is None:
                implicit = place == 10 or after_zero or (len(groups) == 1)
                if not implicit:
                    raise _fail(text, "a place value with no digit")
                pending = 1.0
            section += pending * place
            last_small = place
        else:  # 万, 亿
            if pending is None and section == 0 and not (place == 10**8 and wan):
                raise _fail(text, "a multiplier with no number")
            part = section + (pending or 0.0)
            if place == 10**12:  # 兆: a group above 亿 (3兆8800亿)
                if total or wan:
                    raise _fail(text, "place values out of order")
                total = part * 10**12
            elif place == 10**4:
                if wan:
                    raise _fail(text, "two 万 groups")
                wan = part * 10**4
            elif total:  # 3万亿8800亿: a 亿 group below a 万亿 one (3e12 + 8.8e11), never one 亿 after another
                if total % 10**12 or wan + part >= 10**4:
                    raise _fail(text, "place values out of order")
                total += (wan + part) * 10**8
                wan = 0.0
            else:
                total = (wan + part) * 10**8
                wan = 0.0
            section, last_small = 0.0, math.inf
        pending, pending_decimal, after_zero, last_place = None, False, False, place
    if pending is not None:
        if pending_decimal and last_place:
            raise _fail(text, "a decimal after a place value")
        if not after_zero and last_place >= 10 and groups[-1][0] == "digit" and len(groups) > 1:
            pending *= last_place / 10  # 三万五 = 35000, 两千六 = 2600, 一百二 = 120
        elif last_place and pending >= last_place:
            raise _fail(text, "a remainder as large as its place value")
        section += pending
    return total + wan + section


def _decimal_after_multiplier(groups: list[tuple[str, float | str]]) -> bool:
    seen_decimal = False
    for kind, item in groups:
        if seen_decimal and kind != "unit":
            return True
        if kind == "arabic" and "." in str(item):
            seen_decimal = True
    return False


def parse_number(text: str) -> float:
    """An Arabic, Chinese or mixed number: '4,000' -> 4000, '三千万' -> 3e7, '10.1万' -> 101000,
    '1万600' -> 10600, '-10.1万' -> -101000, '一百点123' -> 100.123.

    Raises ValueError naming the input when it is not one number.

    >>> parse_number("1万600")
    10600.0
    """
    if not text:
        raise _fail(text, "empty")
    plain = text.strip()
    if _ARABIC.fullmatch(plain):
        return parse_arabic(plain)
    sign = 1.0
    if plain[0] in "负-−－":
        sign, plain = -1.0, plain[1:]
    for old, new in CN_TENS.items():
        plain = plain.replace(old, new)
    plain = re.sub("[万萬][万萬]", "亿", plain)  # 四万万 = 4亿
    whole, dot, fraction = plain.replace("點", "点").partition("点")  # 點: the traditional form
    scale = 1
    if dot:
        tail = re.search("[万萬亿億]+$", fraction)  # 三点五万 = 35000
        if tail and fraction[:tail.start()]:
            fraction, scale = fraction[:tail.start()], multiplier_value(tail.group())
            if _BIG.search(whole):
                raise _fail(text, "a multiplier on both sides of 点")
        if not whole or not fraction or not re.fullmatch(rf"[{_DIGIT_CHARS}]+|[0-9]+", fraction):
            raise _fail(text, "a malformed decimal")
        fraction_value = float("0." + "".join(str(CN_DIGITS.get(ch, ch)) for ch in fraction))
    else:
        fraction_value = 0.0
    if not whole:
        raise _fail(text, "no number")
    groups = _groups(whole)
    if _decimal_after_multiplier(groups):  # 1.5亿2000万: a decimal group ends a number
        raise _fail(text, "more after a decimal multiplier")
    if all(kind in ("digit", "zero") for kind, _ in groups):  # 二〇二五, 一一: digit by digit
        value = float("".join(str(int(item)) for _, item in groups))
    elif len(groups) == 1 and groups[0][0] == "arabic":
        value = float(str(groups[0][1]).replace(",", ""))
    else:
        value = _positional(text, groups)
    return sign * (value + fraction_value) * scale


def _last_place(text: str) -> float:
    """The place value of a number's last digit: '10' -> 1, '11.6' -> 0.1, '十' -> 1."""
    plain = text.translate(_FULLWIDTH).replace(",", "")
    return 10.0 ** -len(plain.split(".")[1]) if _ARABIC.fullmatch(text) and "." in plain else 1.0


def step_of(text: str) -> float:
    """The place value of a number's last non-zero digit, for 多/余: '20' -> 10, '4000' -> 1000, '二十' -> 10.

    20多 means at least 20 and less than 30, so the interval is [value, value + step).
    """
    if _ARABIC.fullmatch(text):
        plain = text.translate(_FULLWIDTH).replace(",", "")
        if "." in plain:
            return _last_place(text)
        return 10.0 ** (len(plain) - len(plain.rstrip("0"))) if plain.strip("0") else 1.0
    value = abs(int(parse_number(text)))
    step = 1
    while value and value % (step * 10) == 0:
        step *= 10
    return float(step)


def multiplier_value(text: str) -> int:
    """The value of a multiplier as written after a number: '万' -> 1e4, '千万亿' -> 1e15, '万多亿' -> 1e12."""
    value = 1
    for ch in text:
        if ch in ("多", "余"):
            continue
        value *= CN_SMALL_UNITS.get(ch) or CN_BIG_UNITS.get(ch) or ZHAO[ch]
    return value


@dataclass(frozen=True)
class Reading:
    """A statistic as the number grammar reads it: the span, the value and the interval its wording allows.

    ``kind`` is money, percent, count, rate (a compound unit: 元/吨, 万立方米/天) or points (an index's); ``qualifier`` one of
    exact, over, nearly, approx, under, at_least, range; ``interval`` the shape of [low, high].
    """

    surface: str
    start: int
    end: int
    kind: str
    value: float
    unit: str
    qualifier: str
    low: float
    high: float
    interval: str
    note: str = ""
    #: The figure token: the span without the qualifier words around it (超4000万元 → 4000万元).
    token_start: int = -1
    token_end: int = -1

    @property
    def token(self) -> str:
        """The figure as the tokenizer cuts it: 4000万元 of 超4000万元."""
        return self.surface[self.token_start - self.start:self.token_end - self.start]


def _core(match: re.Match[str]) -> tuple[int, int]:
    """The span of a RE_STATISTIC match without its qualifier words."""
    start = match.start("sign") if match["sign"] else match.start("num")
    return start, match.start("post") if match["post"] else match.end()


def unit_kind(unit: str, *, per: str = "") -> str:
    """money, percent, count, or rate for a compound unit (元/吨)."""
    if per:
        return "rate"
    if unit in MONEY_UNITS:
        return "money"
    if unit in PERCENT_UNITS:
        return "percent"
    return "count"


def qualified_interval(qualifier: str, value: float, *, step: float = 1.0, words: str = "", more: bool = False,
                       ) -> tuple[float, float, str]:
    """The interval [low, high] a qualified value allows and its shape; low ≤ value ≤ high always."""
    if more and qualifier in ("over", "exact", "approx"):
        if value < 0:
            return (value - step, value, "(v-step, v]")
        return (value, value + step, "[v, v+step)")
    if qualifier == "over":
        return (value, math.inf, "[v, ∞)" if any(w in words for w in INCLUSIVE) else "(v, ∞)")
    if qualifier == "nearly":
        low, high = sorted((0.9 * value, value))
        return (low, high, "[0.9v, v)")
    if qualifier == "approx":
        low, high = sorted((0.95 * value, 1.05 * value))
        return (low, high, "[0.95v, 1.05v]")
    if qualifier == "under":
        shape = "[0, v]" if any(w in words for w in INCLUSIVE) else "[0, v)"
        return (0.0 if value >= 0 else -math.inf, value, shape)
    if qualifier == "at_least":
        return (value, math.inf, "[v, ∞)")
    return (value, value, "[v, v]")


def _several(num: str) -> tuple[float, float]:
    """数十亿 -> [1e9, 1e10]; 几十万 -> [1e5, 1e6]; 十几 -> [10, 20]; 二十几万 -> [2e5, 3e5]."""
    if num[0] in "数几":
        place = multiplier_value(num[1:])
        return (float(place), float(place * 10))
    head, _, tail = num.partition("几")
    scale = multiplier_value(tail) if tail else 1
    base = parse_number(head)
    return (base * scale, (base + 10) * scale)


def _approx(num: str) -> tuple[float, float]:
    """八九亿 -> [8e8, 9e8]; 三四十 -> [30, 40]; 一两 -> [1, 2]; 四、五十 -> [40, 50]."""
    num = num.replace("、", "", 1)
    scale = multiplier_value(num[2:]) if len(num) > 2 else 1
    return (float(CN_DIGITS[num[0]] * scale), float(CN_DIGITS[num[1]] * scale))


def _split_big(num: str) -> tuple[str, int]:
    """A Chinese numeral's coefficient and trailing multiplier: '一百五十万' -> ('一百五十', 1e4), '三仟' -> ('三', 1000)."""
    match = re.fullmatch(r"(.*?)([万萬亿億]+)", num)
    if match and match.group(1):
        return match.group(1), multiplier_value(match.group(2))
    match = re.fullmatch(rf"([{_DIGIT_CHARS}])([百千佰仟])", num)
    if match:
        return match.group(1), multiplier_value(match.group(2))
    return num, 1


# A currency named just before a figure: 港币两千九百六十元, 新台币 177.1 亿元.
RE_CURRENCY_BEFORE = re.compile(f"({_alternatives(CURRENCY_PREFIXES)}){_SPACE}$")
# The same, named after 元: 约900亿元台币, 100万元港币, 5亿元新台幣.
RE_CURRENCY_AFTER = re.compile(r"(新台币|新台幣|台币|台幣|港币|港幣|澳门币|澳門幣)")


def _scaled(value: float, scale: int) -> float:
    """value × scale without binary noise: 2542.95亿 is 254295000000, not 254294999999.99997."""
    return float(Decimal(repr(value)) * scale)


def _money_cents(match: re.Match[str]) -> float:
    cents = 0.0
    for group, place in (("jiao", 0.1), ("fen", 0.01)):
        if match[group]:
            cents += parse_number(match[group]) * place
    return cents


# A law's name just before a number of 条: the number is an article's (基本法107條, 刑法第). Read folded.
RE_LAW_BEFORE = re.compile(r"(?:(?<![办辦做说說])法|条例|條例|公约|公約)[》」]?$")  # (not 新办法10条: ten rules; 《基本法》23條)
RE_ARTICLES_AFTER = re.compile(r"条文|條文|条款|條款")


#: Units that are the first character of another word after them (单位, 单日, 三口之家, 起步), and the
#: characters that make it so; 起 after a price or a year is “from” (售价3999起, 自2020起).
_UNIT_WORDS = {"单": "位元日价價据據独獨", "口": "子之岸径徑味气氣罩碑头頭号號", "起": "步来來落始点點码碼",
               "处": "理罚置分长于在",  # 三处理, 五处罚: 处 begins a verb, it counts nothing
               "本": "地国國市港土省县縣区區届屆",  # 3万多本地人: the people of the place, not volumes
               "宗": "教旨族师師亲親",  # 宗教, 宗旨
               "部": "门門分份委长長队隊署件位落属屬首曲"}  # 两部门, 三部分 (部份), 部委, 三部曲 (a trilogy, three steps)


def _not_a_unit(unit: str, before: str, after: str) -> bool:
    """Whether ``unit`` read after a number is the start of another word or no unit at all (see _UNIT_WORDS):
    双11单日, 3单元, 200余单位, 两口子, 三口之家, 三处理, 月薪5000起步, 三起三落, 售价3999起, 自2020起."""
    if unit not in _UNIT_WORDS:
        return False
    if after and (after in _UNIT_WORDS[unit] or (unit == "起" and (after.isdigit() or after in CN_NUMERAL_CHARS))):
        return True
    return unit == "起" and bool(re.search(r"(?:价|價|自|从|從|于|於|由|双|雙)\S{0,1}$", before))


def read_statistic(match: re.Match[str], text: str = "") -> Reading | None:
    """The reading of one ``RE_STATISTIC`` match, or None where the match is no statistic (a bare
    number, 一 before a classifier, a range whose ends are out of order). Raises ValueError for a
    malformed numeral."""
    num, num2, unit, mult = match.group("num", "num2", "unit", "mult")
    if not (unit or mult or num2 or match["mult_ge"]) and len(num) == 1 and num not in "万萬亿億":
        return None  # the commonest no-statistic, a lone digit (一 of 一是, 9 of 9月): none of the readings below
    unit, per = unit or "", match["per"] or ""
    pre, post = match["pre"] or "", match["post"] or ""
    mult = mult or match["mult_ge"] or ""
    arabic = bool(_ARABIC.fullmatch(num))
    several = bool(_SEVERAL.fullmatch(num))
    approx = bool(_APPROX.fullmatch(num)) and num[:3].replace("、", "")[:2] in APPROX_PAIRS
    if match["ge"] and not match["mult_ge"]:
        return None
    if match["unit1"] and (not num2 or not _same_unit(match["unit1"], unit)):
        return None  # 3%-5元: two different units are no range (3个至5个百分点 is one: 个 opens 个百分点)
    if (match["jiao"] or match["fen"] or match["whole"]) and unit not in ("元", "圆"):
        return None
    has_big = bool(mult) or (not arabic and _BIG.search(num + (num2 or "")) is not None)
    if not unit and not has_big and not several:
        return None  # a bare number is no statistic
    if not unit and several and not _BIG.search(num):
        return None
    if len(num) == 1 and num in UPPERCASE_DIGITS and unit not in ("元", "圆"):
        return None  # 陆家镇 is a place: an uppercase digit alone counts only as money (壹元)
    if unit in ("位", "名") and text and re.search(r"(?:居|排|列|名列|排名|排在|(?<![目日此提当當之年节節会會眼])前)$",
                                                  text[:match.start()]):
        return None  # 位居二十三位, 排在前三位, 入渝漫游前5名: a rank, not a count of anything (目前5名伤者 is a count)
    if _not_a_unit(unit, text[:match.start()] if text else "", text[match.end():match.end() + 1] if text else ""):
        return None
    if unit == "条" and text and (RE_LAW_BEFORE.search(text, max(0, match.start() - 4), match.start())
                                 or text.startswith("立法", match.end())) \
            and not RE_ARTICLES_AFTER.match(text, match.end()):
        # 基本法107條, 《基本法》23條, 落實23條立法: an article of the law, not a count (基本法四條條文 counts four)
        return None
    if unit in ("个", "個") and text and re.match("[多半]?(?:月|季度|星期|工作日)", text[match.end():match.end() + 4]):
        return None  # 三个月, 四個季度, 1个多月: a span of time, not a count
    if unit == "元" and num in ("一", "二", "三") and not (pre or mult) and text \
            and re.match("[化论論结結经經制体體性函方次]", text[match.end():match.end() + 1]):
        return None  # 二元经济结构, 一元化, 三元催化: -ary, not a sum of money
    if num in ("百", "千", "万", "萬") and not pre:
        return None  # 百家争鸣, 千家万户: a lone 百 or 千 counts only when qualified (逾百家, 上千家)
    if num in ("万", "萬"):
        num = "一" + num  # 上万人: over ten thousand (上 before a multiplier alone)
    kind = unit_kind(UNIT_NORMAL.get(unit, unit), per=per)
    count_like = kind == "count" and unit != "倍"
    if not arabic and not (several or approx) and count_like and not (match["more"] or mult or num2) \
            and parse_number(num) < 2 and not _BIG.search(num):
        return None  # 一条路径, 一次性: 一 with a classifier is an article, not a count
    sign = -1.0 if match["sign"] else 1.0
    scale = multiplier_value(mult) if mult else 1
    note = ""
    more = bool(match["more"] or match["more_mult"] or match["unit_more"]) or "多" in mult or "余" in mult
    start = match.start()
    if pre and post and pre != "上":  # 高于6%以上的预期目标: the figure is 6%以上; 高于 compares something with it
        pre, start = "", match.start("sign") if match["sign"] else match.start("num")
    qualifier = ("over" if pre in ("上", "过") else PRE_QUALIFIERS.get(pre)) \
        or POST_QUALIFIERS.get(re.sub(r"^[（(]含[）)]", "", post)) \
        or ("over" if more else "exact")
    if several or approx:
        low, high = _several(num) if several else _approx(num)
        low, high = low * scale, high * scale
        value = (low + high) / 2
        shape = "[low, high)" if several else "[low, high]"
        note = f"{'several' if several else 'approximate numeral'} {num}"
        if qualifier not in ("exact", "approx", "over"):
            return None
        qualifier = "range"
    elif num2:
        scale2 = multiplier_value(match["mult2"]) if match["mult2"] else 1
        high = _scaled(parse_number(num2), scale2)
        first = _scaled(parse_number(num), scale)
        if not (mult or match["unit1"]):  # 两到三万: the multiplier of the second shared by the first
            shared = scale2
            if shared == 1 and not _ARABIC.fullmatch(num2):
                _, shared = _split_big(num2)
            if shared > 1 and first * shared <= high:
                first *= shared
        low, value = first, (first + high) / 2
        if match["more2"]:
            high += step_of(num2) * scale2
        if low > high:
            return None  # 5-3%: no range reads so
        qualifier, shape = "range", "[low, high]"
    else:
        value = _scaled(parse_number(num), scale)
        if unit in ("元", "圆"):
            value += _money_cents(match)
        # 20多万: 多 after the number steps at its last digit ([20万, 30万)); 10万多, 10倍多: after the multiplier or the
        # unit, at the unit's own place ([10万, 11万), [10, 11))
        step = (step_of(num) if match["more"] else _last_place(num)) * scale if more else 1.0
        if more and qualifier in ("exact", "approx"):
            qualifier = "over"
        low, high, shape = qualified_interval(qualifier, sign * value, step=step, words=pre + post, more=more)
        value = sign * value
    if sign < 0 and (several or approx or num2):
        low, high, value = -high, -low, -value
    unit = UNIT_NORMAL.get(unit, unit)
    prefix = RE_CURRENCY_BEFORE.search(text, max(0, match.start() - 4), match.start()) if text else None
    if prefix and unit == "元":
        unit = CURRENCY_PREFIXES[prefix.group(1)]
    suffix = RE_CURRENCY_AFTER.match(text, match.end()) if text and unit == "元" else None
    if suffix:  # 约900亿元台币: the currency named after 元
        unit = CURRENCY_PREFIXES[fold(suffix.group(1))]
    per_before = RE_PER_BEFORE.search(text, max(0, match.start() - 8), match.start()) \
        if text and not per and kind == "money" else None
    if per_before:  # 白芸豆每斤4.35元, 菠菜均价为每公斤2元: a price per unit, named before the money
        per, kind = per_before["per"], "rate"
    if per:
        unit = f"{unit}/{UNIT_NORMAL.get(per, per)}"
    return Reading(match.string[start:match.end()], start, match.end(), kind, value, unit, qualifier, low, high, shape,
                   note, *_core(match))


def _share(match: re.Match[str], value: float, note: str = "", *, default: str = "exact", step: float = 1.0,
           more: bool = False, keep_post: bool = False) -> Reading:
    """A share in percent read by a pattern with groups ``pre`` and ``post`` (its qualifiers): its qualifier (``default``
    where neither says one), interval and token, which runs from after ``pre`` to before ``post`` (to the end with
    ``keep_post``). ``step`` and ``more``: a share and more (五成多: [50, 60))."""
    pre, post = match["pre"] or "", match["post"] or ""
    qualifier = PRE_QUALIFIERS.get(pre) or POST_QUALIFIERS.get(post) or default
    low, high, shape = qualified_interval(qualifier, value, words=pre + post, step=step, more=more)
    start = match.end("pre") if pre else match.start()
    end = match.start("post") if post and not keep_post else match.end()
    return Reading(match.group(), match.start(), match.end(), "percent", value, "%", qualifier, low, high, shape, note,
                   start, end)


def _written_percent(match: re.Match[str]) -> Reading | None:
    num, num2 = match["num"], match["num2"]
    if not (num2 or _SEVERAL.fullmatch(num)):
        return _share(match, parse_number(num) * (-1 if match["sign"] or match["sign2"] else 1))
    pre, post = match["pre"] or "", match["post"] or ""
    if match["sign"] or match["sign2"] or (PRE_QUALIFIERS.get(pre) or POST_QUALIFIERS.get(post) or "exact") not in (
            "exact", "approx", "over"):
        return None  # (负 or 以下 with a range: no reading says which end it qualifies; 约 and 多 leave it a range)
    low, high = (parse_number(num), parse_number(num2)) if num2 else _several(num)
    if low >= high:
        return None  # 百分之二十到十: no range reads so
    return Reading(match.group(), match.start(), match.end(), "percent", (low + high) / 2, "%", "range", low, high,
                   "[low, high]" if num2 else "[low, high)", "" if num2 else f"several {num}",
                   match.end("pre") if pre else match.start(), match.start("post") if post else match.end())


def _tenth(digit: str) -> float:
    """A digit of a share in tenths: 三 of 三成, 4 of 近4成; 半, half a tenth (半成 is 5%, 一成半 15%)."""
    return 0.5 if digit == "半" else float(digit) if digit.isdigit() else float(CN_DIGITS[digit])


def _tenths(match: re.Match[str]) -> Reading:
    # 三成一 is 31%: the digit after 成 counts hundredths, as the one before counts tenths
    value = 10.0 * _tenth(match["num"]) + (10.0 * _tenth(match["num2"]) if match["num2"] == "半" else
                                          _tenth(match["num2"]) if match["num2"] else 0)
    more = bool(match["more"])
    if match["lo"]:
        low, pre = 10.0 * _tenth(match["lo"]), match["pre"] or ""
        if not (match["num2"] or more or match["post"]) and (PRE_QUALIFIERS.get(pre) or "exact") in (
                "exact", "approx", "over") and (low + 10.0 == value if not match["to"] else low < value):
            # 六、七成 (60 to 70%), 六成至七成: a range; 三、七成 is no pair, 七成至六成 no range
            return Reading(match.group(), match.start(), match.end(), "percent", (low + value) / 2, "%", "range", low,
                           value, "[low, high]", "tenths (成)", match.end("pre") if pre else match.start(), match.end())
        return _tenths(RE_TENTHS.match(match.string, match.start("num")))  # the second share alone
    return _share(match, value, "tenths (成)", default="over" if more else "exact", step=10.0, more=more)


def _fraction(match: re.Match[str]) -> Reading | None:
    den = 1000.0 if match["den"] == "千" else 10000.0 if match["den"] in "万萬" else parse_number(match["den"])
    num = parse_number(match["num"])
    if not 0 < num <= den or den < 2:
        return None  # (一分之一, 三分之五: no share)
    return _share(match, 100.0 * num / den, f"a fraction, {match['den']}分之{match['num']}")


def _arabic_fraction(match: re.Match[str]) -> Reading | None:
    num, den = float(match["num"]), float(match["den"])
    if not 0 < num < den:
        return None  # (3/2英寸: no sensor is sized so, and the reading would be a guess)
    value = num / den
    return Reading(match.group(), match.start(), match.end(), "count", value, match["unit"], "exact", value, value,
                   "[v, v]", f"a fraction, {match['num']}/{match['den']}", match.start(), match.end())


def _score(match: re.Match[str]) -> Reading | None:
    group = "num" if match["num"] else "num2"
    if group == "num" and RE_CENT_CONTEXT.search(match.string, max(0, match.start() - 10), match.start()):
        return None  # 新台币对美元小贬1.4分, 利率在1.6分左右: a cent, an interest rate, no score
    value = parse_number(match[group])
    start = match.start(group)
    return Reading(match.string[start:match.end()], start, match.end(), "points", value, "分", "exact", value, value,
                   "[v, v]", "a score or rating in points (分)", start, match.end())


def _half_share(match: re.Match[str]) -> Reading | None:
    before = match.string[match.start() - 1] if match.start() else ""
    if not (match["pre"] or match["post"] or before and before in "占佔为為的是达達"):
        return None  # 一半 alone is as often “one half of it” as a share: 一半是海水，一半是火焰
    more = match["post"] == "多"  # (一半多: over half, its 多 part of the token)
    return _share(match, 50.0, "half (一半)", default="over" if more else "exact", keep_post=more)


def _casualty(match: re.Match[str]) -> Reading | None:
    text, start = match.string, match.start("num")
    pair = next((p for p in RE_CASUALTY_PAIR.finditer(text, max(0, start - 8), match.end()) if p.end() == match.end()),
                None) if match["toll"] == "伤" else None  # the toll of the dead this count of the injured closes
    paired = pair is not None or RE_CASUALTY_PAIR.match(text, start) is not None
    if not paired and RE_TOLL_VERB.search(text, max(0, start - 6), start) is None:
        return None  # 幸免一死, 斯大林一死: a death in prose, no toll
    if match["toll"] == "伤" and pair is None and match.end() < len(text) and text[match.end()] not in _TOLL_END \
            and not text[match.end()].isspace():
        return None  # the injured qualify the noun after them only right after the dead (兩死三傷工業意外)
    pre = match["pre"] or ""
    if pair is not None and not pre:  # 至少48死43傷: what bounds the toll bounds both its counts
        pre = next((m["pre"] for m in RE_CASUALTY.finditer(text, max(0, pair.start() - 8), pair.end())
                    if m.start("num") == pair.start() and m["pre"]), "")
    value = parse_number(match["num"])
    qualifier = PRE_QUALIFIERS.get(pre, "exact")
    low, high, shape = qualified_interval(qualifier, value, words=pre)
    note = TOLL_NOTES[0] if match["toll"] == "死" else TOLL_NOTES[1]
    return Reading(text[start:match.end()] if pre != (match["pre"] or "") else match.group(), match.start(), match.end(),
                   "count", value, "人", qualifier, low, high, shape, note, start, match.end())


def _index_points(match: re.Match[str]) -> Reading:
    value = parse_arabic(match["num"]) * (-1 if match["sign"] else 1)
    start = match.start("sign") if match["sign"] else match.start("num")
    return Reading(match.string[start:match.end()], start, match.end(), "points", value, "点", "exact", value, value,
                   "[v, v]", "index points", start, match.end())


def _bare_list(match: re.Match[str]) -> Reading | None:
    if match["mult"] and not 0 < parse_arabic(match["num"]) < 100 * parse_arabic(match["last"]):
        return None  # 奖金分别为5000、3000和1万元: 5000 is no 5000万; a list shares its multiplier only among numbers alike
    if match["unit"]:
        value, unit, kind = parse_arabic(match["num"]), UNIT_NORMAL.get(match["unit"], match["unit"]), "percent"
        note = f"unit {unit} stated once for the list"
    else:
        value = parse_arabic(match["num"]) * MULTIPLIERS[match["mult"]]
        unit = UNIT_NORMAL.get(match["counted"], match["counted"])
        kind, note = unit_kind(unit), f"{match['mult']}{unit} stated once for the list"
    return Reading(match.group(), match.start(), match.end(), kind, value, unit, "exact", value, value, "[v, v]",
                   note, match.start(), match.end())


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True where [start, end) overlaps a span of ``spans`` (sorted, none overlapping each other)."""
    i = bisect.bisect_right(spans, (start, math.inf))
    return (i > 0 and spans[i - 1][1] > start) or (i < len(spans) and spans[i][0] < end)


# A unit stated once for a list (提高0.5个、0.6个百分点; 下降0.5个、0.4个和0.2个百分点): what follows a
# bare 个 up to the unit that ends the list.
RE_LIST_UNIT = re.compile(rf"(?:[、和及与]{_SPACE}{RE_ARABIC}个)*[、和及与]{_SPACE}{RE_ARABIC}(?P<unit>个百分点|个基点)")


def _list_unit(reading: Reading, text: str) -> Reading:
    """A 个 that is the first part of a unit the list states once takes that unit: 0.5个 of 0.5个、0.6个百分点."""
    if reading.unit != "个" or not reading.surface.endswith("个"):
        return reading
    tail = RE_LIST_UNIT.match(text, reading.end)
    if tail is None:
        return reading
    return Reading(reading.surface, reading.start, reading.end, "percent", reading.value, tail["unit"], reading.qualifier,
                   reading.low, reading.high, reading.interval, f"unit {tail['unit']} stated once for the list",
                   reading.token_start, reading.token_end)


# Where RE_STATISTIC's number may begin (a superset: an Arabic or full-width digit, a Chinese numeral,
# 数/几), and where a match may begin before its number (the first character of a qualifier word, 上,
# or a sign). A match starts at most _LEAD characters before its number.
_NUMBER_START = re.compile(f"[0-9０-９{re.escape(CN_NUMERAL_CHARS)}数几十拾廿卅百千佰仟]")
_LEAD_CHARS = frozenset(word[0] for word in PRE_QUALIFIERS) | frozenset("上过负-−－")
_LEAD = max(map(len, PRE_QUALIFIERS)) + 1


def _same_unit(unit1: str, unit: str) -> bool:
    """Whether a range's first end, in ``unit1``, is in the unit of its second: 3%-5% and 3个至5个百分点 (个 opens
    个百分点) are; 1.32个百分点至2.08% and 2小时至3天 are not."""
    first, second = UNIT_NORMAL.get(unit1, unit1), UNIT_NORMAL.get(unit, unit)
    return first == second or second.startswith(first)


#: A change right before a figure: 回落1.32个百分点至2.08% is a fall of 1.32 points to 2.08%.
RE_CHANGE_BEFORE = re.compile(r"(?:增长|增加|上升|上涨|提高|提升|下降|下跌|减少|回落|降低|回升|下调|上调|扩大|收窄|缩小"
                              r"|[增降升涨跌])(?:了)?$")


def _split_ranges(matches: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    """``matches`` with each range whose two ends have different units after a change (回落1.32个百分点至2.08%) read
    as two figures: the change alone, then the level it reached from its number on. With no change before it such
    a range (2小时至3天不等, 1000元至1万美元) is no figure, as before: two exact figures would misstate it."""
    out = []
    for match in matches:
        unit1, unit = match["unit1"], match["unit"]
        if match["num2"] and unit1 and unit and not _same_unit(unit1, unit) \
                and RE_CHANGE_BEFORE.search(text, 0, match.start("num") - (len(match["sign"] or ""))):
            out += [m for m in (RE_STATISTIC_ALONE.match(text, match.start()), RE_STATISTIC.match(text, match.start("num2")))
                    if m is not None and m.end() > m.start()]
        else:
            out.append(match)
    return out


def _statistic_matches(text: str) -> list[re.Match[str]]:
    """``list(RE_STATISTIC.finditer(text))``, at a third of the cost: the pattern is tried only where a
    match can begin (a number, or a qualifier or sign up to ``_LEAD`` characters before one), instead
    of at every character. Same matches, in the same order (a property test compares the two)."""
    out: list[re.Match[str]] = []
    last = 0
    match_at = RE_STATISTIC.match
    for number in _NUMBER_START.finditer(text):
        q = number.start()
        if q < last:
            continue
        for p in range(max(last, q - _LEAD), q + 1):
            if p < q and text[p] not in _LEAD_CHARS:
                continue
            found = match_at(text, p)
            if found is not None and found.end() > found.start():
                out.append(found)
                last = found.end()
                break
    return out


#: Any digit, ASCII or full-width: text without one holds no Arabic number (the tokenizer asks it too).
RE_DIGIT = re.compile("[0-9０-９]")
_TENTHS_CORE = re.compile(f"[{_DIGIT_CHARS}0-9半]成")  # what every RE_TENTHS match holds: 建成, 成为 hold none

#: The patterns in the order they are read, each with its reader (None: read_statistic) and what it
#: cannot match without (百分之, 成, a list's joining word and a digit, 点 and a digit; None: anything): a
#: text without it is not scanned for that pattern at all.
_READERS = (
    (RE_WRITTEN_PERCENT, _written_percent, lambda text: "百分之" in text),
    (RE_TENTHS, _tenths, lambda text: "成" in text and _TENTHS_CORE.search(text) is not None),
    (RE_FRACTION, _fraction, lambda text: "分之" in text),
    (RE_CASUALTY, _casualty, lambda text: "死" in text),
    (RE_ARABIC_FRACTION, _arabic_fraction, lambda text: "/" in text or "／" in text),
    (RE_SCORE, _score, lambda text: RE_SCORE_GATE.search(text) is not None and RE_DIGIT.search(text) is not None),
    (RE_HALF_SHARE, _half_share, lambda text: "一半" in text),
    (RE_INDEX_POINTS, _index_points, lambda text: "点" in text and RE_DIGIT.search(text) is not None),
    (RE_BARE_LIST, _bare_list, lambda text: ("、" in text or "与" in text or "和" in text or "及" in text)
     and RE_DIGIT.search(text) is not None),
    (RE_STATISTIC, None, None),
)


def _scan_statistics(text: str) -> list[Reading]:
    """Every statistic of ``text`` as the grammar reads it (simplified characters), in order, none overlapping an idiom."""
    out: list[Reading] = []
    idioms = [m.span() for m in RE_IDIOM.finditer(text)]
    taken: list[tuple[int, int]] = []
    # (pattern, reader, what it needs) in order; looked up by position, never by a dict keyed on the
    # patterns: hashing a compiled pattern hashes its whole program, at every call.
    for pattern, reader, needs in _READERS:
        if needs is not None and not needs(text):
            continue  # the pattern cannot match without that text: skip the scan
        for match in (_split_ranges(_statistic_matches(text), text) if reader is None else pattern.finditer(text)):
            if match.end() == match.start() or _overlaps(taken, *match.span()) or _overlaps(idioms, *match.span()):
                continue
            try:
                reading = reader(match) if reader is not None else read_statistic(match, text)
            except ValueError:
                continue  # a malformed numeral in running text is no figure
            if reading is not None:
                bisect.insort(taken, (reading.start, reading.end))
                if reading.kind != "count" or not text.endswith("每", 0, reading.start):
                    out.append(_list_unit(reading, text))  # (每10股派1.2元: 10股 is what the amount is per, no count)
    out.sort(key=lambda r: r.start)
    if "$" in text or "＄" in text:
        out = _dollar_signs(out, text)
    return _exchange_rates(out, text) if "兑" in text or "兌" in text else out


# A currency named by its sign right before an amount that states no unit, as Hong Kong copies write it: $3286億
# (整體稅收$3286億創新高), HK$500萬, US$12億. A bare $ names no country: its unit is "$" (helpers.stated reads it as
# the copy's own dollar, 元, in a Traditional copy; a mainland digest's 收入 $57 亿 is in US dollars, which it does not
# say). A Latin prefix outside the table is no sign of a known currency: the amount is left as it reads.
RE_DOLLAR_SIGN = re.compile(r"(?<![A-Za-z])(?P<sign>(?:HK|US|NT|MOP|NZ|A|C|S)?[$＄])\s?$")
DOLLAR_SIGNS = {"HK": "港元", "US": "美元", "NT": "新台币", "S": "新加坡元", "A": "澳元", "C": "加元", "NZ": "新西兰元",
                "MOP": "澳门元", "": "$"}


def _dollar_signs(readings: list[Reading], text: str) -> list[Reading]:
    """A count with no unit right after a dollar sign is money in that currency, the sign part of its surface."""
    out = []
    for reading in readings:
        sign = RE_DOLLAR_SIGN.search(text, max(0, reading.start - 4), reading.start) if not reading.unit else None
        if sign is not None and reading.kind == "count":
            prefix = sign["sign"].rstrip("$＄")
            said = f"currency stated by its sign {sign['sign']}" if prefix else "a dollar sign that names no country"
            reading = replace(reading, surface=text[sign.start():reading.end], start=sign.start(), kind="money",
                              unit=DOLLAR_SIGNS[prefix], note="; ".join(n for n in (reading.note, said) if n))
        out.append(reading)
    return out


# An exchange rate quoted for one unit of a currency: 1美元兑8.2789元人民币, 1美元兑换7.1元.
RE_QUOTED_FOR = re.compile(r"\s*(?:可)?[兑兌](?:换|換)?\s*")


def _exchange_rates(readings: list[Reading], text: str) -> list[Reading]:
    """An amount of one currency quoted for one unit of another (1美元兑8.2789元人民币) is one figure, a rate in
    元/美元; the 1美元 it is quoted for is no figure of its own."""
    out: list[Reading] = []
    skip = -1
    for i, reading in enumerate(readings):
        if i == skip:
            continue
        quoted = readings[i + 1] if i + 1 < len(readings) else None
        if reading.kind == "money" and reading.value == 1 and reading.qualifier == "exact" and quoted is not None \
                and quoted.kind == "money" and quoted.unit != reading.unit \
                and RE_QUOTED_FOR.fullmatch(text, reading.end, quoted.start):
            out.append(replace(quoted, kind="rate", unit=f"{quoted.unit}/{reading.unit}",
                                           note=f"exchange rate: {quoted.unit} for {reading.surface}"))
            skip = i + 1
        else:
            out.append(reading)
    return out


@functools.cache
def _kept_numerals() -> frozenset[str]:
    """Numeral characters the Traditional fold would make no numeral: 參 (uppercase 3) folds to 参."""
    return frozenset(ch for ch in CN_NUMERAL_CHARS if fold(ch) != ch and fold(ch) not in CN_NUMERAL_CHARS)


def find_statistics(text: str) -> list[Reading]:
    """Every statistic of ``text`` (money, percent, count, rate, points), in order, none overlapping an idiom. A
    Traditional copy is read as its simplified reading, character for character (``helpers.traditional``), each
    surface in the copy's own characters (6畝多 as 6亩多: 亩, over, 超過七成 as 超过七成); a numeral character stays
    one (參拾萬元 is 300,000, not 拾萬元).

    >>> [(r.surface, r.value, r.unit) for r in find_statistics("增长两到三万港元")]
    [('两到三万港元', 25000.0, '港元')]
    """
    folded = fold(text)
    if folded is not text and any(ch in text for ch in _kept_numerals()):
        folded = "".join(o if o in _kept_numerals() else f for o, f in zip(text, folded, strict=True))
    readings = _scan_statistics(folded)
    if folded is text:
        return readings
    return [replace(r, surface=text[r.start:r.end]) for r in readings]


@functools.lru_cache(maxsize=4096)
def statistics_of(line: str) -> tuple[Reading, ...]:
    """``find_statistics(line)``, kept for the last 4,096 lines: the tokenizer reads each line of an
    article for its figure tokens and the extractor reads the same line for its figures."""
    return tuple(find_statistics(line))


def read_figure(text: str, *, kind: str | None = None) -> Reading:
    """Read ``text`` as exactly one statistic (a currency named before it allowed: 港币两千九百六十元).

    Raises ValueError naming the input when it is not one statistic: a bare number (三百), a unit
    outside the grammar (15k, 十块三毛), a malformed numeral, or a figure of another ``kind`` than
    the one asked for (三百万 is a count with no unit, not money).

    >>> r = read_figure("八九亿元"); (r.low, r.high, r.unit)
    (800000000.0, 900000000.0, '元')
    """
    stripped = text.strip()
    trailing = re.search(r"(?<=元)人民币$", stripped)
    if trailing:
        stripped = stripped[:trailing.start()]
    readings = [r for r in find_statistics(stripped) if r.end == len(stripped)]
    prefix = stripped[:readings[0].start] if readings else ""
    if not readings or (prefix.strip() and prefix.strip() not in CURRENCY_PREFIXES and prefix != "从"):
        try:
            parse_number(stripped)
        except ValueError as error:  # not even a number: say why
            raise ValueError(f"not one stated figure: {text!r} ({error})") from error
        raise ValueError(f"not one stated figure: {text!r} is a number with no unit")
    if kind is not None and readings[0].kind != kind:
        raise ValueError(f"not {kind}: {text!r} reads as {readings[0].kind} {readings[0].unit!r}")
    return readings[0]
