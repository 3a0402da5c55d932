"""Sentences computed from the article's tables: literal expectations, and one line when the subject is absent."""

import pandas as pd
import pytest

from helpers import prose
from helpers.outline import section_summary, size_ledger


@pytest.mark.parametrize(("items", "expected"), [
    ([], ""),
    (["普惠金融"], "普惠金融"),
    (["普惠金融", "中国银行"], "普惠金融 and 中国银行"),
    (["绿色金融", "科技金融", "数字金融"], "绿色金融, 科技金融 and 数字金融"),
])
def test_join(items, expected):
    assert prose.join(items) == expected


def test_repairs_sentence_counts_each_kind_most_frequent_first():
    repairs = pd.DataFrame({"kind": ["join", "caption", "join", "duplicate", "join"]})
    assert prose.repairs_sentence(repairs) == "The loader made 5 repairs: 3 join, 1 caption, 1 duplicate."
    assert prose.repairs_sentence(repairs.iloc[:0]) == "This article needed no repair: nothing to chart."


def test_removed_sentence():
    repairs = pd.DataFrame({"kind": ["duplicate", "join"]})
    assert prose.removed_sentence(repairs, "duplicate", "layout duplicate") == "The loader logged 1 layout duplicate."
    assert prose.removed_sentence(repairs.iloc[:0], "duplicate", "layout duplicate") == (
        "This article has no layout duplicate: nothing to show.")


def test_ledger_sentence_on_the_seed(seed):
    assert prose.ledger_sentence(size_ledger(seed)) == (
        "Of 4,414 visible characters in the raw file (130 more are white space), the loader removed 103 as layout "
        "duplicates and 1 as repeated characters dropped at caption breaks, leaving 4,310 in the clean article; the counted text holds "
        "4,156, fewer because page labels, the byline, photo credits, pull quotes and the standfirst are not counted.")


def test_ledger_sentence_flags_a_ledger_that_does_not_close():
    ledger = pd.DataFrame({"step": ["raw_all", "raw", "markup", "matter", "clean", "counted"],
                           "label": ["", "", "− Markdown marks", "− front and back matter lines (来源 …)", "", ""],
                           "chars": [120, 100, 0, -10, 80, 80], "check": ["", "", "", "", "does not close", ""]})
    assert prose.ledger_sentence(ledger) == (
        "Of 100 visible characters in the raw file (20 more are white space), the loader removed 10 as front and back matter lines, "
        "leaving 80 in the clean article; the counted text holds 80. "
        "**The ledger does not close: characters are unaccounted for.**")


def test_structure_sentence_on_the_seed_and_on_a_lead_only_article(seed, write_article):
    assert prose.structure_sentence(section_summary(seed)) == (
        "The article has a lead of 6 paragraphs and 4 sub-headed sections of 8/6/6/5 paragraphs.")
    lead_only = pd.DataFrame({"section": [0], "paragraphs": [3]})
    assert prose.structure_sentence(lead_only) == (
        "No sub-heading was found: the whole body, 3 paragraphs, is read as the lead, one part; "
        "every per-section chart has one bar or band.")


def test_pull_quotes_sentence():
    quotes = pd.DataFrame({"exact": [True, True, False]})
    assert prose.pull_quotes_sentence(quotes, 4) == (
        "3 of 4 sections open with a pull quote; 2 of them repeat a sentence of the section verbatim.")
    assert prose.pull_quotes_sentence(quotes.iloc[:0], 0) == "This article has no pull quotes: nothing to trace."


def test_coverage_sentence():
    coverage = pd.DataFrame({"term": ["普惠金融", "小微企业"], "occurrences": [4, 2], "plain_whole": [0, 2],
                             "project_whole": [4, 2]})
    shares = pd.Series({"plain jieba.lcut": 33.3, "helpers.tokenize": 100.0})
    assert prose.coverage_sentence(coverage, shares) == (
        "2 domain terms occur 6 times here; plain jieba keeps 33.3% of the occurrences whole, the project tokenizer 100%. "
        "The term plain jieba breaks most often is 普惠金融 (4 of 4 occurrences).")
    assert prose.coverage_sentence(coverage.iloc[1:], shares).startswith("1 domain term occurs twice here;")
    assert prose.coverage_sentence(coverage.iloc[:0], shares) == (
        "This article holds no term of the domain dictionary: nothing to compare.")


def test_pos_sentence():
    assert prose.pos_sentence(pd.Series({"n": 120, "v": 80, "vn": 41, "nt": 9})) == (
        "The most frequent tags are `n` (120), `v` (80) and `vn` (41).")
    assert prose.pos_sentence(pd.Series(dtype="int64")) == "This article has no word tokens: no parts of speech to count."


