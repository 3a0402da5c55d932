"""Dates and periods as news writes them: years, quarters, halves, months, days, their parts and ranges.

``find_periods`` reads every date or period of a text, in order; ``read_period`` reads a whole string
as one (raising ValueError naming it otherwise). Each is a ``Period`` with its first and last day
(ISO). Forms, with what they cover:

===================================  ===============================================================
2025年, 二〇〇六年, 98年4月             a year (a two-digit year only before a month, quarter or half:
                                     98 → 1998, 24 → 2024: the century nearer the base year)
2025年第三季度, 一季度, 首季度          a quarter; 一季度末 its last day, 四季度初 its first month
2025年上半年                          a half
前三季度, 前两个季度, 前十一个月         from 1 January to the end of that quarter or month
2025年9月, 9月份, 十二月                a month; 9月末/月底 its last day (a date: 截至9月末), 9月初 days
                                     1–5, 上旬/中旬/下旬 days 1–10, 11–20, 21 to the end
2025年9月30日, 9月30号                 a day (a date)
2025年末, 年底                         the last day of the year (a date)
2018年1－9月, 2017年8月至11月,          a range: the second end takes what it leaves out (year, month)
2019年4月12-19日, 2025—2027年           from the first
今年, 去年, 上年, 前年, 明年, 本年       relative years: resolved against ``base`` when given, else left
                                     unresolved (no period)
===================================  ===============================================================

A month or quarter with no year takes the last year stated before it in the text, else ``year``
(the caller's context), else ``base``'s year; ``inferred`` says so.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from helpers.numerals import parse_number

_CN = "〇零一二三四五六七八九"
# Years counted from the writing, each where it is no word's end before 年 (成本|年底, 80后|年青人, 当|年轻人,
# 以前|年代, 光明|年代, 失去|年华) nor 年 the start of another word (上年纪: getting on in years; 上|年龄 of 以上年龄;
# 当年价: at current prices).
_THIS_YEAR = r"今年|(?<![成资資基版根日])本年"
_LAST_YEAR = r"(?<![失])去年"
_YEAR_BEFORE_LAST = r"(?<![以之提目])前年"
_NEXT_YEAR = r"(?<![光])明年"
_YEAR_AFTER_NEXT = r"(?<![0-9０-９之以然其])(?:后年|後年)(?![龄齡轻輕])"
# That year and the year after it, where no other word ends or opens on them: 不同|年代, 合同|年薪, 本次|年会, 同年级.
_IN_QUESTION_YEAR = (r"(?:(?<![不合如陪共等相类類])同|翌|(?<![本此这這每首多两兩上下该該其初再])次)年"
                     r"(?![龄齡级級度纪紀代份会會薪限轻輕])")
# A year: 2025, 二〇〇六, or two digits (98, 九七) where a month, quarter or half follows.
RE_YEAR = re.compile(
    rf"(?P<y>(?:1[89]|20)[0-9]{{2}}|[{_CN}]{{4}}|(?:[0-9]{{2}}|[{_CN}]{{2}})(?=年(?:[0-9一二三四五六七八九十]+月|第|首|[一二三四1-4]季度|[上下]半年|底|末|初)))年"
    rf"|(?P<rel>{_THIS_YEAR}|{_LAST_YEAR}|上年(?![纪紀龄齡轻輕])|{_YEAR_BEFORE_LAST}|{_NEXT_YEAR}|当年(?![价轻輕])"
    rf"|{_YEAR_AFTER_NEXT}|{_IN_QUESTION_YEAR})"
)
# A year counted from the writing that ends the reach of a year stated before it (not 上年 and 当年: the year before or
# the year of the one in question, as releases write them).
RE_COUNTED_YEAR = re.compile(
    rf"(?<![过過年])(?:{_THIS_YEAR}|{_LAST_YEAR}|{_YEAR_BEFORE_LAST}|{_NEXT_YEAR}|{_YEAR_AFTER_NEXT})(?!同期)")
RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "后年": 2, "後年": 2,
                  "同年": 0, "翌年": 1, "次年": 1}
# Years counted from the year in question only, never from the writing: 当年 and 同年 (that year), 翌年 and 次年 (the
# year after it): 劉曉波2008年最後一次入獄，翌年他在獄中寫了〈我沒有敵人〉 (眾新聞).
YEARS_AFTER = ("翌年", "次年")
IN_QUESTION_YEARS = ("当年", "同年", *YEARS_AFTER)
# Relative months and quarters (本月, 当月, 上月, 下个月, 本季度, 上季度): resolved against ``base`` only, but for
# 当月 and 同月 (the month in question: 於同月24日至31日期間; not 不同月份, different months, nor 認同月薪).
RE_RELATIVE_MONTH = re.compile(r"(?P<rel>本|当|(?<![不相共认認如等协協陪连連合])同(?=月(?![薪台票刊饼餅]))|上个?|下个?)"
                               r"(?P<unit>月|季度)")
RELATIVE_STEPS = {"本": 0, "上": -1, "上个": -1, "下": 1, "下个": 1}  # 当 (the one in question) is counted from nothing
# This year and next (今明两年) and similar pairs.
RE_YEAR_PAIR = re.compile(r"(?P<a>今|去|明)(?P<b>明|今|后)两年")
# A bare four-digit year before a range separator whose other end says 年: the 2025 of 2025—2027年.
RE_BARE_YEAR = re.compile(r"(?P<y>(?:1[89]|20)[0-9]{2})(?=\s*(?:——|--|[—–\-~～至到－])\s*(?:(?:1[89]|20)?[0-9]{2})年)")
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"[12][0-9]|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅[一]?"
# 第三季, 首季: a quarter as Hong Kong, Taiwan and Malaysian copies write it (not 季节, 季风, 季军).
RE_QUARTER = re.compile(r"(?:第?(?P<q>[一二三四1-4])|(?P<first>首))(?:季度|季(?![节節风風候军軍度]))(?P<part>末|初)?")
RE_HALF = re.compile(r"(?P<h>[上下])半年")
# What makes a count of days of 14日 (平均住院6日, 为期3日, 历时5日): a length of time, no day of the month.
RE_DAYS_BEFORE = re.compile(r"(?:平均|住院|为期|為期|历时|歷時|长达|長達|历经|歷經|需时|需時|日数为|日數為|天数为|共|逾|近)$")
# What makes a count of days of 10日 after it: 10日後才確診, 7日內離境 (ten days later, within seven days), no day of the
# month; not 28日來港 or 28日来到 (came on the 28th), 30日內地記者會 (the mainland), 28日内瓦 (Geneva).
RE_DAYS_AFTER = re.compile(r"後(?![來来])|后(?![来來])|[内內](?![地瓦閣阁政部])|之久")
# A weekday stated with a day: 周一（30日）, 30日（星期一）. It says which month the day is in.
_WEEKDAY = r"(?:周|週|星期|礼拜|禮拜)(?P<w>[一二三四五六日天])"
RE_WEEKDAY_BEFORE = re.compile(rf"{_WEEKDAY}\s*[（(]$")
RE_WEEKDAY_AFTER = re.compile(rf"\s*[（(]{_WEEKDAY}[）)]")
WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# What follows a day a dispatch or a report is dated by: 电, 讯, 公布, 发布, 表示, 宣布, 披露, 称 (folded or not).
RE_REPORTED = re.compile(r"\s*(?:专电|專電|电|電|讯|訊|公布|发布|發布|表示|宣布|披露|称|稱|报道|報道|消息)")


def _quarter_named(text: str, m: re.Match[str]) -> bool:
    """Whether a 季 without 度 names a quarter: after 第 or 首 (第2季, 首季) or with 末/初 (三季末), and not a
    programme's season (《中国好声音》第三季) or a word (一年四季, 四季酒店, 一季稻, 一季报)."""
    if "季度" in m.group():
        return True
    return (m.group()[0] in "第首" or bool(m["part"])) and not text[:m.start()].endswith(("》", "」"))
