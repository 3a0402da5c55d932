"""Traditional characters read as simplified ones, character for character, for the segmenter and the rules.

Copies from Taiwan, Hong Kong, Macao and overseas outlets (and mainland pages served in Traditional
characters) are cut by jieba, whose dictionary is simplified: 國有商業銀行 comes out as unknown runs tagged
``x``. ``fold`` gives the same text with each Traditional-only character replaced by its simplified form,
the same length, so tokens cut from the folded text are sliced from the original at the same offsets:
what is shown is always the author's characters.

The table is OpenCC's (the ``opencc`` package, t2s), one character at a time; a character is folded only
where it is no standard simplified character itself (not in GB 2312), so a simplified text is never changed
(著名 stays, 乾隆 stays), with two exceptions that simplified text all but never uses: 於 and 後.
"""

from __future__ import annotations

import re
from functools import cache

#: The code points looked up: CJK unified ideographs with extension A, and the compatibility ideographs.
_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
#: Characters of GB 2312 that are, in news copy, the Traditional form (於 of 關於, 後 of 以後).
_ALSO_TRADITIONAL = "於後"


def _simplified_standard(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@cache
def table() -> dict[int, str]:
    """{code point: simplified character} for every Traditional-only character OpenCC simplifies to one
    standard simplified character."""
    import opencc

    chars = [chr(i) for start, stop in _BLOCKS for i in range(start, stop)]
    # One call for all: a newline between characters keeps OpenCC's phrase table from joining them.
    converted = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):
        raise RuntimeError("OpenCC's t2s table did not convert the characters one for one")
    return {ord(t): s for t, s in zip(chars, converted, strict=True)
            if t != s and len(s) == 1 and (not _simplified_standard(t) or t in _ALSO_TRADITIONAL)
            and _simplified_standard(s)}


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(map(chr, sorted(table()))) + "]")


def has_traditional(text: str) -> bool:
    """Whether ``text`` holds a character ``fold`` changes."""
    return _pattern().search(text) is not None


def fold(text: str) -> str:
    """``text`` with its Traditional-only characters in simplified form: the same length, the same offsets.

    >>> fold("國有商業銀行資產總額為42.9萬億元")
    '国有商业银行资产总额为42.9万亿元'
    >>> fold("普惠小微贷款余额36.1万亿元")  # simplified text comes back unchanged
    '普惠小微贷款余额36.1万亿元'
    """
    return text.translate(table()) if has_traditional(text) else text
