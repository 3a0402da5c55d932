"""Plain jieba against the project tokenizer, on sentences of the seed and of the corpus."""

import math

import pandas as pd
import pytest

from helpers import load_article
from helpers.paths import CORPUS
from helpers.segmentation import compare_segmentation, comparison_sample, domain_term_coverage, kept_whole_shares


@pytest.mark.parametrize(
    ("text", "plain", "project", "differs"),
    [
        ("普惠小微贷款余额36.1万亿元，同比增长12.2%，",
         "普惠小微 / 贷款 / 余额 / 36.1 / 万亿元 / ， / 同比 / 增长 / 12.2% / ，",
         "【普惠小微贷款】 / 余额 / 【36.1万亿元】 / ， / 同比 / 增长 / 12.2% / ，", True),
        ("金融是“国之大者”，关系中国式现代化建设全局。",
         "金融 / 是 / “ / 国之大者 / ” / ， / 关系 / 中国式 / 现代化 / 建设 / 全局 / 。",
         "金融 / 是 / “ / 国之大者 / ” / ， / 关系 / 【中国式现代化】 / 建设 / 全局 / 。", True),
        ("他们说要把工作做好。", "他们 / 说 / 要 / 把 / 工作 / 做好 / 。", "他们 / 说 / 要 / 把 / 工作 / 做好 / 。", False),
    ],
    ids=["seed-lead", "seed-no-figure", "no-difference"],
)
def test_compare_segmentation_marks_the_tokens_plain_jieba_does_not_produce(text, plain, project, differs):
    row = compare_segmentation([text]).iloc[0]
    assert row["text"] == text
    assert row["plain_tokens"] == len(row["plain"].split(" / "))
    assert row["project_tokens"] == len(row["project"].split(" / "))
    assert row["differs"] == ("【" in row["project"])
    assert bool(row["differs"]) is differs
    if plain is not None:
        assert (row["plain"], row["project"]) == (plain, project)


def test_compare_segmentation_of_nothing_is_an_empty_table():
    frame = compare_segmentation([])
    assert frame.empty
    assert list(frame.columns) == ["text", "plain", "project", "plain_tokens", "project_tokens", "differs"]


def test_comparison_sample_takes_figure_sentences_first_each_once(seed):
    sample = comparison_sample(seed)
    assert len(sample) == len(set(sample)) == 8
    assert sample[1].startswith("中国人民银行发布的《2025年第三季度中国货币政策执行报告》显示")
    assert sample[2] == "截至2025年9月末，中国银行普惠贷款余额2.71万亿元，惠及近180万户小微企业，持续为市场主体注入金融活水。"
    assert sample[6] == "金融是“国之大者”，关系中国式现代化建设全局。"
    assert comparison_sample(seed, figures=0, others=1) == [sample[6]]


def test_domain_terms_of_the_seed_are_all_kept_whole_by_the_project_tokenizer(seed):
    coverage = domain_term_coverage(seed)
    assert list(coverage.columns) == ["term", "occurrences", "plain_whole", "project_whole"]
    assert (len(coverage), int(coverage["occurrences"].sum())) == (103, 221)
    assert (coverage["project_whole"] == coverage["occurrences"]).all()
    rows = coverage.set_index("term").loc[["1对N", "个体工商户", "中国人民银行"]].values.tolist()
    assert rows == [[1, 0, 1], [4, 0, 4], [2, 2, 2]]
    assert kept_whole_shares(coverage).to_dict() == {"plain jieba.lcut": 26.7, "helpers.tokenize": 100.0}


def test_domain_term_coverage_on_a_corpus_text():
    article = load_article(CORPUS / "rmrb-20200521-lianghui-daibiao.txt")
    coverage = domain_term_coverage(article)
    assert coverage.values.tolist() == [["书记面对面", 1, 0, 1], ["最后一公里", 1, 0, 1], ["民营企业", 2, 2, 2],
                                        ["民营经济", 1, 0, 1], ["高质量发展", 1, 0, 1]]
    assert kept_whole_shares(coverage).to_dict() == {"plain jieba.lcut": 33.3, "helpers.tokenize": 100.0}


def test_shares_of_an_article_without_domain_terms_are_not_a_number():
    shares = kept_whole_shares(pd.DataFrame(columns=["term", "occurrences", "plain_whole", "project_whole"]))
    assert list(shares.index) == ["plain jieba.lcut", "helpers.tokenize"]
    assert all(math.isnan(v) for v in shares)
