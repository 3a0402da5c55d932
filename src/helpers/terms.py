"""Term statistics on the article's tokens: pure functions returning DataFrames with documented columns.

A *term* is a word token of two or more characters (``min_chars``) that is not a stopword; figures
(36.1万亿元), punctuation and bare numbers are never terms. ``is_term`` is that definition, and
every function here counts through it. Every function counts ``Article.text``
(headline, lead, sub-headings, paragraphs, captions), so the removed layout duplicate and the pull
quotes are not counted.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

import pandas as pd

from helpers.article import Article
from helpers.tokenizer import idf_table, load_stopwords, tokens_frame

# A bare number cut as a word (2025, ５０, 3.5%): never a term.
RE_BARE_NUMBER = re.compile(r"[0-9０-９.．%％]+")

#: POS tags kept for keyword extraction: nouns, proper nouns, verbal and other content nouns, verbs.
KEYWORD_POS = ("n", "nr", "ns", "nt", "nz", "vn", "v", "l", "i", "j", "b", "an", "eng")


def is_term(token: str, kind: str, *, stopwords: frozenset[str], min_chars: int = 2) -> bool:
    """True for a term: a word token (not a figure, punctuation or space) of at least ``min_chars``
    characters that is neither a stopword nor a bare number.

    >>> stop = frozenset({"记者"})
    >>> [is_term(t, k, stopwords=stop) for t, k in [("普惠金融", "word"), ("36.1万亿元", "figure"),
    ...                                               ("记者", "word"), ("2025", "word"), ("近", "word")]]
    [True, False, False, False, False]
    """
    return kind == "word" and len(token) >= min_chars and token not in stopwords and not RE_BARE_NUMBER.fullmatch(token)


def _stopwords(stopwords: Iterable[str] | None) -> frozenset[str]:
    return frozenset(stopwords) if stopwords is not None else load_stopwords()


def terms_frame(article: Article, *, stopwords: Iterable[str] | None = None, min_chars: int = 2) -> pd.DataFrame:
    """``tokens_frame`` reduced to terms (``is_term``), with a ``term`` column; every other column kept."""
    stop = _stopwords(stopwords)
    tokens = tokens_frame(article)
    keep = [is_term(t, k, stopwords=stop, min_chars=min_chars) for t, k in zip(tokens["token"], tokens["kind"], strict=True)]
    return tokens[pd.Series(keep, index=tokens.index, dtype=bool)].rename(columns={"token": "term"}).reset_index(drop=True)


def _word_count(article: Article) -> int:
    tokens = tokens_frame(article)
    return int(tokens["kind"].isin(["word", "figure"]).sum())


def term_table(article: Article, *, stopwords: Iterable[str] | None = None, min_chars: int = 2) -> pd.DataFrame:
    """One row per term, most frequent first (ties by term).

    Columns: ``term``; ``count``; ``per_1000``, occurrences per 1,000 running words (word and figure
    tokens, stopwords included); ``paragraphs``, the number of blocks (paragraphs, headings, headline,
    caption) it occurs in; ``sections``, how many of lead and sections it occurs in; ``pos``, its most
    frequent tag.
    """
    terms = terms_frame(article, stopwords=stopwords, min_chars=min_chars)
    total = _word_count(article)
    blocks = terms["block"].astype(str) + ":" + terms["section"].astype(str) + ":" + terms["paragraph"].astype(str)
    grouped = terms.assign(block_id=blocks).groupby("term")
    # A term's most frequent tag, ties to the first in alphabetical order: one sort of (term, tag) counts,
    # not a value_counts per term (a Python call for each of an article's hundreds of terms).
    tags = terms.groupby(["term", "pos"]).size().reset_index(name="n")
    tags = tags.sort_values(["term", "n", "pos"], ascending=[True, False, True], kind="stable").drop_duplicates("term")
    table = pd.DataFrame({
        "count": grouped.size(),
        "paragraphs": grouped["block_id"].nunique(),
        "sections": grouped["section"].nunique(),
        "pos": tags.set_index("term")["pos"],
    }).reset_index()
    table["per_1000"] = (1000 * table["count"] / total).round(2)
    table = table.sort_values(["count", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return table[["term", "count", "per_1000", "paragraphs", "sections", "pos"]]


def section_frequencies(article: Article, *, stopwords: Iterable[str] | None = None, min_chars: int = 2,
                        relative: bool = True) -> pd.DataFrame:
    """Terms × parts (0 = lead, 1.. = sections; the headline is left out): per 1,000 words, or counts."""
    terms = terms_frame(article, stopwords=stopwords, min_chars=min_chars)
    terms = terms[terms["section"].notna()]
    counts = terms.pivot_table(index="term", columns="section", values="start", aggfunc="count", fill_value=0)
    if not relative:
        return counts
    tokens = tokens_frame(article)
    words = tokens[tokens["kind"].isin(["word", "figure"]) & tokens["section"].notna()].groupby("section").size()
    return (1000 * counts / words).round(2)


def distinctive_terms(article: Article, *, stopwords: Iterable[str] | None = None, min_chars: int = 2,
                      prior_scale: float = 1.0, top: int = 10) -> pd.DataFrame:
    """Terms most distinctive of each part against the rest of the article.

    Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008): the
    prior for each term is its count in the whole article times ``prior_scale``, so rare terms are
    shrunk toward zero rather than topping the list on one occurrence. Columns: ``section``, ``term``,
    ``count`` (in the part), ``rest`` (elsewhere), ``log_odds``, ``z`` (log-odds over its standard
    error; above 1.96 is distinctive at the usual 5% level). ``top`` rows per part, highest z first.
    An article of one part (no sub-headings) has no rest to compare with: the table is empty.
    """
    counts = section_frequencies(article, stopwords=stopwords, min_chars=min_chars, relative=False)
    if counts.shape[1] < 2:
        return pd.DataFrame(columns=["section", "term", "count", "rest", "log_odds", "z"])
    alpha = counts.sum(axis=1) * prior_scale
    alpha0 = alpha.sum()
    rows = []
    for section in counts.columns:
        y_i = counts[section]
        y_j = counts.drop(columns=section).sum(axis=1)
        n_i, n_j = y_i.sum(), y_j.sum()
        for term in counts.index:
            a = alpha[term]
            if y_i[term] == 0:
                continue
            odds_i = (y_i[term] + a) / (n_i + alpha0 - y_i[term] - a)
            odds_j = (y_j[term] + a) / (n_j + alpha0 - y_j[term] - a)
            delta = math.log(odds_i) - math.log(odds_j)
            variance = 1 / (y_i[term] + a) + 1 / (y_j[term] + a)
            z = delta / math.sqrt(variance)
            rows.append((int(section), term, int(y_i[term]), int(y_j[term]), round(delta, 3), round(z, 3)))
    frame = pd.DataFrame(rows, columns=["section", "term", "count", "rest", "log_odds", "z"])
    frame = frame.sort_values(["section", "z", "term"], ascending=[True, False, True], kind="stable")
    return frame.groupby("section").head(top).reset_index(drop=True)


def keywords_tfidf(article: Article, *, top: int = 20, stopwords: Iterable[str] | None = None) -> pd.DataFrame:
    """Keywords by TF-IDF: term frequency in the article times jieba's IDF table (its median for
    unknown terms, as jieba.analyse does). Content POS only; figures never. Columns: term, count, idf, score."""
    table = term_table(article, stopwords=stopwords)
    table = table[table["pos"].isin(KEYWORD_POS)]
    idf, median = idf_table()
    total = table["count"].sum()
    out = table.assign(idf=[idf.get(t, median) for t in table["term"]])
    out["score"] = (out["count"] / total * out["idf"]).round(4)
    out["idf"] = out["idf"].round(3)
    out = out.sort_values(["score", "term"], ascending=[False, True], kind="stable").head(top)
    return out[["term", "count", "idf", "score"]].reset_index(drop=True)


def keywords_textrank(article: Article, *, top: int = 20, window: int = 5, damping: float = 0.85,
                      stopwords: Iterable[str] | None = None, iterations: int = 100) -> pd.DataFrame:
    """Keywords by TextRank (Mihalcea & Tarau 2004): PageRank over a graph linking content terms that
    occur within ``window`` terms of each other in a sentence (``term_graph``, the graph ``cooccurrence``
    builds, with a window). Columns: term, count, score (max 1)."""
    terms = terms_frame(article, stopwords=stopwords)
    terms = terms[terms["pos"].isin(KEYWORD_POS)]
    weights: dict[str, Counter[str]] = defaultdict(Counter)
    for (a, b), k in term_graph(terms, window=window).items():
        weights[a][b] += k
        weights[b][a] += k
    nodes = sorted(weights)
    rank = dict.fromkeys(nodes, 1.0)
    out_weight = {n: sum(weights[n].values()) for n in nodes}
    for _ in range(iterations):
        rank = {n: (1 - damping) + damping * sum(w / out_weight[m] * rank[m] for m, w in weights[n].items()) for n in nodes}
    peak = max(rank.values(), default=1.0)
    counts = terms["term"].value_counts()
    rows = [(n, int(counts[n]), round(rank[n] / peak, 4)) for n in nodes]
    frame = pd.DataFrame(rows, columns=["term", "count", "score"])
    return frame.sort_values(["score", "term"], ascending=[False, True], kind="stable").head(top).reset_index(drop=True)


def collocations(article: Article, *, min_count: int = 2, stopwords: Iterable[str] | None = None) -> pd.DataFrame:
    """Adjacent term pairs (``is_term``) within a sentence (nothing between them: no punctuation,
    figure or stopword), scored by PMI and Dunning's log-likelihood G². Columns: first, second,
    count, pmi, g2; by g2 then count."""
    tokens = tokens_frame(article)
    stop = _stopwords(stopwords)
    words = tokens[tokens["kind"] != "space"]
    unigrams: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    prev = None
    for text, kind, sentence in zip(words["token"], words["kind"], words["sentence"], strict=True):
        term = is_term(text, kind, stopwords=stop)
        if term:
            unigrams[text] += 1
            if prev is not None and prev[1] == sentence:
                pairs[(prev[0], text)] += 1
        prev = (text, sentence) if term else None
    n = sum(unigrams.values())
    rows = []
    for (a, b), k11 in pairs.items():
        if k11 < min_count:
            continue
        k12, k21 = unigrams[a] - k11, unigrams[b] - k11
        k22 = max(n - k11 - k12 - k21, 0)
        pmi = math.log2(k11 * n / (unigrams[a] * unigrams[b]))
        rows.append((a, b, k11, round(pmi, 3), round(_g2(k11, k12, k21, k22), 3)))
    frame = pd.DataFrame(rows, columns=["first", "second", "count", "pmi", "g2"])
    order = frame.sort_values(["g2", "count", "first", "second"], ascending=[False, False, True, True], kind="stable")
    return order.reset_index(drop=True)


def _g2(k11: int, k12: int, k21: int, k22: int) -> float:
    """Dunning's log-likelihood ratio for a 2×2 contingency table."""
    total = k11 + k12 + k21 + k22
    rows, cols = (k11 + k12, k21 + k22), (k11 + k21, k12 + k22)
    g2 = 0.0
    for observed, r, c in ((k11, 0, 0), (k12, 0, 1), (k21, 1, 0), (k22, 1, 1)):
        expected = rows[r] * cols[c] / total
        if observed > 0:
            g2 += observed * math.log(observed / expected)
    return 2 * g2


