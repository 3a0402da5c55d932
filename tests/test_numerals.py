"""Chinese and Arabic numbers, and the step that 多/余 adds."""

import pytest

from helpers.numerals import parse_arabic, parse_chinese, step_of


@pytest.mark.parametrize(
    ("text", "value"),
    [("二十", 20), ("十五", 15), ("一百二十", 120), ("一百零五", 105), ("三千万", 30_000_000), ("一亿三千万", 130_000_000),
     ("三万亿", 3 * 10**12), ("十二点二", 12.2), ("二〇二五", 2025), ("两千", 2000)],
)
def test_parse_chinese(text, value):
    assert parse_chinese(text) == value


@pytest.mark.parametrize(("text", "value"), [("4,000", 4000), ("３６.１", 36.1), ("2.71", 2.71)])
def test_parse_arabic(text, value):
    assert parse_arabic(text) == value


@pytest.mark.parametrize(("text", "step"), [("20", 10), ("4000", 1000), ("16", 1), ("60", 10), ("二十", 10), ("三千", 1000)])
def test_step_of(text, step):
    assert step_of(text) == step


def test_not_a_numeral():
    with pytest.raises(ValueError, match="not a Chinese numeral"):
        parse_chinese("二十届")
