"""What the notebooks' interactive explorers compute: a query in, rows out (no widgets here).

The widgets in ``helpers.widgets`` call these on every change, and the tests call them directly:

- ``concordance``: any string's keyword-in-context lines, with part and paragraph, and its count per part;
- ``term_spread``: where chosen terms fall along the article, and their count per part;
- ``filter_figures``: the stated figures narrowed by kind, qualifier, part or subject, each with its sentence.

A *part* is the headline (标题), the lead (导语) or a section, labelled by its short title.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from helpers.article import Article
from helpers.presentation import part_labels, short_titles
from helpers.terms import dispersion, kwic


def _parts(article: Article) -> list[str]:
    """Every part's short title in reading order: 标题, 导语, then the sections."""
    return list(short_titles(article).values())


def _per_part(article: Article, sections: pd.Series, name: str = "count") -> pd.DataFrame:
    """A count for every part, zero included, in reading order (columns: part, ``name``)."""
    labels = pd.Series(part_labels(article, sections), dtype="object")
    counts = labels.value_counts()
    parts = _parts(article)
    return pd.DataFrame({"part": parts, name: [int(counts.get(p, 0)) for p in parts]})


@dataclass(frozen=True)
class Concordance:
    """A query's lines (part, paragraph, left, match, right, start) and its count per part."""

    query: str
    lines: pd.DataFrame
    per_part: pd.DataFrame

    def to_frame(self) -> pd.DataFrame:
        return self.lines


def concordance(article: Article, query: str, *, window: int = 20) -> Concordance:
    """Every occurrence of ``query`` (any string, spaces trimmed) in the article's clean text.

    An empty query gives no lines and zero counts, not an error: it is what an explorer's box holds
    before anything is typed. ``paragraph`` is blank for the headline, which is no paragraph.
    """
    query = query.strip()
    columns = ["part", "paragraph", "left", "match", "right", "start"]
    if not query:
        lines = pd.DataFrame(columns=columns)
        return Concordance(query, lines, _per_part(article, pd.Series([], dtype="Int64")))
    found = kwic(article, query, window=window)
    lines = pd.DataFrame({
        "part": part_labels(article, found["section"]),
        "paragraph": [("" if pd.isna(p) else str(int(p))) for p in found["paragraph"]],
        "left": found["left"], "match": found["match"], "right": found["right"], "start": found["start"],
    }, columns=columns)
    return Concordance(query, lines, _per_part(article, found["section"]))


@dataclass(frozen=True)
class TermSpread:
    """Where each chosen term occurs (term, start, position 0..1, part) and its count per part."""

    terms: tuple[str, ...]
    positions: pd.DataFrame
    per_part: pd.DataFrame

    def to_frame(self) -> pd.DataFrame:
        return self.positions


def term_spread(article: Article, terms: Iterable[str]) -> TermSpread:
    """The occurrences, as tokens, of each of ``terms`` (blank entries dropped, order kept, duplicates once).

    ``per_part`` has one row per part and one column per term, zero where a term is absent.
    """
    chosen = tuple(dict.fromkeys(t.strip() for t in terms if t and t.strip()))
    found = dispersion(article, chosen)
    positions = pd.DataFrame({
        "term": found["term"], "start": found["start"], "position": found["position"],
        "part": part_labels(article, found["section"]),
    })
    per_part = pd.DataFrame({"part": _parts(article)})
    for term in chosen:
        counts = _per_part(article, found.loc[found["term"] == term, "section"], name=term)
        per_part[term] = counts[term].to_numpy()
    return TermSpread(chosen, positions, per_part)


def section_starts(article: Article) -> list[float]:
    """Where each sub-heading begins, as a share of the article's clean text (0..1): a dispersion plot's dividers."""
    return [round(s.start / len(article.text), 4) for s in article.sentences if s.kind == "heading"]


#: The columns a figures explorer shows, in order.
FIGURE_COLUMNS = ["surface", "kind", "qualifier", "value", "unit", "about", "part", "sentence_text"]


def figure_rows(article: Article, figures: pd.DataFrame) -> pd.DataFrame:
    """``extract_figures``' rows with the part's short title and the whole sentence each was read from."""
    texts = [article.sentences[i].text for i in figures["sentence"]]  # ``sentence`` indexes Article.sentences
    out = figures.assign(part=part_labels(article, figures["section"]), sentence_text=texts)
    return out.reset_index(drop=True)


def filter_figures(rows: pd.DataFrame, *, kinds: Iterable[str] = (), qualifiers: Iterable[str] = (),
                   parts: Iterable[str] = (), subject: str = "") -> pd.DataFrame:
    """The rows of ``figure_rows`` that match every filter given; an empty filter keeps everything.

    ``subject`` matches as a substring of what the figure measures (``about``) or of its sentence.
    """
    keep = pd.Series(True, index=rows.index)
    for column, wanted in (("kind", kinds), ("qualifier", qualifiers), ("part", parts)):
        wanted = list(wanted)
        if wanted:
            keep &= rows[column].isin(wanted)
    subject = subject.strip()
    if subject:
        keep &= rows["about"].fillna("").str.contains(subject, regex=False) | rows["sentence_text"].str.contains(
            subject, regex=False)
    return rows.loc[keep].reset_index(drop=True)