# Cumulative periods from 1 January: 前三季度, 前两个季度, 前十一个月.
RE_CUMULATIVE = re.compile(
    r"前(?P<n>[一二三两四1-4])(?:个)?季度?(?![节節风風候军軍])"
    # 首9个月, 头5个月: the first months, as Hong Kong and Malaysian copies and older papers write 前9个月
    r"|[前首头頭](?P<m>十[一二]?|[一二两三四五六七八九]|1[01]|[1-9])个?月(?!份)"
)
RE_MONTH = re.compile(rf"(?P<m>{_MONTH})月份?(?!革命)")  # (十月革命: the October Revolution, a name)
RE_DAY = re.compile(rf"(?P<d>{_DAY})[日号]")
RE_MONTH_PART = re.compile(r"(?P<part>上旬|中旬|下旬|月?末|月?底|初)")
RE_YEAR_PART = re.compile(r"(?P<part>年?末|年?底|年?初)")
# 年底, 年末, 年初 alone (in the year the text is in); not 年初一 or 年初四, days of the lunar new year (正月初一), though
# 年初三个月 is the first three months
RE_BARE_YEAR_PART = re.compile(r"年(?P<part>底|末|初(?![一二三四五六七八九十](?![个季月])))")
_SEP = r"\s*(?:——|--|[—–\-~～至到－])\s*"
# The second year of a range in two digits after a year in four (1996至97年間, 2008-09年度).
RE_SHORT_YEAR = re.compile(r"(?P<yy>[0-9]{2})年(?!代)")
RE_SEPARATOR = re.compile(_SEP)
# A range of months or days that states the unit once: 1－9月份, 1-五月, 12-19日.
RE_MONTH_RANGE = re.compile(rf"(?P<m1>{_MONTH}){_SEP}(?P<m2>{_MONTH})月份?")
RE_DAY_RANGE = re.compile(rf"(?P<d1>{_DAY}){_SEP}(?P<d2>{_DAY})[日号]")


@dataclass(frozen=True)
class Period:
    """A date (one day) or a period, with its first and last day (ISO) and whether its year was inferred."""

    surface: str
    start: int
    end: int
    kind: str  # date | period
    first: str
    last: str
    inferred: bool = False
    note: str = ""


@dataclass
class _Point:
    end: int
    first: dt.date
    last: dt.date
    grain: str  # year | quarter | half | month | day | part
    year_stated: bool
    inferred: bool
    note: str = ""


def _number(text: str) -> int:
    return int(parse_number(text.replace("廿", "二十").replace("卅", "三十")))


