"""Stated figures: every number an article states, normalised, qualified and traced to its sentence.

``extract_figures`` finds money, percent and count statistics, dates and periods, and the numbered
labels of policy writing (五篇大文章, 三会一课, 二十届四中全会), which are never statistics. Idioms
with numerals (最后一公里, 一线, 第一手, 一系列, 一次性) are not figures at all.

Qualifier rules (``qualifier`` column, and the ``low``/``high`` interval the statement allows):

=========  ===========================================  ====================================
qualifier  words                                        interval for a stated value v
=========  ===========================================  ====================================
exact      (none)                                       [v, v]
over       超, 超过, 逾, 以上, 之多                      (v, ∞); 以上 includes v: [v, ∞)
over       多, 余 between number and unit (20多条)        [v, v + step) where step is the place
                                                        value of v's last non-zero digit
nearly     近, 将近, 接近                                 [0.9·v, v)  (convention: within 10%)
approx     约, 大约, 左右                                 [0.95·v, 1.05·v]  (convention: ±5%)
under      不足, 不到 (< v); 以下, 不超过 (≤ v)           [0, v) or [0, v]
at_least   不少于, 至少                                   [v, ∞)
range      100-200万元, 5到10个百分点                      [low, high]; value is the midpoint
=========  ===========================================  ====================================

The interval is closed or open as ``interval`` says; ``low`` and ``high`` are its ends.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import asdict, dataclass

import pandas as pd

from helpers.article import Article
from helpers.chinese import split_sentences
from helpers.numerals import (
    COUNT_UNITS,
    MONEY_UNITS,
    MULTIPLIERS,
    PERCENT_UNITS,
    RE_ARABIC,
    RE_CHINESE,
    UNITS,
    parse_chinese,
    parse_number,
    step_of,
)
from helpers.tokenizer import tokenize

PRE_QUALIFIERS = {
    "约为": "approx", "大约为": "approx",
    "不少于": "at_least", "至少": "at_least", "不超过": "under", "不足": "under", "不到": "under",
    "将近": "nearly", "接近": "nearly", "超过": "over", "大约": "approx", "近": "nearly", "超": "over",
    "逾": "over", "约": "approx",
}
POST_QUALIFIERS = {"以上": "over", "之多": "over", "以下": "under", "左右": "approx"}


def _alternatives(words) -> str:  # noqa: ANN001 - any iterable of str
    """A regex alternation of ``words``, longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# A statistic: optional qualifier, a number (or a range of two), 多/余, multiplier, unit, post-qualifier.
