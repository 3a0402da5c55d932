"""Sentences for the notebooks, computed from the tables of the article they ran on.

A notebook states facts about its article only through these functions (or in a cell tagged
``seed-only``, which the runner drops for any other article), so a report on another article
never repeats the seed's facts. Each function takes the table the notebook already has and
returns one Markdown sentence; where the table is empty it says so in one line, and the notebook
goes on. ``say`` displays a sentence in the notebook.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from helpers.article import Article, load_article
from helpers.errors import StructureWarning


def say(text: str) -> None:
    """Display ``text`` as Markdown in the running notebook (plain text outside one)."""
    from IPython.display import Markdown, display

    display(Markdown(text))


def absent(subject: str, consequence: str = "nothing to chart") -> str:
    """The one line a notebook shows when its subject is absent from the article.

    >>> absent("states no figures")
    'This article states no figures: nothing to chart.'
    """
    return f"This article {subject}: {consequence}."


def join(items: Sequence[str]) -> str:
    """Items as an English list: 'A', 'A and B', 'A, B and C'.

    >>> join(["普惠金融", "中国银行", "党建"])
    '普惠金融, 中国银行 and 党建'
    """
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _by_kind(kinds: pd.Series) -> str:
    """“2 join, 1 caption”: counts of each value, most frequent first, ties in alphabetical order."""
    counts = kinds.value_counts().sort_index().sort_values(ascending=False, kind="stable")
    return ", ".join(f"{n} {kind}" for kind, n in counts.items())


def _plural(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def _verb(n: int, plural: str, singular: str) -> str:
    return singular if n == 1 else plural


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def open_article(path: Path | str) -> Article:
    """``load_article``, with each structure warning shown as one line instead of a stderr warning.

    A notebook calls this in place of ``load_article`` so that an article without a byline or
    sub-headings runs on, saying what is missing once, with no traceback-like noise in the output.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        article = load_article(path)
    for message in article.warnings:
        say(f"**Loader note:** {message}.")
    return article


# --- 01 load and clean ---------------------------------------------------------------------------

def repairs_sentence(repairs: pd.DataFrame) -> str:
    """How many repairs of each kind the loader made, most frequent first.

    >>> repairs_sentence(pd.DataFrame({"kind": ["join", "join", "caption"]}))
    'The loader made 3 repairs: 2 join, 1 caption.'
    """
    if repairs.empty:
        return absent("needed no repair", "nothing to chart")
    return f"The loader made {_plural(len(repairs), 'repair')}: {_by_kind(repairs['kind'])}."


def ledger_sentence(ledger: pd.DataFrame) -> str:
    """The size ledger (``helpers.outline.size_ledger``) in one sentence, naming each removal that
    took characters, and flagging a ledger that does not close."""
    chars = dict(zip(ledger["step"], ledger["chars"], strict=True))
    labels = dict(zip(ledger["step"], ledger["label"], strict=True))
    raw, clean, counted = chars["raw"], chars["clean"], chars["counted"]
    taken = [f"{-chars[step]:,} as {labels[step].removeprefix('− ').split(' (')[0]}"
             for step in ledger["step"] if str(labels[step]).startswith("−") and chars[step]]
    removed = f"the loader removed {join(taken)}" if taken else "the loader removed none"
    text = (f"Of {raw:,} visible characters in the raw file ({chars['raw_all'] - raw:,} more are white space), "
            f"{removed}, leaving {clean:,} in the clean article; the counted text holds {counted:,}")
    if counted < clean:
        text += ", fewer because page labels, the byline, photo credits, pull quotes and the standfirst are not counted"
    text += "."
    closes = (ledger.loc[ledger["step"] == "clean", "check"] == "closes").all()
    return text + ("" if closes else " **The ledger does not close: characters are unaccounted for.**")


def removed_sentence(repairs: pd.DataFrame, kind: str, what: str) -> str:
    """How many repairs of ``kind`` (say, ``duplicate``) the loader made, or that it made none.

    >>> removed_sentence(pd.DataFrame({"kind": ["join"]}), "duplicate", "layout duplicate")
    'This article has no layout duplicate: nothing to show.'
    """
    n = int((repairs["kind"] == kind).sum()) if not repairs.empty else 0
    if not n:
        return absent(f"has no {what}", "nothing to show")
    return f"The loader logged {_plural(n, what)}."


