"""Report oddities in the article's own text (typos, unbalanced quotes); they are shown, never fixed."""

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


@dataclass(frozen=True)
class Oddity:
    """A place where the text itself looks wrong, with its surroundings."""

    kind: str  # doubled_char | unbalanced
    section: int | None
    paragraph: int | None
    found: str
    context: str


def find_oddities(article: Article) -> list[Oddity]:
    """Doubled function characters and unbalanced quotes or brackets in the counted text."""
    out: list[Oddity] = []
    for block in article.blocks:
        if not block.text:
            continue
        for match in RE_DOUBLED.finditer(block.text):
            lo, hi = max(0, match.start() - CONTEXT), match.end() + CONTEXT
            out.append(Oddity("doubled_char", block.section, block.paragraph, match.group(), block.text[lo:hi]))
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
