"""Styled tables: numbers as Chinese writing shows them, and a stable text form."""

import math

import pandas as pd
import pytest

from helpers.tables import format_number, styled


@pytest.mark.parametrize(
    ("value", "text"),
    [(3.61e13, "36.1万亿"), (2.71e12, "2.71万亿"), (4e7, "4000万"), (1.8e6, "180万"), (3.2105e11, "3210.5亿"),
     (12.2, "12.2"), (60, "60"), (math.inf, "∞"), (math.nan, "—")],
)
def test_format_number(value, text):
    assert format_number(value) == text


def test_styled_table_has_no_memory_address_and_formats_numbers():
    table = styled(pd.DataFrame({"surface": ["36.1万亿元"], "value": [3.61e13]}), name="t")
    assert repr(table) == "surface        value\n36.1万亿元 3.610000e+13"
    html = table._repr_html_()
    assert "36.1万亿" in html and "T_t" in html and " at 0x" not in html


def test_styled_table_shows_blanks_for_missing_values_and_short_decimals():
    frame = pd.DataFrame({"term": ["普惠", None], "score": [0.0594, math.nan], "n": pd.array([3, None], dtype="Int64"),
                          "value": [3.61e13, math.nan]})
    html = styled(frame, name="t")._repr_html_()
    cells = [c.strip() for c in __import__("re").findall(r"<td[^>]*>(.*?)</td>", html)]
    assert cells == ["普惠", "0.0594", "3", "36.1万亿", "", "", "", "—"]
    assert "NaN" not in repr(styled(frame)) and "<NA>" not in repr(styled(frame))
