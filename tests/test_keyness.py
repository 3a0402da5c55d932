"""Keyness of a text's terms against a reference: G² and Monroe et al.'s log-odds, checked by hand and on real text."""

import math
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus import analyse_path
from helpers.corpus_stats import reference_counts
from helpers.keyness import COLUMNS, keyness, log_likelihood
from helpers.paths import SEED_ARTICLE

sys.path.insert(0, str(Path(__file__).parent))  # tests/loaded.py: the real corpus analysed once per process
import loaded  # noqa: E402


def test_two_terms_scored_by_hand():
    # Text: x 10, y 90 (100 words); reference: x 20, y 980 (1,000 words); prior: pooled counts (x 30, y 1,070).
    # x: E = 100·30/1100 = 2.727 and 1000·30/1100 = 27.27; G² = 2(10 ln(10/2.727) + 20 ln(20/27.27)) = 13.579.
    #    δ = ln(40/1160) − ln(50/2050) = 0.3463; σ² = 1/40 + 1/50; z = 0.3463/0.2121 = 1.632.
    # y: G² = 0.612, used less in the text, so −0.612; δ = ln(1160/40) − ln(2050/50) = −0.3463; z = −9.425.
    table = keyness(pd.Series({"x": 10, "y": 90}), pd.Series({"x": 20, "y": 980}))
    assert list(table.columns) == list(COLUMNS)
    assert table.to_dict("records") == [
        {"term": "x", "count": 10, "reference": 20, "per_1000": 100.0, "reference_per_1000": 20.0,
         "log_likelihood": 13.579, "log_odds": 0.3463, "z": 1.632},
        {"term": "y", "count": 90, "reference": 980, "per_1000": 900.0, "reference_per_1000": 980.0,
         "log_likelihood": -0.612, "log_odds": -0.3463, "z": -9.425},
    ]


@pytest.mark.parametrize(("a", "b", "n_a", "n_b", "expected"), [
    (10, 20, 100, 1000, 13.579),  # over-used: positive
    (0, 50, 100, 1000, -2 * 50 * math.log(50 / (1000 * 50 / 1100))),  # absent from the text: 0·ln 0 taken as 0
    (5, 50, 100, 1000, 0.0),  # the same rate: no difference
])
def test_log_likelihood_signs_and_zero_counts(a, b, n_a, n_b, expected):
    assert log_likelihood([a], [b], n_a, n_b)[0] == pytest.approx(expected, abs=1e-3)


def test_a_term_seen_once_is_shrunk_below_a_frequent_one_with_the_same_ratio():
    # Both are absent from the reference; the informative prior keeps the single occurrence from topping the list.
    table = keyness(pd.Series({"常见": 20, "罕见": 1, "其他": 79}), pd.Series({"其他": 1000}))
    assert table["term"].tolist()[:2] == ["常见", "罕见"]
    assert table.set_index("term").loc["常见", "z"] > table.set_index("term").loc["罕见", "z"] > 0


def test_an_article_without_terms_has_an_empty_table():
    assert keyness(pd.Series(dtype="int64"), pd.Series({"金融": 3})).empty


def test_the_seed_against_the_real_corpus():
    """No corpus text holds 普惠金融 or 党建, and two hold 中国银行: the central bank's (pbc-20220615) once and
    zhongguojingjiwang-20260612-huigoudaikuan (a buy-back loan of 中国银行) four times (grep -o on
    tests/data/articles): the seed's three most frequent subjects are still its keyest terms."""
    corpus = loaded.corpus_tables()
    seed = analyse_path(SEED_ARTICLE)
    reference, words, articles = reference_counts(corpus["terms"], corpus["articles"])
    table = keyness(seed["terms"].set_index("term")["count"], reference, words=int(seed["articles"]["words"].iloc[0]),
                    reference_words=words)
    assert articles == 123
    assert table[["term", "reference"]].head(3).to_dict("records") == [
        {"term": "普惠金融", "reference": 0}, {"term": "中国银行", "reference": 5}, {"term": "党建", "reference": 0}]
    assert (table.head(3)["log_likelihood"] > 6.63).all()