#   超4000万元 · 近180万户 · 20多条 · 36.1万亿元 · 12.2% · 3个百分点 · 二十多家 · 100-200万元 · 5到10个百分点
RE_STATISTIC = re.compile(
    rf"(?P<pre>{_alternatives(PRE_QUALIFIERS)})?"
    rf"(?<![0-9０-９.．A-Za-z第])(?P<num>{RE_ARABIC}|{RE_CHINESE})"
    rf"(?:\s*(?:[—–\-~～至到])\s*(?P<num2>{RE_ARABIC}|{RE_CHINESE}))?"
    rf"(?P<more>多|余)?(?P<mult>{_alternatives(MULTIPLIERS)})?"
    rf"(?P<unit>{_alternatives(UNITS)})"
    rf"(?P<post>{_alternatives(POST_QUALIFIERS)})?"
)
# 百分之十二点二, 百分之二十: a percentage written out.
RE_WRITTEN_PERCENT = re.compile(rf"(?P<pre>{_alternatives(PRE_QUALIFIERS)})?百分之(?P<num>{RE_CHINESE}|{RE_ARABIC})")
# Dates and periods, longest form first:
#   2025—2027年 · 2025年第三季度 · 2025年上半年 · 2025年9月末 · 2025年6月 · 9月末 · 2025年
RE_YEAR_RANGE = re.compile(r"(?P<y1>(?:19|20)\d{2})\s*[—–\-~～至到]\s*(?P<y2>(?:19|20)\d{2})年")
RE_QUARTER = re.compile(r"(?P<y>(?:19|20)\d{2})年第(?P<q>[一二三四1-4])季度")
RE_HALF = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<h>[上下])半年")
RE_MONTH = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>1[0-2]|[1-9])月(?:(?P<d>[1-3]?\d)日)?(?P<end>末|底)?")
RE_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})年(?!\d)")
# A five-year plan: “十五五” is the 15th plan, 2026–2030 (the third plan began in 1966).
RE_PLAN = re.compile(r"“?(?P<n>十[一二三四五六七八九]|[三四五六七八九])五”?(?:规划|时期)?")
# Numbered formulations of policy writing: a short quoted span holding a numeral (“五篇大文章”, “三会一课”,
# “1对N”, “第一议题”), a plenary (二十届四中全会), a tier count (三级), an ordinal (第十五个五年规划).
RE_QUOTED_NUMBERED = re.compile(r"“(?P<label>[^”]{0,6}[一二三四五六七八九十两百千0-9][^”]{0,6})”")
RE_PLENARY = re.compile(r"[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会")
RE_TIER = re.compile(r"[一二三四五六七八九十]级(?=[\u4e00-\u9fff])")
RE_ORDINAL = re.compile(
    r"第[一二三四五六七八九十百]+(?:个|次|届|批|期)?(?:[\u4e00-\u9fff]{1,6}?(?=的|[，。、；：“”《》（）]))?"
)
#: Numeral idioms that are not figures (checked so none is ever reported).
IDIOMS = ("最后一公里", "第一手", "第一线", "第一时间", "一线", "一系列", "一次性", "双重", "一体化", "之一", "统一", "一致")
# Change verbs that make a percent a change: 同比增长12.2%, 较上年下降3个百分点.
RE_CHANGE = re.compile(
    r"(?:同比|环比|较上年末?|比上年末?|较年初|较上月)?(?:增长|增加|上升|上涨|提高|提升|下降|下跌|减少|回落|降低|扩大|收窄)了?$"
)
# Words trimmed from the ends of what a figure measures: 失业率平均为5.2% → 失业率; 本行实现营业收入 → 营业收入.
LINK_WORDS = {"达", "达到", "为", "是", "共", "共计", "累计", "合计", "已", "平均", "按", "拟", "分别", "预计", "占", "约"}
LEAD_VERBS = {"实现", "完成", "录得", "拥有", "有", "拟", "安排", "计划"}
# The same words where jieba glued them to a neighbour (赤字率拟 → 赤字率).
RE_TRIM_END = re.compile(r"(?:拟|按|为|达到|达|约|平均|预计|共计|累计|合计)+$")
RE_TRIM_START = re.compile(r"^(?:拟|计划|安排|实现|完成)+")
TRIM_POS = {"p", "d", "c", "u", "uj", "ul", "uz", "f", "x"}
LEAD_POS = {"nt", "r", "t", "m"}
MAX_ABOUT_CHARS = 16
CLAUSE_BREAKS = "，；：。！？,;:!?"
NOUNISH = {"n", "nz", "nt", "ns", "s", "vn", "b", "j", "l", "an", "ng", "nr", "eng"}
ORG_POS = {"nt"}
#: Columns of ``extract_figures``.
COLUMNS = (
    "surface", "start", "end", "section", "paragraph", "sentence", "kind", "value", "unit", "qualifier", "low", "high",
    "interval", "about", "subject", "source", "change", "as_of", "as_of_inferred", "period_start", "period_end", "note",
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


def _interval(qualifier: str, value: float, *, step: float = 1.0, words: str = "", more: bool = False,
              ) -> tuple[float, float, str]:
    """The interval a qualified value allows (see the module docstring); ``words`` are the
    qualifier words around the number, ``more`` whether 多/余 follows it."""
    if more and qualifier in ("over", "exact"):
        return (value, value + step, "[v, v+step)")
    if qualifier == "over":
        return (value, math.inf, "[v, ∞)" if "以上" in words else "(v, ∞)")
    if qualifier == "nearly":
        return (0.9 * value, value, "[0.9v, v)")
    if qualifier == "approx":
        return (0.95 * value, 1.05 * value, "[0.95v, 1.05v]")
    if qualifier == "under":
        return (0.0, value, "[0, v]" if "以下" in words or "不超过" in words else "[0, v)")
    if qualifier == "at_least":
        return (value, math.inf, "[v, ∞)")
    return (value, value, "[v, v]")


def _kind_of(unit: str) -> str:
    if unit in MONEY_UNITS:
        return "money"
    if unit in PERCENT_UNITS:
        return "percent"
    return "count"


def _statistic(match: re.Match[str], sentence: _Sentence, offset: int) -> StatedFigure | None:
    num, num2, unit = match["num"], match["num2"], match["unit"]
    chinese = not re.fullmatch(RE_ARABIC, num)
    if chinese and match["num"] == "一" and not (match["more"] or match["mult"]):
        return None  # 一条路径, 一次性: 一 with a classifier is an article, not a count
    if chinese and unit in COUNT_UNITS and not (match["more"] or match["mult"]) and parse_chinese(num) < 2:
        return None
    scale = MULTIPLIERS.get(match["mult"] or "", 1)
    value = parse_number(num) * scale
    unit = {"％": "%", "百分点": "个百分点", "基点": "个基点"}.get(unit, unit)
    pre, post = match["pre"] or "", match["post"] or ""
    qualifier = PRE_QUALIFIERS.get(pre) or POST_QUALIFIERS.get(post) or ("over" if match["more"] else "exact")
    if num2:
        low, high = value, parse_number(num2) * scale
        value, qualifier, shape = (low + high) / 2, "range", "[low, high]"
    else:
        low, high, shape = _interval(qualifier, value, step=step_of(num) * scale, words=pre + post,
                                     more=bool(match["more"]))
    return StatedFigure(
        surface=match.group(), start=offset + match.start(), end=offset + match.end(), section=sentence.section,
        paragraph=sentence.paragraph, sentence=sentence.index, kind=_kind_of(unit), value=value, unit=unit,
        qualifier=qualifier, low=low, high=high, interval=shape,
    )


def _in_idiom(text: str, start: int, end: int) -> bool:
    """True where text[start:end] overlaps a numeral idiom (最后一公里, 一次性 ...)."""
    return any(m.start() < end and start < m.end() for idiom in IDIOMS for m in re.finditer(re.escape(idiom), text))


def _written_percent(match: re.Match[str], sentence: _Sentence, offset: int) -> StatedFigure:
    value = parse_number(match["num"])
    qualifier = PRE_QUALIFIERS.get(match["pre"] or "", "exact")
    low, high, shape = _interval(qualifier, value, words=match["pre"] or "")
    return StatedFigure(match.group(), offset + match.start(), offset + match.end(), sentence.section,
                        sentence.paragraph, sentence.index, "percent", value, "%", qualifier, low, high, shape)


def _month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _dates(sentence: _Sentence, offset: int, last_year: int | None) -> list[StatedFigure]:
    """Dates and periods of a sentence, in order; a month without a year takes the last year stated."""
    out: list[StatedFigure] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], kind: str, start: str, end: str, *, note: str = "", inferred: bool = False) -> None:
        if any(s < match.end() and match.start() < e for s, e in taken):
            return
        taken.append((match.start(), match.end()))
        out.append(StatedFigure(
            surface=match.group(), start=offset + match.start(), end=offset + match.end(), section=sentence.section,
            paragraph=sentence.paragraph, sentence=sentence.index, kind=kind, period_start=start, period_end=end,
            as_of_inferred=inferred, note=note,
        ))

    text = sentence.text
    for m in RE_YEAR_RANGE.finditer(text):
        add(m, "period", f"{m['y1']}-01-01", f"{m['y2']}-12-31")
    for m in RE_QUARTER.finditer(text):
        q = "一二三四".find(m["q"]) + 1 if m["q"] in "一二三四" else int(m["q"])
        y = int(m["y"])
        add(m, "period", f"{y:04d}-{3 * q - 2:02d}-01", _month_end(y, 3 * q))
    for m in RE_HALF.finditer(text):
        y = int(m["y"])
        add(m, "period", f"{y}-01-01" if m["h"] == "上" else f"{y}-07-01", f"{y}-06-30" if m["h"] == "上" else f"{y}-12-31")
    for m in RE_MONTH.finditer(text):
        earlier = re.findall(r"((?:19|20)\d{2})年", text[:m.start()])
        year, inferred = (int(m["y"]), False) if m["y"] else (int(earlier[-1]) if earlier else last_year, True)
        if year is None:
            continue
        month = int(m["m"])
        note = f"year {year} inferred from the text before it" if inferred else ""
        if m["d"]:
            day = f"{year:04d}-{month:02d}-{int(m['d']):02d}"
            add(m, "date", day, day, note=note, inferred=inferred)
        elif m["end"]:
            add(m, "date", _month_end(year, month), _month_end(year, month), note=note, inferred=inferred)
        else:
            add(m, "period", f"{year:04d}-{month:02d}-01", _month_end(year, month), note=note, inferred=inferred)
    for m in RE_YEAR.finditer(text):
        add(m, "period", f"{m['y']}-01-01", f"{m['y']}-12-31")
    for m in RE_PLAN.finditer(text):
        n = int(parse_chinese(m["n"]))
        first = 1966 + 5 * (n - 3)
        add(m, "period", f"{first}-01-01", f"{first + 4}-12-31", note=f"the {n}th five-year plan")
    return out


