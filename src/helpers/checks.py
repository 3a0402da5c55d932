"""Report oddities in the article's own text (typos, unbalanced quotes, figures that lost what stood
between them); they are shown, never fixed."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from helpers.article import Article

# Function characters that do not legitimately double in running text: “奋斗的的新市民”.
DOUBLING_CHARS = "的地得了在与及对把被从将向为于其"
RE_DOUBLED = re.compile(rf"([{DOUBLING_CHARS}])\1")
# Paired marks whose open and close counts must agree within a paragraph.
PAIRS = (("“", "”"), ("‘", "’"), ("《", "》"), ("（", "）"), ("「", "」"))
CONTEXT = 8
# A percent run straight into the next number (增速分别为3.4%5.7%5.6%): the separators were lost in copying.
RE_RUN_TOGETHER = re.compile(r"[0-9０-９.．]+[%％‰](?:[0-9０-９.．]+[%％‰])+")
# Four digits and 日 with no month before them (截至1029日, 北京1223日消息): a 月 lost in copying (10月29日), read
# so only where the digits split into a month and a day. Three digits are left alone: 近120日 is 120 days.
RE_DAY_NUMBER = re.compile(r"(?<![0-9０-９.．月第])([0-9]{4})日(?![元圓圆])")  # (not 1210日元, a price; not 第1024日)


@dataclass(frozen=True)
class Oddity:
    """A place where the text itself looks wrong, with its surroundings."""

    kind: str  # doubled_char | unbalanced | run_together | lost_month
    section: int | None
    paragraph: int | None
    found: str
    context: str


def _lost_month(digits: str) -> bool:
    """Whether four digits read as a month and a day with the 月 left out: 1029 as 10月29日 (1000, 2020: no)."""
    return 1 <= int(digits[:2]) <= 12 and 1 <= int(digits[2:]) <= 31


def find_oddities(article: Article) -> list[Oddity]:
    """Doubled function characters, unbalanced quotes or brackets, percents run together and days with
    their month lost, in the counted text."""
    out: list[Oddity] = []
    for block in article.blocks:
        if not block.text:
            continue

        def add(kind: str, match: re.Match[str], block=block) -> None:  # noqa: ANN001 - an ArticleBlock
            lo, hi = max(0, match.start() - CONTEXT), match.end() + CONTEXT
            out.append(Oddity(kind, block.section, block.paragraph, match.group(), block.text[lo:hi]))

        for match in RE_DOUBLED.finditer(block.text):
            add("doubled_char", match)
        for match in RE_RUN_TOGETHER.finditer(block.text):
            add("run_together", match)
        for match in RE_DAY_NUMBER.finditer(block.text):
            if _lost_month(match.group(1)):
                add("lost_month", match)
        for open_, close in PAIRS:
            opened, closed = block.text.count(open_), block.text.count(close)
            if opened != closed:
                out.append(Oddity("unbalanced", block.section, block.paragraph, f"{open_}×{opened} {close}×{closed}",
                                  block.text[:2 * CONTEXT]))
    return out


def oddities_frame(article: Article) -> pd.DataFrame:
    """``find_oddities`` as a table: kind, section, paragraph, found, context."""
    rows = [vars(o) for o in find_oddities(article)]
    return pd.DataFrame(rows, columns=["kind", "section", "paragraph", "found", "context"]).astype(
        {"section": "Int64", "paragraph": "Int64"}
    )
