"""Chinese punctuation sets and the sentence splitter for news text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Full-width punctuation is data: each set is named so rules can say which one they mean.
SENTENCE_END = "。！？!?"
ELLIPSIS = "……"
CLAUSE_PUNCT = "，、；：,;:"
OPEN_QUOTES = "“‘「『《（(【〔"
CLOSE_QUOTES = "”’」』》）)】〕"
DASH = "——"
#: Every punctuation mark that counts as punctuation, not text, in this kind of writing.
PUNCTUATION = SENTENCE_END + "…" + CLAUSE_PUNCT + OPEN_QUOTES + CLOSE_QUOTES + "—·-–.\"'"

# A CJK ideograph (the basic block plus extension A).
# The white space between a heading's two parallel phrases: ASCII space, ideographic space U+3000,
# no-break space U+00A0 (党建联建破壁垒 精准滴灌…, 反映人民心声\u00a0不断创作精品).
RE_PHRASE_BREAK = re.compile(r"[\s\u3000\u00a0]+")
RE_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

# Sentence punctuation inside a line: “金融是‘国之大者’，关系……全局。” has it; a sub-heading
# such as “党建联建破壁垒 精准滴灌实体经济“毛细血管”” does not.
RE_BODY_PUNCT = re.compile(r"[，。；！？：,;!?]")

# Where a paragraph may legitimately end: “……指明了方向。”, “……事事有着落”。”, “……如下：”.
# A line that ends any other way (“……高质量发展的”) was broken by the page layout.
# A quote may close on its attribution: “……永远的动力。”——冯远征委员, and a sentence on its note's number:
# “……恰当位置上。”[19]” (a paper's notes, as the Fudan corpus prints them); a closing quote may follow a space (“。 」”).
RE_PARAGRAPH_END = re.compile(r"(?:[。！？!?；：;:]|……)(?:[ \u3000]?[”’」』）)》])*"
                              r"(?:[\[［〔][（(]?[0-9０-９]{1,3}[）)]?[\]］〕])*$"
                              r"|[。！？”]——[^，。；！？“”\s]{1,16}$")

@dataclass(frozen=True)
class Span:
    """A sentence: its text and its offsets in the string it was split from."""

    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Span]:
    """Split Chinese text into sentences, keeping closing quotes with their sentence.

    >>> [s.text for s in split_sentences("金融是“国之大者”。方向是行动的指南。")]
    ['金融是“国之大者”。', '方向是行动的指南。']
    """
    spans: list[Span] = []
    pos = 0
    while pos < len(text):
        match = _match_sentence(text, pos)
        end = match if match > pos else len(text)
        raw = text[pos:end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            spans.append(Span(stripped, pos + lead, pos + lead + len(stripped)))
        pos = end
    return spans


# Where a sentence ends: a run of sentence-final marks, or a run of two or more … at the end of the
# text or before a closing quote, with the closing quotes after either: “……指南。”, 是吗？！, 如此……”.
RE_SENTENCE_BREAK = re.compile(
    f"[{re.escape(SENTENCE_END)}]+[{re.escape(CLOSE_QUOTES)}]*"
    f"|…{{2,}}(?=[{re.escape(CLOSE_QUOTES)}]|\\Z)[{re.escape(CLOSE_QUOTES)}]*"
)


def _match_sentence(text: str, pos: int) -> int:
    """End offset of the sentence that starts at ``pos``."""
    match = RE_SENTENCE_BREAK.search(text, pos)
    return match.end() if match else len(text)


def ends_paragraph(text: str) -> bool:
    """True where a block ends the way a paragraph may end (not broken mid-sentence)."""
    return bool(RE_PARAGRAPH_END.search(text))


def has_body_punctuation(text: str) -> bool:
    """True for running text, false for headings, bylines and labels."""
    return bool(RE_BODY_PUNCT.search(text))


def han_count(text: str) -> int:
    """Number of Chinese characters (ideographs) in ``text``."""
    return len(RE_HAN.findall(text))


# Traditional forms of the characters the structure rules look for (bylines, credits, matter
# labels, datelines), and full-width digits and letters: folded one for one, so a rule written in
# simplified characters matches “新華社記者 李安 攝” or “４月２２日電” and its offsets still point
# into the original text. Used for matching only; the text itself is never changed.
_TRADITIONAL = (
    "記者報導電訊導題標責編輯攝圖頁來網聞經濟華實習員條發際國稿訪編輯審閱監製視覺號讓頂"
    "轉載權聲點擊獲悉臺灣廣東們歡顯關註駐專訊統計體務報紙會時間"
)
_SIMPLIFIED = (
    "记者报导电讯导题标责编辑摄图页来网闻经济华实习员条发际国稿访编辑审阅监制视觉号让顶"
    "转载权声点击获悉台湾广东们欢显关注驻专讯统计体务报纸会时间"
)
_FULLWIDTH = "".join(chr(c) for c in range(0xFF10, 0xFF1A)) + "".join(chr(c) for c in range(0xFF21, 0xFF3B)) + \
    "".join(chr(c) for c in range(0xFF41, 0xFF5B))
_HALFWIDTH = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
FOLD_TABLE = str.maketrans(_TRADITIONAL + _FULLWIDTH, _SIMPLIFIED + _HALFWIDTH)
# A character ``fold`` changes (華, 記, ４, Ａ ...): a line without one is returned as it is, since
# str.translate looks up every character of non-ASCII text in the table, one at a time.
RE_FOLDABLE = re.compile(f"[{re.escape(_TRADITIONAL + _FULLWIDTH)}]")


def fold(text: str) -> str:
    """Traditional forms of structure words and full-width digits folded, one character for one.

    >>> fold("新華社記者 李安 攝"), fold("４月２２日電")
    ('新华社记者 李安 摄', '4月22日电')
    """
    return text.translate(FOLD_TABLE) if RE_FOLDABLE.search(text) else text


def heading_phrases(heading: str) -> tuple[str, str]:
    """A heading as its first phrase and the rest, split at the first run of white space of any
    kind; the rest is empty where there is none.

    >>> heading_phrases("党建联建破壁垒 精准滴灌实体经济“毛细血管”")
    ('党建联建破壁垒', '精准滴灌实体经济“毛细血管”')
    >>> heading_phrases("　反映人民心声\u00a0不断创作精品"), heading_phrases("筑牢底线防风险")
    (('反映人民心声', '不断创作精品'), ('筑牢底线防风险', ''))
    """
    parts = RE_PHRASE_BREAK.split(heading.strip(), maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""
