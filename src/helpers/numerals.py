"""Numbers as Chinese news writes them: Arabic and Chinese numerals, multipliers and units."""

from __future__ import annotations

import re

# Digits and place values of Chinese numerals: 二十 = 20, 一百二十 = 120, 三千万 = 30,000,000.
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_BIG_UNITS = {"万": 10**4, "亿": 10**8}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)

#: Multipliers written after a number: 36.1万亿元, 4000万元, 3千亿.
MULTIPLIERS = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3,
}
#: Currency units; their figures are money, normalised to the unit (元 for renminbi).
MONEY_UNITS = ("元", "美元", "港元", "欧元", "日元", "英镑")
#: Percent units: % (a share or rate), 个百分点 (a difference of percentages), 个基点 (0.01 point).
PERCENT_UNITS = ("个百分点", "百分点", "个基点", "基点", "%", "％")
#: Classifiers and units of counted things.
COUNT_UNITS = (
    "人次", "平方公里", "平方米", "公里", "小时", "分钟", "户", "名", "家", "条", "个", "笔", "项", "人", "次", "倍", "岁", "吨",
    "亩", "件", "场", "所", "台", "辆", "套", "批", "种", "类", "款", "支", "位", "份", "天", "周", "座", "张", "篇", "本",
)
#: Every unit, longest first (so 个百分点 wins over 个).
UNITS = tuple(sorted(MONEY_UNITS + PERCENT_UNITS + COUNT_UNITS, key=len, reverse=True))

# An Arabic number, full-width digits and thousands separators allowed: 36.1, 4,000, ３６.１.
RE_ARABIC = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"
# A Chinese number: 二十, 一百二十, 三千万, 十二点二.
RE_CHINESE = rf"[{CN_NUMERAL_CHARS}]+(?:点[{''.join(CN_DIGITS)}]+)?"
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def parse_arabic(text: str) -> float:
    """'4,000' -> 4000.0, '３６.１' -> 36.1."""
    return float(text.translate(_FULLWIDTH).replace(",", ""))


def parse_chinese(text: str) -> float:
    """Chinese numerals to a number: '二十' -> 20, '一百二十' -> 120, '三千万' -> 3e7, '十二点二' -> 12.2,
    '二〇二五' (digit by digit) -> 2025.

    >>> parse_chinese("一百二十")
    120.0
    """
    whole, _, fraction = text.partition("点")
    value = _parse_chinese_integer(whole)
    if fraction:
        value += float("0." + "".join(str(CN_DIGITS[ch]) for ch in fraction))
    return float(value)


def _parse_chinese_integer(text: str) -> int:
    if text and all(ch in CN_DIGITS for ch in text):  # 二〇二五: read digit by digit
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    total = wan = section = digit = 0  # total: whole 亿 groups; wan: the 万 group below them
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            section += (digit or 1) * CN_SMALL_UNITS[ch]
            digit = 0
        elif ch == "万":
            wan = (section + digit or 1) * 10**4
            section = digit = 0
        elif ch == "亿":
            total = (total + wan + section + digit or 1) * 10**8
            wan = section = digit = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + wan + section + digit


def parse_number(text: str) -> float:
    """An Arabic or Chinese number."""
    if re.fullmatch(RE_ARABIC, text):
        return parse_arabic(text)
    return parse_chinese(text)


def step_of(text: str) -> float:
    """The place value of a number's last non-zero digit, for 多/余: '20' -> 10, '4000' -> 1000, '二十' -> 10.

    20多 means at least 20 and less than 30, so the interval is [value, value + step).
    """
    if re.fullmatch(RE_ARABIC, text):
        plain = text.translate(_FULLWIDTH).replace(",", "")
        if "." in plain:
            return 10.0 ** -len(plain.split(".")[1])
        return 10.0 ** (len(plain) - len(plain.rstrip("0"))) if plain.strip("0") else 1.0
    value = int(parse_chinese(text))
    step = 1
    while value and value % (step * 10) == 0:
        step *= 10
    return float(step)