def _two_digit_year(yy: int, base_year: int | None) -> int:
    """98 -> 1998, 24 -> 2024: the century that puts the year no more than ten years after the base year."""
    pivot = (base_year or dt.date.today().year) + 10
    return 2000 + yy if 2000 + yy <= pivot else 1900 + yy


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _read_year(text: str, pos: int, base: dt.date | None, in_question: int | None = None, stated_before: int | None = None,
               near: bool = True) -> tuple[int, int | None, bool, str] | None:
    """(end, year, stated, note) of a year at ``pos``; year None for a relative year with no base. 当年 and 上年 count
    from the year in question where one is stated (1998年，…占当年GDP的比重: 1998), else 上年 from the writing; 当年 from
    a year the text stated before (``stated_before``) where it was stated ``near``, else from none: “back then”
    (回想当年)."""
    m = RE_YEAR.match(text, pos)
    if m is None:
        return None
    if m["rel"] in IN_QUESTION_YEARS and in_question is None and (near or m["rel"] != "当年"):
        in_question = stated_before
    if m["rel"] in IN_QUESTION_YEARS and m["rel"] != "当年" and in_question is None:
        # “that year”, “the year after” with none stated to count from: a month after it is read as the text's others are
        # (邱樹明供稱，同年3月5日; 去年5月…。可是，同年11月22日 is read in last year where a later month is last year's)
        return None
    if m["rel"] in (*IN_QUESTION_YEARS, "上年") and in_question is not None:
        note = f"{m['rel']}: counted from {in_question}年, the year in question"
        return m.end(), in_question + RELATIVE_YEARS[m["rel"]], True, note
    if m["rel"] == "当年":  # “that year” with none stated before it: back then, not the year of writing
        return m.end(), None, True, "当年 unresolved: no year stated before it to count from"
    if m["rel"]:
        if base is None:
            return m.end(), None, True, f"{m['rel']} unresolved: the text states no date to count from"
        return m.end(), base.year + RELATIVE_YEARS[m["rel"]], True, f"{m['rel']} resolved against {base.isoformat()}"
    y = m["y"]
    digits = y if y.isdigit() else "".join("0" if c in "〇零" else str(_CN.index(c) - 1) for c in y)
    if len(y) == 4:
        return m.end(), int(digits), True, ""
    return m.end(), _two_digit_year(int(digits), base.year if base else None), True, ""


def _read_point(text: str, pos: int, year: int | None, inferred: bool, *, after_month: int | None = None,
                ) -> _Point | None:
    """A date or period starting at ``pos`` that holds no year (the year is given)."""
    if year is None:
        return None
    if (m := RE_QUARTER.match(text, pos)) and _quarter_named(text, m):
        q = 1 if m["first"] else ("一二三四".find(m["q"]) + 1 if m["q"] in "一二三四" else int(m["q"]))
        first, last = dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
        if m["part"] == "末":
            return _Point(m.end(), last, last, "part", False, inferred)
        if m["part"] == "初":
            return _Point(m.end(), first, _month_end(year, 3 * q - 2), "part", False, inferred)
        return _Point(m.end(), first, last, "quarter", False, inferred)
    if m := RE_HALF.match(text, pos):
        first = dt.date(year, 1 if m["h"] == "上" else 7, 1)
        return _Point(m.end(), first, _month_end(year, 6 if m["h"] == "上" else 12), "half", False, inferred)
    if (m := RE_CUMULATIVE.match(text, pos)) and not (m.group().startswith("首") and pos and text[pos - 1] in "榜位居列"):
        months = 3 * _number(m["n"]) if m["n"] else _number(m["m"])
        if not 1 <= months <= 12:
            return None
        return _Point(m.end(), dt.date(year, 1, 1), _month_end(year, months), "cumulative", False, inferred)
    if m := RE_MONTH_RANGE.match(text, pos):
        m1, m2 = _number(m["m1"]), _number(m["m2"])
        if 1 <= m1 < m2 <= 12:
            return _Point(m.end(), dt.date(year, m1, 1), _month_end(year, m2), "months", False, inferred)
    if m := RE_MONTH.match(text, pos):
        month = _number(m["m"])
        if not 1 <= month <= 12:
            return None
        return _read_month_tail(text, m.end(), year, month, inferred) or _Point(
            m.end(), dt.date(year, month, 1), _month_end(year, month), "month", False, inferred)
    if after_month is not None and (d := RE_DAY.match(text, pos)):  # the 19日 of 4月12-19日
        day = _number(d["d"])
        if not 1 <= day <= calendar.monthrange(year, after_month)[1]:
            return None
        date = dt.date(year, after_month, day)
        return _Point(d.end(), date, date, "day", False, inferred)
    return None


def _read_month_tail(text: str, end: int, year: int, month: int, inferred: bool = False) -> _Point | None:
    """The days or part of a month read after the month: 12-19日, 30日, 上旬, 末."""
    last_day = _month_end(year, month).day
    if d := RE_DAY_RANGE.match(text, end):
        d1, d2 = _number(d["d1"]), _number(d["d2"])
        if 1 <= d1 < d2 <= last_day:
            return _Point(d.end(), dt.date(year, month, d1), dt.date(year, month, d2), "days", False, inferred)
    if d := RE_DAY.match(text, end):
        day = _number(d["d"])
        if 1 <= day <= last_day:
            date = dt.date(year, month, day)
            return _Point(d.end(), date, date, "day", False, inferred)
        return None
    if p := RE_MONTH_PART.match(text, end):
        part = p["part"].lstrip("月")
        span = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, last_day), "初": (1, 5), "末": (last_day, last_day),
                "底": (last_day, last_day)}[part]
        return _Point(p.end(), dt.date(year, month, span[0]), dt.date(year, month, span[1]), "part", False, inferred)
    return None