# --- 02 section structure ------------------------------------------------------------------------

def structure_sentence(summary: pd.DataFrame) -> str:
    """The article's build from ``section_summary``: lead size and each section's paragraph count."""
    lead = int(summary["paragraphs"].iloc[0])
    sections = summary.iloc[1:]
    if sections.empty:
        return (f"No sub-heading was found: the whole body, {_plural(lead, 'paragraph')}, "
                "is read as the lead, one part; every per-section chart has one bar or band.")
    sizes = "/".join(str(int(n)) for n in sections["paragraphs"])
    return (f"The article has a lead of {_plural(lead, 'paragraph')} and {_plural(len(sections), 'sub-headed section')} "
            f"of {sizes} paragraphs.")


def pull_quotes_sentence(quotes: pd.DataFrame, sections: int) -> str:
    """How many sections open with a pull quote, and how many repeat their sentence verbatim."""
    if quotes.empty:
        return absent("has no pull quotes", "nothing to trace")
    exact = int(quotes["exact"].sum())
    return (f"{len(quotes)} of {_plural(sections, 'section')} open with a pull quote; "
            f"{exact} of them repeat{'s' if exact == 1 else ''} a sentence of the section verbatim.")


# --- 03 segmentation -----------------------------------------------------------------------------

def coverage_sentence(coverage: pd.DataFrame, shares: pd.Series) -> str:
    """Domain terms found, the share each tokenizer keeps whole, and the term plain jieba breaks most."""
    if coverage.empty:
        return absent("holds no term of the domain dictionary", "nothing to compare")
    plain, project = shares.iloc[0], shares.iloc[1]
    text = (f"{_plural(len(coverage), 'domain term')} {_verb(len(coverage), 'occur', 'occurs')} "
            f"{_times(int(coverage['occurrences'].sum()))} here; "
            f"plain jieba keeps {plain:g}% of the occurrences whole, the project tokenizer {project:g}%.")
    split = coverage.assign(split=coverage["occurrences"] - coverage["plain_whole"])
    split = split[split["split"] > 0].sort_values(["split", "term"], ascending=[False, True], kind="stable")
    if split.empty:
        return text + " Plain jieba breaks none of them."
    top = split.iloc[0]
    return text + (f" The term plain jieba breaks most often is {top['term']}"
                   f" ({top['split']} of {top['occurrences']} occurrences).")


def pos_sentence(pos_counts: pd.Series, *, top: int = 3) -> str:
    """The most frequent part-of-speech tags with their counts."""
    if pos_counts.empty:
        return absent("has no word tokens", "no parts of speech to count")
    head = pos_counts.head(top)
    return f"The most frequent tags are {join([f'`{tag}` ({n})' for tag, n in head.items()])}."


# --- 04 term frequency ---------------------------------------------------------------------------

def top_terms_sentence(terms: pd.DataFrame, *, top: int = 3) -> str:
    """The terms that carry the article, with their counts (``term_table``).

    >>> top_terms_sentence(pd.DataFrame({"term": ["普惠金融", "中国银行"], "count": [21, 18]}))
    'The article is carried by its top terms, 普惠金融 (21) and 中国银行 (18).'
    """
    if terms.empty:
        return absent("has no terms of two or more characters", "nothing to count")
    head = terms.head(top)
    items = [f"{t} ({int(c)})" for t, c in zip(head["term"], head["count"], strict=True)]
    return f"The article is carried by its top terms, {join(items)}."


def network_sentence(edges: pd.DataFrame) -> str:
    """The strongest link of the co-occurrence network and the best-linked term."""
    if edges.empty:
        return absent("has no two top terms sharing a sentence twice", "no network to draw")
    first = edges.iloc[0]
    degree = pd.concat([edges["source"], edges["target"]]).value_counts()
    degree = degree.sort_index().sort_values(ascending=False, kind="stable")
    return (f"The strongest link joins {first['source']} and {first['target']} ({_plural(int(first['sentences']), 'sentence')}); "
            f"{degree.index[0]} is linked to the most other terms ({degree.iloc[0]}).")


# --- 05 stated figures ---------------------------------------------------------------------------

