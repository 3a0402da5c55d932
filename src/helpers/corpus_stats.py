"""The corpus tables read against one article: reference counts, the corpus at a glance, term trends, tracked figures.

Pure functions of the tables ``corpus_run.read_tables`` returns (and of an article's own tables);
nothing here reads files or draws.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from helpers.numerals import MEASURE_UNITS

#: Kinds of stated figure that are tracked as quantities whatever their unit; a count is tracked only in a
#: physical measure's unit (``numerals.MEASURE_UNITS``), and dates, periods and labels never.
TRACKED_KINDS = ("money", "percent", "rate", "points")  # points: an index level or move (3811.25点)
#: Columns of ``tracked_figures``.
TRACKED_COLUMNS = ("about", "unit", "doc_id", "outlet", "date", "dated_by", "value", "surface", "qualifier", "change",
                   "sentence_text")


def reference_counts(terms: pd.DataFrame, articles: pd.DataFrame, *, exclude: Sequence[str] = ()) -> tuple[pd.Series, int, int]:
    """The corpus as a reference: term counts summed over its articles, its running words, its articles.

    ``exclude`` holds content hashes of articles left out (the article under study, where the corpus
    holds it: a text is no reference for itself).
    """
    kept = articles[~articles["content_hash"].isin(list(exclude))]
    rows = terms[terms["doc_id"].isin(kept["doc_id"])]
    counts = rows.groupby("term")["count"].sum().astype("int64")
    return counts, int(kept["words"].sum()), len(kept)


def glance(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet (``(none)`` where the corpus names none): articles, dated articles, first and
    last date, median characters, articles with sub-headings and with a byline, copy shapes
    (``page 3, single 1``), most articles first."""
    frame = articles.assign(outlet=articles["outlet"].replace("", "(none)"),
                            dated=articles["date"].fillna("").ne(""))
    rows = []
    for outlet, group in frame.groupby("outlet", sort=True):
        dates = group.loc[group["dated"], "date"]
        shapes = group["shape"].value_counts().sort_index()
        rows.append({"outlet": outlet, "articles": len(group), "dated": int(group["dated"].sum()),
                     "first": dates.min() if len(dates) else "", "last": dates.max() if len(dates) else "",
                     "median_chars": int(group["chars"].median()), "sub_headed": int((group["sections"] > 0).sum()),
                     "bylined": int(group["has_byline"].sum()),
                     "shapes": ", ".join(f"{shape} {n}" for shape, n in shapes.items())})
    table = pd.DataFrame(rows, columns=["outlet", "articles", "dated", "first", "last", "median_chars", "sub_headed",
                                         "bylined", "shapes"])
    return table.sort_values(["articles", "outlet"], ascending=[False, True], kind="stable").reset_index(drop=True)


def term_trends(terms: pd.DataFrame, articles: pd.DataFrame, selected: Sequence[str], *, period: str = "year") -> pd.DataFrame:
    """Occurrences per 1,000 running words of each ``selected`` term in the dated articles, per period.

    Rows: periods that hold a dated article (``year``: 2019, …; ``month``: 2019-10, …), in order;
    columns: the selected terms, in the order given (0.0 where a period's articles never use one).
    """
    dated = articles[articles["date"].fillna("").ne("")]
    width = {"year": 4, "month": 7}[period]
    keys = dated["date"].str.slice(0, width)
    words = dated.groupby(keys)["words"].sum()
    period_of = dict(zip(dated["doc_id"], keys, strict=True))
    rows = terms[terms["term"].isin(list(selected)) & terms["doc_id"].isin(list(period_of))]
    counts = rows.assign(period=rows["doc_id"].map(period_of)).pivot_table(
        index="period", columns="term", values="count", aggfunc="sum", fill_value=0)
    counts = counts.reindex(index=words.index, columns=list(selected), fill_value=0)
    rates = (1000 * counts.div(words, axis=0)).round(3).astype(float)
    rates.index.name = period
    return rates