def _labels(sentence: _Sentence, offset: int, taken: list[tuple[int, int]]) -> list[StatedFigure]:
    out = []
    for pattern, group in ((RE_QUOTED_NUMBERED, "label"), (RE_PLENARY, 0), (RE_TIER, 0), (RE_ORDINAL, 0)):
        for m in pattern.finditer(sentence.text):
            start, end = m.span(group)
            surface = sentence.text[start:end]
            if _in_idiom(sentence.text, start, end) or any(s < end and start < e for s, e in taken):
                continue
            if pattern is RE_ORDINAL and re.match(r"第[一二三四]季度", surface):
                continue
            taken.append((start, end))
            out.append(StatedFigure(surface=surface, start=offset + start, end=offset + end, section=sentence.section,
                                    paragraph=sentence.paragraph, sentence=sentence.index, kind="label"))
    return out


def _noun_run(tokens: list, start: int, step: int) -> str:
    """Nouns next to tokens[start] going in direction ``step`` (organisations excluded)."""
    words = []
    i = start
    while 0 <= i < len(tokens) and tokens[i].pos in NOUNISH and tokens[i].pos not in ORG_POS and tokens[i].kind == "word":
        words.append(tokens[i].text)
        i += step
    return "".join(reversed(words) if step < 0 else words)