def repeated_ngrams(article: Article, *, n: int = 3, min_count: int = 2) -> pd.DataFrame:
    """Token n-grams (punctuation breaks them) that repeat: columns ngram, count; figures allowed inside."""
    tokens = tokens_frame(article)
    counts: Counter[str] = Counter()
    run: list[str] = []
    last_sentence = None
    for text, kind, sentence in zip(tokens["token"], tokens["kind"], tokens["sentence"], strict=True):
        if kind in ("punct", "space") or sentence != last_sentence:
            run = []
        last_sentence = sentence
        if kind in ("punct", "space"):
            continue
        run.append(text)
        if len(run) >= n:
            counts["".join(run[-n:])] += 1
    rows = [(g, c) for g, c in counts.items() if c >= min_count]
    frame = pd.DataFrame(rows, columns=["ngram", "count"])
    return frame.sort_values(["count", "ngram"], ascending=[False, True], kind="stable").reset_index(drop=True)


def kwic(article: Article, query: str, *, window: int = 20) -> pd.DataFrame:
    """Keyword in context for any string of the clean text (not only single tokens).

    One row per occurrence in ``Article.text`` with ``section``, ``heading``, ``paragraph``,
    ``left`` (right-aligned to ``window`` characters with full-width spaces), ``match``, ``right``
    and ``start`` (offset in the text). Context never crosses into another block.
    """
    if not query:
        raise ValueError("kwic needs a non-empty query string")
    rows = []
    text = article.text
    sentences = article.sentences
    start = text.find(query)
    while start >= 0:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        left = text[max(line_start, start - window):start]
        right = text[start + len(query):min(line_end, start + len(query) + window)]
        sentence = next(s for s in sentences if s.start <= start < s.end + 1)
        rows.append((sentence.section, article.section_title(sentence.section), sentence.paragraph,
                     left.rjust(window, "\u3000"), query, right, start))
        start = text.find(query, start + 1)
    frame = pd.DataFrame(rows, columns=["section", "heading", "paragraph", "left", "match", "right", "start"])
    return frame.astype({"section": "Int64", "paragraph": "Int64"})


