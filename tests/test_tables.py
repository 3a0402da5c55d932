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
