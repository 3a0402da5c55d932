"""How the article's parts and terms are labelled and coloured in tables and charts (no drawing here).

One place decides a part's short title (the label on every chart axis, legend and table), a part's
colour, a term's colour group by part of speech and a word cloud's weights, so the seven notebooks
and ``helpers.plotting`` agree. Pure functions: data in, labels and colours out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from helpers.article import Article
from helpers.chinese import heading_phrases

#: One colour per section (导语 first), colour-blind safe (Okabe–Ito).
SECTION_COLOURS = ("#999999", "#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00", "#F0E442")
#: The colour of the headline (section <NA>): the dark of a heading block in the article map.
HEADLINE_COLOUR = "#333333"


def first_phrase(heading: str) -> str:
    """The heading's first phrase: the text before its first run of white space (any kind).

    >>> first_phrase("党建联建破壁垒 精准滴灌实体经济“毛细血管”")
    '党建联建破壁垒'
    >>> first_phrase("　反映人民心声\u00a0不断创作精品")
    '反映人民心声'
    """
    return heading_phrases(heading)[0]


def short_labels(headings: Mapping[int | None, str]) -> dict[int | None, str]:
    """{part: short title} for {part: full title}: each title's first phrase, never two alike.

    Where two sections would get the same short title (or a heading has no text), each of them
    takes its section number in brackets: 一、小标题（1）, 一、小标题（2）; 导语 and 标题 (parts 0 and
    None) keep theirs, a section sharing it takes the number. Keys keep their order.

    >>> short_labels({0: "导语", 1: "一、小标题 副题", 2: "一、小标题 另一个副题"})
    {0: '导语', 1: '一、小标题（1）', 2: '一、小标题（2）'}
    """
    first = {part: first_phrase(title) for part, title in headings.items()}
    seen: dict[str, int] = {}
    for label in first.values():
        seen[label] = seen.get(label, 0) + 1
    return {part: label if (label and seen[label] == 1) or part in (None, 0) else f"{label}（{part}）"
            for part, label in first.items()}


def short_titles(article: Article) -> dict[int | None, str]:
    """{part: short title} for the headline (None, 标题), the lead (0, 导语) and every section (1..).

    >>> from helpers import load_article
    >>> short_titles(load_article())[1]
    '党建联建破壁垒'
    """
    return short_labels({part: article.section_title(part) for part in [None, *range(len(article.sections) + 1)]})


def short_title(article: Article, part: object) -> str:
    """The short title of one part; ``part`` as found in a ``section`` column (None or <NA>: the headline)."""
    return short_titles(article)[_part(part)]


def part_labels(article: Article, parts: Iterable[object]) -> list[str]:
    """The short title of each value of a ``section`` column (<NA>, the headline, included)."""
    titles = short_titles(article)
    return [titles[_part(p)] for p in parts]


def _part(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def section_colour(part: object) -> str:
    """The colour of a part everywhere in the charts: 导语 grey, sections in Okabe–Ito order, the
    headline (None or <NA>) dark; sections past the eighth reuse the palette.

    >>> section_colour(0), section_colour(1), section_colour(9)
    ('#999999', '#E69F00', '#E69F00')
    """
    number = _part(part)
    return HEADLINE_COLOUR if number is None else SECTION_COLOURS[number % len(SECTION_COLOURS)]


def section_colours(parts: Iterable[object]) -> list[str]:
    """``section_colour`` of each value of a ``section`` column."""
    return [section_colour(p) for p in parts]


#: Part-of-speech groups for colouring terms (jieba tags): the first group whose tags hold a term's tag.
POS_GROUPS = {
    "专名 proper noun": ("nt", "nz", "ns", "nr", "nrt", "j", "eng"),
    "名词 noun": ("n", "ng", "an", "l", "i", "b"),
    "动名词 verbal noun": ("vn",),
    "动词 verb": ("v", "vd", "vi"),
}
OTHER_GROUP = "其他 other"
#: Colour of each POS group, in the order of ``POS_GROUPS`` then ``OTHER_GROUP``.
POS_GROUP_COLOURS = dict(zip([*POS_GROUPS, OTHER_GROUP], SECTION_COLOURS[1:6], strict=True))


def pos_group(pos: str) -> str:
    """The colour group of a jieba POS tag (see ``POS_GROUPS``).

    >>> pos_group("nt"), pos_group("vn"), pos_group("m")
    ('专名 proper noun', '动名词 verbal noun', '其他 other')
    """
    return next((group for group, tags in POS_GROUPS.items() if pos in tags), OTHER_GROUP)


def pos_colours(table: pd.DataFrame) -> dict[str, str]:
    """{term: colour of its POS group} for a ``term_table`` (columns ``term`` and ``pos``)."""
    return {t: POS_GROUP_COLOURS[pos_group(p)] for t, p in zip(table["term"], table["pos"], strict=True)}


def cloud_weights(table: pd.DataFrame, *, top: int = 100) -> dict[str, int]:
    """{term: count} of the top terms of ``term_table``, in its order (count, then term)."""
    head = table.head(top)
    return dict(zip(head["term"], head["count"].astype(int), strict=True))


@dataclass(frozen=True)
class Cloud:
    """What a word cloud draws: ``weights`` {word: size}, ``colours`` {word: colour}, ``legend`` {label: colour}."""

    weights: dict[str, float]
    colours: dict[str, str]
    legend: dict[str, str]


def distinctive_cloud(article: Article, distinct: pd.DataFrame) -> Cloud:
    """A cloud of each section's distinctive terms: sized by z, coloured by section.

    ``distinct`` is ``terms.distinctive_terms``. Only terms with a positive z are kept; a term
    distinctive of two parts goes to the one where its z is highest (ties: the term's first
    row). The legend names each part drawn by its short title, in part order.
    """
    kept = distinct[distinct["z"] > 0].sort_values(["z", "term"], ascending=[False, True], kind="stable")
    kept = kept.drop_duplicates("term")
    parts = sorted({int(s) for s in kept["section"]})
    titles = short_titles(article)
    return Cloud(
        weights=dict(zip(kept["term"], kept["z"], strict=True)),
        colours={t: section_colour(s) for t, s in zip(kept["term"], kept["section"], strict=True)},
        legend={titles[s]: section_colour(s) for s in parts},
    )


def by_part(article: Article, frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """Counts of ``column`` by part (rows: short titles in reading order, headline first; only the
    parts present), from a frame with a ``section`` column (<NA> for the headline)."""
    titles = short_titles(article)
    parts = frame.assign(part=part_labels(article, frame["section"]))
    present = set(parts["part"])
    order = [label for label in titles.values() if label in present]
    return pd.crosstab(parts["part"], parts[column]).reindex(order)


def part_colours(article: Article) -> dict[str, str]:
    """{short title: colour} for every part, to colour a chart keyed by short titles."""
    return {title: section_colour(part) for part, title in short_titles(article).items()}


def values_by_part(article: Article, frame: pd.DataFrame, column: str) -> dict[str, list]:
    """{short title: the values of ``column``} for each part present in ``frame`` (a ``section``
    column, no headline rows), parts in reading order: one group per box of a box plot."""
    titles = short_titles(article)
    return {titles[int(s)]: frame.loc[frame["section"] == s, column].tolist() for s in sorted(frame["section"].unique())}


def rate_labels(rates: pd.DataFrame) -> pd.Series:
    """A bar's label for each stated rate: what it measures and the change stated, with the figure as written
    where the bar alone would mislead (a bound or an approximation: 高于4.8%, 超过30%) or two labels would be alike.

    >>> rates = pd.DataFrame({"about": ["货物进出口", "经济增速", "增速", "增速"], "change": ["同比增长", "", "", ""],
    ...                       "surface": ["11.1%", "高于4.8%", "9.6%", "7.9%"], "qualifier": ["exact", "over", "exact", "exact"]})
    >>> rate_labels(rates).tolist()
    ['货物进出口 同比增长', '经济增速 高于4.8%', '增速 9.6%', '增速 7.9%']
    """
    labels = (rates["about"].fillna("") + " " + rates["change"].fillna("")).str.strip()
    written = rates["qualifier"].ne("exact") | labels.duplicated(keep=False)
    return labels.where(~written, labels + " " + rates["surface"])
