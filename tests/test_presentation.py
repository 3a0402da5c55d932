"""Short titles and colours of the article's parts, POS colours and cloud inputs, on the seed and the corpus."""

import pandas as pd
import pytest

from helpers import load_article
from helpers.paths import CORPUS
from helpers.presentation import (
    OTHER_GROUP,
    POS_GROUP_COLOURS,
    by_part,
    cloud_weights,
    distinctive_cloud,
    first_phrase,
    part_colours,
    part_labels,
    pos_colours,
    pos_group,
    section_colour,
    short_labels,
    short_title,
    short_titles,
    values_by_part,
)
from helpers.terms import distinctive_terms, term_table

LIANGHUI = CORPUS / "rmrb-20200521-lianghui-daibiao.txt"  # 人民日报: six sections, NBSP between heading phrases in the file


@pytest.fixture(scope="module")
def lianghui():
    return load_article(LIANGHUI)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("党建联建破壁垒 精准滴灌实体经济“毛细血管”", "党建联建破壁垒"),
        ("反映人民心声\u00a0不断创作精品", "反映人民心声"),  # no-break space
        ("着力保护生态\u3000坚持绿色发展", "着力保护生态"),  # ideographic space
        ("\u3000\u3000推动扶志扶智  确保稳定脱贫", "推动扶志扶智"),  # indent and a double space
        ("筑牢底线防风险", "筑牢底线防风险"),
        ("", ""),
    ],
)
def test_first_phrase_splits_on_every_kind_of_space(heading, expected):
    assert first_phrase(heading) == expected


def test_short_titles_of_the_seed(seed):
    assert short_titles(seed) == {None: "标题", 0: "导语", 1: "党建联建破壁垒", 2: "党建领航筑体系", 3: "党建聚力促融合",
                                  4: "筑牢底线防风险"}


def test_short_titles_of_a_corpus_text_with_nbsp_in_its_headings(lianghui):
    assert short_titles(lianghui) == {None: "标题", 0: "导语", 1: "反映人民心声", 2: "着力保护生态", 3: "推动扶志扶智",
                                      4: "提升粮食产能", 5: "法治保驾护航", 6: "瞄准强军目标"}


@pytest.mark.parametrize(
    ("headings", "expected"),
    [
        ({0: "导语", 1: "一、小标题 副题", 2: "一、小标题 另一个副题"}, {0: "导语", 1: "一、小标题（1）", 2: "一、小标题（2）"}),
        ({None: "标题", 0: "导语", 1: "导语 再说一遍"}, {None: "标题", 0: "导语", 1: "导语（1）"}),
        ({0: "导语", 1: "　", 2: "政策引领 夯实基础"}, {0: "导语", 1: "（1）", 2: "政策引领"}),
        ({1: "党建联建破壁垒 甲", 2: "党建联建破壁垒 乙", 3: "党建联建破壁垒 丙"},
         {1: "党建联建破壁垒（1）", 2: "党建联建破壁垒（2）", 3: "党建联建破壁垒（3）"}),
    ],
    ids=["two-alike", "like-the-lead", "blank", "three-alike"],
)
def test_short_labels_never_give_two_parts_the_same_title(headings, expected):
    labels = short_labels(headings)
    assert labels == expected
    assert len(set(labels.values())) == len(labels)


def test_short_title_and_part_labels_read_a_section_column(seed):
    assert short_title(seed, pd.NA) == "标题"
    assert short_title(seed, 3) == "党建聚力促融合"
    column = pd.Series([pd.NA, 0, 4], dtype="Int64")
    assert part_labels(seed, column) == ["标题", "导语", "筑牢底线防风险"]


@pytest.mark.parametrize(
    ("part", "colour"),
    [(0, "#999999"), (1, "#E69F00"), (4, "#CC79A7"), (7, "#F0E442"), (8, "#999999"), (9, "#E69F00"), (None, "#333333"),
     (pd.NA, "#333333")],
)
def test_section_colour(part, colour):
    assert section_colour(part) == colour


def test_part_colours_follow_the_short_titles(lianghui):
    colours = part_colours(lianghui)
    assert colours["导语"] == "#999999"
    assert colours["瞄准强军目标"] == "#D55E00"
    assert len(colours) == 8


def test_values_by_part_in_reading_order(seed):
    sentences = seed.sentences_frame()
    body = sentences[sentences["kind"].isin(["lead", "paragraph"])]
    groups = values_by_part(seed, body, "chars")
    assert list(groups) == ["导语", "党建联建破壁垒", "党建领航筑体系", "党建聚力促融合", "筑牢底线防风险"]
    assert [len(v) for v in groups.values()] == [8, 15, 13, 9, 14]


@pytest.mark.parametrize(
    ("pos", "group"),
    [("nt", "专名 proper noun"), ("eng", "专名 proper noun"), ("n", "名词 noun"), ("vn", "动名词 verbal noun"),
     ("v", "动词 verb"), ("m", OTHER_GROUP), ("x", OTHER_GROUP)],
)
def test_pos_group(pos, group):
    assert pos_group(pos) == group


def test_pos_colours_and_cloud_weights_of_the_seed(seed):
    table = term_table(seed)
    colours = pos_colours(table)
    assert colours["中国银行"] == POS_GROUP_COLOURS["专名 proper noun"] == "#E69F00"
    assert colours["发展"] == POS_GROUP_COLOURS["动名词 verbal noun"]
    weights = cloud_weights(table, top=5)
    assert list(weights) == ["普惠金融", "中国银行", "党建", "发展", "服务"]
    assert weights["中国银行"] == 24
    assert not any(ch.isdigit() for word in cloud_weights(table) for ch in word)


def test_distinctive_cloud_of_the_seed_each_term_once_coloured_by_its_section(seed):
    distinct = distinctive_terms(seed, top=12)
    cloud = distinctive_cloud(seed, distinct)
    positive = distinct[distinct["z"] > 0]
    assert set(cloud.weights) == set(positive["term"])
    assert all(weight > 0 for weight in cloud.weights.values())
    best = positive.sort_values("z", ascending=False).drop_duplicates("term").set_index("term")["section"]
    assert cloud.colours == {term: section_colour(best[term]) for term in cloud.weights}
    assert list(cloud.legend) == [short_titles(seed)[s] for s in sorted(set(best))]


def test_distinctive_cloud_of_nothing_is_empty(seed):
    cloud = distinctive_cloud(seed, pd.DataFrame(columns=["section", "term", "count", "rest", "log_odds", "z"]))
    assert (cloud.weights, cloud.colours, cloud.legend) == ({}, {}, {})


def test_by_part_counts_rows_by_short_title_headline_first(seed):
    frame = pd.DataFrame({"section": pd.array([2, pd.NA, 2, 0], dtype="Int64"), "kind": ["a", "b", "a", "a"]})
    table = by_part(seed, frame, "kind")
    assert table.index.tolist() == ["标题", "导语", "党建领航筑体系"]
    assert table.values.tolist() == [[0, 1], [1, 0], [2, 0]]
