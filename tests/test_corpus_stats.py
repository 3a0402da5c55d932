"""The corpus tables read against an article: glance, trends, tracked figures, on the real corpus and by hand."""

import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus_stats import glance, match_summary, quantities_of, reference_counts, term_trends, tracked_figures

sys.path.insert(0, str(Path(__file__).parent))  # tests/loaded.py: the real corpus analysed once per process
import loaded  # noqa: E402


@pytest.fixture(scope="module")
def corpus():
    return loaded.corpus_tables()


def test_the_glance_of_the_real_corpus(corpus):
    table = glance(corpus["articles"]).set_index("outlet")
    assert table["articles"].sum() == 123
    # The three statistics bureau releases: nbs-20230418-energy-mar and nbs-20230718-energy-h1, one paragraph a line,
    # and round 8's 1998 communiqué (nbs-19990226-tongjigongbao), hard-wrapped, with its sub-heading 一、综合.
    assert table.loc["nbs"].drop("median_chars").to_dict() == {"articles": 3, "dated": 3, "first": "1999-02-26",
                                                               "last": "2023-07-18", "sub_headed": 2, "bylined": 0,
                                                               "shapes": "single 2, wrapped 1"}
    assert table.loc["hebei-stats"][["articles", "dated", "first"]].tolist() == [1, 0, ""]


def test_the_same_quantity_is_tracked_across_the_two_energy_releases(corpus):
    tracked = tracked_figures(corpus["figures"], corpus["articles"])
    coal = tracked[(tracked["about"] == "生产原煤") & (tracked["unit"] == "吨")]
    # From the texts: 3月份,生产原煤4.2亿吨 (nbs-20230418; its 日均产量1346万吨 is another quantity, daily output);
    # 上半年,生产原煤23.0亿吨; 6月份,生产原煤3.9亿吨 (nbs-20230718). Neither text states its year: each month and
    # half-year is read in the year the release was published (its file name's date).
    assert coal[["doc_id", "surface", "date", "dated_by"]].values.tolist() == [
        ["nbs-20230418-energy-mar.txt", "4.2亿吨", "2023-03-31", "as_of"],
        ["nbs-20230718-energy-h1.txt", "23.0亿吨", "2023-06-30", "as_of"],
        ["nbs-20230718-energy-h1.txt", "3.9亿吨", "2023-06-30", "as_of"],
    ]
    assert coal["sentence_text"].iloc[1] == "上半年,生产原煤23.0亿吨,同比增长4.4%。"
    assert (tracked.groupby(["about", "unit"])["doc_id"].nunique() >= 2).all()


def test_an_article_matched_against_the_others(corpus):
    march = "nbs-20230418-energy-mar.txt"
    own = corpus["figures"][corpus["figures"]["doc_id"] == march]
    quantities = quantities_of(own)
    assert ("生产原煤", "吨") in quantities and len(quantities) == len(set(quantities))
    tracked = tracked_figures(corpus["figures"], corpus["articles"], quantities=quantities)
    summary = match_summary(tracked, march).set_index(["about", "unit"])
    assert summary.loc[("生产原煤", "吨")].to_dict() == {"here": "4.2亿吨", "other_articles": 1}
    assert tracked_figures(corpus["figures"], corpus["articles"], quantities=[]).empty


def test_term_trends_per_1000_words_by_year():
    articles = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "date": ["2019-10-15", "2019-12-01", "2021-03-01", ""],
                             "words": [400, 600, 500, 100]})
    terms = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "term": ["5G", "5G", "湖北", "5G"], "count": [4, 6, 5, 9]})
    rates = term_trends(terms, articles, ["5G", "湖北", "基站"])
    # 2019: (4 + 6) / (400 + 600) words = 10 per 1,000; 2021: 湖北 5 / 500 = 10 per 1,000; d has no date.
    assert rates.to_dict("index") == {"2019": {"5G": 10.0, "湖北": 0.0, "基站": 0.0},
                                      "2021": {"5G": 0.0, "湖北": 10.0, "基站": 0.0}}


def test_the_article_is_left_out_of_its_own_reference(corpus):
    hubei = corpus["articles"].set_index("doc_id").loc["rmrb-20191015-hubei-5g.txt"]
    whole, words, n = reference_counts(corpus["terms"], corpus["articles"])
    less, less_words, less_n = reference_counts(corpus["terms"], corpus["articles"], exclude=[hubei["content_hash"]])
    assert (n, less_n) == (123, 122)
    assert words - less_words == hubei["words"] == 322  # 35处 is one figure token (处 a count unit)
    assert whole["5G"] - less.get("5G", 0) == 24


def test_a_figure_stated_again_is_one_point_dated_where_its_sentence_dates_it(corpus):
    # 成都日报 (chengduribao-20210903): 营业收入2091.05亿元 in the lead with no date, then again after 上半年
    tracked = tracked_figures(corpus["figures"], corpus["articles"])
    rows = tracked[(tracked["doc_id"] == "chengduribao-20210903-shangshigongsi.txt") & (tracked["surface"] == "2091.05亿元")]
    assert rows[["about", "date", "dated_by"]].values.tolist() == [["营业收入", "2021-06-30", "as_of"]]
