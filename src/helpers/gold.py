"""Compare a loaded article with its hand-checked gold structure file, field by field.

A gold file (``<name>.gold.json`` beside ``<name>.txt``, format in tests/data/articles/README.md)
says what a person read in the text: headline, kicker, subtitle, byline, standfirst, sub-headings,
paragraphs per section, captions with credits, and the front/back matter to remove.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.article import Article, load_article
from helpers.reading import RE_PINYIN_GLOSS

#: The fields compared, in the order of ``corpus_report`` columns.
FIELDS = ("headline", "kicker", "subtitle", "byline", "standfirst", "headings", "paragraphs", "captions", "matter")

# White space is layout, not text: gold strings are compared with it removed.
RE_WHITE = re.compile(r"\s+")
RE_BRACKETS = re.compile(r"^[（(]|[）)]$")


@dataclass(frozen=True)
class FieldCheck:
    """One field of one text: what the gold file says, what the loader found, and whether they agree."""

    name: str
    field: str
    expected: object
    found: object
    ok: bool


def _squeeze(value: str | None) -> str | None:
    return None if value is None else RE_WHITE.sub("", value)


def _printed(value: str | None) -> str | None:
    """A gold string squeezed, and without the pinyin glosses a web converter set in the copy (實(shí)現(xiàn)): the gold
    keeps them as printed, the reader takes them out as markup (``reading.RE_PINYIN_GLOSS``). Only the gold side:
    a gloss the reader failed to take out still shows as a difference."""
    return None if value is None else RE_PINYIN_GLOSS.sub("", _squeeze(value))


def _credit(value: str | None) -> str:
    """A credit without white space and without the brackets around it: “（记者 姚冬琴 摄）” = “记者姚冬琴摄”."""
    return RE_BRACKETS.sub("", _squeeze(value or ""))


def load_gold(path: Path | str) -> dict:
    """The gold structure of an article text: ``<name>.gold.json`` beside ``<name>.txt``."""
    path = Path(path)
    gold_path = path.with_name(path.stem + ".gold.json") if path.suffix == ".txt" else path
    return json.loads(gold_path.read_text(encoding="utf-8"))


def found_structure(article: Article) -> dict:
    """The loader's structure in the gold format (white space kept)."""
    byline = None
    if article.byline is not None:
        byline = {"reporters": list(article.byline.reporters), "place": article.byline.place}
    return {
        "shape": article.shape,
        "kicker": article.kicker or article.column,
        "headline": article.headline,
        "subtitle": article.subtitle,
        "byline": byline,
        "standfirst": list(article.standfirst),
        "headings": [s.heading for s in article.sections],
        "paragraphs": [len(article.lead)] + [len(s.paragraphs) for s in article.sections],
        "captions": [{"text": c.text, "credit": c.credit} for c in article.captions],
        "matter": list(article.matter),
    }


def compare(article: Article, gold: dict, *, name: str = "") -> list[FieldCheck]:
    """Check each field of ``FIELDS``; strings are compared without white space.

    A gold kicker matches the loader's kicker or its column label (both are the line above the
    headline). A gold byline matches when the reporters (in order) and the place agree.
    """
    found = found_structure(article)
    checks = []
    for key in FIELDS:
        expected, got = gold.get(key), found[key]
        if key in ("headline", "kicker", "subtitle"):
            ok = _printed(expected) == _squeeze(got)
        elif key == "byline":
            if expected is None:
                ok = got is None or not got["reporters"]
            else:
                ok = got is not None and [_printed(r) for r in expected.get("reporters", [])] == [
                    _squeeze(r) for r in got["reporters"]] and _printed(expected.get("place")) == _squeeze(got["place"])
        elif key in ("standfirst", "headings", "matter"):
            ok = [_printed(x) for x in expected or []] == [_squeeze(x) for x in got]
        elif key == "captions":
            ok = [(_printed(c["text"]), _credit(RE_PINYIN_GLOSS.sub("", c["credit"] or ""))) for c in expected or []] == [
                (_squeeze(c["text"]), _credit(c["credit"])) for c in got]
        else:
            ok = list(expected or []) == got
        checks.append(FieldCheck(name, key, expected, got, ok))
    return checks


def corpus_paragraph(name: str, number: int = 1, *, folder: Path | None = None) -> str:
    """Paragraph ``number`` (1-based, lead and sections in reading order) of the corpus text ``name``.

    >>> corpus_paragraph("xinhua-20110516-bank-assets-100trn")[:16]
    '据新华社北京电银监会日前发布数据'
    """
    from helpers.paths import CORPUS

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = load_article((folder or CORPUS) / f"{name}.txt")
    return article.paragraphs[number - 1]


def corpus_report(folder: Path | str) -> pd.DataFrame:
    """One row per text in ``folder``: gold and found shape, each field right or not, ``fully_right``,
    and ``wrong`` naming the fields that disagree. Structure warnings are expected and not raised.
    """
    rows = []
    for path in sorted(Path(folder).glob("*.txt")):
        gold = load_gold(path)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            article = load_article(path)
        checks = compare(article, gold, name=path.stem)
        row = {"name": path.stem, "shape": gold.get("shape"), "found_shape": article.shape}
        row.update({c.field: c.ok for c in checks})
        row["fully_right"] = all(c.ok for c in checks)
        row["wrong"] = " ".join(c.field for c in checks if not c.ok)
        rows.append(row)
    return pd.DataFrame(rows, columns=["name", "shape", "found_shape", *FIELDS, "fully_right", "wrong"])