def range_sentence(figures: pd.DataFrame, what: str) -> str:
    """The smallest and largest stated figure of a kind, by value, as the text writes them.

    >>> range_sentence(pd.DataFrame({"surface": ["12条", "近180万户"], "value": [12.0, 1.8e6]}), "counts")
    'The counts run from 12条 to 近180万户.'
    """
    if figures.empty:
        return absent(f"states no {what}", "nothing to chart")
    ordered = figures.sort_values("value", kind="stable")
    if len(ordered) == 1:
        return f"The article states one of the {what}: {ordered['surface'].iloc[0]}."
    return f"The {what} run from {ordered['surface'].iloc[0]} to {ordered['surface'].iloc[-1]}."


def rates_sentence(rates: pd.DataFrame) -> str:
    """The stated growth rates: what each measures, for whom, and the dates they refer to."""
    if rates.empty:
        return absent("states no growth rates", "nothing to chart")
    items = [" ".join(part for part in (r["about"] or "a figure", r["change"], r["surface"]) if part)
             + (f" ({r['subject']})" if r["subject"] else "") for _, r in rates.iterrows()]
    dates = sorted({d for d in rates["as_of"] if d})
    when = f", as of {join(dates)}" if dates else ", with no date stated"
    return f"{_plural(len(rates), 'growth rate')}{when}: {'; '.join(items)}."


def timeline_sentence(periods: pd.DataFrame, stats: pd.DataFrame) -> str:
    """When the article's statistics are dated, and how far its dates and periods reach."""
    periods = periods[periods["period_start"].astype(bool)] if not periods.empty else periods
    if periods.empty:
        return absent("names no dates or periods", "nothing to place on a timeline")
    dates = sorted({d for d in stats["as_of"] if d}) if not stats.empty else []
    first, last = min(periods["period_start"]), max(periods["period_end"])
    text = f"The dates and periods named run from {first} to {last}"
    return text + (f"; the statistics refer to {join(dates)}." if dates else "; no statistic carries a date.")


# --- 07 rhetoric ---------------------------------------------------------------------------------

def quotes_sentence(quotes: pd.DataFrame) -> str:
    """How many quoted spans the article has, by kind."""
    if quotes.empty:
        return absent("quotes no phrase in “”", "nothing to classify")
    return f"{_plural(len(quotes), 'quoted span')} ({quotes['text'].nunique()} distinct): {_by_kind(quotes['kind'])}."


def quotes_by_part_sentence(table: pd.DataFrame) -> str:
    """From the part × kind crosstab: the commonest kind and where each kind is most frequent."""
    if table.empty:
        return absent("quotes no phrase in “”", "nothing to chart")
    totals = table.sum().sort_index().sort_values(ascending=False, kind="stable")
    where = "; ".join(f"{kind} in {table[kind].idxmax()}" for kind in totals.index)
    return (f"The commonest kind is {totals.index[0]} ({totals.iloc[0]} of {int(totals.sum())} spans). "
            f"Where each kind is most frequent: {where}.")


def heading_pattern_sentence(pattern: pd.DataFrame) -> str:
    """How many headings are two phrases split by a space, and how many close on a quoted phrase."""
    if pattern.empty:
        return absent("has no headline or sub-headings", "no heading pattern to chart")
    pairs = int((pattern["second"] != "").sum())
    quoted = int(pattern["ends_with_quote"].sum())
    lengths = pattern["first_chars"]
    span = f"{lengths.min()}" if lengths.min() == lengths.max() else f"{lengths.min()} to {lengths.max()}"
    return (f"Of {_plural(len(pattern), 'heading')} (headline included), {pairs} {_verb(pairs, 'pair', 'pairs')} "
            f"two phrases split by a space and {quoted} {_verb(quoted, 'close', 'closes')} on a quoted phrase; "
            f"first phrases run {span} characters.")


# --- 08 corpus -----------------------------------------------------------------------------------