def tracked_figures(figures: pd.DataFrame, articles: pd.DataFrame, *, min_articles: int = 2,
                    quantities: Sequence[tuple[str, str]] | None = None) -> pd.DataFrame:
    """Stated figures of the same quantity (same ``about`` and ``unit``) in at least ``min_articles`` articles.

    A quantity is money, a percent, a rate or a physical measure (吨, 千瓦时: ``numerals.MEASURE_UNITS``).
    A count of things by a classifier (98家成都上市公司, 21家公司) is left out: two counts of 公司 in two
    stories are rarely one quantity. An article stating the same figure again (its headline and its lead)
    gives one point, where it first states it or, where only a later statement dates it (上半年), there.
    ``date`` is the figure's ``as_of`` where its sentence dates it (``dated_by`` = ``as_of``), else the
    article's publication date (``published``); figures with neither
    are left out. ``quantities``, if given, keeps only those (about, unit) pairs. Columns: see
    ``TRACKED_COLUMNS``; ordered by quantity (most articles first), then date and article.
    """
    measured = figures[_quantities(figures)]
    published = dict(zip(articles["doc_id"], articles["date"].fillna(""), strict=True))
    outlets = dict(zip(articles["doc_id"], articles["outlet"].fillna(""), strict=True))
    as_of = measured["as_of"].fillna("")
    frame = measured.assign(
        date=as_of.where(as_of.ne(""), measured["doc_id"].map(published)),
        dated_by=as_of.ne("").map({True: "as_of", False: "published"}),
        outlet=measured["doc_id"].map(outlets),
    )
    frame = frame[frame["date"].fillna("").ne("")]
    frame = frame.drop_duplicates(["doc_id", "about", "unit", "value", "date"], keep="first")
    # The same figure stated again with no date of its own (a headline's, then the lead's 上半年…2091.05亿元) is the
    # dated statement's repeat, not a point of the publication date
    same = ["doc_id", "about", "unit", "value"]
    dated = frame.groupby(same)["dated_by"].transform(lambda by: by.eq("as_of").any())
    frame = frame[~(dated & frame["dated_by"].eq("published"))]
    if quantities is not None:
        wanted = pd.MultiIndex.from_tuples(list(quantities)) if quantities else pd.MultiIndex.from_tuples([], names=[None, None])
        frame = frame[pd.MultiIndex.from_frame(frame[["about", "unit"]]).isin(wanted)]
    spread = frame.groupby(["about", "unit"])["doc_id"].nunique().rename("articles")
    frame = frame.join(spread, on=["about", "unit"])
    frame = frame[frame["articles"] >= min_articles]
    frame = frame.sort_values(["articles", "about", "unit", "date", "doc_id", "start"],
                              ascending=[False, True, True, True, True, True], kind="stable")
    return frame[list(TRACKED_COLUMNS)].reset_index(drop=True)


def _quantities(figures: pd.DataFrame) -> pd.Series:
    """Which rows state a quantity that can be tracked: money, percent, rate, or a count in a measure unit,
    that names what it measures."""
    kind = figures["kind"]
    measure = kind.isin(TRACKED_KINDS) | (kind.eq("count") & figures["unit"].isin(MEASURE_UNITS))
    return measure & figures["about"].fillna("").ne("")


def quantities_of(figures: pd.DataFrame) -> list[tuple[str, str]]:
    """The (about, unit) pairs an article's stated figures measure, in reading order, once each."""
    measured = figures[_quantities(figures)]
    return list(dict.fromkeys(zip(measured["about"], measured["unit"], strict=True)))


def match_summary(tracked: pd.DataFrame, article: str) -> pd.DataFrame:
    """Per quantity of ``tracked`` that ``article`` (a doc_id) states: what it states (surfaces in reading
    order, once each) and in how many other articles the quantity is stated too.

    >>> points = pd.DataFrame({"about": ["生产原煤"] * 3, "unit": ["吨"] * 3, "doc_id": ["a", "a", "b"],
    ...                        "surface": ["4.2亿吨", "1346万吨", "23.0亿吨"]})
    >>> match_summary(points, "a").to_dict("records")
    [{'about': '生产原煤', 'unit': '吨', 'here': '4.2亿吨、1346万吨', 'other_articles': 1}]
    """
    rows = []
    for (about, unit), group in tracked.groupby(["about", "unit"], sort=False):
        own = group[group["doc_id"] == article]
        if own.empty:
            continue
        rows.append({"about": about, "unit": unit, "here": "、".join(dict.fromkeys(own["surface"])),
                     "other_articles": int(group.loc[group["doc_id"] != article, "doc_id"].nunique())})
    return pd.DataFrame(rows, columns=["about", "unit", "here", "other_articles"])