def _describe(figure: StatedFigure, sentence: _Sentence, tokens: list, offset: int, previous: list[StatedFigure]) -> dict:
    """about, change: read from the tokens around the figure within its clause."""
    local_start, local_end = figure.start - offset, figure.end - offset
    before = [i for i, t in enumerate(tokens) if t.end <= local_start]
    after = [i for i, t in enumerate(tokens) if t.start >= local_end]
    change = ""
    lead = sentence.text[:local_start]
    clause_start = max(lead.rfind(ch) for ch in CLAUSE_BREAKS) + 1
    change_match = RE_CHANGE.search(lead[clause_start:])
    if change_match:
        change = change_match.group()
    words = [tokens[k] for k in before if tokens[k].start >= clause_start and tokens[k].end <= local_start - len(change)]
    if any(t.text == "的" for t in words):  # 归属于本行股东的净利润 → 净利润
        words = words[max(k for k, t in enumerate(words) if t.text == "的") + 1:]
    while words and (words[-1].text in LINK_WORDS or words[-1].pos in TRIM_POS or words[-1].kind != "word"):
        words.pop()
    while words and (words[0].text in LEAD_VERBS or words[0].pos in TRIM_POS | LEAD_POS or words[0].kind != "word"):
        words.pop(0)
    about_before = RE_TRIM_START.sub("", RE_TRIM_END.sub("", "".join(t.text for t in words)))
    if len(about_before) > MAX_ABOUT_CHARS:
        about_before = _noun_run(tokens, before[-1], -1) if before else ""
    about_after = ""
    if figure.kind == "count" and after:
        clause_end = next((k for k in after if tokens[k].text in CLAUSE_BREAKS), len(tokens))
        clause = [k for k in after if k < clause_end]
        des = [k for k in clause if tokens[k].text == "的"]
        first = des[-1] + 1 if des else (clause[0] if clause else len(tokens))
        about_after = _noun_run(tokens, first, 1)
    # what a figure measures: a count names it after itself (180万户小微企业), else the clause before
    # it does; a bare change (，同比增长12.2%) measures the figure before it, and a bare count
    # (回应12条) measures what the last count of its unit did
    same_sentence = [p for p in previous if p.sentence == figure.sentence and p.about
                     and p.kind in ("money", "percent", "count")]
    carried = [p for p in same_sentence if figure.kind == "count" and p.unit == figure.unit]
    if change and not about_before:
        carried = same_sentence
    about, note = about_after, ""
    if not about and carried:
        about, note = carried[-1].about, f"what it measures carried from {carried[-1].surface}"
    elif not about:
        about = about_before
    return {"about": about, "change": change, "note": note}


def extract_figures(source: Article | str) -> pd.DataFrame:
    """Every stated figure of an article (or plain text), one row each, in reading order
    (``stated_figures`` as a table with the columns ``COLUMNS``).

    Offsets are into ``Article.text`` (or the given text); ``section``, ``paragraph`` and
    ``sentence`` place each figure. ``value`` is normalised: money in its currency unit with
    万/亿/万亿 expanded (36.1万亿元 → 3.61e13), percent as the number before % (or 个百分点),
    counts as stated with multipliers expanded (180万户 → 1,800,000). Dates and periods carry
    ``period_start``/``period_end`` (ISO); labels carry no value. ``subject`` is the first
    organisation named in the sentence (carried from the paragraph's previous sentence if none),
    ``source`` the 《document》 the sentence cites (……显示), ``as_of`` the end of the last date or
    period stated before the figure in its sentence. See the module docstring for qualifiers.
    """
    frame = pd.DataFrame([asdict(f) for f in stated_figures(source)], columns=list(COLUMNS))
    return frame.astype({"section": "Int64", "paragraph": "Int64"})