def test_top_terms_sentence():
    terms = pd.DataFrame({"term": ["绿色金融", "绿色贷款", "银行", "企业"], "count": [5, 3, 2, 2]})
    assert prose.top_terms_sentence(terms) == "The article is carried by its top terms, 绿色金融 (5), 绿色贷款 (3) and 银行 (2)."
    assert prose.top_terms_sentence(terms.iloc[:0]) == (
        "This article has no terms of two or more characters: nothing to count.")


def test_network_sentence():
    edges = pd.DataFrame({"source": ["中国银行", "中国银行", "小微企业"], "target": ["普惠金融", "小微企业", "普惠金融"],
                          "sentences": [7, 3, 2]})
    assert prose.network_sentence(edges) == (
        "The strongest link joins 中国银行 and 普惠金融 (7 sentences); 中国银行 is linked to the most other terms (2).")
    assert prose.network_sentence(edges.iloc[:0]) == (
        "This article has no two top terms sharing a sentence twice: no network to draw.")


def test_range_sentence():
    money = pd.DataFrame({"surface": ["42.39万亿元", "近500亿元"], "value": [4.239e13, 5e10]})
    assert prose.range_sentence(money, "money figures") == "The money figures run from 近500亿元 to 42.39万亿元."
    assert prose.range_sentence(money.iloc[:1], "money figures") == "The article states one of the money figures: 42.39万亿元."
    assert prose.range_sentence(money.iloc[:0], "money figures") == "This article states no money figures: nothing to chart."


def test_rates_sentence():
    rates = pd.DataFrame({"surface": ["14.4%", "5.9%"], "about": ["绿色贷款余额", "外贸进出口"], "change": ["同比增长", "增长"],
                          "subject": ["", "昆山市"], "as_of": ["2025-06-30", ""]})
    assert prose.rates_sentence(rates) == (
        "2 growth rates, as of 2025-06-30: 绿色贷款余额 同比增长 14.4%; 外贸进出口 增长 5.9% (昆山市).")
    assert prose.rates_sentence(rates.iloc[:0]) == "This article states no growth rates: nothing to chart."


def test_timeline_sentence():
    periods = pd.DataFrame({"period_start": ["2025-01-01", "2025-06-30"], "period_end": ["2025-03-31", "2025-06-30"]})
    stats = pd.DataFrame({"as_of": ["2025-06-30", ""]})
    assert prose.timeline_sentence(periods, stats) == (
        "The dates and periods named run from 2025-01-01 to 2025-06-30; the statistics refer to 2025-06-30.")
    assert prose.timeline_sentence(periods, stats.iloc[:0]) == (
        "The dates and periods named run from 2025-01-01 to 2025-06-30; no statistic carries a date.")
    assert prose.timeline_sentence(periods.iloc[:0], stats) == (
        "This article names no dates or periods: nothing to place on a timeline.")


def test_quotes_sentences():
    quotes = pd.DataFrame({"text": ["毛细血管", "毛细血管", "电子商圈贷"], "kind": ["metaphor_slogan", "metaphor_slogan", "programme"]})
    assert prose.quotes_sentence(quotes) == "3 quoted spans (2 distinct): 2 metaphor_slogan, 1 programme."
    assert prose.quotes_sentence(quotes.iloc[:0]) == "This article quotes no phrase in “”: nothing to classify."
    table = pd.DataFrame({"metaphor_slogan": [1, 3], "programme": [2, 0]}, index=["导语", "党建联建破壁垒"])
    assert prose.quotes_by_part_sentence(table) == (
        "The commonest kind is metaphor_slogan (4 of 6 spans). Where each kind is most frequent: "
        "metaphor_slogan in 党建联建破壁垒; programme in 导语.")
    assert prose.quotes_by_part_sentence(table.iloc[:0]) == "This article quotes no phrase in “”: nothing to chart."


def test_heading_pattern_sentence(seed):
    from helpers.rhetoric import heading_pattern

    assert prose.heading_pattern_sentence(heading_pattern(seed)) == (
        "Of 5 headings (headline included), 5 pair two phrases split by a space and 5 close on a quoted phrase; "
        "first phrases run 4 to 7 characters.")
    assert prose.heading_pattern_sentence(heading_pattern(seed).iloc[:0]) == (
        "This article has no headline or sub-headings: no heading pattern to chart.")


def test_open_article_says_each_structure_warning_once(write_article, monkeypatch):
    said = []
    monkeypatch.setattr(prose, "say", said.append)
    path = write_article("国家统计局今天发布数据。\n\n今年经济运行总体平稳。\n")
    article = prose.open_article(path)  # no StructureWarning escapes (the suite turns it into an error)
    assert said == [f"**Loader note:** {message}." for message in article.warnings]
    assert any("no sub-headings" in line for line in said)
