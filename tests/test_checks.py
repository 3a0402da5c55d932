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
