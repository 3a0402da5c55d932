"""An article's metadata from the name of its file: the corpus's convention, outlet-YYYYMMDD-slug.txt."""

import datetime as dt

import pytest

from helpers.metadata import iso_date, name_date, name_metadata


@pytest.mark.parametrize(
    ("name", "outlet", "date"),
    [
        ("renminribao-20250520-kunshan.txt", "renminribao", dt.date(2025, 5, 20)),
        ("tests/data/articles/hebei-stats-unknown-agri-h1.txt", "hebei-stats", None),  # an outlet with a dash, no date
        ("zhongxinwang-20240207-zhejiangshichang.txt", "zhongxinwang", dt.date(2024, 2, 7)),
        ("x-20251399-y.txt", "x", None),  # no such day
        ("000_d1ace56c1790a754.txt", "", None),  # the seed: no outlet, no date
    ],
)
def test_a_file_name_gives_its_outlet_and_date(name, outlet, date):
    assert name_metadata(name)["outlet"] == outlet
    assert name_date(name) == date


@pytest.mark.parametrize(
    ("text", "iso"),
    [("20250520", "2025-05-20"), ("2025-05-20T08:00:00", "2025-05-20"), ("2024年3月5日", "2024-03-05"),
     ("2025/2/30", ""), ("unknown", "")],
)
def test_a_metadata_date_is_read_in_its_usual_forms(text, iso):
    assert iso_date(text) == iso