def dispersion(article: Article, terms: Iterable[str]) -> pd.DataFrame:
    """Where each term occurs along the article, as a token (金融 inside 普惠金融 does not count).

    Columns: term, start (offset in ``Article.text``), position (0..1 of the text), section.
    """
    wanted = list(terms)
    frame = terms_frame(article, stopwords=())
    frame = frame[frame["term"].isin(wanted)]
    out = pd.DataFrame({"term": frame["term"], "start": frame["start"],
                        "position": (frame["start"] / len(article.text)).round(4), "section": frame["section"]})
    order = {t: i for i, t in enumerate(wanted)}
    out = out.assign(_order=out["term"].map(order)).sort_values(["_order", "start"], kind="stable")
    return out.drop(columns="_order").reset_index(drop=True)


def term_graph(terms: pd.DataFrame, *, window: int | None = None) -> Counter[tuple[str, str]]:
    """The co-occurrence graph of a ``terms_frame``: {(a, b): weight} with a < b, within sentences.

    With no ``window``, the weight is the number of sentences holding both terms (each sentence
    counts a pair once); with one, the number of times they stand within ``window`` terms of each
    other in a sentence (TextRank's graph).
    """
    pairs: Counter[tuple[str, str]] = Counter()
    for _, group in terms.groupby("sentence", sort=True):
        seq = group["term"].tolist()
        if window is None:
            pairs.update(combinations(sorted(set(seq)), 2))
            continue
        for i, a in enumerate(seq):
            pairs.update((min(a, b), max(a, b)) for b in seq[i + 1:i + window] if a != b)
    return pairs


