"""Traditional characters folded to simplified ones for segmenting: one for one, never touching simplified text."""

import pytest

from helpers import tokenizer
from helpers.paths import CORPUS, SEED_ARTICLE
from helpers.traditional import fold, has_traditional, table


def test_the_table_folds_traditional_only_characters_to_standard_simplified_ones():
    folds = table()
    assert len(folds) > 2500
    assert {chr(c): s for c, s in folds.items() if chr(c) in "國萬億們為於後臺灣"} == {
        "國": "国", "萬": "万", "億": "亿", "們": "们", "為": "为", "於": "于", "後": "后", "臺": "台", "灣": "湾"}
    # characters of standard simplified text stay, though OpenCC simplifies them in some words
    assert not {ord(ch) for ch in "著乾么台干"} & set(folds)


def test_folding_keeps_length_and_offsets():
    text = "七月末全國市場貨幣流通量余額達三點四二萬億元，同比增長逾一成一。"
    assert fold(text) == "七月末全国市场货币流通量余额达三点四二万亿元，同比增长逾一成一。"
    assert len(fold(text)) == len(text)


def test_simplified_text_is_never_changed():
    """No character of standard simplified text (GB 2312) is folded but 於 and 後, in the seed or any corpus text;
    the seed comes back as the same object (nothing copied), and so does any text with nothing to fold."""
    texts = [SEED_ARTICLE.read_text(encoding="utf-8")] + [p.read_text(encoding="utf-8-sig") for p in CORPUS.glob("*.txt")]
    assert fold(texts[0]) is texts[0]
    for text in texts:
        folded = fold(text)
        assert all(a == b or not a.encode("gb2312", "ignore") or a in "於後" for a, b in zip(text, folded, strict=True))
        if not has_traditional(text):
            assert folded is text
    assert sum(not has_traditional(t) for t in texts) >= 70  # most of the corpus is simplified


@pytest.mark.parametrize("text", [
    "國有商業銀行資產總額為42.9萬億元,同比增長17.5%;",
    "僅變壓器、靜電式變流器等小增3.7%",
    "比如前不久,滿載3900多輛國產汽車的大型滾裝船就駛離廣州南沙汽車口岸",
])
def test_a_traditional_line_is_cut_as_its_simplified_reading_in_its_own_characters(text):
    as_written = tokenizer.tokenize(text)
    simplified = tokenizer.tokenize(fold(text))
    assert [(t.start, t.end, t.pos, t.kind) for t in as_written] == [(t.start, t.end, t.pos, t.kind) for t in simplified]
    assert [t.text for t in as_written] == [text[t.start:t.end] for t in simplified]
    assert "".join(t.text for t in as_written) == text


def test_a_traditional_copy_is_cut_into_words_not_unknown_runs():
    words = [t.text for t in tokenizer.tokenize("國有商業銀行資產總額為42.9萬億元") if t.kind == "word"]
    assert words == ["國有", "商業銀行", "資產", "總額", "為"]


def test_a_traditional_lines_figure_tokens_are_the_extractors_figures():
    """The tokenizer reads a Traditional line's statistics as the extractor does, from the line itself (one
    reading, one cache): 參拾萬元 is one figure token, and 參加 a word."""
    tokens = tokenizer.tokenize("他參加了會議，另付參拾萬元。")
    assert [(t.text, t.kind) for t in tokens if t.kind != "punct"] == [
        ("他", "word"), ("參加", "word"), ("了", "word"), ("會議", "word"), ("另付", "word"), ("參拾萬元", "figure")]
