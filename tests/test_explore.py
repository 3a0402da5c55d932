"""The explorers' computations, query in and rows out, on the seed (counts checked against str.count)."""

import pandas as pd
import pytest

from helpers import explore
from helpers.stated import extract_figures

PARTS = ["标题", "导语", "党建联建破壁垒", "党建领航筑体系", "党建聚力促融合", "筑牢底线防风险"]


def test_concordance_finds_every_occurrence_with_its_part_and_paragraph(seed):
    found = explore.concordance(seed, "普惠金融")
    assert len(found.lines) == seed.text.count("普惠金融") == 30
    assert found.per_part["part"].tolist() == PARTS
    assert found.per_part["count"].tolist() == [1, 8, 1, 8, 7, 5]
    first = found.lines.iloc[0]
    assert (first["part"], first["paragraph"], first["match"], first["right"]) == ("标题", "", "普惠金融", "“最后一公里”")
    assert found.lines.iloc[1]["paragraph"] == "2"
    assert found.lines["match"].eq("普惠金融").all()


def test_concordance_takes_any_string_not_only_a_token(seed):
    found = explore.concordance(seed, " 党建联建 ")
    assert found.query == "党建联建"
    assert len(found.lines) == 4
    assert found.per_part.set_index("part")["count"].to_dict()["党建联建破壁垒"] == 3


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_query_gives_no_lines_and_zero_counts(seed, query):
    found = explore.concordance(seed, query)
    assert found.lines.empty
    assert found.per_part["count"].tolist() == [0] * 6


def test_a_query_the_article_lacks_gives_no_lines(seed):
    assert explore.concordance(seed, "碳中和").lines.empty


def test_term_spread_counts_tokens_per_part_and_drops_blank_entries(seed):
    spread = explore.term_spread(seed, ["党建", "普惠金融", " ", "", "党建"])
    assert spread.terms == ("党建", "普惠金融")
    assert spread.per_part.columns.tolist() == ["part", "党建", "普惠金融"]
    assert spread.per_part["党建"].tolist() == [1, 3, 4, 2, 5, 5]
    # As a token 普惠金融 occurs once fewer in two sections than as a string (concordance: 8 and 7): the
    # tokenizer keeps 普惠金融委员会 and 普惠金融事业部 whole.
    assert spread.per_part["普惠金融"].tolist() == [1, 8, 1, 7, 6, 5]
    assert spread.positions["position"].between(0, 1).all()
    assert spread.positions.iloc[0].to_dict() == {"term": "党建", "start": 0, "position": 0.0, "part": "标题"}


def test_section_starts_are_the_four_sub_headings(seed):
    starts = explore.section_starts(seed)
    assert len(starts) == 4
    assert starts == sorted(starts) and 0 < starts[0] < starts[-1] < 1


@pytest.fixture(scope="module")
def figure_rows(seed):
    return explore.figure_rows(seed, extract_figures(seed))


def test_figure_rows_carry_the_sentence_each_figure_was_read_from(figure_rows):
    assert figure_rows["sentence_text"].ne("").all()
    assert all(s in t for s, t in zip(figure_rows["surface"], figure_rows["sentence_text"], strict=True)
               if not s.startswith("“"))


def test_filter_figures_by_kind_qualifier_part_and_subject(figure_rows):
    money = explore.filter_figures(figure_rows, kinds=["money"])
    assert money["surface"].tolist() == ["36.1万亿元", "2.71万亿元", "超4000万元"]
    assert explore.filter_figures(figure_rows, kinds=["money"], qualifiers=["over"])["surface"].tolist() == ["超4000万元"]
    assert explore.filter_figures(figure_rows, kinds=["count"], parts=["导语"])["surface"].tolist() == ["近180万户"]
    loans = explore.filter_figures(figure_rows, subject="贷款")
    assert set(loans["surface"]) >= {"36.1万亿元", "2.71万亿元", "12.2%", "11.2%"}
    assert len(explore.filter_figures(figure_rows)) == len(figure_rows)
    assert explore.filter_figures(figure_rows, subject="碳中和").empty
    assert isinstance(money, pd.DataFrame) and money.index.tolist() == [0, 1, 2]