def cooccurrence(article: Article, *, terms: Iterable[str] | None = None, min_count: int = 2,
                 stopwords: Iterable[str] | None = None) -> pd.DataFrame:
    """Sentence-level co-occurrence as an edge table: source, target (source < target), sentences
    (the number of sentences holding both) and jaccard (that over sentences holding either)."""
    frame = terms_frame(article, stopwords=stopwords)
    if terms is not None:
        frame = frame[frame["term"].isin(set(terms))]
    pair_counts = term_graph(frame)
    term_counts: Counter[str] = Counter(t for members in frame.groupby("sentence")["term"].agg(set) for t in members)
    rows = [(a, b, k, round(k / (term_counts[a] + term_counts[b] - k), 3)) for (a, b), k in pair_counts.items() if k >= min_count]
    out = pd.DataFrame(rows, columns=["source", "target", "sentences", "jaccard"])
    return out.sort_values(["sentences", "jaccard", "source", "target"], ascending=[False, False, True, True],
                           kind="stable").reset_index(drop=True)


def summary_stats(article: Article, *, stopwords: Iterable[str] | None = None) -> pd.DataFrame:
    """Size and diversity per part (导语 and sections) and overall.

    Columns: ``part``, ``chars`` (characters, no line breaks), ``sentences``, ``tokens`` (word and
    figure tokens), ``types`` (distinct ones), ``ttr`` (types/tokens; falls with length, compare parts
    of similar size only), ``terms`` (term tokens), ``mean_sentence_chars``, ``mean_sentence_tokens``,
    ``figure_share`` (figure tokens over tokens). The headline counts in the overall row only.
    """
    tokens = tokens_frame(article)
    running = tokens[tokens["kind"].isin(["word", "figure"])]
    term_tokens = terms_frame(article, stopwords=stopwords)
    sentences = article.sentences_frame()
    parts = [(article.section_title(s), running["section"] == s, sentences["section"] == s, term_tokens["section"] == s)
             for s in sorted(running["section"].dropna().unique())]
    parts.append(("全文 whole article", slice(None), slice(None), slice(None)))
    rows = []
    for label, token_mask, sentence_mask, term_mask in parts:
        part = running.loc[token_mask]
        n_sent = len(sentences.loc[sentence_mask])
        chars = int(sentences.loc[sentence_mask, "chars"].sum())
        rows.append({
            "part": label, "chars": chars, "sentences": n_sent, "tokens": len(part), "types": part["token"].nunique(),
            "ttr": round(part["token"].nunique() / len(part), 3) if len(part) else 0.0,
            "terms": len(term_tokens.loc[term_mask]),
            "mean_sentence_chars": round(chars / n_sent, 1) if n_sent else 0.0,
            "mean_sentence_tokens": round(len(part) / n_sent, 1) if n_sent else 0.0,
            "figure_share": round(float((part["kind"] == "figure").mean()), 4) if len(part) else 0.0,
        })
    return pd.DataFrame(rows)

