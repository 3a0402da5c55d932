"""Oddities of the text itself: reported with their place, never fixed."""

import pytest

from helpers import StructureWarning, load_article
from helpers.checks import find_oddities, oddities_frame
from helpers.paths import CORPUS


def test_the_seed_has_one_doubled_de(seed):
    frame = oddities_frame(seed)
    assert frame.values.tolist() == [["doubled_char", 3, 2, "的的", "户，到在城市奋斗的的新市民，多元的需"]]
    assert [str(frame[c].dtype) for c in ("section", "paragraph")] == ["Int64", "Int64"]


def test_a_clean_corpus_text_has_none():
    frame = oddities_frame(load_article(CORPUS / "rmrb-20200521-lianghui-daibiao.txt"))
    assert frame.empty
    assert list(frame.columns) == ["kind", "section", "paragraph", "found", "context"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("标题\n\n本报记者 李明\n\n到在城市奋斗的的新市民，多元的需求呼唤更好的金融服务。\n",
         [("doubled_char", 0, 1, "的的", "到在城市奋斗的的新市民，多元的需")]),
        ("标题\n\n本报记者 李明\n\n他说：“普惠金融要打通“最后一公里”。\n",
         [("unbalanced", 0, 1, "“×2 ”×1", "他说：“普惠金融要打通“最后一公")]),
        ("标题\n\n本报记者 李明\n\n《中国银行普惠金融行动方案（2025—2027年）》明确了方向。\n", []),
        ("标题\n\n本报记者 李明\n\n人们常说“谢谢”。\n", []),  # 谢谢 is no function character
    ],
    ids=["doubled", "unbalanced-quotes", "balanced", "ordinary-doubling"],
)
def test_oddities_in_short_texts(write_article, text, expected):
    with pytest.warns(StructureWarning, match="no sub-headings"):  # one paragraph, no section: as expected
        article = load_article(write_article(text))
    assert [(o.kind, o.section, o.paragraph, o.found, o.context) for o in find_oddities(article)] == expected


def test_percents_run_together_and_a_day_that_lost_its_month_are_reported_in_a_real_copy():
    # 央广网, 2021-12-23 (tests/data/articles/yangguangwang-20211223-xiaofei.txt): a copy that lost its separators
    with pytest.warns(StructureWarning):
        frame = oddities_frame(load_article(CORPUS / "yangguangwang-20211223-xiaofei.txt"))
    lost = frame[frame["kind"].isin(["run_together", "lost_month"])]
    assert lost[["kind", "paragraph", "found"]].values.tolist() == [
        ["lost_month", 1, "1223日"], ["run_together", 3, "13.8%13.3%"], ["run_together", 4, "10.7%21.2%"],
        ["run_together", 5, "34.1%20.2%16.3%"], ["run_together", 5, "22.2%16.9%"]]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # 各地经济“三季报”亮点多 (365t.org.cn/index/qyjj/show-15098.html, 2024-10-30)
        ("截至1029日,已有28个省、自治区、直辖市公布今年前三季度地区生产总值相关数据。", ["1029日"]),
        ("6省份GDP同比增速分别为3.4%5.7%5.6%5.4%5%5.3%。", ["3.4%5.7%5.6%5.4%5%5.3%"]),
        ("近120日，股价累计上涨。", []),  # 120 days, not 1月20日
        ("10月29日，增速分别为3.4%、5.7%。", []),
        ("活动持续1000日。", []),  # no month and day read in 1000
    ],
    ids=["lost-month", "run-together", "days", "separated", "no-month-day"],
)
def test_figures_that_lost_what_stood_between_them(write_article, sentence, found):
    with pytest.warns(StructureWarning):
        article = load_article(write_article(f"标题\n\n本报记者 李明\n\n{sentence}\n"))
    assert [o.found for o in find_oddities(article) if o.kind in ("run_together", "lost_month")] == found


def test_a_price_in_yen_and_an_ordinal_day_are_no_lost_month(write_article):
    with pytest.warns(StructureWarning):
        article = load_article(write_article("标题\n\n本报记者 李明\n\n售价1210日元，活动第1024日，截至1029日。\n"))
    assert [o.found for o in find_oddities(article) if o.kind == "lost_month"] == ["1029日"]
