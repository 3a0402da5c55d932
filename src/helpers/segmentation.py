"""Compare the project's tokenizer with plain jieba: side-by-side cuts and domain-term coverage."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import pandas as pd

from helpers.article import Article
from helpers.tokenizer import domain_dictionary, plain_jieba_cut, tokenize, tokens_frame


def _spans(words: Iterable[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for word in words:
        spans.append((pos, pos + len(word)))
        pos += len(word)
    return spans


def _whole(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True where one token covers [start, end) entirely."""
    return any(s <= start and end <= e for s, e in spans)


def compare_segmentation(texts: Iterable[str]) -> pd.DataFrame:
    """Each text cut by plain ``jieba.lcut`` and by ``helpers.tokenize``, joined with “ / ”.

    In ``project``, a token whose span plain jieba does not also produce is marked 【like this】.
    Columns: ``text``, ``plain``, ``project``, ``plain_tokens``, ``project_tokens``, ``differs``.
    """
    rows = []
    for text in texts:
        plain_words = plain_jieba_cut(text)
        plain_spans = set(_spans(plain_words))
        plain = [w for w in plain_words if not w.isspace()]
        project = [t for t in tokenize(text) if t.kind != "space"]
        marked = [t.text if (t.start, t.end) in plain_spans else f"【{t.text}】" for t in project]
        rows.append((text, " / ".join(plain), " / ".join(marked), len(plain), len(project), any("【" in m for m in marked)))
    return pd.DataFrame(rows, columns=["text", "plain", "project", "plain_tokens", "project_tokens", "differs"])


def comparison_sample(article: Article, *, figures: int = 6, others: int = 2) -> list[str]:
    """Sentences to cut both ways: the first ``figures`` sentences holding a figure token, then the
    first ``others`` sentences after the headline; each once, however short the article."""
    tokens = tokens_frame(article)
    sentences = article.sentences
    with_figures = tokens.loc[tokens["kind"] == "figure", "sentence"].unique().tolist()[:figures]
    picked = [sentences[i].text for i in with_figures] + [s.text for s in sentences[1:1 + others]]
    return list(dict.fromkeys(picked))


def domain_term_coverage(article: Article) -> pd.DataFrame:
    """For each domain-dictionary term in the article: occurrences, and how many each tokenizer keeps whole.

    An occurrence is kept whole when one token covers it (the term itself, or a longer term that
    contains it). Columns: ``term``, ``occurrences``, ``plain_whole``, ``project_whole``.
    """
    rows = []
    lines = article.text.split("\n")
    plain_spans = [_spans(plain_jieba_cut(line)) for line in lines]
    project_spans = [[(t.start, t.end) for t in tokenize(line)] for line in lines]
    for term in sorted(domain_dictionary()):
        occurrences = plain = project = 0
        for line, p_spans, t_spans in zip(lines, plain_spans, project_spans, strict=True):
            for match in re.finditer(re.escape(term), line):
                occurrences += 1
                plain += _whole(p_spans, match.start(), match.end())
                project += _whole(t_spans, match.start(), match.end())
        if occurrences:
            rows.append((term, occurrences, plain, project))
    return pd.DataFrame(rows, columns=["term", "occurrences", "plain_whole", "project_whole"])


def kept_whole_shares(coverage: pd.DataFrame) -> pd.Series:
    """Percent of domain-term occurrences each tokenizer keeps whole (NaN where the text has none)."""
    occurrences = int(coverage["occurrences"].sum())
    if not occurrences:
        return pd.Series({"plain jieba.lcut": math.nan, "helpers.tokenize": math.nan})
    return pd.Series({
        "plain jieba.lcut": round(100 * int(coverage["plain_whole"].sum()) / occurrences, 1),
        "helpers.tokenize": round(100 * int(coverage["project_whole"].sum()) / occurrences, 1),
    })