def _read_full(text: str, pos: int, context_year: int | None, base: dt.date | None, *, after_month: int | None = None,
               in_question: tuple[int, int] | None = None, year_in_question: int | None = None,
               stated_before: int | None = None, near: bool = True) -> _Point | None:
    """A date or period at ``pos``, with or without its year (then ``context_year``); ``in_question`` is the month
    (year, month) stated last before it, the one 当月 names, ``year_in_question`` the year 上年 and 当年 count
    from, and ``stated_before`` the year the text stated before this passage, which 当年 counts from otherwise."""
    if (m := RE_RELATIVE_MONTH.match(text, pos)) is not None:
        if m["rel"] in ("当", "同") and m["unit"] == "月" and in_question is not None:
            year, month = in_question  # “7月份信贷运行报告”显示,当月全市…: the month the text is about
            point = _read_month_tail(text, m.end(), year, month) or _Point(
                m.end(), dt.date(year, month, 1), _month_end(year, month), "month", True, False)
            point.note = f"{m.group()}: the month stated before it"
            return point
        if base is None or m["rel"] in ("当", "同"):  # what follows still belongs to it (当月末, 上月10日, 上季度末): its extent
            tail = _read_month_tail(text, m.end(), 2000, 1) if m["unit"] == "月" else None
            end = tail.end if tail else m.end() + (1 if m["unit"] == "季度" and text.startswith(("末", "初"), m.end()) else 0)
            # 当月 is the month in question (当月居民消费价格…: the month a release reports), not the month of writing
            why = "the month or quarter in question, which it does not date itself" if m["rel"] in ("当", "同") \
                else "the text states no date to count from"
            return _Point(end, dt.date.min, dt.date.min, "unresolved", True, False, f"{m.group()} unresolved: {why}")
        step = RELATIVE_STEPS[m["rel"]]
        if m["unit"] == "月":
            index = base.year * 12 + base.month - 1 + step
            year, month = divmod(index, 12)
            month += 1
            point = _read_month_tail(text, m.end(), year, month) or _Point(
                m.end(), dt.date(year, month, 1), _month_end(year, month), "month", True, False)
        else:
            index = base.year * 4 + (base.month - 1) // 3 + step
            year, quarter = divmod(index, 4)
            point = _Point(m.end(), dt.date(year, 3 * quarter + 1, 1), _month_end(year, 3 * quarter + 3), "quarter",
                           True, False)
            if text.startswith("末", m.end()):  # 上季度末: the quarter's last day
                point = _Point(m.end() + 1, point.last, point.last, "part", True, False)
            elif text.startswith("初", m.end()):
                point = _Point(m.end() + 1, point.first, _month_end(year, 3 * quarter + 1), "part", True, False)
        point.note = f"{m.group()} resolved against {base.isoformat()}"
        return point
    if (m := RE_YEAR_PAIR.match(text, pos)) is not None and base is not None:
        offsets = {"去": -1, "今": 0, "明": 1, "后": 2}
        a, b = base.year + offsets[m["a"]], base.year + offsets[m["b"]]
        if b == a + 1:
            return _Point(m.end(), dt.date(a, 1, 1), dt.date(b, 12, 31), "years", True, False,
                          f"{m.group()} resolved against {base.isoformat()}")
    if base is not None and after_month is None and (d := RE_DAY.match(text, pos)) is not None and context_year is not None \
            and d.group().endswith("日") and (d["d"].isdigit() or RE_REPORTED.match(text, d.end())) \
            and not RE_DAYS_BEFORE.search(text, max(0, pos - 4), pos) and not RE_DAYS_AFTER.match(text, d.end()):
        # 国家统计局16日发布: a day of the base month (not 号 alone: 福鲍1号, 3号线 are names; nor a day in words, 一日千里,
        # 一日游, unless a dispatch or a report follows it: 中國央行十一日公布, 中新社北京一日電)
        day = _number(d["d"])
        weekday = RE_WEEKDAY_BEFORE.search(text, max(0, pos - 6), pos) or RE_WEEKDAY_AFTER.match(text, d.end())
        if weekday is not None:  # 蘇景桓周一（30日）公布, in a page of 1 May 2018: 30 April, the Monday, not 30 May
            for shift in (0, -1, 1):
                year, month = divmod(base.year * 12 + base.month - 1 + shift, 12)
                if day <= calendar.monthrange(year, month + 1)[1] \
                        and dt.date(year, month + 1, day).weekday() == WEEKDAYS[weekday["w"]]:
                    date = dt.date(year, month + 1, day)
                    return _Point(d.end(), date, date, "day", False, True,
                                  f"month taken from {base.isoformat()} and the weekday, {weekday.group().strip('（()） ')}")
        if 1 <= day <= calendar.monthrange(base.year, base.month)[1]:
            date = dt.date(base.year, base.month, day)
            return _Point(d.end(), date, date, "day", False, True, f"month taken from {base.isoformat()}")
    year_read = _read_year(text, pos, base, year_in_question, stated_before, near)
    if year_read is not None:
        end, year, _, note = year_read
        if year is None:
            # what follows still belongs to it (今年初, 明年上半年, 去年同期 is 去年): read it for its extent only
            tail = _read_point(text, end, 2000, False) or (
                _Point(p.end(), dt.date.min, dt.date.min, "part", True, False) if (p := RE_YEAR_PART.match(text, end)) else None)
            return _Point(tail.end if tail else end, dt.date.min, dt.date.min, "unresolved", True, False, note)
        point = _read_point(text, end, year, False)
        if point is not None:
            point.year_stated, point.note = True, note
            return point
        if p := RE_YEAR_PART.match(text, end):
            if p["part"].endswith("初"):  # 年初: January and February, as JioNLP reads it
                return _Point(p.end(), dt.date(year, 1, 1), _month_end(year, 2), "part", True, False, note)
            return _Point(p.end(), dt.date(year, 12, 31), dt.date(year, 12, 31), "part", True, False, note)
        return _Point(end, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", True, False, note)
    if context_year is not None and (p := RE_BARE_YEAR_PART.match(text, pos)) is not None:
        year = context_year  # 年底 with no year: the year in context
        if p["part"] == "初":
            return _Point(p.end(), dt.date(year, 1, 1), _month_end(year, 2), "part", False, True)
        return _Point(p.end(), dt.date(year, 12, 31), dt.date(year, 12, 31), "part", False, True)
    if m := RE_BARE_YEAR.match(text, pos):
        year = int(m["y"])
        return _Point(m.end(), dt.date(year, 1, 1), dt.date(year, 12, 31), "year", True, False)
    return _read_point(text, pos, context_year, True, after_month=after_month)


# Decades and centuries: 50年代, 五十年代, 1950年代, 20世纪80年代, 上世纪90年代末, 本世纪初, 19世纪, with a list or range of
# decades (60、70年代, 二、三十年代, 七八十年代, 70年代至80年代初) as one period. 中 as a part only before punctuation or
# 的 (90年代中国… is China's); 初 not as in 初中 or 初步.
_ERA_END = r"(?=[，,。；;、的）)]|$)"
_ERA_PART = rf"(?P<part>初中期|初期|前期|初(?![中级級步])|中后期|中後期|中期|中{_ERA_END}|后期|後期|末期|末)?"
# (后 after an era is “after”, no part of it: 进入90年代后 is the 1990s entered, running on, not their last years)
RE_ERA = re.compile(
    r"(?<![0-9A-Za-z.．])"
    r"(?:(?P<c>[12]?[0-9]|二十一|二十|十[一二三四五六七八九]?|[二三四五六七八九])世[纪紀]|(?P<crel>上个?|上個|本|这个|這個|下个?|下個)世[纪紀])?"
    r"(?:(?P<d1>[0-9]0|[一二三四五六七八九]十)(?:[、和与與]|至|到|—{1,2}|[–\-~～－])(?P<d2>[0-9]0|[一二三四五六七八九]十)年代"
    r"|(?P<p1>[一二三四五六七八九])、?(?P<p2>[一二三四五六七八九])十年代"
    r"|(?P<y4>1[0-9]{2}0|20[0-9]0)年代(?![表价價理替])"  # (2010年代表中国参赛: a year, then 代表)
    r"|(?P<d>[0-9]0|[一二三四五六七八九]十)年代)?"
    + _ERA_PART
    # a century that opens a name: 21世纪经济报道, 21世纪不动产, 二十世纪福斯
    + r"(?!经济报道|經濟報道|不动产|不動產|福斯|海上丝绸之路|海上絲綢之路)"
)
RE_ERA_START = re.compile(r"年代|世[纪紀]")
RE_ERA_ALONE = re.compile(r"[^()（）]{2,8}[)）]")
# The years of a part of a decade and of a century, as JioNLP reads them.
DECADE_PARTS = {"初中期": (0, 6), "初": (0, 2), "初期": (0, 2), "前期": (0, 2), "中": (3, 6), "中期": (3, 6),
                "中后期": (3, 9), "中後期": (3, 9), "末": (7, 9), "末期": (7, 9), "后期": (7, 9), "後期": (7, 9)}
CENTURY_PARTS = {"初中期": (0, 79), "初": (0, 19), "初期": (0, 19), "前期": (0, 19), "中": (20, 79), "中期": (20, 79),
                 "中后期": (20, 99), "中後期": (20, 99), "末": (80, 99), "末期": (80, 99), "后期": (80, 99), "後期": (80, 99)}


def _decade_number(text: str) -> int:
    return int(text) if text.isdigit() else _number(text)


def _read_era(text: str, pos: int, base: dt.date | None, century: int | None = None,
              ) -> tuple[int, int | None, int | None, str] | None:
    """(end, first year, last year, note) of a decade or century at ``pos``, years None where a century counted from
    the writing has no date to count from; ``century`` (its first year) is the one a range's second end inherits."""
    m = RE_ERA.match(text, pos)
    if m is None or m.end() == pos or not (m["c"] or m["crel"] or m["d1"] or m["p1"] or m["y4"] or m["d"]):
        return None
    note = ""
    if m["c"]:
        century = (_decade_number(m["c"]) - 1) * 100
    elif m["crel"]:
        if base is None:
            return m.end(), None, None, f"{m['crel']}世纪 unresolved: the text states no date to count from"
        step = {"上": -100, "本": 0, "这": 0, "這": 0, "下": 100}[m["crel"][0]]
        century = base.year // 100 * 100 + step
        note = f"{m['crel']}世纪 resolved against {base.isoformat()}"
    if m["y4"]:
        first = int(m["y4"])
        decades = (first, first)
    elif m["d1"] or m["d"] or m["p1"]:
        a = _decade_number(m["d1"] or m["d"]) if not m["p1"] else _number(m["p1"]) * 10
        b = _decade_number(m["d2"]) if m["d2"] else _number(m["p2"]) * 10 if m["p2"] else a
        if a % 10 or b % 10 or b < a or b > 90:
            return None
        if century is None:
            # 90年代 in no century: the last century's where this one's has not yet passed (60年代, in a 2023 copy too),
            # this century's 00年代 and 10年代, and where the whole decade is past at the writing (a 2035 copy's 20年代)
            now = base.year if base is not None else None
            century = 2000 if (a < 20 and (now is None or now >= 2000 + a)) or (now is not None and 2000 + b + 9 < now) \
                else 1900
            note = f"{m.group()}: the century inferred ({century // 100 + 1}世纪)"
        decades = (century + a, century + b)
    else:
        if century is None:
            return None
        lo, hi = CENTURY_PARTS.get(m["part"] or "", (0, 99))
        return m.end(), century + lo, century + hi, note
    lo, hi = DECADE_PARTS.get(m["part"] or "", (0, 9))
    return m.end(), decades[0] + lo, decades[1] + (hi if decades[0] == decades[1] or m["part"] else 9), note


def _era(text: str, written: str, pos: int, base: dt.date | None) -> Period | None:
    """A decade or century at ``pos`` as a period, with the decade a range runs to (19世纪70年代至80年代初)."""
    if text.rfind("《", 0, pos) > text.rfind("》", 0, pos) or (pos and text[pos - 1] in "(（" and RE_ERA_ALONE.match(text, pos)):
        return None  # a title's words (《二十一世紀資本論》), a source in brackets ((21世纪))
    read = _read_era(text, pos, base)
    if read is None:
        return None
    end, first, last, note = read
    if first is not None and (sep := RE_SEPARATOR.match(text, end)) is not None:
        century = first // 100 * 100
        second = _read_era(text, sep.end(), base, century)
        if second is not None and second[1] is not None and second[2] >= first:
            end, last = second[0], second[2]
    if first is None:
        return Period(written[pos:end], pos, end, "period", "", "", False, note)
    inferred = "inferred" in note  # (a century guessed; 上世纪 counted from the writing is stated)
    return Period(written[pos:end], pos, end, "period", f"{first:04d}-01-01", f"{last:04d}-12-31", inferred, note)


# Where a date or period may begin: a digit, a Chinese numeral, or the first character of 今年, 去年, 第, 首, 前, 上, 下.
RE_START = re.compile(rf"[0-9{_CN}十今去上前明本当后第首头下年同翌次]")
# Every form above holds a character of RE_PERIOD_CHAR within twelve characters of its start, white space aside
# (the 年 of 2025——2027年 is the eleventh): a start with none so near opens no period, and is not read at all. In
# running text most starts are numerals and words (一, 上, 前) far from any date, each tried against every form.
RE_NEAR_PERIOD = re.compile(r"(?:\s*[^\s年月日号號季旬]){0,12}\s*[年月日号號季旬]")
# What comes right before a date that is compared with (较去年12月, 比2019年同期, the 上年同期 of 比上年全年和上年同期): its
# year dates nothing after it.
RE_COMPARED = re.compile(r"(?:较|較|比|相较|相較|相比|对比|對比|不及|不如)(?:[^，。；、,;]{1,12}?(?:、|和|与|與|及))*$")
# A date a change starts from, its level right after it: 资产负债率由2007年的66.65%下降至31.48% (the level it fell to
# is not 2007's).
RE_CHANGED_FROM = re.compile(r"(?<![自])[由从從]$")
RE_LEVEL_AFTER = re.compile(r"的?(?:[0-9０-９][0-9０-９.．,，]*|[一二三四五六七八九十两][一二三四五六七八九十百千万亿点.]*)"
                            r"(?![0-9０-９.．,，]*(?:个?年|个月|天|日))[%％成倍个万亿元]?")  # not 从1970年到1992年的22年
# 与 compares a date only with 相比 after it (与2019年同期平均相比), not in 参与 or between two years (2023年与2024年).
RE_WITH = re.compile(r"(?<![参參给給赋賦])[与與]$")
# The base of a multiple: 1995年化肥投入量是1978年的55.7倍, 是『九五』時期的2.7倍 (the figure is of the year before 是).
RE_MULTIPLE_OF = re.compile(r"(?:是|为|為|相当于|相當於)$")
RE_TIMES = re.compile(r"[0-9０-９.．一二三四五六七八九十两兩点點]+倍")  # a multiple: 55.7倍, 两倍
RE_MULTIPLE_AFTER = re.compile(r"(?:同期|时期|時期|期间|期間)?的" + RE_TIMES.pattern)
# A price base, the year whose prices or currency a figure is counted in: 按１９９０年价格计算, （１９９０年价格）,
# 按1980 年美元计算, 1990年不变价 (not 1990年价格上涨: the prices of 1990).
RE_PRICE_BASE = re.compile(r"\s*(?P<constant>不变|不變|可比)?(?:价格|價格|价|價|美元汇率|美元匯率|美元|汇率|匯率)")
RE_PRICE_BASE_BEFORE = re.compile(r"(?:按|以|按照|用|[（(])\s*$")
RE_COMPARED_AFTER = re.compile(r"[^，。；,;]{0,8}?(?:相比|相較|相较|比较|比較|持平)")  # 与上年持平: level with it


# After a date, the start of a period that runs on to the writing: 自1999年8月起, 2014年以来, 今年以来.
RE_RUNS_ON = re.compile(r"(?:\d{1,2}月份?(?:\d{1,2}日)?)?(?:起|以来|以來|开始|開始|至今)")
# After a year, what makes it a point of reference rather than the year of what is reported next: the start of a
# running period (RE_RUNS_ON), the same period of it, compared with (1999年同期水平), or a deadline (2010年前, not
# 2010年前三季度).
RE_REFERENCE_AFTER = re.compile(RE_RUNS_ON.pattern + r"|同期"
                                r"|(?:以|之)?前(?![一二三四五六七八九十两兩0-9０-９个個季半后後])")  # 2010年前: a deadline
# Before a year, a comparison the words 较/比 do not make: 高于1999年末全社会投资增长6.3%的水平, 高于去年的8.1%.
RE_MEASURED_AGAINST = re.compile(r"(?:高于|高於|低于|低於|快于|快於|慢于|慢於|好于|好於)(?:[^，。；,;]{0,8}?[和、与與及])?$")


def runs_on(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` opens a period that runs on to the writing (2014年以来, 自1999年8月起): the
    months after it are in the year of writing, not in its own."""
    return RE_RUNS_ON.match(text, end) is not None


def is_reference(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a point measured from (自1999年8月起, 2014年以来) or against
    (1999年同期, 高于去年的8.1%): it sets no year for the months after it."""
    return RE_REFERENCE_AFTER.match(text, end) is not None or RE_MEASURED_AGAINST.search(text, 0, start) is not None


def is_compared(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is what something is compared with: 较去年12月, 比2022年、2019年,
    与2019年同期相比, 不及2007年, 由2007年的66.65% (the level a change starts from), 是1978年的55.7倍 (a multiple's base),
    按1990年价格计算 (a price base)."""
    window = text[max(0, start - 40):start]
    return RE_COMPARED.search(window) is not None or (
        RE_MULTIPLE_OF.search(window) is not None and RE_MULTIPLE_AFTER.match(text, end) is not None) or (
        (price := RE_PRICE_BASE.match(text, end)) is not None
        and (price["constant"] is not None or RE_PRICE_BASE_BEFORE.search(window) is not None)) or (
        RE_WITH.search(window) is not None and RE_COMPARED_AFTER.match(text, end) is not None) or (
        RE_CHANGED_FROM.search(window) is not None and RE_LEVEL_AFTER.match(text, end) is not None)


#: How a month or day placed in no year is noted (after its surface): 3月份 in a text that states no year.
UNPLACED = ": no year stated to place it in"


def unplaced(surface: str, counted_from: str = "") -> str:
    """The note of a month or day placed in no year: none is stated, or the one stated lost its reach to a year
    counted from the writing (``counted_from``: 去年 after 2015年), which the text does not date."""
    if not counted_from:
        return surface + UNPLACED
    return f"{surface}: no year to place it in ({counted_from} counts from the date of writing, which the text does not give)"
# Full-width digits, one for one: periods are read with ASCII digits at the same offsets.
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
RE_FULLWIDTH_DIGIT = re.compile("[０-９]")
# What every date or period holds (2025年, 9月, 12日, 三季度, 上旬): a text with none of them holds none.
RE_PERIOD_CHAR = re.compile("[年月日号號季旬纪紀]")


def _period(text: str, start: int, point: _Point, first: _Point | None = None) -> Period:
    begin = first or point
    kind = "date" if begin.first == point.last and point.grain in ("day", "part") else "period"
    inferred = begin.inferred or point.inferred
    return Period(text[start:point.end], start, point.end, kind, begin.first.isoformat(), point.last.isoformat(),
                  inferred, begin.note or point.note)


def find_periods(text: str, *, year: int | None = None, base: dt.date | None = None, near: bool = True,
                 month: tuple[int, int] | None = None, _stand_in: bool = False) -> list[Period]:
    """Every date and period of ``text`` in order; a range (2018年1－9月) is one period.

    ``year`` is the year a month with none takes when the text states none before it; ``base``
    resolves relative years (今年, 去年) and is the last resort for a missing year. A year counted from the
    writing that cannot be resolved (今年 with no ``base``) ends the reach of the year before it: the months after
    it are placed in no year. 当年 (that year) counts from ``year`` only where it was stated ``near``: in its paragraph
    or the sentence before (not 刘少奇当年的一些真知灼见, paragraphs after a 1951年: back then). ``month`` (year, month) is
    the month in question before the text, which 当月 and 同月 name until the text states one. ``_stand_in`` is the
    reading in a stand-in year that gives such months their extent.

    >>> [(p.surface, p.first, p.last) for p in find_periods("2018年1－9月，前三季度")]
    [('2018年1－9月', '2018-01-01', '2018-09-30'), ('前三季度', '2018-01-01', '2018-09-30')]
    """
    if not RE_PERIOD_CHAR.search(text):
        return []  # every date and period names a year, month, day, quarter or part of a month
    written = text  # ７、８月份 read as 7、8月份, shown as written (translated only where there is one: a whole line
    if RE_FULLWIDTH_DIGIT.search(text):  # through str.translate costs more than reading its periods)
        text = text.translate(_FULLWIDTH_DIGITS)
    out: list[Period] = []
    context = year if year is not None else (base.year if base else None)
    shadow: dict[int, Period] | None = None  # the periods read in a stand-in year, where no year is known
    counted_from = ""  # the year counted from the writing that ended the reach of the year before it (今年 after 2025年)
    in_question = month  # the last month stated, the one 当月 names
    # The year 上年 and 当年 count from: one this text states (2013年…略低于上年末的4.09%), or the year before the writing
    # that the text before it reports on, as a bulletin or an annual report published early the next year does (the
    # 1998 bulletin's 上年 is 1997). A year stated further back is no longer in question (一个1958年建的厂…上年).
    stated_here: int | None = None
    reported = year if year is not None and base is not None and year == base.year - 1 else None
    pos = 0
    eras = RE_ERA_START.search(text) is not None
    while (m := RE_START.search(text, pos)) is not None:
        start = m.start()
        if eras and (era := _era(text, written, start, base)) is not None:
            out.append(era)  # a decade or century: no year of context for the months after it
            pos = era.end
            continue
        if RE_NEAR_PERIOD.match(text, start) is None:
            pos = start + 1
            continue
        if start and re.match(r"[0-9A-Za-z.．]", text[start - 1]) and text[start].isdigit():
            pos = start + 1
            continue
        point = _read_full(text, start, context, base, in_question=in_question,
                           year_in_question=stated_here if stated_here is not None else
                           None if text.startswith(YEARS_AFTER, start) else reported, stated_before=year, near=near)
        if point is None and context is None and base is None and not _stand_in:
            # 3月份 in a text that states no year and has no date to count from: a period all the same, unplaced,
            # as far as it would reach in any year (1月10日至2月18日 whole)
            if shadow is None:
                shadow = {p.start: p for p in find_periods(written, year=2000, _stand_in=True)}
            if (probe := shadow.get(start)) is not None:
                out.append(Period(probe.surface, start, probe.end, probe.kind, "", "", False,
                                  unplaced(probe.surface, counted_from)))
                pos = probe.end
                continue
        if point is None or point.grain == "unresolved" and not point.note:
            pos = start + 1
            continue
        if point.grain == "unresolved":
            end = point.end  # 今年1月至9月 with no date to count from: one period all the same, as far as it reaches
            if (sep := RE_SEPARATOR.match(text, end)) is not None and (second := _read_full(text, sep.end(), 2000, None)) \
                    is not None and second.grain != "unresolved":
                end = second.end
            out.append(Period(written[start:end], start, end, "period", "", "", False, point.note))
            if not _stand_in and RE_COUNTED_YEAR.match(text, start) and not is_compared(text, start, end):
                # 今年以来截至6月11日 after 2025年: the text counts from its own date now, which it does not give
                counted_from = f"{written[start:start + 2]} after {context}年" if context is not None else counted_from
                context = None
            pos = end
            continue
        if point.year_stated and not is_compared(text, start, point.end) \
                and not text.startswith(("上年", "当年", "同年"), start):  # (翌年 and 次年 move the year on)
            # (上年 and 当年 count from the year in question and leave it so: a second 上年 is the same year)
            if runs_on(text, point.end):  # 今年以来截至6月11日, 自1999年8月起…1至2月: the year of writing, where known
                context = base.year if base is not None else year if _stand_in else None  # the stand-in stays
            elif not is_reference(text, start, point.end):
                context = point.first.year  # (not a year compared with: 升幅较去年12月放缓…, 1月 is this year's)
                if not text.startswith(YEARS_AFTER, start):  # (a second 翌年 is the same year after)
                    stated_here = context  # (本年数据与上年可比: 上年 is the year before the one this text names)
        sep = RE_SEPARATOR.match(text, point.end)
        second = None
        if sep is not None:
            month = point.first.month if point.grain == "day" else None
            second = _read_full(text, sep.end(), point.first.year, base, after_month=month)
            if second is not None and (second.grain == "unresolved" or second.last < point.first):
                second = None
            if second is not None and second.inferred and point.grain == "year":
                second = None
            short = RE_SHORT_YEAR.match(text, sep.end()) if second is None and point.grain == "year" else None
            if short is not None:  # 1996至97年間: the second year in two digits, in the first one's century (1999至01年)
                year2 = point.first.year // 100 * 100 + int(short["yy"])
                year2 += 100 if year2 <= point.first.year else 0
                second = _Point(short.end(), dt.date(year2, 1, 1), dt.date(year2, 12, 31), "year", True, False)
        if second is not None:
            if second.year_stated:
                context = second.last.year
                stated_here = context if RE_YEAR.match(text, sep.end()) else stated_here
            second.inferred = second.inferred and not point.year_stated and point.inferred
            out.append(_period(written, start, second, point))
            pos = second.end
        elif point.grain == "year" and RE_BARE_YEAR.match(text, start) and not text[start:point.end].endswith("年"):
            pos = point.end  # 2025 before a range that did not read: no period
        else:
            out.append(_period(written, start, point))
            pos = point.end
        if out and out[-1].first and (point.grain in ("month", "day", "days", "part") or second is not None):
            last = dt.date.fromisoformat(out[-1].last)
            in_question = (last.year, last.month)
    return out


def read_period(text: str, *, base: dt.date | None = None) -> Period:
    """Read ``text`` as exactly one date or period (从 before it and 份 after a month allowed).

    Raises ValueError naming the input otherwise (a clock time, a weekday, a festival, a relative
    day such as 明天, a two-digit year alone).

    >>> p = read_period("2019年4月12-19日"); (p.first, p.last)
    ('2019-04-12', '2019-04-19')
    """
    stripped = re.sub(r"^从", "", text.strip())
    periods = find_periods(stripped, base=base)
    if len(periods) != 1 or (periods[0].start, periods[0].end) != (0, len(stripped)):
        raise ValueError(f"not one date or period: {text!r}")
    if not periods[0].first:
        raise ValueError(f"not one date or period: {text!r} ({periods[0].note})")
    return periods[0]
