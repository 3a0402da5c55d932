"""Term statistics on the seed, with expected values counted in the text."""

import pytest

from helpers.chinese import PUNCTUATION
from helpers.terms import (
    collocations,
    cooccurrence,
    dispersion,
    distinctive_terms,
    is_term,
    keywords_textrank,
    keywords_tfidf,
    kwic,
    summary_stats,
    term_graph,
    term_table,
    terms_frame,
)
from helpers.tokenizer import load_stopwords


def test_top_terms_hold_no_punctuation_stopword_or_number(seed):
    top = term_table(seed).head(30)
    stop = load_stopwords()
    assert not top["term"].isin(stop).any()
    assert not top["term"].str.contains(r"[0-9]").any()
    assert not any(ch in PUNCTUATION for term in top["term"] for ch in term)
    assert top.head(5)["term"].tolist() == ["普惠金融", "中国银行", "党建", "发展", "服务"]
    assert list(top.columns) == ["term", "count", "per_1000", "paragraphs", "sections", "pos"]


def test_counts_match_the_clean_text(seed):
    table = term_table(seed).set_index("term")
    assert table.loc["小微企业", "count"] == seed.text.count("小微企业") == 9
    assert table.loc["中国银行", "count"] == 24


def test_term_in_the_repeated_layout_block_is_counted_once(seed):
    # 养老金融 stands once in the lead and again in the removed duplicate block (raw line 31)
    assert seed.raw_text.count("养老金融") == 2
    assert term_table(seed).set_index("term").loc["养老金融", "count"] == 1


def test_kwic_finds_every_occurrence_with_aligned_context(seed):
    frame = kwic(seed, "小微企业", window=10)
    assert len(frame) == 9
    assert frame["left"].str.len().eq(10).all()
    assert frame.iloc[0][["section", "paragraph", "left", "right"]].tolist() == [0, 6, "元，惠及近180万户", "，持续为市场主体注入"]
    assert frame["section"].tolist() == [0, 1, 1, 1, 1, 1, 2, 3, 3]
    assert kwic(seed, "万亿元")[["left", "right"]].values.tolist() == [
        ["增长11.2%；普惠小微贷款余额36.1", "，同比增长12.2%，金融资源持续向实体"],
        ["5年9月末，中国银行普惠贷款余额2.71", "，惠及近180万户小微企业，持续为市场主"],
    ]


def test_kwic_rejects_an_empty_query(seed):
    with pytest.raises(ValueError, match="non-empty"):
        kwic(seed, "")


def test_distinctive_terms_shrink_rare_words(seed):
    frame = distinctive_terms(seed, top=3)
    fourth = frame[frame["section"] == 4]
    assert fourth["term"].tolist() == ["风险", "底线", "党员"]
    assert fourth["z"].iloc[0] > 1.96
    second = frame[frame["section"] == 2].iloc[0]
    assert (second["term"], second["count"], second["rest"]) == ("基层", 8, 0)


def test_keywords_exclude_figures(seed):
    for frame in (keywords_tfidf(seed, top=30), keywords_textrank(seed, top=30)):
        assert not frame["term"].str.contains(r"[0-9]").any()
        assert frame["term"].iloc[0] == "普惠金融"


def test_collocations_and_cooccurrence(seed):
    top = collocations(seed).iloc[0]
    assert (top["first"], top["second"], top["count"]) == ("组织", "优势", 4)
    edges = cooccurrence(seed)
    first = edges.iloc[0]
    assert (first["source"], first["target"], first["sentences"]) == ("中国银行", "普惠金融", 13)


def test_dispersion_counts_tokens_not_substrings(seed):
    frame = dispersion(seed, ["金融", "普惠金融"])
    assert frame["term"].value_counts().to_dict() == {"普惠金融": 28, "金融": 12}
    assert frame["position"].between(0, 1).all()


def test_summary_stats_overall_row(seed):
    overall = summary_stats(seed).iloc[-1]
    assert overall["sentences"] == len(seed.sentences) == 65
    assert overall["figure_share"] == round(15 / overall["tokens"], 4)


@pytest.mark.parametrize(
    ("token", "kind", "expected"),
    [("普惠金融", "word", True), ("中国银行", "word", True), ("36.1万亿元", "figure", False), ("12.2%", "figure", False),
     ("2025", "word", False), ("３６", "word", False), ("的", "word", False), ("记者", "word", False), ("，", "punct", False),
     ("G20", "word", True), ("近", "word", False)],
)
def test_one_definition_of_a_term(token, kind, expected):
    assert is_term(token, kind, stopwords=load_stopwords()) is expected


def test_terms_frame_and_collocations_share_the_definition(seed):
    stop = load_stopwords()
    terms = set(terms_frame(seed)["term"])
    assert all(is_term(t, "word", stopwords=stop) for t in terms)
    pairs = collocations(seed, min_count=1)
    members = set(pairs["first"]) | set(pairs["second"])
    assert members <= terms
    assert not members & {"36.1万亿元", "2.71万亿元", "12.2%", "180万户", "4000万元", "20多条"}
    assert not any(ch.isdigit() for member in members for ch in member)


def test_a_figure_between_two_terms_breaks_the_collocation(write_article):
    import warnings

    from helpers import StructureWarning, load_article

    text = "标题\n\n本报记者 李明\n\n贷款余额36.1万亿元贷款余额36.1万亿元。贷款余额增长，贷款余额增长。\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        article = load_article(write_article(text))
    pairs = collocations(article, min_count=1)
    # 余额 36.1万亿元 贷款: the figure stands between, so (余额, 贷款) is no collocation
    assert sorted(map(tuple, pairs[["first", "second", "count"]].values.tolist())) == [("余额", "增长", 2), ("贷款", "余额", 4)]


def test_term_graph_weights_sentences_or_window_counts(seed):
    frame = terms_frame(seed)
    sentence_graph = term_graph(frame)
    assert all(a < b for a, b in sentence_graph)
    edges = cooccurrence(seed, min_count=1).set_index(["source", "target"])["sentences"]
    assert edges.to_dict() == dict(sentence_graph)
    window_graph = term_graph(frame, window=2)  # adjacent terms only
    assert window_graph[("中国银行", "普惠金融")] >= 1
    assert sum(window_graph.values()) == sum(len(g) - 1 - sum(a == b for a, b in zip(g["term"], g["term"][1:], strict=False))
                                             for _, g in frame.groupby("sentence") if len(g) > 1)
