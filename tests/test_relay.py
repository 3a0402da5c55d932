"""Re-laying an article as another kind of copy, and comparing an article with a gold file."""

import pytest

from helpers.gold import compare, found_structure
from helpers.layout import display_width
from helpers.relay import LAYOUTS, relay


def test_indented_copy_opens_each_paragraph_with_two_full_width_spaces(seed):
    lines = [line for line in relay(seed, "indented").splitlines() if line]
    assert lines[:5] == ["领航新征程 ——以高质量党建引领高质量发展", "实践探索", "党建领航 中国银行打通普惠金融“最后一公里”",
                         "中经记者 张漫游 北京报道", "　　金融是“国之大者”，关系中国式现代化建设全局。"]
    assert sum(line.startswith("　　") for line in lines) == 6 + 25


def test_wrapped_copy_keeps_every_line_within_the_width(seed):
    lines = relay(seed, "wrapped", width=60).splitlines()
    unwrapped = {seed.headline, *(s.heading for s in seed.sections), *(s.pull_quote.text for s in seed.sections),
                 *(c.text for c in seed.captions)}  # short lines are set whole, as fixed-width copy sets them
    assert {line for line in lines if display_width(line) > 60} <= unwrapped
    assert "普惠小微贷款余额36.1万亿元" in relay(seed, "wrapped").replace("\n", "")


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        # zhongyangshe-20230518-dianjichanpin (round 8): the space in “今年 1至4月” is kept inside a line, where the
        # loader reads it back (at a break it would be lost: only Latin letters are joined with a space)
        ("其次為中國與香港,今年 1至4月占18.7%、較106年下降10個百分點。", 16,
         ["其次為中國與香港", ",今年 1至4月占", "18.7%、較106年下", "降10個百分點。"]),
        # between two Latin words the break stands for the space
        ("美國加速 Castle Island Ventures 推動車輛電動化有關。", 20, ["美國加速 Castle", "Island Ventures 推動", "車輛電動化有關。"]),
    ],
)
def test_wrapping_never_loses_a_space_at_a_break(text, width, lines):
    from helpers.relay import wrap

    assert wrap(text, width) == lines


def test_page_copy_breaks_long_paragraphs_and_sets_the_bare_credit_caption_inside_one(seed):
    text = relay(seed, "page")
    blocks = text.split("\n\n")
    assert "中国银行图" in blocks
    at = blocks.index("中国银行图")
    assert not blocks[at - 2].endswith("。")  # the paragraph the caption interrupts is broken before it


def test_crlf_copy_is_the_raw_text_with_crlf(seed):
    assert relay(seed, "crlf") == seed.raw_text.replace("\n", "\r\n")


def test_unknown_layout_is_refused(seed):
    with pytest.raises(ValueError, match="unknown layout 'html'"):
        relay(seed, "html")
    assert "html" not in LAYOUTS


def test_compare_names_each_field_that_disagrees(seed):
    gold = found_structure(seed) | {"headline": "另一个标题", "paragraphs": [6, 8, 6, 6, 4]}
    wrong = [c.field for c in compare(seed, gold) if not c.ok]
    assert wrong == ["headline", "paragraphs"]
