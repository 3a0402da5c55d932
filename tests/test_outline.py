"""Structure tables on the seed and on a 人民日报 text of the corpus, with values counted by hand."""

import pandas as pd
import pytest

from helpers import load_article
from helpers.outline import map_frame, outline, pull_quotes_frame, section_summary, section_titles, size_ledger
from helpers.paths import CORPUS

LIANGHUI = CORPUS / "rmrb-20200521-lianghui-daibiao.txt"  # 人民日报, indented copy, six sections, NBSP in headings


@pytest.fixture(scope="module")
def lianghui():
    return load_article(LIANGHUI)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (0, "版式 copy: page"),
        (3, "标题 headline: 党建领航 中国银行打通普惠金融“最后一公里”"),
        (4, "署名 byline: 中经记者 / 张漫游 / 北京"),
        (5, "导语 lead: 6 paragraphs"),
        (6, "1. 党建联建破壁垒 精准滴灌实体经济“毛细血管”  (8 paragraphs)"),
        (7, "   引语 pull quote: 党建联建成为高效的“连接器”，让信息流、资金流顺畅对接。"),
        (-1, "图片说明 caption (section 1, after paragraph 5): 中国银行持续优化科技金融产品，助力科技型小微企业“技术软实力”变成“融资硬通货”。 [中国银行图]"),
    ],
)
def test_outline_of_the_seed(seed, line, expected):
    assert outline(seed).splitlines()[line] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (0, "版式 copy: indented"),
        (1, "标题 headline: 牢记嘱托 服务人民（我和总书记面对面·特别策划）"),
        (2, "署名 byline: 本报记者 / 任飞帆、张枨、王锦涛、邱超奕、刘晓宇、李龙伊 / —"),
        (6, "导语 lead: 0 paragraphs"),
        (12, "6. 瞄准强军目标 强化使命担当  (4 paragraphs)"),
        (-1, "删除的附属信息 matter removed: 3 lines"),
    ],
)
def test_outline_of_a_corpus_text(lianghui, line, expected):
    assert outline(lianghui).splitlines()[line] == expected


def test_section_summary_of_the_seed(seed):
    summary = section_summary(seed)
    assert list(summary.columns) == ["section", "heading", "paragraphs", "sentences", "chars", "han", "mean_sentence_chars"]
    assert summary[["section", "paragraphs", "sentences", "chars", "han"]].values.tolist() == [
        [0, 6, 8, 577, 482], [1, 8, 15, 1002, 871], [2, 6, 13, 1039, 911], [3, 6, 9, 628, 568], [4, 5, 14, 757, 680]]
    assert summary["mean_sentence_chars"].tolist() == [72.1, 66.8, 79.9, 69.8, 54.1]
    assert summary["heading"].iloc[4] == "筑牢底线防风险 党建为普惠可持续发展装上“安全阀”"


def test_section_summary_of_an_article_without_lead(lianghui):
    summary = section_summary(lianghui)
    assert summary.iloc[0].tolist() == [0, "导语", 0, 0, 0, 0, 0.0]
    assert summary["paragraphs"].tolist() == [0, 5, 5, 5, 5, 4, 4]
    assert summary["heading"].tolist()[1:3] == ["反映人民心声 不断创作精品", "着力保护生态 坚持绿色发展"]


def test_pull_quotes_point_at_the_paragraph_they_repeat(seed, lianghui):
    quotes = pull_quotes_frame(seed)
    assert quotes[["section", "repeats_paragraph", "offset", "exact", "position"]].values.tolist() == [
        [1, 3, 31, True, 0.53], [2, 3, 59, True, 0.35], [3, 2, 81, True, 0.77], [4, 3, 14, True, 0.08]]
    assert quotes["pull_quote"].iloc[2] == "多元的需求呼唤更具协同性、更贴合场景的金融服务。"
    assert pull_quotes_frame(lianghui).empty
    assert list(pull_quotes_frame(lianghui).columns) == list(quotes.columns)


def test_map_frame_marks_what_each_pull_quote_repeats(seed):
    frame = map_frame(seed)
    quotes = frame[frame["kind"] == "pull_quote"]
    assert quotes[["section", "repeats"]].values.tolist() == [[1, 3], [2, 3], [3, 2], [4, 3]]
    assert frame.loc[frame["kind"] != "pull_quote", "repeats"].isna().all()


def test_size_ledger_closes_on_the_seed(seed):
    ledger = size_ledger(seed).set_index("step")
    assert ledger["chars"].to_dict() == {"raw_all": 4544, "raw": 4414, "markup": 0, "matter": 0, "duplicate": -103,
                                         "overlap": -1, "label": 0, "clean": 4310, "counted": 4156}
    assert ledger.loc["clean", "check"] == "closes"
    assert (ledger.drop(index="clean")["check"] == "").all()
    assert ledger.loc["raw", "chars"] + ledger.loc[["markup", "matter", "duplicate", "overlap", "label"], "chars"].sum() == 4310


def test_section_titles_name_the_header_and_the_lead(seed):
    assert section_titles(seed, [pd.NA, 0, 2]) == ["标题", "导语", "党建领航筑体系 政策贯通激活普惠发展“神经末梢”"]