def corpus_sentence(articles: int, errors: int, reference: int, *, in_corpus: bool) -> str:
    """What the reference corpus is, and whether the article itself was taken out of it.

    >>> print(corpus_sentence(44, 1, 43, in_corpus=True))  # doctest: +NORMALIZE_WHITESPACE
    The corpus holds 44 articles (1 file could not be read as one); this article is one of them and is
    left out of the reference, which keeps 43.
    """
    failed = f" ({_plural(errors, 'file')} could not be read as one)" if errors else ""
    if in_corpus:
        return (f"The corpus holds {_plural(articles, 'article')}{failed}; this article is one of them and is left out of "
                f"the reference, which keeps {reference}.")
    return (f"The corpus holds {_plural(articles, 'article')}{failed}; this article is not one of them: "
            f"all {reference} are the reference.")


def keyness_sentence(table: pd.DataFrame, *, reference: int, top: int = 3) -> str:
    """How many of the article's terms are key against the corpus (z > 1.96), naming the strongest.

    >>> print(keyness_sentence(pd.DataFrame({"term": ["昆山", "企业"], "count": [18, 11], "reference": [0, 40],
    ...                                "log_likelihood": [98.1, 1.2], "z": [4.1, 0.4]}), reference=43)
    ... )  # doctest: +NORMALIZE_WHITESPACE
    Against 43 corpus articles, 1 of the article's 2 terms is key (log-odds z > 1.96): 昆山 (18 here, 0 in the
    corpus, G² 98.1).
    """
    if table.empty:
        return absent("has no terms", "no keyness to compute")
    key = table[table["z"] > 1.96]
    if key.empty:
        return (f"Against {_plural(reference, 'corpus article')}, none of the article's {len(table)} terms is key "
                "(log-odds z > 1.96): its vocabulary is the corpus's.")
    named = join([f"{r.term} ({r.count} here, {r.reference} in the corpus, G² {r.log_likelihood:.1f})"
                  for r in key.head(top).itertuples()])
    return (f"Against {_plural(reference, 'corpus article')}, {len(key)} of the article's {_plural(len(table), 'term')} "
            f"{_verb(len(key), 'are', 'is')} key (log-odds z > 1.96): {named}.")


def trends_sentence(rates: pd.DataFrame, dated: int) -> str:
    """Which of the article's terms the trend chart follows, over how many periods and dated articles.

    >>> print(trends_sentence(pd.DataFrame({"服务": [0.5, 1.0], "金融": [0.0, 2.0]}, index=["a", "b"]), 12))
    ... # doctest: +NORMALIZE_WHITESPACE
    The chart follows 2 of the article's key terms that the corpus also uses (服务 and 金融) over 2 periods
    of 12 dated articles.
    """
    if rates.empty or rates.shape[1] == 0:
        return absent("shares no key term with the dated articles of the corpus", "no trend to chart")
    return (f"The chart follows {rates.shape[1]} of the article's key terms that the corpus also uses "
            f"({join(list(rates.columns))}) over {_plural(len(rates), 'period')} of {dated} dated articles.")


def tracking_sentence(quantities: list[tuple[str, str]], matched: pd.DataFrame, *, article: str) -> str:
    """Whether the quantities the article measures are stated in other articles of the corpus.

    >>> print(tracking_sentence([("生产原煤", "吨"), ("进口煤炭", "吨")], pd.DataFrame({"about": ["生产原煤", "生产原煤"],
    ...     "unit": ["吨", "吨"], "doc_id": ["a.txt", "b.txt"]}), article="a.txt"))  # doctest: +NORMALIZE_WHITESPACE
    Of the 2 quantities this article measures, 1 is stated in other corpus articles too: 生产原煤 (吨) in 1
    more; the chart tracks it.
    """
    if not quantities:
        return absent("measures no quantity", "the chart tracks the corpus's own recurring quantities")
    if matched.empty:
        return (f"None of the {_plural(len(quantities), 'quantity', 'quantities')} this article measures is stated in "
                "another corpus article: the chart tracks the corpus's own recurring quantities instead.")
    others = matched[matched["doc_id"] != article].groupby(["about", "unit"], sort=False)["doc_id"].nunique()
    named = join([f"{about} ({unit}) in {n} more" for (about, unit), n in others.items()])
    return (f"Of the {_plural(len(quantities), 'quantity', 'quantities')} this article measures, {len(others)} "
            f"{_verb(len(others), 'are', 'is')} stated in other corpus articles too: {named}; the chart tracks "
            f"{_verb(len(others), 'them', 'it')}.")