def stated_figures(source: Article | str) -> list[StatedFigure]:
    """The records behind ``extract_figures``, in reading order (for callers that batch many articles)."""
    figures: list[StatedFigure] = []
    last_year: int | None = None
    last_subject: tuple[int | None, str] = (None, "")
    for sentence in _sentences(source):
        offset = sentence.start
        dates = _dates(sentence, offset, last_year)
        taken = [(d.start - offset, d.end - offset) for d in dates]
        labels = _labels(sentence, offset, taken)
        stats = []
        for pattern in (RE_WRITTEN_PERCENT, RE_STATISTIC):
            for m in pattern.finditer(sentence.text):
                if any(s < m.end() and m.start() < e for s, e in taken) or _in_idiom(sentence.text, m.start(), m.end()):
                    continue
                read = _written_percent if pattern is RE_WRITTEN_PERCENT else _statistic
                figure = read(m, sentence, offset)
                if figure is not None:
                    taken.append((m.start(), m.end()))
                    stats.append(figure)
        tokens = tokenize(sentence.text) if stats else []
        orgs = [t.text for t in tokens if t.pos in ORG_POS]
        if orgs:
            last_subject = (sentence.paragraph, orgs[0])
        subject = orgs[0] if orgs else (last_subject[1] if last_subject[0] == sentence.paragraph else "")
        cited = re.search(r"《([^》]+)》(?:显示|表明|指出)", sentence.text)
        for figure in sorted(dates + stats + labels, key=lambda f: f.start):
            if figure.kind in ("money", "percent", "count"):
                prior = [d for d in dates if d.end <= figure.start]
                as_of = prior[-1] if prior else None
                extra = _describe(figure, sentence, tokens, offset, figures)
                figure = StatedFigure(**{
                    **asdict(figure), **extra, "subject": subject, "source": cited.group(1) if cited else "",
                    "as_of": as_of.period_end if as_of else "", "as_of_inferred": bool(as_of and as_of.as_of_inferred),
                })
                if not as_of and "截至目前" in sentence.text[:figure.start - offset]:
                    figure = StatedFigure(**{**asdict(figure), "note": (figure.note + "; " if figure.note else "")
                                             + "as of publication (截至目前), date not stated"})
            figures.append(figure)
        years = [int(m.group(1)) for m in re.finditer(r"((?:19|20)\d{2})年", sentence.text)]
        if years:
            last_year = years[-1]
    return figures


def statistics(frame: pd.DataFrame) -> pd.DataFrame:
    """Only the money, percent and count rows of ``extract_figures``."""
    return frame[frame["kind"].isin(["money", "percent", "count"])].reset_index(drop=True)


#: Columns of ``derived_figures``.
DERIVED_COLUMNS = ("derived", "inputs", "about", "value", "low", "high", "unit", "caveat", "flag")
PERSON_UNITS = ("名", "人", "位")


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
            for _, c in counts.iterrows():
                value, low, high = _ratio_bounds(m, c)
                caveat = _average_caveat(m, c, value)
                rows.append(("average per unit", f"{m['surface']} ÷ {c['surface']}", f"{m['about']} per {c['about']}",
                             value, low, high, f"{m['unit']}/{c['unit']}", caveat, ""))
        ordered = counts.sort_values("start")
        for (_, a), (_, b) in zip(ordered.iloc[:-1].iterrows(), ordered.iloc[1:].iterrows(), strict=True):
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
        value, low, high = _ratio_bounds(part, whole)
        caveat = (f"{part['subject'] or '?'}'s {part['about']} beside {whole['subject'] or '?'}'s {whole['about']}"
                  + ("" if part["about"] == whole["about"] else ": different metrics, so this is a comparison of "
                     "sizes, not a market share"))
        flag = "a part larger than its whole" if value > 1 and part["about"] == whole["about"] else ""
        rows.append(("share", f"{part['surface']} ÷ {whole['surface']}", f"{part['about']} / {whole['about']}",
                     value, low, high, "share", caveat, flag))
    return pd.DataFrame(rows, columns=list(DERIVED_COLUMNS))
